# inspect.getsource / getsourcelines / getfile of functions, classes,
# methods and decorated functions; getdoc, cleandoc and getcomments.
import functools
import inspect


def add(a, b):
    """Add two numbers."""
    # the body
    return a + b


def deco(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@deco
def decorated(x,
              y=(1,
                 2)):
    return x


class Box:
    """A box.

        It holds things.
    """

    size = 3

    def put(self, thing):
        """Put thing in the box."""
        self.thing = thing

        return thing

    class Lid:
        def open(self):
            pass


# Comments above a function
# are what getcomments returns.
def commented():
    pass


one_liner = lambda x: x + 1

print(inspect.getsource(add), end="")
print(inspect.getsourcelines(add)[1])
print(inspect.getsource(decorated), end="")
print(inspect.getsource(Box), end="")
print(inspect.getsource(Box.put), end="")
print(inspect.getsource(Box.Lid), end="")
print(inspect.getsource(Box().put), end="")
print(inspect.getsource(one_liner), end="")
print(inspect.getfile(add))
print(repr(inspect.getcomments(commented)))
print(repr(inspect.getdoc(Box)))
print(repr(inspect.getdoc(Box.put)))
print(repr(inspect.getdoc(Box())))
print(repr(inspect.getdoc(commented)))
print(repr(inspect.cleandoc("""
    First line.
        indented more
    back
""")))
print(repr(inspect.cleandoc("  one\n\t two\n")))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
