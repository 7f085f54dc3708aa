"""help(): documentation of live objects, as text.

glasspy's version of CPython's Lib/pydoc.py, text only (no HTML server).
help(obj) prints what CPython 3.11 prints:

    Help on function greet in module __main__:

    greet(message)
        Say hello.

It is built from the objects themselves, through inspect: a function's
signature (inspect.signature), its docstring (or the comments above its
source), a class's methods grouped by the class of the MRO that defines
them, a module's classes, functions and data.

When standard output is a terminal and the text is longer than the screen,
it goes through a pager ($MANPAGER, $PAGER, else `less -R`, else a simple
built-in one).  Otherwise it is printed as is: that is what scripts and
tests see.  Section titles are bold by overstriking ("N\\bN"), which less
shows as bold; plain output removes it.
"""

import builtins
import inspect
import os
import re
import sys

__all__ = ["help", "doc", "render_doc", "describe", "getdoc", "plain",
           "pager", "Helper", "TextDoc"]


# ---- small text helpers ------------------------------------------------------

def plain(text):
    """Remove the overstriking that makes text bold."""
    return re.sub(".\b", "", text)


def cram(text, maxlen):
    """Cut the middle out of text longer than maxlen, leaving '...'."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + "..." + text[len(text) - tail:]


_ADDRESS = re.compile(r" at 0x[0-9a-f]{6,16}(>+)$", re.IGNORECASE)


def stripid(text):
    """Remove ' at 0x...' from a default repr: addresses change every run."""
    return _ADDRESS.sub(r"\1", text)


def classname(cls, modname):
    """A class's name, qualified by its module unless that is modname."""
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + "." + name
    return name


def splitdoc(doc):
    """(synopsis line, rest) of a docstring whose first line stands alone."""
    lines = doc.strip().split("\n")
    if len(lines) == 1:
        return lines[0], ""
    if not lines[1].rstrip():
        return lines[0], "\n".join(lines[2:])
    return "", "\n".join(lines)


def isdata(obj):
    """Anything that is not a module, class, routine, frame, traceback or code."""
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or
                inspect.isroutine(obj) or inspect.isframe(obj) or
                inspect.istraceback(obj) or inspect.iscode(obj))


# Names help() never lists: they are bookkeeping, shown elsewhere or not at all.
_HIDDEN_NAMES = {
    "__author__", "__builtins__", "__cached__", "__credits__", "__date__",
    "__doc__", "__file__", "__spec__", "__loader__", "__module__", "__name__",
    "__package__", "__path__", "__qualname__", "__slots__", "__version__",
}


def visiblename(name, all=None, obj=None):
    """Whether help() shows an attribute called name."""
    if name in _HIDDEN_NAMES:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    # A namedtuple's methods and fields start with one underscore.
    if name.startswith("_") and hasattr(obj, "_fields"):
        return True
    if all is not None:
        return name in all
    return not name.startswith("_")


# ---- docstrings ---------------------------------------------------------------

def _own_doc(obj):
    """obj.__doc__ unless it is just its type's docstring (an instance does
    not document itself by having a class with a docstring)."""
    try:
        doc = object.__getattribute__(obj, "__doc__")
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        type_doc = type(obj).__doc__
        if isinstance(type_doc, str) and type_doc == doc:
            return None
    return doc


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = inspect._inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The docstring, or failing that the comments above the source; ''."""
    result = _getdoc(obj) or inspect.getcomments(obj)
    if not result:
        return ""
    return re.sub("^ *\n", "", result.rstrip())


# ---- reprs of values, kept short ----------------------------------------------

class TextRepr:
    """repr() with limits, for values shown in help: long strings and
    containers are cut with '...', addresses removed (CPython builds this on
    reprlib.Repr)."""

    maxlevel = 6
    maxlist = maxtuple = 20
    maxdict = 10
    maxset = maxfrozenset = 6
    maxstring = maxother = 100
    maxlong = 40

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        method = getattr(self, "repr_" + "_".join(type(x).__name__.split()), None)
        if method is not None:
            return method(x, level)
        try:
            return cram(stripid(repr(x)), self.maxother)
        except Exception:
            return "<%s instance>" % type(x).__name__

    def _iterable(self, x, level, left, right, maxiter, trail=""):
        n = len(x)
        if level <= 0 and n:
            inner = "..."
        else:
            pieces = [self.repr1(item, level - 1) for _, item in zip(range(maxiter), x)]
            if n > maxiter:
                pieces.append("...")
            inner = ", ".join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + inner + right

    def repr_tuple(self, x, level):
        return self._iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._iterable(x, level, "[", "]", self.maxlist)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        return self._iterable(_sorted_if_possible(x), level, "{", "}", self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        return self._iterable(_sorted_if_possible(x), level, "frozenset({", "})",
                              self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        pieces = []
        keys = _sorted_if_possible(x)
        for key in keys[:self.maxdict]:
            pieces.append("%s: %s" % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            pieces.append("...")
        return "{%s}" % ", ".join(pieces)

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            head = max(0, (self.maxlong - 3) // 2)
            tail = max(0, self.maxlong - 3 - head)
            text = text[:head] + "..." + text[len(text) - tail:]
        return text

    def repr_str(self, x, level):
        short = cram(x, self.maxstring)
        text = builtins.repr(short)
        # Backslashes that escape nothing read better in a raw string.
        if "\\" in short and "\\" not in text.replace("\\\\", ""):
            return "r" + text[0] + short + text[0]
        return text


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


# ---- the text renderer ---------------------------------------------------------

class TextDoc:
    """Turns an object into help text: document() picks docmodule, docclass,
    docroutine, docdata or docother by what the object is."""

    _repr = TextRepr()

    def repr(self, obj):
        return self._repr.repr(obj)

    def bold(self, text):
        return "".join(ch + "\b" + ch for ch in text)

    def indent(self, text, prefix="    "):
        """Prefix every line; only the last loses its trailing spaces."""
        if not text:
            return ""
        lines = [prefix + line for line in text.split("\n")]
        lines[-1] = lines[-1].rstrip()
        return "\n".join(lines)

    def section(self, title, contents):
        return self.bold(title) + "\n" + self.indent(contents).rstrip() + "\n\n"

    def document(self, obj, name=None, *args):
        try:
            if inspect.ismodule(obj):
                return self.docmodule(obj, name, *args)
            if inspect.isclass(obj):
                return self.docclass(obj, name, *args)
            if inspect.isroutine(obj):
                return self.docroutine(obj, name, *args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(obj):
            return self.docdata(obj, name, *args)
        return self.docother(obj, name, *args)

    # -- modules --

    def formattree(self, tree, modname, parent=None, prefix=""):
        """The class tree of a module, one class a line, subclasses indented."""
        result = ""
        cls = None
        for entry in tree:
            if isinstance(entry, tuple):
                cls, bases = entry
                result += prefix + classname(cls, modname)
                if bases and bases != (parent,):
                    result += "(%s)" % ", ".join(classname(b, modname) for b in bases)
                result += "\n"
            elif isinstance(entry, list):
                result += self.formattree(entry, modname, cls, prefix + "    ")
        return result

    def docmodule(self, module, name=None, mod=None, *ignored):
        name = module.__name__
        synopsis, description = splitdoc(getdoc(module))
        result = self.section("NAME", name + (synopsis and " - " + synopsis))
        if description:
            result += self.section("DESCRIPTION", description)
        all_names = getattr(module, "__all__", None)

        classes = [(key, value) for key, value in inspect.getmembers(module, inspect.isclass)
                   if (all_names is not None or
                       (inspect.getmodule(value) or module) is module)
                   and visiblename(key, all_names, module)]
        funcs = [(key, value) for key, value in inspect.getmembers(module, inspect.isroutine)
                 if (all_names is not None or inspect.isbuiltin(value) or
                     inspect.getmodule(value) is module)
                 and visiblename(key, all_names, module)]
        data = [(key, value) for key, value in inspect.getmembers(module, isdata)
                if visiblename(key, all_names, module)]

        if hasattr(module, "__path__"):
            contents = sorted(_package_contents(module.__path__))
            result += self.section("PACKAGE CONTENTS", "\n".join(contents))
        if classes:
            tree = inspect.getclasstree([value for key, value in classes], True)
            contents = [self.formattree(tree, name)]
            contents += [self.document(value, key, name) for key, value in classes]
            result += self.section("CLASSES", "\n".join(contents))
        if funcs:
            contents = [self.document(value, key, name) for key, value in funcs]
            result += self.section("FUNCTIONS", "\n".join(contents))
        if data:
            contents = [self.docother(value, key, name, maxlen=70) for key, value in data]
            result += self.section("DATA", "\n".join(contents))
        for attr, title in (("__version__", "VERSION"), ("__date__", "DATE"),
                            ("__author__", "AUTHOR"), ("__credits__", "CREDITS")):
            if hasattr(module, attr):
                value = str(getattr(module, attr))
                if attr == "__version__" and value.startswith("$Revision: ") and value.endswith("$"):
                    value = value[11:-1].strip()
                result += self.section(title, value)
        try:
            file = inspect.getabsfile(module)
        except TypeError:
            file = "(built-in)"
        result += self.section("FILE", file)
        return result

    # -- classes --

    def docclass(self, cls, name=None, mod=None, *ignored):
        realname = cls.__name__
        name = name or realname
        modname = cls.__module__

        if name == realname:
            title = "class " + self.bold(realname)
        else:
            title = self.bold(name) + " = class " + realname
        if cls.__bases__:
            title += "(%s)" % ", ".join(classname(b, modname) for b in cls.__bases__)

        lines = []
        try:
            sig = inspect.signature(cls)
        except (ValueError, TypeError):
            sig = None
        if sig is not None:
            text = str(sig)
            if text and text != "()":
                lines.append(name + text + "\n")
        doc = getdoc(cls)
        if doc:
            lines.append(doc + "\n")

        mro = list(inspect.getmro(cls))
        if len(mro) > 2:
            lines.append("Method resolution order:")
            lines += ["    " + classname(base, modname) for base in mro]
            lines.append("")

        subclasses = sorted((c.__name__ for c in _subclasses(cls)
                             if not c.__name__.startswith("_") and c.__module__ == "builtins"),
                            key=str.lower)
        if subclasses:
            lines.append("Built-in subclasses:")
            lines += ["    " + n for n in subclasses[:4]]
            if len(subclasses) > 4:
                lines.append("    ... and %d other subclasses" % (len(subclasses) - 4))
            lines.append("")

        lines += self._class_attributes(cls, mod, mro)
        contents = "\n".join(lines)
        if not contents:
            return title + "\n"
        return title + "\n" + self.indent(contents.rstrip(), " |  ") + "\n"

    def _class_attributes(self, cls, mod, mro):
        """The attribute sections: for each class of the MRO in turn, the
        attributes it supplies, grouped by kind ('Methods defined here:',
        'Methods inherited from Base:', ...).  object's own are left out."""
        attrs = []
        for attr in inspect.classify_class_attrs(cls):
            name, kind, home, value = attr
            if not visiblename(name, obj=cls):
                continue
            if inspect.isdatadescriptor(value):
                kind = "data descriptor"
                if isinstance(value, property) and value.fset is None:
                    kind = "readonly property"
            attrs.append((name, kind, home, value))

        lines = []
        rule_needed = [False]

        def heading(text):
            if rule_needed[0]:
                lines.append("-" * 70)
            rule_needed[0] = True
            lines.append(text)

        pending = list(mro)
        while attrs:
            owner = pending.pop(0) if pending else attrs[0][2]
            mine = [a for a in attrs if a[2] is owner]
            attrs = [a for a in attrs if a[2] is not owner]
            if owner is builtins.object and cls is not builtins.object:
                continue
            tag = "defined here" if owner is cls else "inherited from " + classname(owner, cls.__module__)
            fields = getattr(cls, "_fields", [])
            try:
                order = {field: i - len(fields) for i, field in enumerate(fields)}
            except TypeError:
                order = {}
            mine.sort(key=lambda a: (order.get(a[0], 0), a[0]))

            for kind, title in (("method", "Methods"), ("class method", "Class methods"),
                                ("static method", "Static methods")):
                group = [a for a in mine if a[1] == kind]
                if group:
                    heading("%s %s:\n" % (title, tag))
                    for name, _, _, value in group:
                        try:
                            value = getattr(cls, name)
                        except Exception:
                            lines.append(self.docdata(value, name, mod))
                        else:
                            lines.append(self.document(value, name, mod, cls))
            for kind, title in (("readonly property", "Readonly properties"),
                                ("data descriptor", "Data descriptors")):
                group = [a for a in mine if a[1] == kind]
                if group:
                    heading("%s %s:\n" % (title, tag))
                    lines += [self.docdata(value, name, mod) for name, _, _, value in group]
            group = [a for a in mine if a[1] == "data"]
            if group:
                heading("Data and other attributes %s:\n" % tag)
                for name, _, home, value in group:
                    doc = getdoc(value)
                    try:
                        shown = getattr(cls, name)
                    except AttributeError:
                        shown = home.__dict__[name]
                    lines.append(self.docother(shown, name, mod, maxlen=70, doc=doc) + "\n")
        return lines

    # -- functions and methods --

    def docroutine(self, func, name=None, mod=None, cl=None):
        realname = func.__name__
        name = name or realname
        note = ""
        skipdocs = False
        if _is_bound_method(func):
            owner_class = func.__self__.__class__
            if cl:
                if owner_class is not cl:
                    note = " from " + classname(owner_class, mod)
            elif func.__self__ is not None:
                note = " method of %s instance" % classname(func.__self__.__class__, mod)
            else:
                note = " unbound %s method" % classname(owner_class, mod)

        is_async = inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func)
        if name == realname:
            title = self.bold(realname)
        else:
            # An alias (g = f in a class) is listed without repeating the doc.
            if cl and inspect._lookup_in_mro(cl, realname) is func:
                skipdocs = True
            title = self.bold(name) + " = " + realname

        argspec = None
        try:
            sig = inspect.signature(func)
        except (ValueError, TypeError):
            sig = None
        if sig is not None:
            argspec = str(sig)
            if realname == "<lambda>":
                title = self.bold(name) + " lambda "
                argspec = argspec[1:-1]
        if not argspec:
            argspec = "(...)"
        decl = ("async " if is_async else "") + title + argspec + note
        if skipdocs:
            return decl + "\n"
        doc = getdoc(func) or ""
        return decl + "\n" + (doc and self.indent(doc).rstrip() + "\n")

    # -- data --

    def docdata(self, obj, name=None, mod=None, cl=None):
        """A descriptor (property, __dict__, __weakref__): name, then its doc."""
        result = ""
        if name:
            result += self.bold(name) + "\n"
        doc = getdoc(obj) or ""
        if doc:
            result += self.indent(doc) + "\n"
        return result

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        """Any other value: 'name = repr', the repr cut to fit maxlen."""
        text = self.repr(obj)
        if maxlen:
            line = (name and name + " = " or "") + text
            overflow = len(line) - maxlen
            if overflow > 0:
                text = text[:-overflow] + "..."
        line = (name and self.bold(name) + " = " or "") + text
        if not doc:
            doc = getdoc(obj)
        if doc:
            line += "\n" + self.indent(str(doc)) + "\n"
        return line


class _PlainTextDoc(TextDoc):
    """The renderer help() uses when writing to a given output: no bold."""

    def bold(self, text):
        return text


def _subclasses(cls):
    try:
        return type.__subclasses__(cls)
    except (AttributeError, TypeError):
        return []


def _package_contents(paths):
    names = []
    for folder in paths:
        try:
            entries = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in entries:
            full = os.path.join(folder, entry)
            if entry.endswith(".py") and entry != "__init__.py":
                names.append(entry[:-3])
            elif os.path.isfile(os.path.join(full, "__init__.py")):
                names.append(entry + " (package)")
    return names


def _is_bound_method(func):
    """A method bound to an object, Python-written or native ([].append)."""
    if inspect.ismethod(func):
        return True
    if inspect.isbuiltin(func):
        owner = getattr(func, "__self__", None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


text = TextDoc()
plaintext = _PlainTextDoc()


# ---- finding what to document ------------------------------------------------------

class ErrorDuringImport(ImportError):
    """An error raised while importing a module help() was asked about."""

    def __init__(self, filename, exc):
        self.filename = filename
        self.exc = exc

    def __str__(self):
        return "problem in %s - %s: %s" % (self.filename, type(self.exc).__name__, self.exc)


def _safeimport(path):
    """Import a dotted module name; None if there is no such module."""
    try:
        module = __import__(path)
    except ModuleNotFoundError as exc:
        # Not found is an answer (None); failing inside the module is an error.
        missing = getattr(exc, "name", None) or _missing_module_name(exc)
        if missing is not None and (path == missing or path.startswith(missing + ".")):
            return None
        raise ErrorDuringImport(path, exc)
    except Exception as exc:
        raise ErrorDuringImport(path, exc)
    for part in path.split(".")[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def _missing_module_name(exc):
    """The module name in "No module named 'x'" (for an exception without .name)."""
    match = re.match(r"No module named '([^']*)'", str(exc))
    return match.group(1) if match else None


def locate(path, forceload=0):
    """The object a dotted name refers to: the longest importable module
    prefix, then attributes; names without a module are builtins."""
    parts = [part for part in path.split(".") if part]
    module, n = None, 0
    while n < len(parts):
        found = _safeimport(".".join(parts[:n + 1]))
        if found is None:
            break
        module, n = found, n + 1
    obj = module if module is not None else builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted name."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError("No Python documentation found for %r.\n"
                              "Use help() to get the interactive help utility.\n"
                              "Use help(str) for help on the str class." % thing)
        return obj, thing
    name = getattr(thing, "__name__", None)
    return thing, name if isinstance(name, str) else None


def describe(thing):
    """A few words saying what thing is: 'function f', 'class C', ..."""
    if inspect.ismodule(thing):
        if thing.__name__ in getattr(sys, "builtin_module_names", ()):
            return "built-in module " + thing.__name__
        if hasattr(thing, "__path__"):
            return "package " + thing.__name__
        return "module " + thing.__name__
    if inspect.isbuiltin(thing):
        return "built-in function " + thing.__name__
    if inspect.isgetsetdescriptor(thing) or inspect.ismemberdescriptor(thing):
        kind = "getset" if inspect.isgetsetdescriptor(thing) else "member"
        owner = thing.__objclass__
        return "%s descriptor %s.%s.%s" % (kind, owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return "class " + thing.__name__
    if inspect.isfunction(thing):
        return "function " + thing.__name__
    if inspect.ismethod(thing):
        return "method " + thing.__name__
    return type(thing).__name__


def render_doc(thing, title="Python Library Documentation: %s", forceload=0, renderer=None):
    """The whole help text for thing, starting with its title line."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module and module is not obj:
        desc += " in module " + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # A plain value (an instance, a number): document its class instead.
        if hasattr(obj, "__origin__"):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += " object"
    return title % desc + "\n\n" + renderer.document(obj, name)


def doc(thing, title="Python Library Documentation: %s", forceload=0, output=None):
    """Show the help text for thing, through the pager or on output.
    ImportError (nothing of that name) goes to the caller: help() prints it."""
    if output is None:
        pager(render_doc(thing, title, forceload))
    else:
        output.write(render_doc(thing, title, forceload, plaintext))


# ---- paging --------------------------------------------------------------------------

def _is_terminal(stream):
    try:
        return stream.isatty()
    except Exception:
        return False


def _terminal_lines():
    try:
        return int(os.environ.get("LINES", 0)) or os.get_terminal_size().lines
    except Exception:
        return 25


def pager(text):
    """Show text: paged when both ends are a terminal and it does not fit,
    printed as it is otherwise."""
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)) or \
            os.environ.get("TERM") in ("dumb", "emacs"):
        return plainpager(text)
    if text.count("\n") < _terminal_lines() - 1:
        return plainpager(text)
    command = os.environ.get("MANPAGER") or os.environ.get("PAGER")
    if not command and _on_path("less"):
        command = "less -R"
    if command and _pipepager(text, command):
        return None
    return ttypager(text)


def plainpager(text):
    sys.stdout.write(plain(text))


def _on_path(program):
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if folder and os.path.isfile(os.path.join(folder, program)):
            return True
    return False


def _pipepager(text, command):
    """Run a pager program on text; False if it cannot be run.  Through a
    pipe when subprocess is available, else through a temporary file and
    os.system (glasspy has no subprocess module yet)."""
    try:
        import subprocess
    except ImportError:
        return _tempfilepager(text, command)
    try:
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE)
    except OSError:
        return False
    try:
        proc.stdin.write(text.encode("utf-8", "backslashreplace"))
        proc.stdin.close()
    except OSError:
        pass  # the pager was quit before reading everything
    while True:
        try:
            proc.wait()
            return True
        except KeyboardInterrupt:
            pass  # the pager handles Ctrl-C itself


def _tempfilepager(text, command):
    if not hasattr(os, "system"):
        return False
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        filename = os.path.join(folder, "pydoc.out")
        with open(filename, "w", encoding="utf-8", errors="backslashreplace") as file:
            file.write(text)
        return os.system(command + ' "' + filename + '"') == 0


def ttypager(text):
    """A minimal pager: a screenful, then '-- more --'; Enter shows one more
    line, q quits, anything else the next screenful."""
    lines = plain(text).split("\n")
    page = max(_terminal_lines() - 1, 1)
    sys.stdout.write("\n".join(lines[:page]) + "\n")
    shown = page
    while shown < len(lines):
        sys.stdout.write("-- more --")
        sys.stdout.flush()
        answer = sys.stdin.readline()[:1]
        if answer in ("q", "Q"):
            break
        if answer == "\n":
            sys.stdout.write(lines[shown] + "\n")
            shown += 1
        else:
            sys.stdout.write("\n".join(lines[shown:shown + page]) + "\n")
            shown += page


# ---- help() ------------------------------------------------------------------------

class Helper:
    """What `help` calls: help(obj) documents obj; help() starts an
    interactive 'help> ' prompt."""

    keywords = sorted(["False", "None", "True", "and", "as", "assert", "async", "await",
                       "break", "class", "continue", "def", "del", "elif", "else",
                       "except", "finally", "for", "from", "global", "if", "import",
                       "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                       "return", "try", "while", "with", "yield"])

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return "<%s.%s instance>" % (type(self).__module__, type(self).__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as exc:
                self.output.write(f"{exc}\n")
            return
        self.intro()
        self.interact()
        self.output.write(
            "\nYou are now leaving help and returning to the Python interpreter.\n"
            "If you want to ask for help on a particular object directly from the\n"
            'interpreter, you can type "help(object)".  Executing "help(\'string\')"\n'
            "has the same effect as typing a particular string at the help> prompt.\n")

    def interact(self):
        self.output.write("\n")
        while True:
            try:
                request = self.getline("help> ")
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            # 'str' typed with its quotes means the same as str.
            if (len(request) > 2 and request[0] == request[-1] in ("'", '"')
                    and request[0] not in request[1:-1]):
                request = request[1:-1]
            if request.lower() in ("q", "quit"):
                break
            if request == "help":
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request == "keywords":
                self.listkeywords()
            elif request == "modules" or request.startswith("modules "):
                self.listmodules()
            elif request in ("True", "False", "None"):
                doc(eval(request), "Help on %s:")
            elif request in self.keywords:
                self.output.write("Sorry, topic and keyword documentation is not "
                                  "available in glasspy (%r is a keyword).\n" % request)
            elif request:
                doc(request, "Help on %s:", output=self._output)
            else:
                doc(str, "Help on %s:", output=self._output)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, "Help on %s:", output=self._output)
        self.output.write("\n")

    def intro(self):
        version = "%d.%d" % sys.version_info[:2]
        self.output.write(f"""
Welcome to Python {version}'s help utility! (glasspy)

If this is your first time using Python, you should definitely check out
the tutorial on the internet at https://docs.python.org/{version}/tutorial/.

Enter the name of any module, function or class to get help on it, or
"keywords" or "modules" for a list.  To quit this help utility and
return to the interpreter, just type "quit" (or an empty line).
""")

    def list(self, items, columns=4, width=80):
        """items in columns, filled downwards."""
        items = sorted(items)
        column_width = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    self.output.write(items[i])
                    if col < columns - 1:
                        self.output.write(" " + " " * (column_width - 1 - len(items[i])))
            self.output.write("\n")

    def listkeywords(self):
        self.output.write("\nHere is a list of the Python keywords.  "
                          "Enter any keyword to get more help.\n\n")
        self.list(self.keywords)

    def listmodules(self):
        self.output.write("\nHere is a list of the modules glasspy can import "
                          "(built into the binary or on sys.path).\n\n")
        self.list(_module_names())
        self.output.write("\nEnter any module name to get more help.\n")


def _module_names():
    names = set(sys.modules)
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            if entry.endswith(".py") and entry[:-3].isidentifier():
                names.add(entry[:-3])
            elif entry.isidentifier() and os.path.isfile(os.path.join(folder, entry, "__init__.py")):
                names.add(entry)
    return sorted(name for name in names if "." not in name)


help = Helper()
