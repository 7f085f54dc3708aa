# typing's context-manager aliases (ContextManager, AsyncContextManager and
# the contextlib ABCs they stand for), ParamSpec in user generics, and
# Concatenate's last argument.
import contextlib
from typing import (AsyncContextManager, Callable, Concatenate, ContextManager, Generic,
                    ParamSpec, TypeVar, get_args, get_origin)

print(ContextManager, AsyncContextManager, ContextManager[int], AsyncContextManager[str])
print(get_origin(ContextManager[int]), get_origin(AsyncContextManager[int]))
print(contextlib.AbstractContextManager[int])


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class AsyncManaged:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(isinstance(Managed(), contextlib.AbstractContextManager),
      issubclass(AsyncManaged, contextlib.AbstractAsyncContextManager),
      isinstance(3, contextlib.AbstractContextManager), isinstance(open(__file__), ContextManager))


class Plain(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Plain() as p:
    print(type(p).__name__)

P = ParamSpec("P")
T = TypeVar("T")


class Z(Generic[P, T]):
    pass


class Only(Generic[P]):
    pass


print(Z[[int, str], bool], Z.__parameters__, Z[..., int])
print(Only[int, str], Only[[int]], get_args(Only[int, str]))
print(Callable[Concatenate[int, P], int], Concatenate[int, ...])
for bad in ((int,), (int, str)):
    try:
        Concatenate[bad]
    except TypeError as e:
        print("TypeError:", e)
