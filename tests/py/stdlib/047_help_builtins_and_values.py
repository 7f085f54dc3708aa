# help() of builtins objects and plain values, the repr of help, help of a
# name given as a string, and of a missing name.
import pydoc

print(repr(help))
print(type(help).__name__)
help("no_such_thing_anywhere")


class Config:
    """Settings."""

    debug = False
    items = list(range(30))
    table = {"b": 2, "a": 1}
    text = "x" * 120

    def __repr__(self):
        return "Config()"


help(Config)
print(pydoc.render_doc(Config.items, renderer=pydoc.plaintext).splitlines()[0])
