# A new text layer over sys.stdout.buffer, the common idiom, keeps the output in order.
import io
import sys

print("before")
sys.stdout.flush()
original = sys.stdout
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
print("through the wrapper", "é")
sys.stdout.write("written\n")
sys.stdout.flush()
sys.stdout.detach()
sys.stdout = original
print("after")
sys.stdout.buffer.write(b"bytes to the buffer\n")
sys.stdout.flush()
print("end", file=sys.stdout, flush=True)
sys.stdout.write("stdout write\n")
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
