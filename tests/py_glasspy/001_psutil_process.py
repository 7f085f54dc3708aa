# glasspy-only test: psutil is a third-party package that CPython (the
# oracle) does not ship, so there is no python3 output to compare with.
# Each check compares psutil's answer with the same fact read independently
# (from /proc, os, time) and prints "ok NAME"; the .expected file is those
# fixed lines, written by hand.
import os
import time
import psutil


def check(name, condition, detail=''):
    print(f'ok {name}' if condition else f'FAIL {name}: {detail}')


def statm():
    with open('/proc/self/statm') as f:
        return [int(n) for n in f.read().split()]


def kernel_page_size():
    # An independent source for the page size: smaps' KernelPageSize line.
    with open('/proc/self/smaps') as f:
        for line in f:
            if line.startswith('KernelPageSize:'):
                return int(line.split()[1]) * 1024


page = os.sysconf('SC_PAGE_SIZE')
check('page size', page == kernel_page_size() == psutil.PAGESIZE, (page, kernel_page_size()))

p = psutil.Process()
check('pid', p.pid == os.getpid() and psutil.Process(os.getpid()).pid == os.getpid())
check('ppid', p.ppid() == os.getppid(), (p.ppid(), os.getppid()))
with open('/proc/self/comm') as f:
    comm = f.read().strip()
check('name', p.name() == comm or p.name().startswith(comm), (p.name(), comm))
check('status', p.status() == psutil.STATUS_RUNNING, p.status())

# memory_info: statm's pages times the page size.  The process allocates
# between the two reads, so rss and vms are checked to lie between two
# readings taken around the call (a page of slack each way).
before = statm()
info = p.memory_info()
after = statm()
check('pmem fields', type(info)._fields == ('rss', 'vms', 'shared', 'text', 'lib', 'data', 'dirty'))
check('pmem repr', repr(info) == 'pmem(rss=%d, vms=%d, shared=%d, text=%d, lib=%d, data=%d, dirty=%d)' % info)


def between(value, a, b, slack=page * 16):
    return min(a, b) - slack <= value <= max(a, b) + slack


check('rss', between(info.rss, before[1] * page, after[1] * page), (info.rss, before[1] * page))
check('vms', between(info.vms, before[0] * page, after[0] * page), (info.vms, before[0] * page))
check('text', info.text == before[3] * page, (info.text, before[3] * page))
check('lib and dirty are 0 since Linux 2.6', info.lib == 0 and info.dirty == 0)

# memory_full_info: uss, pss and swap from smaps_rollup, read here separately.
def rollup():
    values = {}
    with open('/proc/self/smaps_rollup') as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] == 'kB':
                values[parts[0].rstrip(':')] = int(parts[1]) * 1024
    return values


# Pss divides each shared page among the processes mapping it, so it moves
# when any other process maps or unmaps a shared library (a parallel test
# starting or ending, each mapping the sanitizer runtime too).  The reading
# is retried, with a pause, until psutil's value lies between the two
# readings around it; a wrong psutil fails every attempt.
for attempt in range(50):
    r0 = rollup()
    full = p.memory_full_info()
    r1 = rollup()
    if between(full.pss, r0['Pss'], r1['Pss']):
        break
    time.sleep(0.05)
check('pfullmem fields', type(full)._fields == info._fields + ('uss', 'pss', 'swap'))
uss0 = r0['Private_Clean'] + r0['Private_Dirty'] + r0.get('Private_Hugetlb', 0)
uss1 = r1['Private_Clean'] + r1['Private_Dirty'] + r1.get('Private_Hugetlb', 0)
check('uss', between(full.uss, uss0, uss1), (full.uss, uss0, uss1))
check('pss', between(full.pss, r0['Pss'], r1['Pss']), (full.pss, r0['Pss']))
check('swap', full.swap == r0['Swap'] == r1['Swap'] or between(full.swap, r0['Swap'], r1['Swap']))
check('uss <= pss <= rss', full.uss <= full.pss + page * 16 and full.pss <= full.rss + page * 16,
      (full.uss, full.pss, full.rss))

# A million-item list of distinct floats costs at least 8 MB (the item
# pointers) + 24 MB (the floats): the uss the tutorials watch grows by that.
start = p.memory_full_info().uss
big = [float(i) for i in range(1000000)]
grown = p.memory_full_info().uss - start
check('uss grows with a big list', grown >= 30 * 1024 * 1024, grown)
del big

# CPU times against time.process_time over the same busy loop.
t0 = p.cpu_times()
c0 = time.process_time()
while time.process_time() - c0 < 0.3:
    pass
t1 = p.cpu_times()
spent = (t1.user + t1.system) - (t0.user + t0.system)
check('cpu_times', 0.15 <= spent <= 0.6, spent)
check('cpu_percent first call', psutil.Process().cpu_percent() == 0.0)

# The system's memory, against /proc/meminfo's MemTotal (which does not change).
with open('/proc/meminfo') as f:
    total = int(f.readline().split()[1]) * 1024
vm = psutil.virtual_memory()
check('virtual_memory total', vm.total == total, (vm.total, total))
check('virtual_memory percent', 0 <= vm.percent <= 100 and vm.available <= vm.total)
check('svmem fields', vm._fields[:5] == ('total', 'available', 'percent', 'used', 'free'))

# A pid that cannot exist: above the kernel's pid_max.
with open('/proc/sys/kernel/pid_max') as f:
    absent = int(f.read()) + 1
check('pid_exists', psutil.pid_exists(os.getpid()) and not psutil.pid_exists(absent))
check('pids', os.getpid() in psutil.pids())
try:
    psutil.Process(absent)
except psutil.NoSuchProcess as e:
    check('NoSuchProcess', e.pid == absent and str(e) == f'process PID not found (pid={absent})', str(e))
else:
    check('NoSuchProcess', False, 'not raised')
check('NoSuchProcess is an Error', issubclass(psutil.NoSuchProcess, psutil.Error)
      and issubclass(psutil.Error, Exception))
