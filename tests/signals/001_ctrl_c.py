# Ctrl-C raises KeyboardInterrupt at the next check point (a backward jump
# or a call), which `except` can catch; uncaught, it ends the process as
# killed by SIGINT after printing the traceback.  The runner sends SIGINT
# each time a line "ready" is printed.
def spin():
    i = 0
    print("ready", flush=True)
    while True:
        i += 1

def recurse(n):
    return recurse(n + 1) if n < 100 else recurse(0)

try:
    spin()
except KeyboardInterrupt as e:
    print("caught", repr(e), e.args)
try:
    print("ready", flush=True)
    for k in range(10 ** 12):
        pass
except KeyboardInterrupt:
    print("caught in for")
finally:
    print("finally runs")
print("after")
spin()
