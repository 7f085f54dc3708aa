# PEP 604 unions (int | str, types.UnionType) and how typing treats them.
import types, typing
u = int | str
print(u, type(u), u.__args__, int | None, None | int, list[int] | None, int | str | int, int | int, int | (str | float))
print(u == (str | int), hash(u) == hash(str | int), u == typing.Union[int, str], typing.Union[int, str] == u, typing.Optional[int] == (int | None))
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
try: isinstance(1, int | list[int])
except TypeError as e: print('TypeError', e)
try: int | 5
except TypeError as e: print('TypeError', e)
def f(a: int | None = None, b: list[str] | dict[str, int] = None) -> str | None: pass
print(f.__annotations__, typing.get_type_hints(f))
print(typing.get_origin(int | str), typing.get_args(int | str), types.UnionType, typing.Union[int | str, float], typing.Optional[int | str])
T = typing.TypeVar('T')
print(int | T, T | int, typing.List[int] | None, (int | str).__parameters__, (int | list[T]).__parameters__ if False else '')
class C: pass
print(C | None, None | C)
