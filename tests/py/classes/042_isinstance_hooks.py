# isinstance / issubclass: exact matches answer without hooks, metaclass
# hooks decide otherwise, tuples are searched, __class__ and __bases__
# serve objects that are not classes.
class Meta(type):
    def __instancecheck__(cls, inst):
        print('  instancecheck', type(inst).__name__)
        return isinstance(inst, (int, str))
    def __subclasscheck__(cls, sub):
        print('  subclasscheck', sub.__name__)
        return issubclass(sub, (int, str))

class Number(metaclass=Meta):
    pass

print(isinstance(3, Number), isinstance('x', Number), isinstance([], Number))
print(issubclass(bool, Number), issubclass(list, Number))
n = Number()
print('exact:', isinstance(n, Number))
print('tuple:', isinstance(2.5, (float, Number)), isinstance([], (float, Number)))

class Truthy(type):
    def __instancecheck__(cls, inst):
        return 'yes'  # any truthy result counts
class T(metaclass=Truthy): pass
print(isinstance(None, T))

class Proxy:
    def __init__(self, target):
        self._target = target
    @property
    def __class__(self):
        return type(self._target)
p = Proxy([1, 2])
print(isinstance(p, list), isinstance(p, Proxy), type(p).__name__)

class AbstractBases:
    def __init__(self, *bases):
        self.__bases__ = bases
base = AbstractBases()
child = AbstractBases(base)
print(issubclass(child, base), issubclass(base, child))

class Fake:
    __class__ = child
print(isinstance(Fake(), base))

for args in [(1, 2), (1, 'int'), (1, (int, 3))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print('TypeError:', e)
for args in [(1, int), (int, 1), (int, (str, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError:', e)

class Loop(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, cls)
class L(metaclass=Loop): pass
try:
    isinstance(1, L)
except RecursionError as e:
    print('RecursionError:', e)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
