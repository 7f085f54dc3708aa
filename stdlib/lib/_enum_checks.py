"""The enum module's decorators and helpers that work on finished
enumerations (CPython: the end of Lib/enum.py): verify() and the
EnumCheck conditions it checks, global_enum() and the reprs it installs,
and show_flag_values().

enum imports this module last, once Enum, StrEnum and Flag exist; the
names are enum's (their __module__ says so)."""

import sys
from functools import reduce
from operator import or_

from enum import Enum, Flag, StrEnum, ReprEnum, FlagBoundary, _iter_bits_lsb, _is_single_bit


def show_flag_values(value):
    """The single bits of value, lowest first."""
    return list(_iter_bits_lsb(value))


# ---- global_enum -------------------------------------------------------------------------------

def global_enum_repr(self):
    """module.NAME instead of <Class.NAME: value> (the last part of a dotted module)."""
    module = self.__class__.__module__.split(".")[-1]
    return f"{module}.{self._name_}"


def global_flag_repr(self):
    """module.A|module.B for a combination of flags."""
    module = self.__class__.__module__.split(".")[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return f"{module}.{cls_name}({self._value_!r})"
    if _is_single_bit(self._value_):
        return f"{module}.{self._name_}"
    if self._boundary_ is not FlagBoundary.KEEP:
        return "|".join(f"{module}.{name}" for name in self.name.split("|"))
    # KEEP: the unknown bits stay a bare number.
    return "|".join(n if n[0].isdigit() else f"{module}.{n}" for n in self._name_.split("|"))


def global_str(self):
    """NAME instead of Class.NAME."""
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members print as module.NAME and become globals of
    the enumeration's module (as re.IGNORECASE is re.RegexFlag.IGNORECASE)."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


# ---- verify ------------------------------------------------------------------------------------

class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""
    __module__ = "enum"
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints. (see EnumCheck)"""
    __module__ = "enum"

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            enum_type = "flag"
        elif issubclass(enumeration, Enum):
            enum_type = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _check_unique(enumeration)
            elif check is CONTINUOUS:
                _check_continuous(enumeration, enum_type)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_unique(enumeration):
    aliases = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if aliases:
        details = ", ".join(f"{alias} -> {name}" for alias, name in aliases)
        raise ValueError(f"aliases found in {enumeration!r}: {details}")


def _check_continuous(enumeration, enum_type):
    """No integer skipped between the lowest and highest value (no power
    of two, for a flag)."""
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if enum_type == "flag":
        missing = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)
                   if 2 ** i not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        # Cut to 256 characters: the list could be huge.
        raise ValueError((f"invalid {enum_type} {enumeration.__name__!r}: missing values "
                          + ", ".join(str(m) for m in missing))[:256])


def _check_named_flags(enumeration):
    """Every bit of a multi-bit alias (RW = 3) must be a member's."""
    member_values = [m.value for m in enumeration]
    missing_names, missing_value = [], 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
        if missed:
            missing_names.append(name)
            missing_value |= reduce(or_, missed)
    if not missing_names:
        return
    if len(missing_names) == 1:
        alias = f"alias {missing_names[0]} is missing"
    else:
        alias = f"aliases {', '.join(missing_names[:-1])} and {missing_names[-1]} are missing"
    if _is_single_bit(missing_value):
        value = f"value 0x{missing_value:x}"
    else:
        value = f"combined values of 0x{missing_value:x}"
    raise ValueError(f"invalid Flag {enumeration.__name__!r}: {alias} {value} "
                     "[use enum.show_flag_values(value) for details]")
