# cProfile.run prints the standard table (the tutorial's fib example): the
# times vary, so only the call counts and the function labels are shown,
# and the header with the time left out.
import cProfile, io, re
from contextlib import redirect_stdout

def fib(n):
    if n == 0:
        return 0
    elif n == 1:
        return 1
    else:
        return fib(n-1) + fib(n-2)

def fib_seq(n):
    res = []
    if n > 0:
        res.extend(fib_seq(n-1))
    res.append(fib(n))
    return res

def show(text):
    for line in text.splitlines():
        if "function calls" in line:
            print(re.sub(r"in \d+\.\d+ seconds", "in T seconds", line))
        elif re.match(r"\s+[\d/]+\s+\d+\.\d{3}", line):
            fields = line.split()
            print(fields[0].rjust(9), line[line.index(fields[5], 45):])
        else:
            print(line)

buf = io.StringIO()
with redirect_stdout(buf):
    cProfile.run('fib_seq(15)')
show(buf.getvalue())

# runctx with its own namespace, sorted by name/file/line (no ties: the
# order of ties is CPython's addresses).
buf = io.StringIO()
with redirect_stdout(buf):
    cProfile.runctx('[fib(i) for i in range(n)]', {'fib': fib, 'range': range}, {'n': 6}, sort='nfl')
show(buf.getvalue())
