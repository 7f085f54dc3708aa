# __name__, __qualname__, __self__, __module__, __doc__ of built-in functions, methods and method descriptors.
import sys
print(len.__name__, len.__qualname__, len.__self__, len.__doc__[:30], len.__module__)
print(print.__name__, repr(print))
l = []
print(l.append.__name__, l.append.__qualname__, l.append.__self__ is l, repr(l.append)[:30])
print(str.join.__name__, str.join.__qualname__, str.join.__objclass__, repr(str.join))
print(str.maketrans.__qualname__, dict.fromkeys.__qualname__)
print(sys.getrefcount.__self__, sys.getrefcount.__module__)
print(''.join.__name__, 'abc'.upper.__self__)
print(object.__init__.__name__, object.__init__.__qualname__, int.__add__.__name__, int.__add__.__qualname__)
print((1).__add__.__name__, (1).__add__.__qualname__, (1).__add__.__self__)
