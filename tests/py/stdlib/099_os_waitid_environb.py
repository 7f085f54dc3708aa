# waitid and waitid_result, the W* status macros, environb / getenvb.
import os

pid = os.fork()
if pid == 0:
    os._exit(7)
r = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(r), r.si_pid == pid, r.si_signo, r.si_status, r.si_code == os.CLD_EXITED)
try:
    os.waitid(os.P_ALL, 0, os.WEXITED)
except ChildProcessError as e:
    print(type(e).__name__, e)

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WCOREDUMP(status), os.WIFCONTINUED(status))

os.environ['GLASSPY_TEST_VAR'] = 'value'
print(os.environb[b'GLASSPY_TEST_VAR'], os.getenvb(b'GLASSPY_TEST_VAR'), os.getenvb(b'NO_SUCH_VAR_X', b'd'))
os.environb[b'GLASSPY_TEST_VAR'] = b'bytes'
print(os.environ['GLASSPY_TEST_VAR'], b'GLASSPY_TEST_VAR' in os.environb, b'NO_SUCH_VAR_X' in os.environb)
del os.environb[b'GLASSPY_TEST_VAR']
print('GLASSPY_TEST_VAR' in os.environ, os.supports_bytes_environ)
try:
    os.environb['str']
except TypeError as e:
    print(e)

# the exec* family, searching PATH as a shell does
for launch in (lambda: os.execvp('sh', ['sh', '-c', 'exit 3']),
               lambda: os.execlp('sh', 'sh', '-c', 'exit 4'),
               lambda: os.execvpe('sh', ['sh', '-c', 'exit $CODE'], {'CODE': '5', 'PATH': '/bin:/usr/bin'}),
               lambda: os.execl('/bin/sh', 'sh', '-c', 'exit 6')):
    pid = os.fork()
    if pid == 0:
        launch()
    print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.execvp('no-such-program-here', ['x'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
