# typing: errors with CPython's messages, substitution of type variables,
# get_origin/get_args, ParamSpec, Annotated, forward references.
from typing import *
import typing
def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', r)
T = TypeVar('T')
S = TypeVar('S', int, str)
B = TypeVar('B', bound=int)
print(S.__constraints__, B.__bound__, T.__name__, T.__covariant__, T.__bound__)
attempt('List()', List)
attempt('Dict()', Dict)
attempt('List[int]()', List[int])
attempt('Deque()', typing.Deque)
attempt('List[int, str]', lambda: List[int, str])
attempt('Dict[int]', lambda: Dict[int])
attempt('Hashable[int]', lambda: typing.Hashable[int])
attempt('List[1]', lambda: List[1])
attempt('Union[]', lambda: Union[()])
attempt('Union[1]', lambda: Union[1])
attempt('Optional[int, str]', lambda: Optional[int, str])
attempt('ClassVar[int, str]', lambda: ClassVar[int, str])
attempt('Callable[int]', lambda: Callable[int])
attempt('isinstance List[int]', isinstance, [], List[int])
attempt('issubclass List[int]', issubclass, list, List[int])
attempt('isinstance Any', isinstance, 1, Any)
attempt('Any()', Any)
attempt('Union()', Union)
attempt('isinstance Union', isinstance, 1, Union)
def sub_union():
    class X(Union): pass
attempt('class X(Union)', sub_union)
attempt('TypeVar bound+constraints', TypeVar, 'X', int, str, bound=int)
attempt('TypeVar single', TypeVar, 'X', int)
attempt('TypeVar bivariant', TypeVar, 'X', covariant=True, contravariant=True)
attempt('Generic[int]', lambda: Generic[int])
attempt('Generic[T, T]', lambda: Generic[T, T])
attempt('Generic[]', lambda: Generic[()])
attempt('Generic()', lambda: type(Generic()))
class Box(Generic[T]): pass
attempt('Box[int, str]', lambda: Box[int, str])
class NotGen: pass
attempt('plain Generic', lambda: type('X', (Generic,), {}))
class P(Protocol):
    def m(self) -> int: ...
attempt('P()', P)
attempt('isinstance P', isinstance, 1, P)
attempt('runtime_checkable(int)', runtime_checkable, int)
class Impl(P):
    def __init__(self, v): self.v = v
    def m(self): return self.v
print(Impl(4).m(), isinstance(Impl(1), P) if False else '')
attempt('NamedTuple bad order', lambda: NamedTuple('X', [('a', int)]) and type.__call__)
def bad_nt():
    class X(NamedTuple):
        a: int = 1
        b: int
attempt('NamedTuple default order', bad_nt)
def bad_nt2():
    class X(NamedTuple):
        a: int
        def _asdict(self): pass
attempt('NamedTuple prohibited', bad_nt2)
attempt('NamedTuple both', NamedTuple, 'X', [('a', int)], b=str)
class TD(TypedDict):
    a: int
attempt('isinstance TD', isinstance, {}, TD)
attempt('TypedDict both', TypedDict, 'X', {'a': int}, b=str)
attempt('get_type_hints(1)', get_type_hints, 1)
attempt('overloaded call', overload(lambda x: x), 1)
attempt('assert_never', assert_never, 5)
attempt('Literal eq', lambda: Literal[1, 2] == Literal[2, 1])
attempt('Literal 1 vs True', lambda: Literal[1] == Literal[True])
attempt('Literal dedup', lambda: Literal[1, 1, 2])
attempt('Union order', lambda: Union[int, Union[str, float], int])
attempt('Optional Optional', lambda: Optional[Optional[int]])
attempt('List[T][int]', lambda: List[T][int])
attempt('List[int][int]', lambda: List[int][int])
attempt('Dict[T, T][int]', lambda: Dict[T, T][int])
attempt('Callable[[T], S][int, str]', lambda: Callable[[T], S][int, str])
attempt('Tuple[T, ...][int]', lambda: Tuple[T, ...][int])
attempt('get_args Callable ...', get_args, Callable[..., int])
attempt('get_origin Annotated', get_origin, Annotated[int, 1])
attempt('get_args Annotated', get_args, Annotated[int, 1, 2])
attempt('Annotated[int]', lambda: Annotated[int])
attempt('List.append', lambda: List[int].append)
attempt('ForwardRef', ForwardRef, 'List[int]')
attempt('ForwardRef eval', get_type_hints, type('N', (), {'__annotations__': {'x': 'List[int]', 'y': 'Dict[str, "int"]'}, '__module__': __name__}))
attempt('hint None', get_type_hints, (lambda: 0).__class__)
def h(a: None, b: list[int], c: 'Optional[str]' = None) -> 'None': pass
attempt('hints builtin generic', get_type_hints, h)
print(typing.__name__, Any.__module__, List.__module__, Union.__module__, T.__module__, typing.Generic.__module__, type(List).__name__, type(List[int]).__name__, type(Union[int, str]).__name__)
print(repr(typing.NoReturn), repr(typing.Never), typing.Self, typing.LiteralString, typing.TypeAlias, typing.Concatenate, typing.TypeGuard[int], typing.Required[int], typing.NotRequired[str], typing.Unpack)
P2 = ParamSpec('P2')
print(P2, P2.args, P2.kwargs, Callable[P2, int], Callable[Concatenate[int, P2], int])
print(List[int].__origin__, List[int].__args__, List.__origin__, Union[int, str].__args__, Union[int, str].__origin__, ClassVar[int].__origin__)
print(Box[int].__origin__, Box[int].__args__, Box[T].__parameters__, Box.__orig_bases__)
print(typing.Iterable.__doc__, typing.List.__doc__)
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], typing.IO, typing.TextIO, typing.IO[str], typing.TextIO.__mro__, assert_type(5, int))
