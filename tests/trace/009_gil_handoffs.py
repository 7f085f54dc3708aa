# The GIL changing hands: the main thread lets go of it while it waits for
# the new thread to start, the new thread runs to its end, and the main
# thread takes the GIL back from it.  The switch interval is made long
# (10 s) so that no thread is asked to let go midway: the hand-offs are
# then the same on every run.
import sys
import threading

sys.setswitchinterval(10)
log = []
t = threading.Thread(target=log.append, args=("ran",), name="worker")
t.start()
t.join()
print(log)
