"""inspect's older, tuple-shaped view of how a function is called, and the
static (descriptor-free) attribute lookup: getfullargspec, getargs,
getargvalues, formatargvalues, getcallargs, getclosurevars, getattr_static,
getmembers_static, get_annotations (CPython: the same functions in
Lib/inspect.py).  inspect re-exports them all.

Everything here reads what a function object carries (__code__ and its
co_varnames/co_argcount/co_flags, __defaults__, __kwdefaults__,
__closure__, __globals__), so it doubles as a map of where Python keeps a
function's parameters."""

import builtins
import functools
import sys
import types
from collections import namedtuple

CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8

FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")
Arguments = namedtuple("Arguments", "args, varargs, varkw")
ArgInfo = namedtuple("ArgInfo", "args varargs keywords locals")
ClosureVars = namedtuple("ClosureVars", "nonlocals globals builtins unbound")


# ---- argument specs ----------------------------------------------------------------------

def getfullargspec(func):
    """The parameters of func as a FullArgSpec: names, defaults and
    annotations, with a bound method's self still listed (unlike
    signature())."""
    import inspect
    try:
        sig = inspect._signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as error:
        raise TypeError("unsupported callable") from error
    args, kwonlyargs, defaults = [], [], []
    varargs = varkw = None
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults.append(param.default)
        elif kind == param.VAR_POSITIONAL:
            varargs = name
        elif kind == param.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs, kwdefaults or None,
                       annotations)


def getargs(co):
    """The parameter names a code object declares: its first co_argcount +
    co_kwonlyargcount local names, then *args and **kwargs if its flags
    say it has them."""
    if not isinstance(co, types.CodeType):
        raise TypeError(f"{co!r} is not a code object")
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return Arguments(list(names[:co.co_argcount + co.co_kwonlyargcount]), varargs, varkw)


def getargvalues(frame):
    """The arguments a running frame was called with, and its locals."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: "*" + name,
                    formatvarkw=lambda name: "**" + name, formatvalue=lambda value: "=" + repr(value)):
    """getargvalues()'s answer as text: '(a=1, *rest=(2,), **kw={})'."""
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(" + ", ".join(specs) + ")"


# ---- getcallargs: the binding a call would make, with the call's own messages --------------

def _name_list(names):
    names = [repr(name) for name in names]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _missing(func_name, wanted, positional, bound):
    names = [name for name in wanted if name not in bound]
    kind = "positional" if positional else "keyword-only"
    plural = "" if len(names) == 1 else "s"
    raise TypeError(f"{func_name}() missing {len(names)} required {kind} argument{plural}: {_name_list(names)}")


def _too_many(func_name, args, kwonly, varargs, ndefaults, given, bound):
    least = len(args) - ndefaults
    if varargs:
        takes, plural = f"at least {least}", least != 1
    elif ndefaults:
        takes, plural = f"from {least} to {len(args)}", True
    else:
        takes, plural = str(len(args)), len(args) != 1
    kwonly_given = sum(1 for name in kwonly if name in bound)
    extra = ""
    if kwonly_given:
        extra = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                 f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
    verb = "was" if given == 1 and not kwonly_given else "were"
    raise TypeError(f"{func_name}() takes {takes} positional argument{'s' if plural else ''} "
                    f"but {given}{extra} {verb} given")


def getcallargs(func, /, *positional, **named):
    """{parameter name: value} as calling func(*positional, **named) would
    bind them, or the TypeError that call would raise."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    func_name = func.__name__
    if isinstance(func, types.MethodType) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    bound = {}
    ndefaults = len(defaults) if defaults else 0
    nfilled = min(len(positional), len(args))
    for name, value in zip(args, positional[:nfilled]):
        bound[name] = value
    if varargs:
        bound[varargs] = tuple(positional[nfilled:])
    if varkw:
        bound[varkw] = {}
    by_keyword = set(args) | set(kwonlyargs)
    for name, value in named.items():
        if name not in by_keyword:
            if not varkw:
                raise TypeError(f"{func_name}() got an unexpected keyword argument {name!r}")
            bound[varkw][name] = value
            continue
        if name in bound:
            raise TypeError(f"{func_name}() got multiple values for argument {name!r}")
        bound[name] = value
    if len(positional) > len(args) and not varargs:
        _too_many(func_name, args, kwonlyargs, varargs, ndefaults, len(positional), bound)
    if len(positional) < len(args):
        required = args[:len(args) - ndefaults]
        if any(name not in bound for name in required):
            _missing(func_name, required, True, bound)
        for name, value in zip(args[len(args) - ndefaults:], defaults or ()):
            bound.setdefault(name, value)
    missing = False
    for name in kwonlyargs:
        if name not in bound:
            if kwonlydefaults and name in kwonlydefaults:
                bound[name] = kwonlydefaults[name]
            else:
                missing = True
    if missing:
        _missing(func_name, kwonlyargs, False, bound)
    return bound


def getclosurevars(func):
    """Where each name func's code uses comes from: its closure cells
    (nonlocals), its module (globals), builtins, or nowhere (unbound)."""
    if isinstance(func, types.MethodType):
        func = func.__func__
    if not isinstance(func, types.FunctionType):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", builtins.__dict__)
    if isinstance(builtin_ns, types.ModuleType):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    # co_names also holds attribute names (x.attr): they land in "unbound"
    # unless a global or builtin happens to share the name, as in CPython.
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---- looking attributes up without running descriptors ---------------------------------

_sentinel = object()


def _static_mro(klass):
    return type.__dict__["__mro__"].__get__(klass)


def _class_lookup(klass, attr):
    for entry in _static_mro(klass):
        namespace = type.__dict__["__dict__"].__get__(entry)
        if attr in namespace:
            return namespace[attr]
    return _sentinel


def _instance_lookup(obj, attr):
    try:
        namespace = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(namespace, attr, _sentinel)


def _is_data_descriptor(value):
    kind = type(value)
    return (_class_lookup(kind, "__get__") is not _sentinel
            and (_class_lookup(kind, "__set__") is not _sentinel
                 or _class_lookup(kind, "__delete__") is not _sentinel))


def getattr_static(obj, attr, default=_sentinel):
    """getattr() without calling anything: the raw entry of the instance or
    class __dict__ (a property object rather than its value), found in the
    order attribute lookup uses."""
    is_class = isinstance(obj, type)
    klass = obj if is_class else type(obj)
    instance_result = _sentinel if is_class else _instance_lookup(obj, attr)
    klass_result = _class_lookup(klass, attr)
    # A data descriptor on the class wins over the instance dict.
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _is_data_descriptor(klass_result):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if is_class:
        # A class also finds what its metaclass defines.
        meta_result = _class_lookup(type(klass), attr)
        if meta_result is not _sentinel:
            return meta_result
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def getmembers_static(object, predicate=None):
    """getmembers() through getattr_static: no property or __getattr__ runs."""
    names = list(dir(object))
    if isinstance(object, type):
        for base in _static_mro(object):
            names.extend(name for name in base.__dict__ if name not in names)
    results = []
    for name in sorted(set(names)):
        try:
            value = getattr_static(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    return results


# ---- annotations -------------------------------------------------------------------------

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (a class's own, not inherited); with
    eval_str=True, string annotations are evaluated in obj's module."""
    if isinstance(obj, type):
        namespace = getattr(obj, "__dict__", None)
        ann = namespace.get("__annotations__") if namespace is not None and hasattr(namespace, "get") else None
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, "__module__", None) or "")
        obj_globals = getattr(module, "__dict__", None)
        obj_locals = dict(vars(obj))
        unwrap = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, "__annotations__", None)
        obj_globals, obj_locals, unwrap = obj.__dict__, None, None
    elif callable(obj):
        ann = getattr(obj, "__annotations__", None)
        obj_globals, obj_locals, unwrap = getattr(obj, "__globals__", None), None, obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann or not eval_str:
        return dict(ann)
    if unwrap is not None:
        # A decorated function's strings belong to the module of the
        # function underneath.
        while True:
            if hasattr(unwrap, "__wrapped__"):
                unwrap = unwrap.__wrapped__
            elif isinstance(unwrap, functools.partial):
                unwrap = unwrap.func
            else:
                break
        if hasattr(unwrap, "__globals__"):
            obj_globals = unwrap.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}
