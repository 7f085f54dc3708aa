"""Dates, times and durations: date, time, datetime, timedelta, tzinfo, timezone.

glasspy's own implementation, in Python. It behaves like CPython 3.11's C
module `_datetime` (its messages, reprs and rounding), which is what
`import datetime` gives there.

How it is built, in three ideas:

* A day is a number. Every date is mapped to its *proleptic Gregorian
  ordinal*: 0001-01-01 is day 1, and the Gregorian calendar is extended
  backwards forever. Date arithmetic is then integer arithmetic on ordinals
  (_ymd_to_ordinal / _ordinal_to_ymd below do the conversions).
* A duration is a number too. A timedelta is a whole number of microseconds,
  kept normalised as (days, seconds, microseconds) with
  0 <= seconds < 86400 and 0 <= microseconds < 10**6; only `days` carries
  the sign.
* Time zones are objects. A datetime is "naive" (no tzinfo, or one whose
  utcoffset() is None) or "aware". Aware values are compared and subtracted
  in UTC, by removing each one's utcoffset().

Fields live in __slots__ so an instance is small and has no __dict__, and
the constructors check their arguments once, on a fast path for plain ints.
"""

import time as _time
import math as _math
import sys

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999    # the widest timedelta, in days either way
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal(): where timestamps start


# ---- the calendar ---------------------------------------------------------------------------

# Days in each month of a common year; index 0 is unused so months count from 1.
_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# Days in a common year before the first of each month.
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _is_leap(year):
    """Gregorian rule: every 4th year, except centuries, except every 4th century."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    """Days in the years 1 .. year-1: 365 each, plus the leap days among them."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


# The Gregorian calendar repeats every 400 years, and those 400 years hold
# 146097 days (a whole number of weeks, too). Inside such a cycle, centuries
# hold 36524 days (the 400th year's extra leap day aside), 4-year groups 1461.
_DAYS_IN_400_YEARS = 146097
_DAYS_IN_100_YEARS = 36524
_DAYS_IN_4_YEARS = 1461


def _ordinal_to_ymd(n):
    """The (year, month, day) of ordinal n: peel off whole 400-, 100-, 4- and
    1-year blocks, then find the month inside the year."""
    n -= 1                                  # days since 0001-01-01
    n400, n = divmod(n, _DAYS_IN_400_YEARS)
    n100, n = divmod(n, _DAYS_IN_100_YEARS)
    n4, n = divmod(n, _DAYS_IN_4_YEARS)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a leap year that closes a 4-year or 400-year block:
        # the divisions above counted it as the start of a year that has not begun.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    # Guess the month from the day of the year (never too small by more
    # than one: months are at most 31 days), then step back if too far.
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1: the week holding the year's first Thursday."""
    first = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7         # 0 = Monday
    monday = first - first_weekday
    if first_weekday > 3:                   # Jan 1 is Fri..Sun: week 1 starts after it
        monday += 7
    return monday


# ---- checking arguments ---------------------------------------------------------------------

def _type_name(obj):
    """The class name CPython's messages show: the C module's own types are
    'datetime.date' and so on, any other class is its plain name."""
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return "datetime." + cls.__name__
    return cls.__name__


def _index(value):
    """An int argument, as CPython's "i" argument format takes it: an int, or
    any object with __index__."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return method(value)


def _check_date_fields(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        for position, name, value in ((1, "year", year), (2, "month", month), (3, "day", day)):
            if value is None:
                raise TypeError("function missing required argument '%s' (pos %d)"
                                % (name, position))
        year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _DAYS_IN_MONTH[month]:
        if not (day == 29 and month == 2 and _is_leap(year)):
            raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if (type(hour) is not int or type(minute) is not int or type(second) is not int
            or type(microsecond) is not int or type(fold) is not int):
        hour, minute, second = _index(hour), _index(minute), _index(second)
        microsecond, fold = _index(microsecond), _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(method, offset):
    """What utcoffset() or dst() returned must be None or a timedelta of less than a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _check_str(value, what):
    if not isinstance(value, str):
        raise TypeError("%s must be str, not %s" % (what, type(value).__name__))


# ---- failing operators with CPython's messages ----------------------------------------------
#
# A Python class that returns NotImplemented gets the interpreter's message,
# which names it 'date'; the C module's types are called 'datetime.date'.
# So when an operator has nothing to do with the other operand, it gives that
# operand's reflected method its chance itself, then raises the message.

def _binary_fail(symbol, left, right):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (symbol, _type_name(left), _type_name(right)))


def _try_reflected(self, other, reflected, symbol):
    """self.__op__(other) cannot handle other: try other.__rop__(self), else raise."""
    if symbol == "*" and isinstance(other, (str, bytes, list, tuple)):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % _type_name(self))
    # (This module's own reflected methods never come back here, so no loop.)
    method = getattr(type(other), reflected, None)
    if method is not None:
        result = method(other, self)
        if result is not NotImplemented:
            return result
    _binary_fail(symbol, self, other)


def _order_fail(self, other, reflected, symbol):
    """self < other (or another ordering) when other is not comparable with self."""
    # Our own classes would only send the question back here.
    method = None if isinstance(other, _OWN_TUPLE) else getattr(type(other), reflected, None)
    if method is not None:
        result = method(other, self)
        if result is not NotImplemented:
            return result
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (symbol, _type_name(self), _type_name(other)))


def _divide_nearest(a, b):
    """a / b rounded to the nearest int, ties to even (CPython: _PyLong_DivmodNear)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q & 1):
        q += 1
    return q


# ---- timedelta ------------------------------------------------------------------------------

# The keyword units and what each is worth in microseconds, in the order
# CPython adds them up (smallest first, so fractions meet fractions).
_DELTA_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000),
                ("minutes", 60000000), ("hours", 3600000000), ("days", 86400000000),
                ("weeks", 604800000000))


def _delta_microseconds(values):
    """The whole microseconds that the unit values add up to, some of them floats.

    Whole parts are added as exact ints; only the fractions that remain below
    a microsecond are summed as floats, and that sum is rounded once at the
    end, ties to even on the *total* (so 1.5us -> 2us but 2.5us -> 2us)."""
    total = 0
    leftover = 0.0
    for (tag, factor), value in zip(_DELTA_UNITS, values):
        if isinstance(value, int):
            total += value * factor
        elif isinstance(value, float):
            whole = int(value)              # ValueError/OverflowError for nan/inf
            total += whole * factor
            fraction = value - whole        # exact: both come from the same float
            if fraction:
                scaled = fraction * factor
                whole = int(scaled)
                total += whole
                leftover += scaled - whole
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (tag, type(value).__name__))
    if leftover:
        rounded = round(leftover)
        if abs(rounded - leftover) == 0.5:
            odd = total & 1
            rounded = 2 * round((leftover + odd) * 0.5) - odd
        total += int(rounded)
    return total


def _delta_from_us(us, cls=None):
    """A timedelta of us microseconds, normalised (the one place that does it)."""
    seconds, microseconds = divmod(us, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2**31 <= days < 2**31:      # CPython keeps days in a C int
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls or timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    return self


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            us = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds)
                  * _US_PER_SECOND + milliseconds * 1000 + microseconds)
        else:
            us = _delta_microseconds((microseconds, milliseconds, seconds, minutes,
                                      hours, days, weeks))
        return _delta_from_us(us, cls)

    days = property(lambda self: self._days, doc="Number of days.")
    seconds = property(lambda self: self._seconds,
                       doc="Number of seconds (>= 0 and less than 1 day).")
    microseconds = property(lambda self: self._microseconds,
                            doc="Number of microseconds (>= 0 and less than 1 second).")

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    # -- arithmetic: everything goes through whole microseconds --

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_microseconds() + other._to_microseconds())
        return _try_reflected(self, other, "__radd__", "+")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_microseconds() + other._to_microseconds())
        _binary_fail("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_microseconds() - other._to_microseconds())
        return _try_reflected(self, other, "__rsub__", "-")

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._to_microseconds() - self._to_microseconds())
        _binary_fail("-", other, self)

    def __neg__(self):
        return _delta_from_us(-self._to_microseconds())

    def __pos__(self):
        return _delta_from_us(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_microseconds() * other)
        if isinstance(other, float):
            # Multiply by the float's exact ratio, then round once.
            numerator, denominator = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_microseconds() * numerator,
                                                  denominator))
        return _try_reflected(self, other, "__rmul__", "*")

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if isinstance(other, (str, bytes, list, tuple)):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _type_name(self))
        _binary_fail("*", other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return _delta_from_us(_divide_nearest(self._to_microseconds(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(denominator * self._to_microseconds(),
                                                  numerator))
        return _try_reflected(self, other, "__rtruediv__", "/")

    def __rtruediv__(self, other):
        _binary_fail("/", other, self)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return _delta_from_us(self._to_microseconds() // other)
        return _try_reflected(self, other, "__rfloordiv__", "//")

    def __rfloordiv__(self, other):
        _binary_fail("//", other, self)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_microseconds() % other._to_microseconds())
        return _try_reflected(self, other, "__rmod__", "%")

    def __rmod__(self, other):
        _binary_fail("%", other, self)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, _delta_from_us(r)
        return _try_reflected(self, other, "__rdivmod__", "divmod()")

    def __rdivmod__(self, other):
        _binary_fail("divmod()", other, self)

    # -- comparison and hashing --

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return _order_fail(self, other, "__gt__", "<")

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return _order_fail(self, other, "__ge__", "<=")

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return _order_fail(self, other, "__lt__", ">")

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return _order_fail(self, other, "__le__", ">=")

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), self._key()


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_ONE_DAY = timedelta(1)
_ZERO = timedelta(0)


# ---- formatting helpers shared by date, time and datetime ----------------------------------

def _format_time(hour, minute, second, microsecond, timespec):
    """The clock part of an ISO string, cut at timespec."""
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _format_offset(offset, separator=":"):
    """A utcoffset as '+HH:MM', with ':SS' and '.ffffff' only when needed
    (separator '' gives strftime's %z form '+HHMM')."""
    if offset is None:
        return ""
    sign = "+"
    if offset._days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset._seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, separator, minutes)
    if seconds or offset._microseconds:
        text += "%s%02d" % (separator, seconds)
        if offset._microseconds:
            text += ".%06d" % offset._microseconds
    return text


def _strftime(fmt, timetuple, microsecond, obj):
    """time.strftime, after doing the three directives it does not know about
    datetime objects: %f (microseconds), %z (utcoffset) and %Z (tzname)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if "%f" in fmt or "%z" in fmt or "%Z" in fmt:
        pieces = []
        i, n = 0, len(fmt)
        while i < n:
            ch = fmt[i]
            i += 1
            if ch != "%" or i == n:
                pieces.append(ch)
                continue
            ch = fmt[i]
            i += 1
            if ch == "f":
                pieces.append("%06d" % microsecond)
            elif ch == "z":
                pieces.append(_format_offset(obj.utcoffset() if obj is not None else None, ""))
            elif ch == "Z":
                name = obj.tzname() if obj is not None else None
                if name is not None:
                    pieces.append(name.replace("%", "%%"))
            else:
                pieces.append("%" + ch)
        fmt = "".join(pieces)
    return _time.strftime(fmt, timetuple)


def _format_dunder(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % type(fmt).__name__)
    if fmt:
        return obj.strftime(fmt)
    return str(obj)


# ---- ISO 8601 parsing (fromisoformat) --------------------------------------------------------

def _invalid_iso(text):
    return ValueError("Invalid isoformat string: %r" % (text,))


def _digits(text, start, count):
    """The int spelt by count ASCII digits at text[start:], or None."""
    piece = text[start:start + count]
    if len(piece) != count:
        return None
    for ch in piece:
        if not "0" <= ch <= "9":
            return None
    return int(piece)


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    extended = len(text) > 4 and text[4] == "-"
    pos = 5 if extended else 4
    if text[pos:pos + 1] == "W":
        # An ISO week date: week number, then an optional weekday (default Monday).
        week = _digits(text, pos + 1, 2)
        pos += 3
        weekday = 1
        if pos < len(text):
            if extended:
                if text[pos] != "-":
                    return None
                pos += 1
            weekday = _digits(text, pos, 1)
            pos += 1
        if week is None or weekday is None or pos != len(text):
            return None
        try:
            return _iso_to_ymd(year, week, weekday)
        except ValueError:                  # fromisoformat says only "invalid"
            return None
    month = _digits(text, pos, 2)
    pos += 2
    if extended:
        if text[pos:pos + 1] != "-":
            return None
        pos += 1
    day = _digits(text, pos, 2)
    if month is None or day is None or pos + 2 != len(text):
        return None
    return year, month, day


def _iso_to_ymd(year, week, weekday):
    """The date of ISO (year, week, weekday); ValueError names the bad field."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        # Week 53 exists only in years that start on a Thursday, or on a
        # Wednesday in a leap year.
        first_weekday = _ymd_to_ordinal(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4 or (first_weekday == 3 and _is_leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < weekday < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % weekday)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + weekday - 1
    return _ordinal_to_ymd(ordinal)


def _iso_date_length(text):
    """How many leading characters of an ISO datetime string are its date.
    The separator after it may be any character, digits included, so the
    week forms need a look at what follows."""
    n = len(text)
    if n <= 7:
        return n
    if text[4] == "-":                      # extended: YYYY-MM-DD or YYYY-Www[-D]
        if text[5] == "W" and not (n > 9 and text[8] == "-" and
                                   not (n > 10 and "0" <= text[10] <= "9")):
            return 8
        return 10
    if text[4] == "W":                      # basic week: YYYYWww[D]
        end = 7
        while end < n and "0" <= text[end] <= "9":
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8                                # basic: YYYYMMDD


def _parse_clock(text, start, end):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.fff...]]] (or without
    the colons) in text[start:end], or None when it is malformed.

    As in CPython, a fraction may follow any component ('12.5' is 12:00:00.5),
    ',' may stand for '.', a ':' after the seconds also starts the fraction,
    and digits past the sixth are dropped."""
    values = [0, 0, 0, 0]
    pos = start
    separated = False
    for i in range(3):
        value = _digits(text, pos, 2)
        if value is None or pos + 2 > end:
            return None
        values[i] = value
        pos += 2
        if pos == end:
            return values
        ch = text[pos]
        if i == 0:
            separated = ch == ":"
        if ch in ".," or (separated and ch == ":" and i == 2):
            break
        if separated:
            if ch != ":":
                return None
            pos += 1
            if pos == end and end < len(text):
                return values               # "12:+01:00": CPython lets it pass
        elif i == 2 or not "0" <= ch <= "9":
            return None
    pos += 1                                # past the decimal mark
    count = min(end - pos, 6)
    if count == 0:
        # Nothing after the mark: only accepted just before a UTC offset.
        return values if end < len(text) else None
    fraction = _digits(text, pos, count)
    if fraction is None:
        return None
    values[3] = fraction * 10 ** (6 - count)
    pos += count
    while pos < end:
        if not "0" <= text[pos] <= "9":
            return None
        pos += 1
    return values


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time string."""
    n = len(text)
    tz_pos = 0
    while tz_pos < n and text[tz_pos] not in "Z+-":
        tz_pos += 1
    clock = _parse_clock(text, 0, tz_pos)
    if clock is None:
        return None
    tz = None
    if tz_pos < n:
        if text[tz_pos] == "Z":
            if tz_pos + 1 != n:
                return None
            tz = timezone.utc
        else:
            offset = _parse_clock(text, tz_pos + 1, n)
            if offset is None:
                return None
            delta = timedelta(hours=offset[0], minutes=offset[1], seconds=offset[2],
                              microseconds=offset[3])
            if text[tz_pos] == "-":
                delta = -delta
            tz = timezone(delta)
    return clock[0], clock[1], clock[2], clock[3], tz


# ---- date -----------------------------------------------------------------------------------

def _is_pickle_state(obj, size):
    """Whether a constructor's first argument is the state of a pickle."""
    return isinstance(obj, bytes) and len(obj) == size


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=None, month=None, day=None):
        if month is None and _is_pickle_state(year, 4) and 1 <= year[2] <= 12:
            # date(state): unpickling (see __reduce__).
            self = object.__new__(cls)
            self._year, self._month, self._day = year[0] * 256 + year[1], year[2], year[3]
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    # -- other constructors --

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp (local time)."""
        tm = _time.localtime(_math.floor(t) if isinstance(t, float) else _index(t))
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        """Current date or datetime: same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ordinal_to_ymd(n)[0])
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise _invalid_iso(date_string)
        fields = _parse_iso_date(date_string)
        if fields is None:
            raise _invalid_iso(date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        return cls(*_iso_to_ymd(_index(year), _index(week), _index(day)))

    # -- fields --

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    # -- the calendar --

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
        Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
        Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:                        # early January, still in last year's last week
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1                       # late December, already in next year's week 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), _days_before_month(self._year, self._month)
                                  + self._day, -1))

    # -- text --

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()],
                                            _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self.timetuple(), 0, None)

    def __format__(self, fmt):
        return _format_dunder(self, fmt)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- arithmetic --

    def _plus_days(self, days):
        ordinal = self.toordinal() + days
        if not 0 < ordinal <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        return type(self)(*_ordinal_to_ymd(ordinal))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(other._days)
        return _try_reflected(self, other, "__radd__", "+")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(other._days)
        _binary_fail("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _try_reflected(self, other, "__rsub__", "-")

    def __rsub__(self, other):
        _binary_fail("-", other, self)

    # -- comparison --
    # A datetime is a date too, but the two never compare equal; datetime's
    # own methods (tried first, being the subclass's) see to that.

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._key() < other._key()
        return _order_fail(self, other, "__gt__", "<")

    def __le__(self, other):
        if isinstance(other, date):
            return self._key() <= other._key()
        return _order_fail(self, other, "__ge__", "<=")

    def __gt__(self, other):
        if isinstance(other, date):
            return self._key() > other._key()
        return _order_fail(self, other, "__lt__", ">")

    def __ge__(self, other):
        if isinstance(other, date):
            return self._key() >= other._key()
        return _order_fail(self, other, "__le__", ">=")

    def __hash__(self):
        return hash(self._key())

    # Pickling, as CPython's C datetime: the fields packed in bytes,
    # (year high byte, year low byte, month, day).
    def _getstate(self):
        return (bytes((self._year // 256, self._year % 256, self._month, self._day)),)

    def __reduce__(self):
        return type(self), self._getstate()


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """What date.isocalendar() returns: a (year, week, weekday) tuple whose
    items also have names."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        # Pickles as a plain tuple, as CPython's does.
        return tuple, (tuple(self),)


# Like CPython's, the class is not one of the module's public names.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---- tzinfo and timezone --------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects.

    A subclass says, for a given datetime, how far its local time is from UTC
    (utcoffset), how much of that is daylight saving (dst), and what the zone
    is called (tzname)."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time.

        The default works for zones whose standard offset never changes:
        local = utc + standard offset + dst, where dst is looked up at the
        standard-time guess (see the note on fromutc in CPython's docs)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        args = getattr(self, "__getinitargs__", None)
        args = args() if args is not None else ()
        state = getattr(self, "__dict__", None) or None
        return type(self), args, state


_tzinfo_class = tzinfo  # time() and datetime() have a parameter of that name


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is None:
            if not offset and cls is timezone and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        return self._name_from_offset(self._offset)

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "%s.utc" % _type_name(self)
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    # Two fixed zones are equal when their offsets are: the name is a label.
    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


_UTC = None                                 # timezone() may not return it before it exists
_UTC = timezone(_ZERO)
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _local_timezone(timestamp):
    """The local zone at a POSIX timestamp, as a fixed timezone (what
    astimezone() with no argument attaches)."""
    tm = _time.localtime(timestamp)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


# ---- local time <-> POSIX timestamps ------------------------------------------------------
#
# The C library converts a timestamp to local time (localtime) but the way
# back is ambiguous: in a DST fold a wall-clock time happens twice, in a gap
# not at all. These work on "wall seconds": a local time written as seconds
# since 1970-01-01 00:00 *as if it were UTC*.

_MAX_FOLD_SECONDS = 24 * 3600       # widest fold in the tz database (Kwajalein, 1969): 23 h


def _wall_seconds(year, month, day, hour, minute, second):
    return ((_ymd_to_ordinal(year, month, day) - _EPOCH_ORDINAL) * 86400
            + hour * 3600 + minute * 60 + second)


def _local_wall(u):
    """The wall seconds that local time shows at timestamp u."""
    tm = _time.localtime(u)
    return _wall_seconds(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5])


def _local_to_timestamp(wall, fold):
    """The timestamp at which local time shows `wall`; in a fold, the first
    (fold=0) or the second (fold=1) one; in a gap, the time the clock would
    show had it not jumped."""
    offset_a = _local_wall(wall) - wall     # the offset near the answer: a first guess
    u1 = wall - offset_a
    t1 = _local_wall(u1)
    if t1 == wall:
        # u1 is an answer; a day earlier (or later) may show another offset,
        # and so a second answer, which fold chooses between.
        u2 = u1 + (-_MAX_FOLD_SECONDS if fold == 0 else _MAX_FOLD_SECONDS)
        offset_b = _local_wall(u2) - u2
        if offset_a == offset_b:
            return u1
    else:
        offset_b = t1 - u1
    u2 = wall - offset_b
    if _local_wall(u2) == wall:
        return u2
    if t1 == wall:
        return u1
    # Neither offset gives `wall`: it is in a gap.
    return max(u1, u2) if fold == 0 else min(u1, u2)


def _split_timestamp(t):
    """A timestamp as (whole seconds, microseconds), the float's fraction
    rounded half to even (CPython: _PyTime_ObjectToTimeval)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        fraction, whole = _math.modf(t)
        us = round(fraction * 1e6)
        whole = int(whole)
        if us >= 1000000:
            us -= 1000000
            whole += 1
        elif us < 0:
            us += 1000000
            whole -= 1
        return whole, us
    return _index(t), 0


# ---- time -----------------------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_pickle_state(hour, 6) and hour[0] & 0x7F < 24:
            # time(state[, tzinfo]): unpickling (see __reduce_ex__).
            self = object.__new__(cls)
            _set_time_state(self, hour, 0, minute if isinstance(minute, _tzinfo_class) else None)
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        fields = _parse_iso_time(text) if text else None
        if fields is None:
            raise _invalid_iso(time_string)
        return cls(*fields)

    # -- time zone --

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    # -- text --

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

        The optional argument timespec specifies the number of additional terms
        of the time to include. Valid options are 'auto', 'hours', 'minutes',
        'seconds', 'milliseconds' and 'microseconds'."""
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_type_name(self), self._hour, self._minute,
                                           self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_type_name(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (_type_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def strftime(self, format):
        """format -> strftime() style string."""
        # The date part is the one CPython uses: 1900-01-01.
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(format, timetuple, self._microsecond, self)

    def __format__(self, fmt):
        return _format_dunder(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- comparison --

    def _cmp(self, other, order):
        """-1, 0 or 1; None when one is naive and the other aware."""
        if self._tzinfo is other._tzinfo:
            mine = other_offset = None
        else:
            mine = self.utcoffset()
            other_offset = other.utcoffset()
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if mine != other_offset:
            if mine is None or other_offset is None:
                if order:
                    raise TypeError("can't compare offset-naive and offset-aware times")
                return None
            # Both aware with different offsets: compare in UTC, in microseconds.
            a = _clock_us(*a) - mine._to_microseconds()
            b = _clock_us(*b) - other_offset._to_microseconds()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) < 0
        return _order_fail(self, other, "__gt__", "<")

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) <= 0
        return _order_fail(self, other, "__ge__", "<=")

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) > 0
        return _order_fail(self, other, "__lt__", ">")

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) >= 0
        return _order_fail(self, other, "__le__", ">=")

    def __hash__(self):
        offset = self.utcoffset()
        us = _clock_us(self._hour, self._minute, self._second, self._microsecond)
        if offset is not None:
            us -= offset._to_microseconds()
        return hash(us)

    def __bool__(self):
        return True

    # Pickling: (hour, minute, second, microsecond as 3 bytes) in bytes; the
    # hour byte has 128 added for fold=1 from protocol 4 on.
    def __reduce_ex__(self, protocol):
        state = _time_state(self, protocol)
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _time_state(t, protocol):
    """The 6 bytes of a time's (or datetime's) clock in a pickle."""
    us = t._microsecond
    hour = t._hour + 128 if t._fold and protocol > 3 else t._hour
    return bytes((hour, t._minute, t._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF))


def _set_time_state(t, state, offset, tz):
    """Fills a new time (or datetime) from the bytes of a pickle."""
    hour = state[offset]
    t._fold = 1 if hour > 127 else 0
    t._hour = hour & 0x7F
    t._minute, t._second = state[offset + 1], state[offset + 2]
    t._microsecond = (state[offset + 3] << 16) | (state[offset + 4] << 8) | state[offset + 5]
    t._tzinfo = tz


def _clock_us(hour, minute, second, microsecond):
    return (hour * 3600 + minute * 60 + second) * _US_PER_SECOND + microsecond


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime -------------------------------------------------------------------------------

def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold=0):
    """A datetime from fields known to be valid, without checking them again;
    a subclass is made through its own constructor, as CPython does."""
    if cls is not datetime:
        return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
    self = object.__new__(datetime)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if _is_pickle_state(year, 10) and 1 <= year[2] & 0x7F <= 12:
            # datetime(state[, tzinfo]): unpickling (see __reduce_ex__).
            self = object.__new__(cls)
            self._year, self._month, self._day = year[0] * 256 + year[1], year[2] & 0x7F, year[3]
            # The fold bit rides on the month byte here, on the hour byte for a time.
            _set_time_state(self, year[:4] + bytes((year[4] | (year[2] & 0x80),)) + year[5:], 4,
                            month if isinstance(month, _tzinfo_class) else None)
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- other constructors --

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        seconds, us = _split_timestamp(t)
        try:
            tm = (_time.gmtime if utc else _time.localtime)(seconds)
        except (OverflowError, ValueError):
            raise OverflowError("timestamp out of range for platform time_t")
        if not MINYEAR <= tm[0] <= MAXYEAR:
            raise ValueError("year %d is out of range" % tm[0])
        # A leap second (tm_sec 60) is folded into the 59th, as CPython does.
        result = _new_datetime(cls, tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)
        if not utc:
            # Was this wall time shown twice (a fold, when clocks go back)?
            # If the clock a day earlier ran at a larger offset, see whether
            # the earlier offset also reaches this wall time: then this is
            # its second showing, fold=1.
            wall = _wall_seconds(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5])
            shift = wall - _local_wall(seconds - _MAX_FOLD_SECONDS) - _MAX_FOLD_SECONDS
            if shift < 0 and _local_wall(seconds + shift) == wall:
                result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        if tz is None:
            return cls._from_timestamp(t, False, None)
        _check_tzinfo(tz)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

          tz
            Timezone object.

        If no tz is specified, uses local timezone."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise _invalid_iso(date_string)
        split = _iso_date_length(date_string)
        fields = _parse_iso_date(date_string[:split])
        if fields is None:
            raise _invalid_iso(date_string)
        clock = (0, 0, 0, 0, None)
        if len(date_string) > split:
            clock = _parse_iso_time(date_string[split + 1:]) if split + 1 < len(date_string) \
                else None
            if clock is None:
                raise _invalid_iso(date_string)
        return cls(*fields, *clock)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
        return cls(*_strptime(date_string, format))

    # -- parts --

    def date(self):
        """Return date object with same year, month and day."""
        return _date_class(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    # -- time zone --

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def _wall(self):
        return _wall_seconds(self._year, self._month, self._day,
                             self._hour, self._minute, self._second)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        offset = self.utcoffset() if self._tzinfo is not None else None
        if offset is None:                  # naive: a local time
            seconds = _local_to_timestamp(self._wall(), self._fold)
        else:
            # Exact: whole microseconds since the epoch, divided once.
            return ((self._wall() * _US_PER_SECOND + self._microsecond)
                    - offset._to_microseconds()) / _US_PER_SECOND
        return seconds + self._microsecond / 1e6

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None:
            _check_tzinfo(tz)
        own = self._tzinfo
        offset = self.utcoffset() if own is not None else None
        if offset is None:
            # Naive: the local zone at this local time.
            own = _local_timezone(_local_to_timestamp(self._wall(), self._fold))
            if own is tz:
                return self
            offset = own.utcoffset(None)
        elif own is tz:
            return self
        utc = (self - offset).replace(tzinfo=_UTC)
        if tz is None:
            tz = _local_timezone(utc._wall())
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- tuples --

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  isdst))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _time.struct_time((moment._year, moment._month, moment._day, moment._hour,
                                  moment._minute, moment._second, moment.weekday(),
                                  _days_before_month(moment._year, moment._month)
                                  + moment._day, 0))

    # -- text --

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
        sep is used to separate the year from the time, and defaults to 'T'.
        The optional argument timespec specifies the number of additional terms
        of the time to include. Valid options are 'auto', 'hours', 'minutes',
        'seconds', 'milliseconds' and 'microseconds'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        # Trailing zero microseconds, then zero seconds, are left out.
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        text = "%s(%s" % (_type_name(self), ", ".join(map(str, fields)))
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return text + ")"

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self.timetuple(), self._microsecond, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- arithmetic --

    def _plus(self, days, seconds, microseconds):
        """self + a normalised timedelta's fields (days may be negative)."""
        us = self._microsecond + microseconds
        seconds += self._hour * 3600 + self._minute * 60 + self._second
        if us >= _US_PER_SECOND:
            us -= _US_PER_SECOND
            seconds += 1
        if seconds >= 86400:
            seconds -= 86400
            days += 1
        year, month, day = self._year, self._month, self._day
        if days:
            ordinal = _ymd_to_ordinal(year, month, day) + days
            if not 0 < ordinal <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            year, month, day = _ordinal_to_ymd(ordinal)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return _new_datetime(type(self), year, month, day, hour, minute, second, us,
                             self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus(other._days, other._seconds, other._microseconds)
        return _try_reflected(self, other, "__radd__", "+")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._plus(other._days, other._seconds, other._microseconds)
        _binary_fail("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            negated = -other
            return self._plus(negated._days, negated._seconds, negated._microseconds)
        if isinstance(other, datetime):
            days = self.toordinal() - other.toordinal()
            seconds = (self._hour * 3600 + self._minute * 60 + self._second
                       - other._hour * 3600 - other._minute * 60 - other._second)
            result = timedelta(days, seconds, self._microsecond - other._microsecond)
            if self._tzinfo is not other._tzinfo:
                mine, theirs = self.utcoffset(), other.utcoffset()
                if (mine is None) != (theirs is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if mine is not None and mine != theirs:
                    result = result + theirs - mine
            return result
        return _try_reflected(self, other, "__rsub__", "-")

    def __rsub__(self, other):
        _binary_fail("-", other, self)

    # -- comparison --

    def _cmp(self, other, order):
        """-1, 0 or 1; None when only == or != can be answered (naive vs aware)."""
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if order:
                        raise TypeError("can't compare offset-naive and offset-aware datetimes")
                    return None
                # Both aware, different offsets: compare the UTC moments.
                diff = self - other
                return (diff > _ZERO) - (diff < _ZERO)
        a = (self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond)
        b = (other._year, other._month, other._day, other._hour, other._minute, other._second,
             other._microsecond)
        return (a > b) - (a < b)

    def _not_datetime(self, other, symbol):
        """Comparing with something that is not a datetime: a plain date is
        never equal and not ordered (else the date part alone would decide)."""
        if isinstance(other, date):
            if symbol == "==":
                return False
            if symbol == "!=":
                return True
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) == 0
        return self._not_datetime(other, "==")

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) != 0
        return self._not_datetime(other, "!=")

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) < 0
        if isinstance(other, date):
            return self._not_datetime(other, "<")
        return _order_fail(self, other, "__gt__", "<")

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) <= 0
        if isinstance(other, date):
            return self._not_datetime(other, "<=")
        return _order_fail(self, other, "__ge__", "<=")

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) > 0
        if isinstance(other, date):
            return self._not_datetime(other, ">")
        return _order_fail(self, other, "__lt__", ">")

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) >= 0
        if isinstance(other, date):
            return self._not_datetime(other, ">=")
        return _order_fail(self, other, "__le__", ">=")

    def __hash__(self):
        # Equal aware datetimes with different offsets must hash alike: hash
        # the UTC moment, in microseconds (fold does not take part).
        us = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
              + self._second) * _US_PER_SECOND + self._microsecond
        offset = self.utcoffset() if self._tzinfo is not None else None
        if offset is not None:
            us -= offset._to_microseconds()
        return hash(us)

    # Pickling: the date's 4 bytes and the time's 6 in one bytes; the month
    # byte has 128 added for fold=1 from protocol 4 on.
    def __reduce_ex__(self, protocol):
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        state = bytes((self._year // 256, self._year % 256, month, self._day)) + _time_state(self, 0)
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

# Methods of datetime named `date` and `time` hide the classes inside the
# class body; these names reach them anywhere.
_date_class = date
_time_class = time


def _strptime(text, fmt):
    """The datetime constructor arguments that text means under fmt (the
    parsing itself is _strptime.py's, shared with time.strptime)."""
    import _strptime as engine
    (year, month, day, hour, minute, second, _, _, _, zone, gmtoff), us, gmtoff_us = \
        engine._strptime(text, fmt)
    tz = None
    if gmtoff is not None:
        offset = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        tz = timezone(offset, zone) if zone is not None else timezone(offset)
    return year, month, day, hour, minute, second, us, tz


_OWN_TUPLE = (date, datetime, time, timedelta, tzinfo, timezone, _IsoCalendarDate)
_OWN_CLASSES = frozenset(_OWN_TUPLE)
