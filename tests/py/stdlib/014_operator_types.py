# operator's function forms and itemgetter/attrgetter/methodcaller (reprs,
# sorting keys), and types: the built-in types by name, SimpleNamespace,
# new_class.
import operator, types, functools
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(5, 1), operator.mul("ab", 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4),
      operator.not_(0), operator.truth([]), operator.is_(None, None), operator.contains([1], 1),
      operator.getitem("abc", 1), operator.concat([1], [2]), operator.and_(6, 3), operator.or_(4, 1),
      operator.xor(5, 1), operator.lshift(1, 4), operator.inv(5), operator.index(7),
      operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.countOf([1, 2, 1], 1),
      operator.indexOf("abc", "c"), operator.abs(-3), operator.__add__(1, 1))
lst = [1, 2, 3]; operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst)
acc = [1]; print(operator.iadd(acc, [2]) is acc, acc, operator.iadd(1, 2))
print(functools.reduce(operator.mul, range(1, 6)), list(map(operator.sub, [10, 20], [1, 2])))

rows = [("bob", 25, "b"), ("ann", 31, "a"), ("cy", 25, "c")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))("abc"))
class Person:
    def __init__(self, name, city):
        self.name, self.addr = name, types.SimpleNamespace(city=city)
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
people = [Person("zoe", "Oslo"), Person("al", "Bern")]
print([p.name for p in sorted(people, key=attrgetter("name"))], attrgetter("addr.city")(people[0]),
      attrgetter("name", "addr.city")(people[1]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]),
      methodcaller("upper")("abc"))
print(itemgetter(1), itemgetter(1, "a"), attrgetter("a.b", "c"), methodcaller("f", 1, k=2))
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: operator.indexOf([1], 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def f(): pass
def g(): yield
class C:
    def m(self): pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), types.GeneratorType is type(g()),
      types.MethodType is type(C().m), types.BuiltinFunctionType is type(len), types.ModuleType is type(types),
      types.CodeType is type(f.__code__), types.NoneType is type(None), types.EllipsisType, types.NotImplementedType)
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType), isinstance(g(), types.GeneratorType))
bound = types.MethodType(lambda self, x: (self, x), "me")
print(bound(1), types.ModuleType("mymod", "the doc"), types.ModuleType("m2").__doc__)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]; del ns.a
print(ns, ns.b, ns == types.SimpleNamespace(b="x", c=[3]), types.SimpleNamespace(), type(ns))
print(vars(ns))
try:
    types.SimpleNamespace({"k": 1})
except TypeError as e:
    print("TypeError:", e)
class Sub(types.SimpleNamespace): pass
print(Sub(q=1))
def body(ns):
    ns["hello"] = lambda self: "hi from " + type(self).__name__
Dyn = types.new_class("Dyn", (C,), exec_body=body)
print(Dyn, Dyn.__mro__[1].__name__, Dyn().hello(), types.resolve_bases((int,)), types.prepare_class("X")[0])
