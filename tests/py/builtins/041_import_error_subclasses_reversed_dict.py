try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(e.name, e.path, e.msg, e.args)
try:
    from math import nosuch
except ImportError as e:
    print(e.name, e.path, e.msg)
e = ImportError('m', name='x', path='/p')
print(e.name, e.path, e.msg, str(e))
class A: pass
class B(A): pass
class C(A): pass
print(A.__subclasses__(), B.__subclasses__())
print(int.__subclasses__()[:1])
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__)
d['z'] = 0
del d['a']
print(list(reversed(d)), next(reversed(d.items())))
it = reversed(d)
d['new'] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
print(list(reversed({})))
try:
    import os.nosuch
except ModuleNotFoundError as e:
    print(e.name)
try:
    raise ImportError()
except ImportError as e:
    print(repr(e.msg), repr(str(e)))
try:
    ImportError(bogus=1)
except TypeError as e:
    print(e)
