# sys.setswitchinterval / getswitchinterval: the GIL switch interval, kept in
# microseconds (1e-9 reads back as 0.0), with CPython's argument errors.
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9); print(sys.getswitchinterval())
sys.setswitchinterval(2); print(sys.getswitchinterval())
sys.setswitchinterval(0.0123456789); print(sys.getswitchinterval())
sys.setswitchinterval(True); print(sys.getswitchinterval())
class F:
    def __float__(self): return 0.25
sys.setswitchinterval(F()); print(sys.getswitchinterval())
for bad in (0, -1, 'x', None, float('nan')):
    try: sys.setswitchinterval(bad); print("accepted", bad, sys.getswitchinterval())
    except Exception as e: print(type(e).__name__, e)
for call in (lambda: sys.setswitchinterval(interval=1), lambda: sys.setswitchinterval(), lambda: sys.getswitchinterval(1),
             lambda: sys.setrecursionlimit(limit=5)):
    try: call()
    except Exception as e: print(type(e).__name__, e)
sys.setswitchinterval(0.005)
