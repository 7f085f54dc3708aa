# glasspy.trace(objects=[...]): only the events of what is at those
# objects' addresses: `kept`'s count goes up and down, `other`'s does not
# show.  Under CPython (no glasspy module) the same program runs untraced.
import sys

try:
    import glasspy
except ImportError:
    glasspy = None

kept = [2.5]
other = [7.0]
if glasspy:
    glasspy.trace("refcount", objects=[kept], json=True)
alias = kept
alias2 = other
del alias, alias2
if glasspy:
    glasspy.trace(None)
print(sys.getrefcount(kept), sys.getrefcount(other))
