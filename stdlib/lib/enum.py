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
import builtins as bltns
from operator import or_ as _or_
from types import MappingProxyType, DynamicClassAttribute

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "verify", "member", "nonmember", "FlagBoundary", "STRICT",
           "CONFORM", "EJECT", "KEEP", "global_flag_repr", "global_enum_repr", "global_str",
           "global_enum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE"]


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
Enum = Flag = _ReprEnum = _lookup_new = None


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    """auto()'s value until the class body gives it one."""

    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _EnumDict(dict):
    """The class body's namespace: tells members from everything else."""

    def __init__(self):
        super().__init__()
        self._member_names = {}   # a dict: ordered, and quick to test
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None
        self._auto_called = False

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                # A member over a method or property of the same name.
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            value = self._add_member_value(key, value)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
                       "_ignore_", "_iter_member_", "_iter_member_by_value_",
                       "_iter_member_by_def_"):
            raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future "
                             "Enum use")
        if key == "_generate_next_value_":
            # auto() values already handed out used the old rule.
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = getattr(value, "__func__", value)
        elif key == "_ignore_":
            names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
            self._ignore = names
            already = set(names) & set(self._member_names)
            if already:
                raise ValueError(f"_ignore_ cannot specify already set names: {already!r}")

    def _add_member_value(self, key, value):
        """Record member `key`; auto() (alone or inside a tuple) gets its value here."""
        single = isinstance(value, auto)
        parts = (value,) if single else value
        has_auto = type(parts) is tuple and any(isinstance(v, auto) for v in parts)
        if has_auto:
            resolved = []
            for v in parts:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    v = v.value
                    self._last_values.append(v)
                resolved.append(v)
            value = resolved[0] if single else tuple(resolved)
        else:
            self._last_values.append(value)
        self._member_names[key] = None
        return value

    def update(self, members, **more_members):
        items = members.items() if hasattr(members, "keys") else members
        for name, value in items:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


class property(DynamicClassAttribute):
    """An attribute of members (like .name and .value) that may also be a
    member's name: read through a member it is the property, read through
    the class it is the member of that name (the class's _member_map_)."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(f"{ownerclass!r} has no attribute {self.name!r}") from None
        if self.fget is None:
            raise AttributeError(f"{ownerclass!r} member has no attribute {self.name!r}")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute {self.name!r}")
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute {self.name!r}")
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _check_for_existing_members(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first_enum = _find_enum_base(bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        _check_for_existing_members(cls, bases)
        first_enum = _find_enum_base(bases)
        if bases and first_enum is not bases[-1] and Enum is not None:
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = _find_data_type(cls, bases)
        ignore = list(getattr(classdict, "_ignore", []))
        member_names = [n for n in getattr(classdict, "_member_names", classdict)
                        if n not in ignore]
        invalid = [name for name in member_names if name in ("mro", "")]
        if invalid:
            raise ValueError(f"invalid enum member name(s) {','.join(map(repr, invalid))}")
        order = classdict.get("_order_")

        # The class is made without its members, which come next.
        members = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in members and k not in ignore}
        for key in ("_ignore_", "_order_"):
            namespace.pop(key, None)
        if _ReprEnum is not None and _ReprEnum in bases and member_type is object:
            raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, "
                            "float, etc.)")
        # A __new__ written in the body (or a data type's) makes the members;
        # Color(1) afterwards means Enum.__new__: lookup by value.
        new_member = namespace.pop("__new__", None)
        if new_member is None:
            new_member = _find_new(bases, member_type)
        namespace.update(_member_names_=[], _member_map_={}, _value2member_map_={},
                         _unhashable_values_=[], _member_type_=member_type,
                         _new_member_=new_member,
                         _value_repr_=_find_data_repr(bases))
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag or cls == "Flag" and Flag is None:
            namespace.update(_boundary_=boundary or getattr(first_enum, "_boundary_", None),
                             _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        _fix_methods(enum_class, first_enum, member_type, namespace)

        for name, value in members.items():
            _add_member(enum_class, name, value)
        if is_flag:
            # Multi-bit members (RW = 3) count as aliases from now on; the
            # range of valid values (_all_bits_) still includes them.
            enum_class._flag_mask_ = enum_class._singles_mask_
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        # Calling the class looks members up from now on, whatever __new__
        # made them (int.__new__ for IntEnum, a __new__ in the body...).
        if _lookup_new is not None:
            type.__setattr__(enum_class, "__new__", _lookup_new)
        elif new_member is not None:
            # Enum itself: its own __new__ is that lookup.
            type.__setattr__(enum_class, "__new__", staticmethod(new_member))
            enum_class._new_member_ = None
        if order is not None:
            _check_order(enum_class, order, is_flag)
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

    def __getattr__(cls, name):
        # Members hidden behind an enum.property (one named "value", say).
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

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

    @bltns.property
    def __members__(cls):
        """Every name, aliases included, mapped to its member."""
        return MappingProxyType(cls._member_map_)

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
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
                 "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._new_member_ not in (None, object.__new__):
            names.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add("__init_subclass__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)


EnumMeta = EnumType


def _check_for_existing_members(cls_name, bases):
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls_name!r}> cannot extend {base!r}")


def _find_enum_base(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


def _find_data_type(cls_name, bases):
    """The non-Enum type the members also are (int for IntEnum), or object."""
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.append(base._member_type_)
                    break
            elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                data_types.append(candidate or base)
                break
            else:
                # A mixin whose own base has the data (class M(int): pass).
                candidate = candidate or base
    data_types = list(dict.fromkeys(data_types))
    if len(data_types) > 1:
        raise TypeError(f"too many data types for {cls_name!r}: {set(data_types)!r}")
    return data_types[0] if data_types else object


def _find_data_repr(bases):
    """How a member's value shows inside <Color.RED: ...>."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base.__dict__.get("_value_repr_")
            if "__repr__" in base.__dict__:
                return base.__dict__["__repr__"]
    return None


def _find_new(bases, member_type):
    for chain in bases:
        for base in chain.__mro__:
            new = base.__dict__.get("_new_member_")
            if new is not None:
                return new
            if base is Enum or base is object:
                break
    return None if member_type is object else member_type.__new__


def _fix_methods(enum_class, first_enum, member_type, namespace):
    """ReprEnum's children print as their data type; IntEnum's MRO puts
    int.__repr__ before Enum's, which is put back unless the body wrote one."""
    if _ReprEnum is not None and _ReprEnum in enum_class.__bases__:
        if "__format__" not in namespace:
            type.__setattr__(enum_class, "__format__", member_type.__format__)
            namespace["__format__"] = member_type.__format__
        if "__str__" not in namespace:
            # object.__str__ would call the enum's own __repr__.
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            type.__setattr__(enum_class, "__str__", method)
            namespace["__str__"] = method
    if first_enum is None:
        return
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name not in namespace:
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
    if Flag is not None and issubclass(enum_class, Flag):
        # int's | & ^ ~ come first in IntFlag's MRO.
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                     "__invert__"):
            if name not in namespace:
                type.__setattr__(enum_class, name, Flag.__dict__[name])


def _check_order(enum_class, order, is_flag):
    """_order_ = 'A B C' must list the members in definition order
    (multi-bit flags and aliases left out)."""
    if isinstance(order, str):
        order = order.replace(",", " ").split()
    members = enum_class._member_map_
    if is_flag:
        order = [o for o in order if o not in members or _is_single_bit(members[o]._value_)]
    order = [o for o in order if o not in members or o in enum_class._member_names_]
    if order != enum_class._member_names_:
        raise TypeError(f"member order does not match _order_:\n  "
                        f"{enum_class._member_names_!r}\n  {order!r}")


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _add_member(enum_class, name, value):
    """Make the member `name` of enum_class (or an alias of an existing one)."""
    args = value if isinstance(value, tuple) else (value,)
    member_type = enum_class._member_type_
    new_member = enum_class._new_member_
    if member_type is tuple:
        args = (args,)
    if new_member is None or new_member is object.__new__:
        member = object.__new__(enum_class)
    else:
        member = new_member(enum_class, *args)
    if not hasattr(member, "_value_"):
        if member_type is object:
            member._value_ = value
        else:
            try:
                member._value_ = member_type(*args)
            except Exception as exc:
                error = TypeError("_value_ not set in __new__, unable to create it")
                error.__cause__ = exc
                raise error
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_names_)
    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

    # An alias: the value is already a member's.
    existing = _lookup_value(enum_class, value)
    if existing is not None:
        member = existing
    elif not is_flag or _is_single_bit(value):
        # A flag of several bits (RW = 3) is named, but, like an alias, is
        # left out of iteration and len(): those count the single bits.
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append((value, member))
    # A member named like a property of members (name, value...) stays
    # behind an enum.property, which finds it through the class.
    descriptor = _inherited_property(enum_class, name)
    if descriptor is not None:
        redirect = property(descriptor.fget, descriptor.fset, descriptor.fdel)
        redirect.member = member
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
    else:
        # Set through type, past EnumType.__setattr__'s "cannot reassign".
        type.__setattr__(enum_class, name, member)


def _inherited_property(enum_class, name):
    for base in enum_class.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is not None:
            return found if isinstance(found, (bltns.property, DynamicClassAttribute)) else None
    return None


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

    def __new__(cls, value):
        # Reached through Color(value) and unpickling: find the member,
        # never make one.
        if type(value) is cls:
            return value
        member = _lookup_value(cls, value)
        if member is not None:
            return member
        # _missing_ gets a chance; what it raises or returns is checked.
        try:
            error = None
            result = cls._missing_(value)
        except Exception as e:
            error = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                              "instead of None or a valid member")
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest value so far, or start."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            # Unsortable values, or the last was not the largest: 3.11 keeps
            # its old rule (the last value that can be incremented) and warns
            # the class body (past _add_member_value and __setitem__).
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                          "values to be sortable and support adding +1\nand the value returned "
                          "will be the largest value in the enum incremented by 1",
                          DeprecationWarning, stacklevel=4)
            for v in last_values:
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        """Public methods and other interesting attributes."""
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__"}
        if self.__class__._member_type_ is object:
            names.update(("name", "value"))
        else:
            names.update(object.__dir__(self))
        members = self._member_map_
        names.update(n for n in getattr(self, "__dict__", ()) if n[0] != "_")
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    # A member hidden behind an enum.property is no attribute.
                    if obj.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                else:
                    names.add(name)
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

    # enum.property: a member may itself be named "name" or "value".
    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


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


def bin(num, max_bits=None):
    """Like the built-in bin(), but a negative number shows in two's
    complement, and the first digit is the sign: bin(10) is '0b0 1010',
    bin(~10) is '0b1 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bltns.bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bltns.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


def _iter_bits_lsb(num):
    """The bits set in num, lowest first: 6 gives 2, 4."""
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError(f"{original!r} is not a positive integer")
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


class Flag(Enum, boundary=CONFORM):
    """Support for flags: members combine with |, &, ^ and ~."""

    def __reduce_ex__(self, proto):
        # A combination pickles as members joined with |: R|W as
        # operator.or_(Perm.R, Perm.W), the lowest bit last.
        cls = self.__class__
        unknown = self._value_ & ~cls._flag_mask_
        member_value = self._value_ & cls._flag_mask_
        if unknown and member_value:
            return _or_, (cls(member_value), unknown)
        for bit in _iter_bits_lsb(member_value):
            rest = member_value & ~bit
            if rest:
                return _or_, (cls(rest), cls._value2member_map_.get(bit))
            break
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the largest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f"invalid flag value {last_value!r}") from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The single-bit members in value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The single-bit members in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """A combination of members: a pseudo-member named "A|B".  Bits no
        member has are handled as the class's boundary says."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        # In range (~15 <= value <= 15 for four bits) and no bit that no member has.
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given "
                                 f"{bin(value, max_bits)}\n  allowed {bin(flag_mask, max_bits)}")
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f"{cls!r} unknown flag boundary {boundary!r}")
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError(f"{cls.__name__}({value!r}) -->  unknown values {unknown!r} "
                             f"[{bin(unknown)}]")
        member_type = cls._member_type_
        pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if member_value:
            pseudo._name_ = "|".join(m._name_ for m in cls._iter_member_(member_value))
            if unknown:
                pseudo._name_ += "|" + cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        # One pseudo-member per value (R|W is the same object each time),
        # when all its bits are members'.
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        """True if self has at least the same flags set as other."""
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r}"
                            f" and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-bit members of self, in definition order."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {value_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        # Not Python's ~ of an int: the other members' bits (a KEEP flag
        # does invert every bit).
        if self._inverted_ is None:
            if self._boundary_ is KEEP:
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._flag_mask_ ^ self._value_)
            if isinstance(self._inverted_, self.__class__):
                self._inverted_._inverted_ = self
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


from _enum_checks import (EnumCheck, CONTINUOUS, NAMED_FLAGS, UNIQUE, verify, global_enum,
                          global_enum_repr, global_flag_repr, global_str, show_flag_values)
