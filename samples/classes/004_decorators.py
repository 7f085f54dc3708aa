# Decorators are functions that take a function and return a replacement.
# @d above a def means: f = d(f).
import functools

def trace(func):
    @functools.wraps(func)          # keep func's name and docstring
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

def repeat(times):                  # a decorator with arguments is a factory
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

@trace
def add(a, b):
    """Add two numbers."""
    return a + b

@repeat(3)
@trace                              # applied first: the nearer one wraps first
def hello():
    return "hi"

add(2, 3)
print(hello())
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

def no_wraps(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@no_wraps
def documented():
    """Has a docstring."""
print(documented.__name__, documented.__doc__)   # the wrapper's, not the function's

class CountCalls:                   # a class can be a decorator too
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0
        self.func = func
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls, square.__name__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
