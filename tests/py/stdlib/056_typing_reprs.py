# typing: the reprs, equality and caching of the special forms and generic
# aliases, TypeVar, Generic classes, NamedTuple, TypedDict, Protocol, get_type_hints.
import typing
from typing import *
T = TypeVar('T')
K = TypeVar('K', covariant=True)
V = TypeVar('V', contravariant=True)
print(T, K, V, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Set[int], FrozenSet[str], Iterable[int], Iterator[str], Generator[int, None, None], Sequence[T], Mapping[str, Any], Type[int])
print(Any, ClassVar[int], Final, Final[int], Literal['a', 1], Literal[True], Union[int], Union[int, int], Optional[None])
print(Dict[str, T][int], List[T].__parameters__, Dict[K, V].__parameters__, List['int'], Optional['X'])
print(List[int] == List[int], List[int] is List[int], Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]))
print(isinstance([], List), issubclass(list, List), isinstance(1, Union[int, str]), isinstance({}, Mapping))
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box, Box[int], Box.__parameters__, Box.__mro__, Box[int](3).get(), Box[int](3).__orig_class__)
class Pair(Generic[K, V]): pass
print(Pair[int, str], Pair[int, T][str])
class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.dist(), Point._fields, Point.__annotations__, Point._field_defaults, Point(1))
P2 = NamedTuple('P2', [('a', int), ('b', str)])
print(P2(1, 'x'), P2.__annotations__, P2.__module__)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie.__total__, Movie.__annotations__)
class Partial(TypedDict, total=False):
    x: int
print(Partial.__optional_keys__, Partial())
def greet(name: str, times: 'int' = 1) -> str:
    return name * times
print(get_type_hints(greet), get_type_hints(Point), get_type_hints(Movie))
class Node:
    next: Optional['Node']
    val: int
print(get_type_hints(Node))
print(cast(int, '3'), cast('str', 4), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3), len(get_overloads(f)))
@no_type_check
def g(x: 'not a type'): pass
print(g.__no_type_check__, get_type_hints(g))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__)
class Proto(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable), isinstance(1, SupportsInt), isinstance('x', SupportsInt))
print(Annotated[int, 'meta'], get_type_hints(type('A', (), {'__annotations__': {'x': Annotated[int, 'm']}}), include_extras=True))
print(AnyStr, Text, typing.Hashable, typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.Pattern[str])
