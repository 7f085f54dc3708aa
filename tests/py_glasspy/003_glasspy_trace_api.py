# glasspy-only test: the `glasspy` module (the trace views from Python)
# exists only here, so there is no python3 output to compare with.  Each
# check prints "ok NAME"; the .expected file is those fixed lines.
import gc

import glasspy

# Only views that stay quiet here are switched on (gc, with no collection
# happening): their events would go into the output this test compares.
gc.disable()


def check(name, condition, detail=""):
    print(f"ok {name}" if condition else f"FAIL {name}: {detail}")


check("off at start", glasspy.tracing() is None, glasspy.tracing())
glasspy.trace("gc,gc", watch=[])
check("kinds", glasspy.tracing() == "gc", glasspy.tracing())
glasspy.trace(None)
check("off again", glasspy.tracing() is None)
try:
    glasspy.trace("refcount,nonsense")
except ValueError as e:
    check("unknown kind", str(e) == "unknown trace kind 'nonsense' (kinds: refcount, alloc, free, gc, gil, calls, "
          "lines, exceptions, all)", str(e))
try:
    glasspy.trace(3)
except TypeError as e:
    check("kinds type", str(e) == "trace() argument 'kinds' must be str or None, not int", str(e))
try:
    glasspy.trace("gc", watch=[1])
except TypeError as e:
    check("watch type", str(e) == "watch names must be str, not int", str(e))
check("still off", glasspy.tracing() is None)

try:
    glasspy.trace("refcount", objects=5)
except TypeError as e:
    check("objects type", str(e) == "'int' object is not iterable", str(e))
check("off after bad objects", glasspy.tracing() is None)
