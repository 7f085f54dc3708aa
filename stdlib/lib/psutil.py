"""A small psutil for Linux, reading /proc (glasspy's own).

psutil is a third-party package that CPython does not ship; the tutorials
import it to watch a program's memory grow and shrink.  This module gives
the part they use, with psutil's names, field order and reprs:

    Process(pid=None)       .pid, .name(), .status(), .ppid(), .create_time(),
                            .memory_info(), .memory_full_info(),
                            .memory_percent(), .cpu_percent(), .cpu_times(),
                            .num_threads(), .is_running()
    virtual_memory()        svmem(total, available, percent, used, free, ...)
    pid_exists(pid), pids(), cpu_count()
    Error, NoSuchProcess, ZombieProcess, AccessDenied

Where the numbers come from (see `man 5 proc`):

    /proc/PID/statm        memory_info: seven counts of pages (size,
                           resident, shared, text, lib, data, dirty), each
                           times the page size (os.sysconf('SC_PAGE_SIZE'))
    /proc/PID/smaps_rollup memory_full_info's uss (Private_Clean +
                           Private_Dirty + Private_Hugetlb: the memory only
                           this process uses, what it would give back if it
                           ended), pss (each shared page divided among its
                           users) and swap; /proc/PID/smaps summed where the
                           kernel has no rollup
    /proc/PID/stat         name, status, ppid, CPU times, start time
    /proc/meminfo          virtual_memory
"""
import os
import time
from collections import namedtuple

__version__ = '5.9.4'
version_info = (5, 9, 4)
LINUX = True
POSIX = True
WINDOWS = MACOS = OSX = FREEBSD = OPENBSD = NETBSD = BSD = SUNOS = AIX = False

STATUS_RUNNING = 'running'
STATUS_SLEEPING = 'sleeping'
STATUS_DISK_SLEEP = 'disk-sleep'
STATUS_STOPPED = 'stopped'
STATUS_TRACING_STOP = 'tracing-stop'
STATUS_ZOMBIE = 'zombie'
STATUS_DEAD = 'dead'
STATUS_WAKE_KILL = 'wake-kill'
STATUS_WAKING = 'waking'
STATUS_IDLE = 'idle'
STATUS_PARKED = 'parked'

# The state letter of /proc/PID/stat's third field.
_PROC_STATUSES = {
    'R': STATUS_RUNNING, 'S': STATUS_SLEEPING, 'D': STATUS_DISK_SLEEP, 'T': STATUS_STOPPED,
    't': STATUS_TRACING_STOP, 'Z': STATUS_ZOMBIE, 'X': STATUS_DEAD, 'x': STATUS_DEAD,
    'K': STATUS_WAKE_KILL, 'W': STATUS_WAKING, 'I': STATUS_IDLE, 'P': STATUS_PARKED,
}

PAGESIZE = os.sysconf('SC_PAGE_SIZE')
CLOCK_TICKS = os.sysconf('SC_CLK_TCK')

# The result types, with psutil's names and field order on Linux.
pmem = namedtuple('pmem', 'rss vms shared text lib data dirty')
pfullmem = namedtuple('pfullmem', pmem._fields + ('uss', 'pss', 'swap'))
svmem = namedtuple('svmem', ['total', 'available', 'percent', 'used', 'free', 'active',
                             'inactive', 'buffers', 'cached', 'shared', 'slab'])
pcputimes = namedtuple('pcputimes', ['user', 'system', 'children_user', 'children_system',
                                     'iowait'])


# ---- errors ----------------------------------------------------------------------------------

class Error(Exception):
    """Base exception class.  All other psutil exceptions inherit from this one."""

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.msg = msg

    def _details(self, keys):
        # "pid=4, name='x'": what is known about the process.
        parts = []
        for key in keys:
            value = getattr(self, key, None)
            if value is not None and value != '':
                parts.append(f'{key}={value!r}')
        return ', '.join(parts)

    def __str__(self):
        # "process no longer exists (pid=4)", as psutil's messages read.
        details = self._details(('pid', 'ppid', 'name'))
        return ' '.join(x for x in (self.msg, details and f'({details})') if x)

    def __repr__(self):
        details = self._details(('pid', 'ppid', 'name', 'seconds', 'msg'))
        return f'psutil.{type(self).__name__}({details})'


class NoSuchProcess(Error):
    """Raised when a process with a certain PID doesn't or no longer exists."""

    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self, msg or 'process no longer exists')
        self.pid = pid
        self.name = name


class ZombieProcess(NoSuchProcess):
    """Raised when querying a zombie process."""

    def __init__(self, pid, name=None, ppid=None, msg=None):
        NoSuchProcess.__init__(self, pid, name, msg or 'PID still exists but it\'s a zombie')
        self.ppid = ppid


class AccessDenied(Error):
    """Raised when permission to perform an action is denied."""

    def __init__(self, pid=None, name=None, msg=None):
        Error.__init__(self, msg or '')
        self.pid = pid
        self.name = name


class TimeoutExpired(Error):
    """Raised on Process.wait(timeout) if timeout expires and process is still alive."""

    def __init__(self, seconds, pid=None, name=None):
        Error.__init__(self, f'timeout after {seconds} seconds')
        self.seconds = seconds
        self.pid = pid
        self.name = name


# ---- reading /proc ---------------------------------------------------------------------------

def _read(path):
    with open(path) as f:
        return f.read()


def _meminfo():
    """/proc/meminfo as {name: bytes}."""
    values = {}
    for line in _read('/proc/meminfo').splitlines():
        name, _, rest = line.partition(':')
        fields = rest.split()
        if fields:
            value = int(fields[0])
            values[name] = value * 1024 if fields[1:] == ['kB'] else value
    return values


def _smaps_totals(pid):
    """The sums of smaps' "Name: N kB" lines, in bytes, from smaps_rollup
    (one pre-summed entry) or else smaps (one entry per mapping)."""
    for name in ('smaps_rollup', 'smaps'):
        try:
            text = _read(f'/proc/{pid}/{name}')
        except FileNotFoundError:
            continue
        totals = {}
        for line in text.splitlines():
            fields = line.split()
            if len(fields) == 3 and fields[0].endswith(':') and fields[2] == 'kB':
                key = fields[0][:-1]
                totals[key] = totals.get(key, 0) + int(fields[1]) * 1024
        return totals
    return {}


def _boot_time():
    for line in _read('/proc/stat').splitlines():
        if line.startswith('btime'):
            return float(line.split()[1])
    raise RuntimeError("line 'btime' not found in /proc/stat")


def boot_time():
    """Return the system boot time expressed in seconds since the epoch."""
    return _boot_time()


def pids():
    """Return a list of the PIDs currently running on the system."""
    return sorted(int(name) for name in os.listdir('/proc') if name.isdigit())


def pid_exists(pid):
    """Return True if the given PID exists in the current process list."""
    if pid < 0:
        return False
    if pid == 0:
        return True     # the kernel's swapper, as psutil says on Linux
    try:
        status = _read(f'/proc/{pid}/status')
    except (FileNotFoundError, NotADirectoryError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    # /proc/TID exists for threads too (hidden from listings): a process is
    # a thread group whose id is its own.
    for line in status.splitlines():
        if line.startswith('Tgid:'):
            return int(line.split()[1]) == pid
    return True


def cpu_count(logical=True):
    """Return the number of logical CPUs in the system."""
    return os.cpu_count()


def virtual_memory():
    """Return statistics about system memory usage as a namedtuple, in bytes
    (percent is the share of total that is not available)."""
    m = _meminfo()
    total = m['MemTotal']
    free = m['MemFree']
    buffers = m.get('Buffers', 0)
    cached = m.get('Cached', 0) + m.get('SReclaimable', 0)
    used = total - free - cached - buffers
    if used < 0:
        used = total - free
    available = m.get('MemAvailable', free + cached)
    percent = round((total - available) / total * 100, 1) if total else 0.0
    return svmem(total, available, percent, used, free, m.get('Active', 0), m.get('Inactive', 0),
                 buffers, cached, m.get('Shmem', 0), m.get('Slab', 0))


# ---- Process ---------------------------------------------------------------------------------

class Process:
    """Represents an OS process with the given PID (the current one when
    pid is None).  Raises NoSuchProcess if the PID does not exist."""

    def __init__(self, pid=None):
        if pid is None:
            pid = os.getpid()
        if not isinstance(pid, int):
            raise TypeError(f'pid must be an integer (got {pid!r})')
        if pid < 0:
            raise ValueError(f'pid must be a positive integer (got {pid})')
        self._pid = pid
        self._last_cpu = None
        try:
            self._create_time = self.create_time()
        except NoSuchProcess:
            raise NoSuchProcess(pid, msg='process PID not found') from None

    @property
    def pid(self):
        """The process PID."""
        return self._pid

    def _file(self, name):
        try:
            return _read(f'/proc/{self._pid}/{name}')
        except (FileNotFoundError, ProcessLookupError):
            raise NoSuchProcess(self._pid) from None
        except PermissionError:
            raise AccessDenied(self._pid) from None

    def _stat(self):
        # /proc/PID/stat: "pid (comm) state ppid ...".  The name may hold
        # spaces and parentheses, so it ends at the last ")".
        text = self._file('stat')
        left, right = text.index('('), text.rindex(')')
        return [text[left + 1:right]] + text[right + 2:].split()

    def name(self):
        """The process name (the kernel keeps its first 15 characters; the
        rest is taken from the command line, as psutil does)."""
        name = self._stat()[0]
        if len(name) >= 15:
            args = self._file('cmdline').split('\0')
            if args and args[0]:
                full = os.path.basename(args[0])
                if full.startswith(name):
                    return full
        return name

    def status(self):
        """The process current status as a STATUS_* constant."""
        return _PROC_STATUSES.get(self._stat()[1], '?')

    def ppid(self):
        """The process parent PID."""
        return int(self._stat()[2])

    def create_time(self):
        """The process creation time in seconds since the epoch: boot time
        plus the start time /proc/PID/stat gives in clock ticks."""
        ticks = int(self._stat()[20])
        return _boot_time() + ticks / CLOCK_TICKS

    def num_threads(self):
        """The number of threads currently used by this process."""
        return int(self._stat()[18])

    def cpu_times(self):
        """User and system CPU times, and those of waited-for children, in seconds."""
        fields = self._stat()
        ticks = [int(fields[i]) / CLOCK_TICKS for i in (12, 13, 14, 15)]
        return pcputimes(*ticks, int(fields[40]) / CLOCK_TICKS if len(fields) > 40 else 0.0)

    def cpu_percent(self, interval=None):
        """The share of one CPU used since the last call (interval None: the
        first call returns 0.0, as psutil's) or over `interval` seconds."""
        if interval is not None and interval < 0:
            raise ValueError(f'interval is not positive (got {interval!r})')

        def sample():
            t = self.cpu_times()
            return t.user + t.system, time.monotonic()

        if interval:
            cpu0, wall0 = sample()
            time.sleep(interval)
        elif self._last_cpu is None:
            self._last_cpu = sample()
            return 0.0
        else:
            cpu0, wall0 = self._last_cpu
        cpu1, wall1 = self._last_cpu = sample()
        if wall1 <= wall0:
            return 0.0
        return round((cpu1 - cpu0) / (wall1 - wall0) * 100, 1)

    def memory_info(self):
        """Memory in bytes: rss (resident), vms (virtual), shared, text
        (code), lib (0 since Linux 2.6), data (data + stack), dirty (0 since 2.6)."""
        pages = [int(n) for n in self._file('statm').split()[:7]]
        vms, rss, shared, text, lib, data, dirty = (n * PAGESIZE for n in pages)
        return pmem(rss, vms, shared, text, lib, data, dirty)

    def memory_full_info(self):
        """memory_info() plus uss, pss and swap (from /proc/PID/smaps_rollup)."""
        basic = self.memory_info()
        totals = _smaps_totals(self._pid)
        uss = (totals.get('Private_Clean', 0) + totals.get('Private_Dirty', 0) +
               totals.get('Private_Hugetlb', 0))
        return pfullmem(*basic, uss, totals.get('Pss', 0), totals.get('Swap', 0))

    def memory_percent(self, memtype='rss'):
        """The process's memory (memtype, a memory_full_info field) as a
        percentage of the system's total physical memory."""
        fields = pfullmem._fields if memtype in ('uss', 'pss', 'swap') else pmem._fields
        if memtype not in fields:
            raise ValueError(f'invalid memtype {memtype!r}; valid types are {fields!r}')
        info = self.memory_full_info() if fields is pfullmem._fields else self.memory_info()
        total = _meminfo()['MemTotal']
        return getattr(info, memtype) / total * 100 if total else 0.0

    def is_running(self):
        """Whether the process is still running (and is the same process:
        its start time has not changed)."""
        try:
            return self.create_time() == self._create_time
        except NoSuchProcess:
            return False

    def __eq__(self, other):
        if not isinstance(other, Process):
            return NotImplemented
        return (self._pid, self._create_time) == (other._pid, other._create_time)

    def __hash__(self):
        return hash((self._pid, self._create_time))

    def __repr__(self):
        fields = [f'pid={self._pid}']
        try:
            fields.append(f'name={self.name()!r}')
            fields.append(f'status={self.status()!r}')
        except NoSuchProcess:
            fields.append("status='terminated'")
        except AccessDenied:
            pass
        fmt = '%H:%M:%S' if time.time() - self._create_time < 86400 else '%Y-%m-%d %H:%M:%S'
        fields.append(f"started='{time.strftime(fmt, time.localtime(self._create_time))}'")
        return f'psutil.Process({", ".join(fields)})'

    __str__ = __repr__
