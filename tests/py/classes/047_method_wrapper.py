# Slot wrappers bound to an object are method-wrappers, as in CPython.
x = (1).__add__
print(type(x), x.__self__, x.__name__, x(2), x.__qualname__, x.__objclass__, x.__text_signature__, x.__doc__)
print(repr(x).split(' at ')[0], repr(object().__str__).split(' at ')[0])
print(x == (1).__add__, x != (1).__add__, x == (2).__add__, hash(x) == hash((1).__add__), x == (1).__sub__)
import types, pickle, copy, inspect
print(types.MethodWrapperType, type(x) is types.MethodWrapperType, callable(x))
print(pickle.loads(pickle.dumps(x))(5), copy.copy(x) is x, copy.deepcopy([1]).__len__())
print(inspect.signature(x), inspect.ismethodwrapper(x) if hasattr(inspect, 'ismethodwrapper') else '-', inspect.isbuiltin(x), inspect.isroutine(x))
class C:
    pass
c = C()
print(repr(c.__str__).split(' at ')[0], c.__init__.__name__, c.__eq__(c), c.__hash__() == hash(c), c.__ne__(1))
print(repr([].__len__).split(" at ")[0], [1, 2].__len__(), 'a'.__add__('b'), (5).__neg__())
try: x(1, 2)
except TypeError as e: print(e)
try: x(k=1)
except TypeError as e: print(e)
print(getattr(3, '__mul__')(4), sorted([3, 1, 2], key=(10).__sub__), list(map((2).__mul__, [1, 2])))
