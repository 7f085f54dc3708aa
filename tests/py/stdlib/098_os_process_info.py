# ids, groups, priority, affinity, uname, times, loadavg, terminal size:
# their types and relations (the values are the machine's).
import os
import tempfile

print(os.getuid() == os.geteuid() or os.geteuid() == 0, type(os.getgid()), type(os.getegid()))
print(type(os.getgroups()).__name__, all(type(g) is int for g in os.getgroups()))
print(os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))
try:
    os.getpgid(-5)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.killpg(-5, 0)
except OSError as e:
    print(type(e).__name__, e)

print(os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)

cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(type(c) is int for c in cpus))
print(os.sched_yield())

u = os.uname()
print(type(u).__name__, type(u), len(u), u.sysname, u[0] == u.sysname, u.machine == u[4])
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))

t = os.times()
print(type(t), len(t), all(type(x) is float for x in t), t.user == t[0], t.elapsed > 0)

load = os.getloadavg()
print(type(load).__name__, len(load), all(type(x) is float and x >= 0 for x in load))

print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
with tempfile.TemporaryFile() as f:
    try:
        os.get_terminal_size(f.fileno())
    except OSError as e:
        print(type(e).__name__, e)

print(os.statvfs('/').f_bsize > 0, type(os.statvfs('/')), len(os.statvfs('/')))
with tempfile.TemporaryFile() as f:
    print(os.statvfs('/').f_namemax == os.statvfs('/')[9], os.fstatvfs(f.fileno()).f_bsize > 0)
try:
    os.statvfs('/no/such/dir')
except OSError as e:
    print(type(e).__name__, e)

print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.EX_CONFIG)
print(sorted(n for n in dir(os) if n.startswith('O_')))
print(sorted(n for n in dir(os) if n.startswith(('CLD_', 'EX_', 'W'))))
print(os.P_ALL, os.P_PID, os.P_PGID, os.P_PIDFD)
print(os.devnull, os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}) == os.defpath.split(':'))
