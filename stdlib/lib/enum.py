"""Enumerations: classes whose attributes are a fixed set of named
constants (CPython: Lib/enum.py).

How a class statement becomes an enumeration:

1. EnumType.__prepare__ gives the class body an _EnumDict instead of a
   dict.  It records, in order, each name bound to a plain value (not a
   function, descriptor, _sunder_ or __dunder__ name): those are the
   members.  auto() values are computed there, from the values so far.
2. EnumType.__new__ makes the class without the members, then makes one
   instance per member: Color.RED is an instance of Color with
   _name_ = "RED" and _value_ = 1.  A member whose value equals an
   earlier member's is an alias: the name leads to the earlier member.
3. Color(1) does not make an instance: EnumType.__call__ looks the value
   up (Enum.__new__), and _missing_ gets a chance before ValueError.

IntEnum, StrEnum and IntFlag also inherit from int or str: their members
are ints or strs (IntEnum.A + 1 works), made with int.__new__/str.__new__.
Flag members combine with | & ^ ~ into new values, which get pseudo-members
named "R|W"."""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP"]


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"
            and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"
            and name[-2] != "_")


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    # __name inside class Color is stored as _Color__name: not a member.
    prefix = f"_{cls_name.lstrip('_')}__"
    return name.startswith(prefix) and not name.endswith("__")


# Defined further down; EnumType checks for them while they are being made.
Flag = None
_ReprEnum = None
_lookup_new = None


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _value = None

    def __repr__(self):
        return "auto(%r)" % (self._value,)


class _EnumDict(dict):
    """The class body's namespace: tells members from everything else."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ("_order_", "_generate_next_value_", "_missing_", "_ignore_",
                           "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_"):
                raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future "
                                 "Enum use")
            if key == "_generate_next_value_":
                self._generate_next_value = getattr(value, "__func__", value)
            elif key == "_ignore_":
                self._ignore = value.replace(",", " ").split() if isinstance(value, str) else list(value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif _is_descriptor(value):
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        else:
            # A member.
            if isinstance(value, auto):
                if value._value is None:
                    value._value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value._value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class _Readonly:
    """name and value of a member: read-only attributes of every member."""

    def __init__(self, field):
        self.field = field

    def __set_name__(self, owner, name):
        self.name = name
        self.owner_name = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.field)

    def __set__(self, instance, value):
        raise AttributeError(f"<enum {self.owner_name!r}> cannot set attribute {self.name!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum {self.owner_name!r}> cannot delete attribute {self.name!r}")


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first_enum = _find_enum_base(bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        first_enum = _find_enum_base(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError(f"<enum {cls!r}> cannot extend {first_enum!r}")
        member_type = _find_data_type(bases)
        member_names = classdict._member_names
        invalid = [name for name in member_names if name in ("mro", "")]
        if invalid:
            raise ValueError(f"invalid enum member name(s) {', '.join(map(repr, invalid))}")

        # The class is made without its members, which come next.
        members = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in members}
        for key in ("_ignore_", "_order_"):
            namespace.pop(key, None)
        # A __new__ written in the body (or a data type's) makes the members;
        # Color(1) afterwards means Enum.__new__: lookup by value.
        new_member = namespace.pop("__new__", None)
        if new_member is None:
            new_member = _find_new(bases, member_type)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        enum_class._member_type_ = member_type
        enum_class._new_member_ = new_member
        if boundary is not None:
            enum_class._boundary_ = boundary
        if first_enum is not None and "_generate_next_value_" not in namespace:
            enum_class._generate_next_value_ = first_enum._generate_next_value_

        # ReprEnum's children (IntEnum, StrEnum, IntFlag) print as their
        # data type does: str(IntEnum.A) is "1".  object.__str__ would call
        # the enum's __repr__, hence the data type's __repr__ in its place.
        if _ReprEnum is not None and _ReprEnum in bases:
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
                classdict["__format__"] = member_type.__format__
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)
                classdict["__str__"] = method

        # IntEnum's MRO puts int before Enum: int.__repr__ would win over
        # Enum's.  The enum's methods are put back on the class unless the
        # body (or a mixin other than the data type) defined its own.
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found in (getattr(member_type, name), getattr(object, name)):
                        type.__setattr__(enum_class, name, first_enum.__dict__.get(
                            name, getattr(first_enum, name)))

        for name, value in members.items():
            _add_member(enum_class, name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            _setup_flag(enum_class)
        # Calling the class looks members up from now on, whatever __new__
        # made them (int.__new__ for IntEnum, a __new__ in the body...).
        if _lookup_new is not None:
            type.__setattr__(enum_class, "__new__", _lookup_new)
        elif new_member is not None:
            # Enum itself: its own __new__ is that lookup.
            type.__setattr__(enum_class, "__new__", staticmethod(new_member))
            enum_class._new_member_ = None
        return enum_class

    def __init__(cls, *args, **kwds):
        # Keywords such as boundary= were for __new__.
        super().__init__(*args)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Color(1) looks a member up; Enum('Color', 'RED GREEN') makes a
        new enumeration (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        for name, value in items:
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals.get("__name__")
            except (AttributeError, ValueError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return cls.__class__.__new__(cls.__class__, class_name, bases, classdict,
                                     boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return "
                          "True or\nFalse depending on whether the value is a member or the value "
                          "of a member", DeprecationWarning, stacklevel=2)
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}'"
                            f" and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        """Every name, aliases included, mapped to its member."""
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__",
                 "__iter__", "__len__", "__members__", "__module__", "__name__",
                 "__qualname__"}
        names.update(cls._member_names_)
        return sorted(names)


EnumMeta = EnumType


def _mappingproxy(d):
    return type(type.__dict__)(d) if _proxy_works else dict(d)


try:
    type(type.__dict__)({})
    _proxy_works = True
except TypeError:
    _proxy_works = False


def _find_enum_base(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


def _find_data_type(bases):
    """The non-Enum type the members also are (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType) and base._member_type_ is object:
                continue
            if isinstance(base, EnumType):
                return base._member_type_
            if "__new__" in base.__dict__ or "__init__" in base.__dict__ or base in (int, str, float):
                return base
    return object


def _find_new(bases, member_type):
    for chain in bases:
        for base in chain.__mro__:
            new = base.__dict__.get("_new_member_")
            if new is not None:
                return new
            if base is Enum or base is object:
                break
    return None if member_type is object else member_type.__new__


def _add_member(enum_class, name, value):
    """Make the member `name` of enum_class (or an alias of an existing one)."""
    args = value if isinstance(value, tuple) else (value,)
    member_type = enum_class._member_type_
    new_member = enum_class._new_member_
    if member_type is tuple:
        args = (args,)
    if new_member is None:
        member = object.__new__(enum_class)
    else:
        member = new_member(enum_class, *args)
    if not hasattr(member, "_value_"):
        member._value_ = value if member_type is object else member_type(*args)
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_names_)

    # An alias: the value is already a member's.
    existing = _lookup_value(enum_class, value)
    if existing is not None:
        member = existing
    elif Flag is not None and issubclass(enum_class, Flag) and value & (value - 1):
        # A flag of several bits (RW = 3) is named, but, like an alias, is
        # left out of iteration and len(): those count the single bits.
        pass
    else:
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append((value, member))
    # Set through type, past EnumType.__setattr__'s "cannot reassign".
    type.__setattr__(enum_class, name, member)


def _lookup_value(cls, value):
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for v, member in cls._unhashable_values_:
            if v == value:
                return member
        return None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    >>> Color.RED
    <Color.RED: 1>
    """

    name = _Readonly("_name_")
    value = _Readonly("_value_")

    def __new__(cls, value):
        # Reached through Color(value): find the member, never make one.
        if type(value) is cls:
            return value
        member = _lookup_value(cls, value)
        if member is not None:
            return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of "
                        f"None or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value that can be
        incremented, or start."""
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = (self._member_type_.__repr__ if self._member_type_ is not object
                      else repr)
        return f"<{self.__class__.__name__}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        names.update(k for k in self.__class__.__dict__ if not k.startswith("_"))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        # Unpickling looks the member up by name: getattr(Color, "RED").
        return getattr, (self.__class__, self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lookup_new = Enum.__dict__["__new__"]


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


_ReprEnum = ReprEnum


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The lower-cased member name."""
        return name.lower()




def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


# ---- flags -------------------------------------------------------------------------------------

class FlagBoundary(StrEnum):
    """What Flag(value) does with bits that no member has: raise (STRICT),
    drop them (CONFORM), return a plain int (EJECT) or keep them (KEEP)."""
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bin(num, max_bits):
    """'0b0 0111': the sign bit, a space, then max_bits digits."""
    ceiling = 2 ** num.bit_length()
    s = bin(num + ceiling).replace("1", "0", 1) if num >= 0 else bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


class Flag(Enum, boundary=CONFORM):
    """Support for flags: members combine with |, &, ^ and ~."""

    def __reduce_ex__(self, proto):
        # A combination pickles as members joined with |: R|W as
        # _operator.or_(Perm.R, Perm.W), the lowest bit last (as 3.11).
        from operator import or_
        cls = self.__class__
        unknown = self._value_ & ~cls._flag_mask_
        member_value = self._value_ & cls._flag_mask_
        if unknown and member_value:
            return or_, (cls(member_value), unknown)
        if member_value:
            lowest = member_value & -member_value
            rest = member_value & ~lowest
            if rest:
                return or_, (cls(rest), cls._value2member_map_.get(lowest))
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the last value."""
        if not count:
            return start if start is not None else 1
        high = max(last_values).bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        """A combination of members: a pseudo-member named "A|B".  Bits no
        member has are handled as the class's boundary says."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given "
                                 f"{_bin(value, max_bits)}\n  allowed {_bin(flag_mask, max_bits)}")
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:   # KEEP
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        member_type = cls._member_type_
        pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        pseudo._value_ = value
        if member_value:
            pseudo._name_ = "|".join(m._name_ for m in cls
                                     if m._value_ and m._value_ & member_value == m._value_)
            if unknown:
                pseudo._name_ += f"|{unknown!r}"
        else:
            pseudo._name_ = None
        # Later lookups of the same value find the same pseudo-member.
        if not unknown:
            return cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r}"
                            f" and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return f"<{cls_name}: {value_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        # The other bits among those the members use, not Python's ~ of an int.
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _setup_flag(enum_class):
    mask = 0
    for member in enum_class:
        mask |= member._value_
    enum_class._flag_mask_ = mask
    # Every bit up to the highest one a member uses.
    enum_class._all_bits_ = 2 ** mask.bit_length() - 1


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


_setup_flag(Flag)
_setup_flag(IntFlag)
