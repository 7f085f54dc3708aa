# atexit: functions run at exit, last registered first, with their
# arguments; unregister; an exception in one does not stop the others.
# keyword: kwlist, iskeyword, softkwlist.
import atexit, keyword, sys
sys.stderr = sys.stdout

def goodbye(name, punct="!"):
    print(f"goodbye, {name}{punct}")

@atexit.register
def first():
    print("registered first, runs last")

atexit.register(goodbye, "world")
atexit.register(goodbye, "again", punct="?")
atexit.register(print, "never printed")
atexit.unregister(print)

class Failing:
    def __call__(self):
        raise ValueError("boom in a callback")
    def __repr__(self):          # a fixed repr: no address in the output
        return "<failing callback>"
atexit.register(Failing())
print("end of the program", atexit._ncallbacks())
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ["if", "match", "print", "None", "async", "_"] if keyword.iskeyword(w)],
      keyword.issoftkeyword("match"), keyword.issoftkeyword("if"))
