# help() of functions: plain, documented, annotated, decorated with and
# without functools.wraps, lambdas, every kind of parameter.
import functools


def plain(a, b):
    return a + b


def documented(x, y=10):
    """Add y to x.

    The result is returned, not printed.
    """
    return x + y


def annotated(name: str, count: int = 1, *rest: float, flag: bool = False, **extra) -> list:
    return []


def shapes(a, b=2, /, c=3, *, d, e=None, **kw):
    pass


def deco_plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def deco_wraps(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco_plain
def greet(message):
    """Print a greeting."""
    print(message)


@deco_wraps
def greet2(message, times=1):
    """Print a greeting, several times."""
    print(message)


# A comment standing in for a docstring.
def commented():
    pass


square = lambda n: n * n


async def fetch(url, *, timeout=5.0):
    """Pretend to fetch url."""


help(plain)
help(documented)
help(annotated)
help(shapes)
help(greet)
print(greet.__name__, greet2.__name__)
help(greet2)
help(commented)
help(square)
help(fetch)
