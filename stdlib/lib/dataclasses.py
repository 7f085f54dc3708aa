"""Data classes: @dataclass reads a class's annotated fields and writes its
__init__, __repr__, __eq__ (and, when asked, ordering, hashing and
immutability) for it (CPython: Lib/dataclasses.py).

As in CPython the methods are made from source text (exec), so that they
are ordinary functions with the fields as parameters:

    @dataclass
    class Point:            def __init__(self, x: int, y: int = 0):
        x: int          ->      self.x = x
        y: int = 0              self.y = y

A field's default stays a class attribute; a default_factory (for lists and
other mutable defaults, which would otherwise be shared by all instances)
is called in __init__ each time."""

import copy
import keyword
import types

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised on assigning to a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass

# "No default given" (None could be a real default).
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass

# `_: KW_ONLY` in a class body: the fields after it are keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """InitVar[T]: an __init__ parameter passed on to __post_init__, not a field."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        # list[int] is no class: it shows whole.
        if isinstance(self.type, type) and not isinstance(self.type, types.GenericAlias):
            return f"dataclasses.InitVar[{self.type.__name__}]"
        return f"dataclasses.InitVar[{self.type!r}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = "_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"


class Field:
    """What @dataclass knows about one field (field() makes one)."""
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _mappingproxy({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor learns its name too.
        set_name = getattr(type(self.default), "__set_name__", None)
        if set_name:
            set_name(self.default, owner, name)


def _mappingproxy(d):
    try:
        return type(type.__dict__)(d)
    except TypeError:   # glasspy's mappingproxy cannot be made from Python yet
        return dict(d)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field; default_factory is a
    0-argument function called to make the default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- reading the class body --------------------------------------------------------------------

def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "__origin__", None) is not None and \
        getattr(annotation.__origin__, "_name", None) == "ClassVar"


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    # A list, dict or set default would be one object shared by every
    # instance; an unhashable class is taken to be mutable too.
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                         "use default_factory")
    return f


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple of Field objects
    (ClassVar and InitVar pseudo-fields left out)."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


# ---- writing the methods -----------------------------------------------------------------------

def _make_function(name, params, body, namespace, qualname):
    """A function compiled from text: def name(params): body."""
    text = f"def {name}({', '.join(params)}):\n" + "".join(f"    {line}\n" for line in body)
    exec(text, namespace)
    fn = namespace[name]
    fn.__qualname__ = f"{qualname}.{name}"
    return fn


def _init_fn(cls, all_fields, frozen, has_post_init):
    std = [f for f in all_fields if f.init and not f.kw_only and f._field_type is not _FIELD_CLASSVAR]
    kw = [f for f in all_fields if f.init and f.kw_only and f._field_type is not _FIELD_CLASSVAR]
    seen_default = False
    for f in std:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")

    namespace = {"MISSING": MISSING, "__dataclass_builtins_object__": object}
    for f in all_fields:
        if f.default_factory is not MISSING:
            namespace[f"__dataclass_dflt_{f.name}__"] = f.default_factory
    params = ["self"]
    for f in std + kw:
        if f is (kw[0] if kw else None):
            params.append("*")
        if f.default_factory is not MISSING:
            # A sentinel default: the factory runs only when nothing was passed.
            params.append(f"{f.name}=MISSING")
        elif f.default is not MISSING:
            namespace[f"__dataclass_dflt_{f.name}__"] = f.default
            params.append(f"{f.name}=__dataclass_dflt_{f.name}__")
        else:
            params.append(f.name)

    # A frozen class's __setattr__ refuses: its __init__ goes around it.
    assign = ("__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})" if frozen
              else "self.{name} = {value}")
    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            factory = f"__dataclass_dflt_{f.name}__()"
            value = f"{factory} if {f.name} is MISSING else {f.name}" if f.init else factory
        elif f.init:
            value = f.name
        else:
            if f.default is MISSING:
                continue
            value = f"__dataclass_dflt_{f.name}__"
            namespace[value] = f.default
        body.append(assign.format(name=f.name, value=value))
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append(f"self.__post_init__({', '.join(initvars)})")
    if not body:
        body = ["pass"]
    fn = _make_function("__init__", params, body, namespace, cls.__qualname__)
    # What inspect.signature(cls) shows: the fields' types, "-> None".
    fn.__annotations__ = {f.name: f.type for f in std + kw}
    fn.__annotations__["return"] = None
    return fn


def _tuple_of(names):
    return "(" + "".join(f"self.{n}," for n in names) + ")"


def _add_methods(cls, all_fields, init, repr, eq, order, unsafe_hash, frozen, match_args,
                 kw_only):
    real = [f for f in all_fields if f._field_type is _FIELD]
    qual = cls.__qualname__
    own = cls.__dict__

    def set_new(name, value):
        # A method the class body wrote itself is kept.
        if name in own:
            return True
        setattr(cls, name, value)
        return False

    if init:
        set_new("__init__", _init_fn(cls, all_fields, frozen, hasattr(cls, "__post_init__")))
    if repr:
        shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in real if f.repr)
        fn = _make_function("__repr__", ["self"],
                            [f'return f"{{self.__class__.__qualname__}}({shown})"'], {}, qual)
        set_new("__repr__", _recursive_guard(fn))
    compared = [f.name for f in real if f.compare]
    if eq:
        set_new("__eq__", _make_function("__eq__", ["self", "other"], [
            "if other.__class__ is self.__class__:",
            f"    return {_tuple_of(compared)} == {_tuple_of(compared).replace('self.', 'other.')}",
            "return NotImplemented"], {}, qual))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            fn = _make_function(name, ["self", "other"], [
                "if other.__class__ is self.__class__:",
                f"    return {_tuple_of(compared)} {op} "
                f"{_tuple_of(compared).replace('self.', 'other.')}",
                "return NotImplemented"], {}, qual)
            if set_new(name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        names = tuple(f.name for f in real)
        namespace = {"cls": cls, "FrozenInstanceError": FrozenInstanceError, "names": names}
        for name, verb in (("__setattr__", "assign to"), ("__delattr__", "delete")):
            params = ["self", "name", "value"] if name == "__setattr__" else ["self", "name"]
            args = "name, value" if name == "__setattr__" else "name"
            fn = _make_function(name, params, [
                "if type(self) is cls or name in names:",
                f"    raise FrozenInstanceError(f\"cannot {verb} field {{name!r}}\")",
                f"super(cls, self).{name}({args})"], namespace, qual)
            if set_new(name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    _set_hash(cls, real, eq, frozen, unsafe_hash)
    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in real if f.init and not f.kw_only)


def _set_hash(cls, real, eq, frozen, unsafe_hash):
    """CPython's table: hash the fields when asked (unsafe_hash) or when
    instances are immutable and comparable (eq and frozen); eq alone makes
    instances unhashable, since equal objects would hash differently."""
    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        make = True
    elif eq and frozen:
        make = not has_explicit_hash
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
        make = False
    else:
        make = False
    if make:
        cls.__hash__ = _make_function("__hash__", ["self"], [f"return hash({_tuple_of(hashed)})"],
                                      {}, cls.__qualname__)


def _recursive_guard(repr_fn):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return repr_fn(self)
        finally:
            running.discard(key)
    __repr__.__qualname__ = repr_fn.__qualname__
    return __repr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    # Fields of dataclass bases first, in MRO order from the most basic.
    all_fields = {}
    any_frozen_base = has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            all_fields.update(base_fields)
            if base.__dataclass_params__.frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own_kw_only = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == "KW_ONLY":
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = own_kw_only = True
            continue
        f = _get_field(cls, name, annotation, own_kw_only)
        all_fields[name] = f
        # The class attribute is the default itself (or nothing).
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    own_methods = set(cls.__dict__)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    _add_methods(cls, list(all_fields.values()), init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only)
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    if "__doc__" not in cls.__dict__ or cls.__doc__ is None:
        # The class's signature, as inspect.signature(cls) prints it.
        if init and "__init__" not in own_methods:
            cls.__doc__ = cls.__name__ + _signature_text(all_fields.values())
        else:
            cls.__doc__ = _signature_of_own_init(cls)
    return cls


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation)


def _signature_text(all_fields):
    params, star_written = [], False
    # __init__'s order: keyword-only fields come after all the others.
    init_fields = [f for f in all_fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    for f in sorted(init_fields, key=lambda f: bool(f.kw_only)):
        if f.kw_only and not star_written:
            params.append("*")
            star_written = True
        text = f"{f.name}: {_annotation_text(f.type)}"
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += f" = {f.default!r}"
        params.append(text)
    return f"({', '.join(params)})"


def _signature_of_own_init(cls):
    import inspect
    try:
        return cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")
    except (TypeError, ValueError):
        return cls.__name__


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ must be known when a class is made: make the class again.
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    names = tuple(f.name for f in fields(cls))
    # Slots a dataclass base already has are not made twice.
    inherited = {s for base in cls.__mro__[1:-1] for s in base.__dict__.get("__slots__", ())}
    own = tuple(n for n in names if n not in inherited)
    if weakref_slot and "__weakref__" not in inherited:
        own += ("__weakref__",)
    namespace = {k: v for k, v in cls.__dict__.items() if k not in names + ("__dict__", "__weakref__")}
    namespace["__slots__"] = own
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    cls.__qualname__ = qualname
    if is_frozen:
        # Without a __dict__, pickle needs these; a frozen __setattr__ refuses.
        if "__getstate__" not in namespace:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in namespace:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    # @dataclass and @dataclass(...) both work.
    return wrap if cls is None else wrap(cls)


# ---- working with instances --------------------------------------------------------------------

def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursing into
    dataclasses, lists, tuples and dicts (values are deep-copied)."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a new tuple, recursing as asdict does."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new object of obj's class, with changes applied to its fields."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """Return a new dynamically created dataclass: fields is a list of
    names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    # Made by types.new_class, as CPython 3.11 does (its __module__ is
    # then "types", the module that called type()).
    import types
    cls = types.new_class(cls_name, bases, {}, lambda ns: ns.update(namespace))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
