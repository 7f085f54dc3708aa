# os.fork: the child is a copy; a pipe carries its answer back, waitpid
# gives its exit status; register_at_fork hooks run in CPython's order.
import os
import sys
import threading

calls = []
os.register_at_fork(before=lambda: calls.append("before 1"),
                    after_in_parent=lambda: calls.append("parent 1"),
                    after_in_child=lambda: calls.append("child 1"))
os.register_at_fork(before=lambda: calls.append("before 2"),
                    after_in_parent=lambda: calls.append("parent 2"),
                    after_in_child=lambda: calls.append("child 2"))

data = [1, 2, 3]
r, w = os.pipe()
print("inheritable:", os.get_inheritable(r), os.get_inheritable(w))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    data.append(4)
    report = "child saw %s calls=%s threads=%d" % (data, calls, threading.active_count())
    os.write(w, report.encode())
    os._exit(7)
os.close(w)
chunks = []
while True:
    chunk = os.read(r, 1024)
    if not chunk:
        break
    chunks.append(chunk)
os.close(r)
print(b"".join(chunks).decode())
got, status = os.waitpid(pid, 0)
print("same pid:", got == pid)
print("exited:", os.WIFEXITED(status), "code:", os.WEXITSTATUS(status),
      "signaled:", os.WIFSIGNALED(status))
print("exit code:", os.waitstatus_to_exitcode(status))
print("parent data:", data, "calls:", calls)

try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError:", e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print("TypeError:", e)

# A child killed by a signal.
pid = os.fork()
if pid == 0:
    import time
    time.sleep(10)
    os._exit(0)
os.kill(pid, 15)
got, status = os.waitpid(pid, 0)
print("signaled:", os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

fd = os.dup(1)
print("dup inheritable:", os.get_inheritable(fd))
os.set_inheritable(fd, True)
print("after set:", os.get_inheritable(fd))
os.close(fd)

pid = os.fork()
if pid == 0:
    os._exit(5)
got, status = os.wait()
print("wait:", got == pid, os.waitstatus_to_exitcode(status))
for bad in ([], [""]):
    try:
        os.execv("/bin/true", bad)
    except ValueError as e:
        print("ValueError:", e)
