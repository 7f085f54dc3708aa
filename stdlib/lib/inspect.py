"""Look inside live objects: what kind of thing is this, what are its members,
where is its source, how is it called.

glasspy's version of CPython's Lib/inspect.py, covering what help() (pydoc)
and the tutorials use:

  - predicates: isfunction, ismethod, isclass, isgenerator, ... ;
  - members: getmembers, getmro, classify_class_attrs, getclasstree;
  - docstrings: getdoc, cleandoc, getcomments;
  - source: getfile, getsourcefile, getsourcelines, getsource (read through
    linecache from the file a code object names; a block ends where the
    indentation returns to the level of its first line);
  - signatures: Signature and Parameter, signature(callable);
  - generators: getgeneratorstate.

Every answer comes from attributes the objects really carry (__code__,
co_flags, __defaults__, __wrapped__, __mro__ ...), so reading this file
shows where Python keeps each piece of information.

Native functions: the signature written at the head of a docstring
(__text_signature__, "($module, obj, /)") is parsed as CPython does; a
builtin without one raises ValueError, as in CPython.
"""

import linecache
import os
import re
import sys
import types
import functools
from keyword import iskeyword
from collections import namedtuple as _namedtuple

# No __all__, as in CPython: `from inspect import *` takes every public name.

# The tuple-shaped argument views and the static lookups live in their own
# file; they are inspect's all the same.
from _inspect_callargs import (getfullargspec, FullArgSpec, getargs, Arguments,
                               getargvalues, ArgInfo, formatargvalues, getcallargs,
                               getclosurevars, ClosureVars, getattr_static,
                               getmembers_static, get_annotations)

# The "is abstract" bit of a type's tp_flags (Include/object.h).
TPFLAGS_IS_ABSTRACT = 1 << 20

# CPython's getmodule() caches module files here by path; glasspy's reads
# __module__ instead and leaves it empty.
modulesbyfile = {}

# The bits of a code object's co_flags (CPython's Include/cpython/code.h).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---- what kind of object is this? -------------------------------------------

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type or of a metaclass)."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods: a function and the object it is bound to."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions written in Python (def and lambda)."""
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    """True for functions and bound methods implemented natively (len, [].append)."""
    return isinstance(object, types.BuiltinFunctionType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return isinstance(object, types.FrameType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def ismethoddescriptor(object):
    """True for objects with __get__ but no __set__ that are not classes,
    methods or functions (int.__add__, str.join)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """True for descriptors that define __set__ or __delete__ (property,
    slot members, a class's __dict__ and __weakref__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isroutine(object):
    """True for anything that behaves like a function: Python or native
    functions, bound methods, method descriptors, bound slot wrappers."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def _has_code_flag(f, flag):
    """Whether f (a function, possibly wrapped in methods or partials) is
    compiled with `flag` set in its code object's co_flags."""
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    """True for a function whose body contains `yield` (CO_GENERATOR)."""
    return _has_code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    """True for an `async def` function (CO_COROUTINE)."""
    return _has_code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    """True for an `async def` function containing `yield` (CO_ASYNC_GENERATOR)."""
    return _has_code_flag(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return type(object).__name__ == "coroutine"


def isasyncgen(object):
    """True for an async generator object."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """True for what `await` takes: a coroutine, a generator made a
    coroutine by types.coroutine (CO_ITERABLE_COROUTINE), or an object
    with __await__."""
    return (iscoroutine(object) or
            (isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)) or
            hasattr(type(object), "__await__"))


def ismethodwrapper(object):
    """True for a bound slot wrapper, as ().__add__ is."""
    return isinstance(object, types.MethodWrapperType)


def isabstract(object):
    """True for a class with abstract methods left unimplemented."""
    return bool(isinstance(object, type) and
                getattr(object, "__abstractmethods__", None))


# ---- members ------------------------------------------------------------------

def getmro(cls):
    """The classes searched for an attribute of cls, in order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) for every attribute in dir(object), sorted by name,
    keeping those for which predicate(value) is true."""
    names = dir(object)
    if isclass(object):
        # Class attributes that dir() hides but that are really there.
        for base in object.__mro__:
            for name in base.__dict__:
                if name not in names:
                    names.append(name)
    results = []
    seen = set()
    for name in names:
        if name in seen:
            continue
        seen.add(name)
        try:
            value = getattr(object, name)
        except AttributeError:
            if isclass(object):
                value = _lookup_in_mro(object, name)
                if value is _NOT_FOUND:
                    continue
            else:
                continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


_NOT_FOUND = object()


def _lookup_in_mro(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return _NOT_FOUND


# What classify_class_attrs says about one attribute.
Attribute = _namedtuple("Attribute", "name kind defining_class object")


def classify_class_attrs(cls):
    """For each name in dir(cls): where it is defined (the first class of the
    MRO whose __dict__ holds it) and what kind of attribute it is: 'method',
    'class method', 'static method', 'property' or 'data'."""
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    result = []
    for name in dir(cls):
        homecls = None
        dict_obj = None
        for base in cls.__mro__ + metamro:
            if name in base.__dict__:
                homecls = base
                dict_obj = base.__dict__[name]
                break
        if homecls is None:
            continue
        # What attribute access gives, except for __dict__, whose value on a
        # class is a proxy we do not want: its descriptor is more telling.
        obj = dict_obj
        if name != "__dict__":
            try:
                obj = getattr(cls, name)
            except Exception:
                pass
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind, obj = "static method", dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = "class method", dict_obj
        elif isinstance(dict_obj, property):
            kind, obj = "property", dict_obj
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getclasstree(classes, unique=False):
    """Arrange classes into nested lists by inheritance: each entry is a
    (class, bases) tuple, followed by a list holding its subclasses' entries."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for parent in c.__bases__:
            children.setdefault(parent, [])
            if c not in children[parent]:
                children[parent].append(c)
            if unique and parent in classes:
                break
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _walktree(roots, children)


def walktree(classes, children, parent):
    """The nested lists getclasstree() is made of."""
    return _walktree(classes, children)


def _walktree(classes, children):
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(_walktree(children[c], children))
    return results


# ---- docstrings ---------------------------------------------------------------

def cleandoc(doc):
    """Remove the indentation a docstring has because of where it is written.

    Tabs become spaces; the first line loses its leading whitespace; the
    other lines lose the indentation they all share; blank lines at the
    start and end go."""
    lines = doc.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _find_class_of(func):
    """The class a function was defined in, found from its __qualname__."""
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for name in func.__qualname__.split(".")[:-1]:
        owner = getattr(owner, name, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    """The docstring of the method or property obj overrides, looked up in
    the bases of its class (a method without a docstring inherits one)."""
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner) and
                getattr(getattr(owner, name, None), "__func__", None) is obj.__func__):
            owner = type(owner)
    elif isfunction(obj):
        name = obj.__name__
        owner = _find_class_of(obj)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    elif isinstance(obj, property) and obj.fget is not None:
        name = obj.fget.__name__
        owner = _find_class_of(obj.fget)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if not isclass(owner):
            owner = type(owner)
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring, cleaned up with cleandoc(); a method without
    one gets the docstring of the method it overrides.  None if there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def indentsize(line):
    """How many columns of whitespace a line starts with (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getcomments(object):
    """The block of '#' comments just above an object's source (or at the top
    of a module's file), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 1 if lines and lines[0].startswith("#!") else 0
        while start < len(lines) and lines[start].strip() in ("", "#"):
            start += 1
        comments = []
        while start < len(lines) and lines[start].startswith("#"):
            comments.append(lines[start].expandtabs())
            start += 1
        return "".join(comments) if comments else None
    if lnum <= 0:
        return None
    indent = indentsize(lines[lnum])
    comments = []
    end = lnum - 1
    while (end >= 0 and lines[end].lstrip().startswith("#")
           and indentsize(lines[end]) == indent):
        comments.insert(0, lines[end].expandtabs().lstrip())
        end -= 1
    if not comments:
        return None
    while comments and comments[0].strip() == "#":
        comments.pop(0)
    while comments and comments[-1].strip() == "#":
        comments.pop()
    return "".join(comments)


# ---- source -------------------------------------------------------------------

def unwrap(func, *, stop=None):
    """Follow __wrapped__ (set by functools.wraps) to the innermost function."""
    seen = {id(func)}
    original = func
    while hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(original))
        seen.add(id(func))
    return func


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        file = getattr(object, "__file__", None)
        if file:
            return file
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        file = getattr(module, "__file__", None)
        if file:
            return file
        if object.__module__ == "__main__":
            raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if isgenerator(object):
        object = object.gi_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    """The Python source file an object came from, or None if it is not one
    we can read."""
    filename = getfile(object)
    if not filename.endswith(".py"):
        return None
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    if filename.startswith("<glasspy>/") and linecache.getlines(filename):
        return filename  # built into glasspy: linecache reads it from the binary
    return None


def getabsfile(object):
    """getsourcefile() (or getfile()) as an absolute, case-normalised path."""
    filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(filename))


# The file endings an importable module can have, longest first
# (importlib.machinery.all_suffixes(), for this platform).
_MODULE_SUFFIXES = (".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".pyc", ".py", ".so")


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    fname = os.path.basename(path)
    for suffix in _MODULE_SUFFIXES:
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getmodule(object):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


# A line that starts a function's source: a def, an async def, a decorator,
# or any line holding a lambda.
_FUNCTION_START = re.compile(r"^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)")


def findsource(object):
    """(all the lines of the object's file, index of its first line)."""
    file = getsourcefile(object)
    if file is None:
        raise OSError("could not get source code")
    lines = linecache.getlines(file)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class_line(lines, object.__qualname__)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if isgenerator(object):
        object = object.gi_code
    # co_firstlineno is the line of the first decorator, or of the def; for
    # a lambda, the line holding it.  Walk back to a line that starts one.
    lnum = object.co_firstlineno - 1
    if lnum >= len(lines):
        raise OSError("lineno is out of bounds")
    while lnum > 0 and not _FUNCTION_START.match(lines[lnum]):
        lnum -= 1
    return lines, lnum


def _find_class_line(lines, qualname):
    """The index of the `class` statement for a class with this qualified
    name: each part of the name is searched inside the block of the part
    before it (classes defined in functions have '<locals>' parts, skipped)."""
    start, end, outer_indent = 0, len(lines), -1
    found = None
    for part in qualname.split("."):
        if part == "<locals>":
            continue
        pattern = re.compile(r"^(\s*)class\s+" + re.escape(part) + r"\b")
        found = None
        for i in range(start, end):
            match = pattern.match(lines[i])
            if match and indentsize(match.group(1)) > outer_indent:
                found = i
                break
        if found is None:
            raise OSError("could not find class definition")
        # A decorated class starts at its first decorator.
        outer_indent = indentsize(lines[found])
        start = found + 1
        end = found + len(getblock(lines[found:]))
    while found > 0 and lines[found - 1].strip().startswith("@") and \
            indentsize(lines[found - 1]) == outer_indent:
        found -= 1
    return found


def getblock(lines):
    """The lines of the block starting at lines[0]: the statement itself
    (decorators, a header spread over several lines by brackets) and every
    following line indented deeper than it, with blank lines and comments
    inside the block kept and trailing ones dropped."""
    first_indent = indentsize(lines[0])
    # Find the end of the header: the first line (after decorators) where
    # brackets are balanced and no triple-quoted string is open.
    depth = 0
    i = 0
    while i < len(lines):
        depth = _bracket_depth(lines[i], depth)
        stripped = lines[i].strip()
        i += 1
        if depth <= 0 and not stripped.startswith("@"):
            break
    header_end = i
    # One-line bodies (`def f(): return 1`, a lambda) end with the header.
    last = header_end
    in_string = None
    for j in range(header_end, len(lines)):
        line = lines[j]
        if in_string is None:
            if line.strip() == "" or line.lstrip().startswith("#"):
                continue
            if indentsize(line) <= first_indent:
                break
        in_string = _open_triple_quote(line, in_string)
        last = j + 1
    return lines[:last]


def _bracket_depth(line, depth):
    """depth plus the brackets this line opens minus those it closes,
    ignoring brackets inside strings and after a comment."""
    quote = None
    for ch in line:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            break
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
    return depth


def _open_triple_quote(line, open_quote):
    """Which triple quote is still open after this line (None if none), so
    that the lines of a docstring are not taken for the end of the block."""
    pos = 0
    while True:
        if open_quote:
            end = line.find(open_quote, pos)
            if end < 0:
                return open_quote
            pos, open_quote = end + 3, None
        else:
            starts = [(line.find(q, pos), q) for q in ('"""', "'''")]
            starts = [(p, q) for p, q in starts if p >= 0]
            if not starts:
                return None
            p, q = min(starts)
            pos, open_quote = p + 3, q


def getsourcelines(object):
    """(the lines of the object's source, the number of its first line)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    # A module, or the frame running a module's code: the whole file.
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The text of the object's source code."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


# ---- signatures ---------------------------------------------------------------

class _empty:
    """Marks a parameter without a default or annotation."""


class _void:
    """Marks 'not given' in replace()."""


class _ParameterKind(int):
    """How an argument reaches a parameter.  An int subclass (CPython's is an
    IntEnum) so that kinds compare in the order they appear in a def."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name_, self)


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it: a class by its (qualified)
    name, typing constructs without 'typing.', anything else by repr."""
    if getattr(annotation, "__module__", None) == "typing":
        return re.sub(r"[\w\.]+", lambda m: m.group().removeprefix("typing."),
                      repr(annotation))
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


_GenericAlias = type(list[int])


def formatannotationrelativeto(object):
    """A formatannotation that leaves out the module of object."""
    module = getattr(object, "__module__", None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            kinds = [_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
                     _KEYWORD_ONLY, _VAR_KEYWORD]
            if kind not in kinds:
                raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
            kind = kinds[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with some fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ": " + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8: spaces around '=' only when there is an annotation.
            sep = " = " if self._annotation is not _empty else "="
            text += sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class Signature:
    """The parameters of a callable, in order, and its return annotation."""

    __slots__ = ("_parameters", "_return_annotation")

    empty = _empty
    _parameter_cls = Parameter

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            last_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                if __validate_parameters__:
                    if kind < last_kind:
                        raise ValueError(
                            "wrong parameter order: {} parameter before {} parameter"
                            .format(last_kind.description, kind.description))
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError(f"duplicate parameter name: {param.name!r}")
                last_kind = kind
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_from_callable(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.items()) == list(other._parameters.items()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __str__(self):
        # The markers of a def: '/' after the last positional-only parameter,
        # a bare '*' before the first keyword-only one unless *args is there.
        parts = []
        pending_slash = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append("/")
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append("*")
                star_needed = False
            parts.append(str(param))
        if pending_slash:
            parts.append("/")
        text = "({})".format(", ".join(parts))
        if self._return_annotation is not _empty:
            text += " -> " + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)

    def bind(self, /, *args, **kwargs):
        """Match arguments to parameters as a call would; TypeError if the
        call would fail."""
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but missing arguments are allowed."""
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        args = list(args)
        index = 0
        # Positional arguments fill positional parameters in order.
        while args and index < len(params):
            param = params[index]
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError("too many positional arguments")
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args)
                args = []
                index += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError(f"multiple values for argument {param.name!r}")
            arguments[param.name] = args.pop(0)
            index += 1
        if args:
            raise TypeError("too many positional arguments")
        # The rest come by keyword, or from defaults.
        var_keyword = None
        for param in params[index:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs and param.kind == _POSITIONAL_ONLY:
                raise TypeError(f"{param.name!r} parameter is positional only, "
                                "but was passed as a keyword")
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                what = "keyword-only " if param.kind == _KEYWORD_ONLY else ""
                raise TypeError(f"missing a required {what}argument: {param.name!r}")
        if kwargs:
            if var_keyword is None:
                raise TypeError(f"got an unexpected keyword argument {next(iter(kwargs))!r}")
            arguments[var_keyword.name] = kwargs
        return BoundArguments(self, arguments)


class BoundArguments:
    """The result of Signature.bind: which value each parameter receives."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        result = []
        for param in self._signature.parameters.values():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or param.name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                result.extend(self.arguments[param.name])
            else:
                result.append(self.arguments[param.name])
        return tuple(result)

    @property
    def kwargs(self):
        result = {}
        positional_done = False
        for param in self._signature.parameters.values():
            if param.name not in self.arguments:
                positional_done = True
                continue
            if param.kind == _VAR_KEYWORD:
                result.update(self.arguments[param.name])
            elif param.kind == _KEYWORD_ONLY or (positional_done and param.kind != _VAR_POSITIONAL):
                result[param.name] = self.arguments[param.name]
        return result

    def apply_defaults(self):
        """Fill in the defaults (and empty *args/**kwargs) of the parameters
        that got no argument."""
        filled = {}
        for param in self._signature.parameters.values():
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[param.name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[param.name] = {}
        self.arguments = filled

    def __repr__(self):
        items = ", ".join("{}={!r}".format(k, v) for k, v in self.arguments.items())
        return "<BoundArguments ({})>".format(items)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]


def signature(obj, *, follow_wrapped=True):
    """The Signature of a callable: a function, a bound method, a class (from
    its __init__ or __new__), a functools.partial, an object with __call__."""
    return _signature_from_callable(obj, follow_wrapped=follow_wrapped)


def _signature_from_function(func):
    """Read a Python function's parameters from its code object
    (co_argcount, co_posonlyargcount, co_kwonlyargcount, co_varnames,
    co_flags), __defaults__, __kwdefaults__ and __annotations__."""
    code = func.__code__
    names = code.co_varnames
    n_posonly = code.co_posonlyargcount
    n_positional = code.co_argcount
    n_kwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}

    params = []
    # Defaults belong to the last positional parameters.
    first_default = n_positional - len(defaults)
    for i, name in enumerate(names[:n_positional]):
        kind = _POSITIONAL_ONLY if i < n_posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = n_positional
    if code.co_flags & CO_VARARGS:
        name = names[n_positional + n_kwonly]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
    for name in names[index:index + n_kwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        slot = n_positional + n_kwonly + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[slot]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _drop_first_parameter(sig):
    """The signature as seen through a bound method: the first parameter
    (self or cls) is filled in already.  *args stays: it absorbs it."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_of_partial(partial_obj, sig):
    """What is left of sig once a functools.partial has supplied some
    arguments: bound positionals disappear, keywords become defaults (and
    the parameters after such a keyword become keyword-only)."""
    try:
        bound = sig.bind_partial(*partial_obj.args, **partial_obj.keywords)
    except TypeError:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial_obj))
    params = []
    keyword_only_from_here = False
    for param in sig.parameters.values():
        name = param.name
        given_by_keyword = name in partial_obj.keywords
        if name in bound.arguments and not given_by_keyword:
            if param.kind in (_VAR_POSITIONAL,):
                params.append(param)
            continue  # filled positionally: gone
        if param.kind == _VAR_KEYWORD:
            params.append(param)
            continue
        if given_by_keyword:
            keyword_only_from_here = param.kind == _POSITIONAL_OR_KEYWORD or keyword_only_from_here
            if param.kind == _POSITIONAL_ONLY:
                continue
            param = param.replace(default=partial_obj.keywords[name],
                                  kind=_KEYWORD_ONLY if keyword_only_from_here else param.kind)
        elif keyword_only_from_here and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif keyword_only_from_here and param.kind == _VAR_POSITIONAL:
            continue
        params.append(param)
    return sig.replace(parameters=params)


# Callables implemented natively, whose signature we cannot read.
_NATIVE_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                     types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _user_defined_method(cls, name):
    """getattr(cls, name) if that is written in Python, else None."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NATIVE_CALLABLES):
        return None
    if ismethod(meth) and not isfunction(meth.__func__):
        return None  # a slot wrapper bound to an object
    return meth


def _signature_from_callable(obj, *, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))

    if ismethod(obj):
        if not callable(obj.__func__):
            raise ValueError("no signature found for builtin {!r}".format(obj))
        if isinstance(obj.__func__, _NATIVE_CALLABLES):
            # A slot wrapper bound to its object ((1).__add__, CPython's
            # method-wrapper): its text signature without $self.
            text = getattr(obj.__func__, "__text_signature__", None)
            if not text:
                raise ValueError("no signature found for builtin {!r}".format(obj))
            sig = _signature_from_text(obj.__func__, text, False)
            return _drop_first_parameter(sig) if skip_bound_arg else sig
        sig = _signature_from_callable(obj.__func__, follow_wrapped=follow_wrapped,
                                       skip_bound_arg=skip_bound_arg)
        return _drop_first_parameter(sig) if skip_bound_arg else sig

    if follow_wrapped:
        # functools.wraps leaves the wrapped function in __wrapped__: its
        # signature is the one the wrapper pretends to have.
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped=follow_wrapped,
                                            skip_bound_arg=skip_bound_arg)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig

    if isfunction(obj):
        return _signature_from_function(obj)

    if isinstance(obj, (types.BuiltinFunctionType, types.WrapperDescriptorType, types.MethodWrapperType,
                        types.MethodDescriptorType, types.ClassMethodDescriptorType)):
        text = getattr(obj, "__text_signature__", None)
        if not text:
            raise ValueError("no signature found for builtin {!r}".format(obj))
        return _signature_from_text(obj, text, skip_bound_arg)

    if isinstance(obj, functools.partial):
        sig = _signature_from_callable(obj.func, follow_wrapped=follow_wrapped,
                                       skip_bound_arg=skip_bound_arg)
        return _signature_of_partial(obj, sig)

    if isinstance(obj, type):
        return _signature_of_class(obj, follow_wrapped)

    call = _user_defined_method(type(obj), "__call__")
    if call is not None:
        sig = _signature_from_callable(call, follow_wrapped=follow_wrapped,
                                       skip_bound_arg=skip_bound_arg)
        return _drop_first_parameter(sig) if skip_bound_arg else sig

    raise ValueError("callable {!r} is not supported by signature".format(obj))


def _split_parameters(text):
    """The comma-separated parts of "(a, b='x, y', c=(1, 2))", quotes and
    brackets respected."""
    parts, depth, quote, start = [], 0, None, 1
    i = 1
    while i < len(text) - 1:
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
        i += 1
    last = text[start:len(text) - 1].strip()
    if last:
        parts.append(last)
    return parts


def _signature_from_text(obj, text, skip_bound_arg):
    """A native function's Signature from its __text_signature__, as
    "($module, obj, /)": a first parameter written $module, $self or $type
    is the bound one, dropped when the function is bound to it (always for
    a module), else kept as a positional-only parameter."""
    invalid = ValueError("{!r} builtin has invalid signature".format(obj))
    if not (text.startswith("(") and text.endswith(")")):
        raise invalid
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    namespace = dict(vars(module)) if module is not None else {}
    namespace.setdefault("sys", sys)  # "stop=sys.maxsize" (list.index)
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    self_parameter = False
    for index, part in enumerate(_split_parameters(text)):
        if part == "/":
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if part == "*":
            kind = _KEYWORD_ONLY
            continue
        name, equals, default_text = part.partition("=")
        name = name.strip()
        if name.startswith("**"):
            params.append(Parameter(name[2:], _VAR_KEYWORD))
            continue
        if name.startswith("*"):
            params.append(Parameter(name[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        if name.startswith("$"):
            if index != 0:
                raise invalid
            self_parameter = True
            name = name[1:]
        if not name.isidentifier():
            raise invalid
        default = _empty
        if equals:
            try:
                default = eval(default_text.strip(), {"__builtins__": {}}, namespace)
            except Exception:
                raise invalid from None
        params.append(Parameter(name, kind, default=default))
    if self_parameter:
        bound_to = getattr(obj, "__self__", None)
        if bound_to is not None and (ismodule(bound_to) or skip_bound_arg):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return Signature(params)


def _signature_of_class(cls, follow_wrapped):
    """Calling a class runs its metaclass's __call__, which runs __new__ and
    __init__: the signature is that of the first of these written in Python
    (a __new__ or __init__ of the class itself before inherited ones)."""
    call = _user_defined_method(type(cls), "__call__")
    if call is not None:
        method = call
    else:
        new = _user_defined_method(cls, "__new__")
        init = _user_defined_method(cls, "__init__")
        if "__new__" in cls.__dict__ and new is not None:
            method = new
        elif "__init__" in cls.__dict__ and init is not None:
            method = init
        else:
            method = new if new is not None else init
    if method is not None:
        sig = _signature_from_callable(method, follow_wrapped=follow_wrapped)
        return _drop_first_parameter(sig)
    # A built-in class (or one that adds no __init__ or __new__ to it)
    # has the signature its doc starts with.
    for base in cls.__mro__[:-1]:
        text = getattr(base, "__text_signature__", None)
        if text:
            return _signature_from_text(base, text, True)
    if type not in cls.__mro__:
        # Neither __init__ nor __new__ is written in Python: if both are
        # object's, calling the class takes no arguments.
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return Signature()
    raise ValueError("no signature found for builtin type {!r}".format(cls))


# ---- generators ---------------------------------------------------------------

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    """Where a generator is in its life: created (not started), running
    (executing right now), suspended (paused at a yield) or closed
    (returned, raised, or was closed)."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    # A finished generator drops its frame.
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame, {} once it finished."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame, {} once it finished
    (or for anything without a cr_frame)."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinestate(coroutine):
    """getgeneratorstate() for a coroutine."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


# ---- frames and tracebacks -----------------------------------------------------------

def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


class _Positions(tuple):
    """Where an instruction's source is: (lineno, end_lineno, col_offset,
    end_col_offset), as dis.Positions."""
    __slots__ = ()
    _fields = ("lineno", "end_lineno", "col_offset", "end_col_offset")

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return "Positions(lineno={!r}, end_lineno={!r}, col_offset={!r}, end_col_offset={!r})".format(*self)


_Positions.__name__ = _Positions.__qualname__ = "Positions"


class Traceback(tuple):
    """Where a frame or traceback entry is: (filename, lineno, function,
    code_context, index), and its positions."""
    _fields = ("filename", "lineno", "function", "code_context", "index")

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (filename, lineno, function, code_context, index))
        self.positions = positions
        return self

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, "
                "positions={!r})".format(*self, self.positions))


class FrameInfo(tuple):
    """A frame with where it is: (frame, filename, lineno, function,
    code_context, index), and its positions (stack(), trace())."""
    _fields = ("frame", "filename", "lineno", "function", "code_context", "index")

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))
        self.positions = positions
        return self

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, "
                "positions={!r})".format(*self, self.positions))


def _positions_at(code, lasti):
    # f_lasti and tb_lasti count bytes; co_positions() gives one row per code unit.
    if lasti < 0:
        return _Positions()
    for i, row in enumerate(code.co_positions()):
        if i == lasti // 2:
            return _Positions(*row)
    return _Positions()


def getframeinfo(frame, context=1):
    """A Traceback for a frame or a traceback entry, with `context` lines
    of source around its line."""
    if istraceback(frame):
        positions = _positions_at(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        if not isframe(frame):
            raise TypeError("{!r} is not a frame or traceback object".format(frame))
        positions = _positions_at(frame.f_code, frame.f_lasti)
        lineno = frame.f_lineno
    if positions[0] is None:
        positions = _Positions(lineno, *positions[1:])
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def getlineno(frame):
    """The line a frame is at."""
    return frame.f_lineno


def _frame_info(frame_or_tb, context):
    info = getframeinfo(frame_or_tb, context)
    frame = frame_or_tb.tb_frame if istraceback(frame_or_tb) else frame_or_tb
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo of a frame and of each frame that called it, innermost first."""
    result = []
    while frame:
        result.append(_frame_info(frame, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """FrameInfo of each entry of a traceback, outermost first."""
    result = []
    while tb:
        result.append(_frame_info(tb, context))
        tb = tb.tb_next
    return result


def stack(context=1):
    """FrameInfo of the caller and of each frame above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo of the frames between the current one and where the
    exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
