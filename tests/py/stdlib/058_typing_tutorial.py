# typing: tutorial-style annotated code (dataclasses, generators, aliases, a generic Stack).
from dataclasses import dataclass, field
from typing import ClassVar, List, Optional, Dict, Iterator, Generator, Callable, TypeVar, Generic, Union
import typing

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    owner: Optional[str] = None
    count: ClassVar[int] = 0

inv = Inventory(['apple'])
print(inv, Inventory.count, Inventory.__annotations__)
print([f.name for f in __import__('dataclasses').fields(inv)])

def fib(n: int) -> Iterator[int]:
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b

def gen() -> Generator[int, str, bool]:
    x = yield 1
    return True

print(list(fib(8)), fib.__annotations__, gen.__annotations__)

Number = Union[int, float]
def add(a: Number, b: Number) -> Number:
    return a + b
print(add(1, 2.5), add.__annotations__)

Handler = Callable[[str], None]
handlers: Dict[str, Handler] = {}
def register(name: str, h: Handler) -> None:
    handlers[name] = h
register('print', print)
print(handlers, register.__annotations__)
print(__annotations__)

T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __repr__(self) -> str:
        return f'Stack({self._items!r})'

s = Stack[int]()
s.push(1); s.push(2)
print(s, s.pop(), Stack.push.__annotations__, typing.get_type_hints(Stack.push))
print(typing.get_type_hints(Inventory))
