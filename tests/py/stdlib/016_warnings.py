# warnings: the printed form (file:line: Category: message + source line),
# stacklevel, the "default" action (once per location), filters and
# catch_warnings(record=True).  stderr is redirected to stdout so that the
# order of output is fixed.
import sys
sys.stderr = sys.stdout
import warnings

def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)

def risky():
    warnings.warn("careful")

for i in range(3):
    risky()          # printed once: same text, category and line
old_api()            # the line reported is this one (stacklevel=2)
old_api()
warnings.warn("first location")
warnings.warn("first location")   # a different line: printed again
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("deep", UserWarning, stacklevel=10)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)

warnings.simplefilter("always")
for i in range(2):
    risky()
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught:", repr(e))
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.warn("skip me")
warnings.warn("Skip me too")
warnings.warn("but not me")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    old_api()
print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__, caught[1].lineno)
print(str(caught[0]).replace(__file__, "FILE"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
warnings.warn("after the block", FutureWarning)

def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)
warnings.showwarning = my_show
warnings.warn("through the hook")
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
warnings.warn_explicit("explicit", SyntaxWarning, "made_up.py", 7)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
