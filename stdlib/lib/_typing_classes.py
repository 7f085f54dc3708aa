"""typing's classes and helper functions: Generic, Protocol, NamedTuple,
TypedDict, NewType; cast, overload, final, no_type_check, get_type_hints.

Part of the typing module (typing.py imports it at its end): every class
here says it lives in `typing`.

Generic[T] as a base makes a class generic: Generic.__init_subclass__
collects the type variables of the bases as __parameters__, and
Generic.__class_getitem__ makes Box[int].  NamedTuple and TypedDict are
functions that also work as bases: their __mro_entries__ puts a class with
a metaclass of their own in the bases, and that metaclass builds the real
class (a collections.namedtuple, or a dict type) from the annotations.
"""

import abc
import collections
import collections.abc
import functools
import sys
import types

import typing as _typing
from typing import (_Final, _caller, _type_check, _type_convert, _collect_parameters, _check_generic,
                    _is_typevar_like, ForwardRef, TypeVar, Union, ParamSpec, Concatenate)
from _typing_alias import (_GenericAlias, _BaseGenericAlias, _tp_cache, _eval_type, _strip_annotations)

__all__ = ['Generic', 'Protocol', 'runtime_checkable', 'NamedTuple', 'TypedDict', 'NewType', 'cast',
           'overload', 'get_overloads', 'clear_overloads', 'final', 'no_type_check',
           'no_type_check_decorator', 'get_type_hints', 'is_typeddict', 'assert_never',
           'reveal_type', 'dataclass_transform', 'SupportsInt', 'SupportsFloat', 'SupportsComplex',
           'SupportsBytes', 'SupportsIndex', 'SupportsAbs', 'SupportsRound', 'Text', 'AnyStr',
           'assert_type', 'IO', 'TextIO', 'BinaryIO']


# ---- Generic -------------------------------------------------------------------------------------

class Generic:
    """The base of generic classes: class Box(Generic[T]) makes Box[int] possible."""

    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            params = _prepare_paramspec_args(cls.__parameters__, params)
            _check_generic(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol' and
                     type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            # Generic[...] among the bases lists the variables, in its order.
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _prepare_paramspec_args(params, args):
    """A ParamSpec's argument is a list of types, kept as a tuple; with a
    single ParamSpec the brackets may go: Z[int, str] is Z[[int, str]]."""
    if len(params) == 1 and isinstance(params[0], ParamSpec):
        if not (len(args) == 1 and _is_param_expr(args[0])):
            args = (args,)
    return tuple(tuple(a) if isinstance(a, list) and isinstance(p, ParamSpec) else a
                 for p, a in zip(params, args)) + args[len(params):]


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec))
            or getattr(arg, '__origin__', None) is Concatenate)


# ---- Protocol ------------------------------------------------------------------------------------

_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
                     '_is_runtime_protocol']
_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                  '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                  '__class_getitem__', '__qualname__']
_EXCLUDED_ATTRIBUTES = set(_TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker'])


def _get_protocol_attrs(cls):
    """The members a protocol requires: its own and its protocol bases'."""
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _allow_reckless_class_checks(depth=3):
    """abc and functools may ask any protocol (their caches call issubclass)."""
    return _caller(depth) in ('abc', 'functools', None)


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # A concrete subclass of a protocol: use the first real __init__ above it.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(abc.ABCMeta):
    __module__ = 'typing'

    def __instancecheck__(cls, instance):
        if (getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False)
                and not _allow_reckless_class_checks(depth=2)):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if ((not getattr(cls, '_is_protocol', False) or _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocol classes: structural types, checked by the
    members an object has rather than by its classes."""

    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ == 'collections.abc' or
                    (issubclass(base, Generic) and base._is_protocol)):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


# The aliases (and typing's own checks) refer to these through the typing
# module, which gets them only when this module has finished: give them now.
_typing.Generic = Generic
_typing.Protocol = Protocol


def runtime_checkable(cls):
    """Let isinstance() and issubclass() check a protocol (by its members)."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---- NamedTuple ----------------------------------------------------------------------------------

def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    types_ = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types_
    return nm_tpl


# Attributes a NamedTuple class body may not define; the others are copied.
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__orig_bases__'})


class NamedTupleMeta(type):
    """Builds `class P(NamedTuple): x: int` as collections.namedtuple('P', ['x'])."""

    __module__ = 'typing'

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default "
                                f"field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(), defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: class Point(NamedTuple): x: int; y: int = 0, or
    NamedTuple('Point', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---- TypedDict ------------------------------------------------------------------------------------

class _TypedDictMeta(type):
    """Builds a TypedDict class: a dict type that records its keys' types."""

    __module__ = 'typing'

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                           for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            origin = getattr(tp, '__origin__', None)
            if origin is _typing.Required:
                required_keys.add(key)
            elif origin is _typing.NotRequired:
                optional_keys.add(key)
            elif total:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # A TypedDict "instance" is a plain dict.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of keys, each with a type: class Movie(TypedDict):
    name: str; year: int, or TypedDict('Movie', {'name': str, 'year': int})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---- NewType -------------------------------------------------------------------------------------

class NewType:
    """UserId = NewType('UserId', int): a distinct name for a type, for the
    checker; at run time UserId(5) is just 5."""

    __module__ = 'typing'

    def __call__(self, x):
        return x

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- functions -----------------------------------------------------------------------------------

def cast(typ, val):
    """Tell the type checker val has type typ; at run time, val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask the checker to confirm val has type typ; at run time, val unchanged."""
    return val


def assert_never(arg, /):
    """Fail: the checker proved this line unreachable, yet here is arg."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print obj's run-time type (to stderr) and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = collections.defaultdict(functools.partial(collections.defaultdict, dict))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorate the signatures of an overloaded function; the undecorated
    definition that follows is the one that runs."""
    f = getattr(func, "__func__", func)
    try:
        _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated definitions of func, in order."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Mark a method as not to be overridden, or a class as not to be subclassed."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function (or every method of a class) as not to be type checked."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__') or
                    obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}' or
                    getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's result no_type_check its function."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator or base class as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_allowed_types = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType,
                  types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with string annotations
    evaluated and None as NoneType; a class's include its bases' (base first)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The class namespace wins over the module's, as in its body.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, _allowed_types):
            return {}
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


for _f in (NamedTuple, TypedDict, is_typeddict, cast, assert_type, assert_never, reveal_type, overload, get_overloads,
           clear_overloads, final, no_type_check, no_type_check_decorator, dataclass_transform,
           get_type_hints, runtime_checkable, _overload_dummy):
    _f.__module__ = 'typing'
del _f


# ---- protocols of one special method -----------------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abc.abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abc.abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abc.abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abc.abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abc.abstractmethod
    def __index__(self) -> int:
        pass


T_co = TypeVar('T_co', covariant=True)


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @abc.abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @abc.abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


for _c in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs,
           SupportsRound, NamedTupleMeta, _NamedTuple, _TypedDict):
    _c.__module__ = 'typing'
del _c

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
T_co.__module__ = 'typing'


# ---- the I/O stream types (for annotations: open() returns TextIO or BinaryIO) ------------

class IO(Generic[AnyStr]):
    """The generic base of I/O streams: IO[str] and IO[bytes]."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def name(self) -> str:
        pass

    @abc.abstractmethod
    def close(self) -> None:
        pass

    @property
    @abc.abstractmethod
    def closed(self) -> bool:
        pass

    @abc.abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abc.abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abc.abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """A binary stream."""

    __slots__ = ()


class TextIO(IO[str]):
    """A text stream."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def encoding(self) -> str:
        pass


for _c in (IO, BinaryIO, TextIO):
    _c.__module__ = 'typing'
del _c
