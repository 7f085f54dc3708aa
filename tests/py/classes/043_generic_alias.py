print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int], set[frozenset[str]], list[list[int]])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a), type(a).__name__, type(a).__module__)
print(a(), a('xy'), a == list[int], a != list[str], hash(a) == hash(list[int]), a.append)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
try: list[int][str]
except TypeError as e: print(e)
def f(xs: list[int], m: dict[str, list[int]]) -> tuple[int, str]:
    return xs
print(f.__annotations__)
class MyList(list[int]): pass
print(MyList.__bases__, MyList.__mro__)
class G:
    def __class_getitem__(cls, item): return f'G[{item}]'
print(G[int], G['x'])
class H(G): pass
print(H[1])
try: int[3]
except TypeError as e: print(e)
try: G()[1]
except TypeError as e: print(e)
import sys
print(type(list[int])(list, int), type(list[int])(dict, (str, int)))
class C: pass
print(list[C], dict[str, C])
print(repr(list.__class_getitem__).split(" at ")[0], repr(list.__dict__['__class_getitem__']))
