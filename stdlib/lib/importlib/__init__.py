"""Importing modules by name at run time: import_module, reload.

glasspy's import system is its own (runtime/import.cpp), not CPython's
importlib machinery; this module gives the parts programs call.
"""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    """The absolute name of a relative import: `level` dots in `package`."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module, by absolute name or, with `package`, relative name
    ('..mod'), and return it (the module itself, not the top package)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run the module's source again in its own namespace and return it."""
    name = getattr(module, "__name__", None)
    if name is None or not isinstance(name, str):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    path = getattr(module, "__file__", None)
    if path is None:
        return module  # built into the interpreter: nothing to run again
    with open(path, encoding="utf-8") as source:
        code = compile(source.read(), path, "exec")
    exec(code, module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: glasspy's finder looks at the directories each time."""
