"""Parsing dates and times by a strftime-style format: the engine under
time.strptime and datetime.strptime (CPython: Lib/_strptime.py).

CPython turns the format into a regular expression. This does the same
matching by hand: each directive offers the ways it could match at a
position, in the order the regex alternation would try them, and a
backtracking search takes the first way that lets the whole format match.
Matching ignores case, and whitespace in the format matches any run of
whitespace, as there. Names are the C locale's (English), the only locale
glasspy has.

_strptime() returns what both callers need, in CPython's shape:
((year, month, day, hour, minute, second, weekday, julian, isdst, zone,
gmtoff), microseconds, gmtoff_microseconds).
"""

import time as _time
from datetime import _digits, date as _date

_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# ---- the directives: each yields (end, value) for every way it can match at pos --------------

def _numbers(longest_first):
    """A directive matching numbers: for each width (widest first), the
    values allowed at that width."""
    def candidates(text, pos):
        for width, low, high in longest_first:
            value = _digits(text, pos, width)
            if value is not None and low <= value <= high:
                yield pos + width, value
    return candidates


def _names(names):
    """A directive matching one of names (case-insensitively), longest first."""
    order = sorted(range(len(names)), key=lambda i: -len(names[i]))

    def candidates(text, pos):
        lowered = text[pos:pos + 9].lower()
        for i in order:
            if lowered.startswith(names[i]):
                yield pos + len(names[i]), i
    return candidates


def _day_of_month(text, pos):
    yield from _numbers(((2, 1, 31), (1, 1, 9)))(text, pos)
    if text[pos:pos + 1] == " " and "1" <= text[pos + 1:pos + 2] <= "9":
        yield pos + 2, int(text[pos + 1])


def _fraction(text, pos):
    for width in range(6, 0, -1):
        value = _digits(text, pos, width)
        if value is not None:
            yield pos + width, text[pos:pos + width]


def _utc_offset(text, pos):
    """[+-]HH[:]MM[[:]SS[.ffffff]] or Z, as (sign, seconds, microseconds)."""
    if text[pos:pos + 1] == "Z":
        yield pos + 1, (1, 0, 0)
        return
    sign = text[pos:pos + 1]
    if sign not in ("+", "-") or _digits(text, pos + 1, 2) is None:
        return
    hours = int(text[pos + 1:pos + 3])
    p = pos + 3
    colon = text[p:p + 1] == ":"
    if colon:
        p += 1
    minutes = _digits(text, p, 2)
    if minutes is None or minutes > 59:
        return
    p += 2
    seconds = us = 0
    q = p + 1 if colon and text[p:p + 1] == ":" else p
    if colon == (q != p) and _digits(text, q, 2) is not None and int(text[q:q + 2]) <= 59:
        seconds = int(text[q:q + 2])
        p = q + 2
        if text[p:p + 1] == "." and _digits(text, p + 1, 1) is not None:
            width = 1
            while width < 6 and _digits(text, p + 1 + width, 1) is not None:
                width += 1
            us = int(text[p + 1:p + 1 + width].ljust(6, "0"))
            p += 1 + width
    yield p, (-1 if sign == "-" else 1, hours * 3600 + minutes * 60 + seconds, us)


def _zone_names():
    """The zone names strptime knows, as CPython's LocaleTime.timezone: the
    standard ones (utc, gmt and the local standard name), then the local
    summer-time name."""
    standard = {"utc", "gmt", _time.tzname[0].lower()}
    summer = {_time.tzname[1].lower()} if _time.daylight else set()
    return standard, summer


def _zone_name(text, pos):
    """A zone name strptime knows: UTC, GMT or the local zone's names."""
    standard, summer = _zone_names()
    lowered = text[pos:].lower()
    for name in sorted(standard | summer, key=len, reverse=True):
        if lowered.startswith(name):
            yield pos + len(name), text[pos:pos + len(name)]


_DIRECTIVES = {
    "Y": _numbers(((4, 0, 9999),)),
    "y": _numbers(((2, 0, 99),)),
    "m": _numbers(((2, 1, 12), (1, 1, 9))),
    "d": _day_of_month,
    "H": _numbers(((2, 0, 23), (1, 0, 9))),
    "I": _numbers(((2, 1, 12), (1, 1, 9))),
    "M": _numbers(((2, 0, 59), (1, 0, 9))),
    "S": _numbers(((2, 0, 61), (1, 0, 9))),
    "j": _numbers(((3, 1, 366), (2, 1, 99), (1, 1, 9))),
    "f": _fraction,
    "b": _names([m[:3] for m in _FULL_MONTHS]),
    "B": _names(_FULL_MONTHS),
    "a": _names([d[:3] for d in _FULL_DAYS]),
    "A": _names(_FULL_DAYS),
    "p": _names(("am", "pm")),
    "z": _utc_offset,
    "Z": _zone_name,
    "w": _numbers(((1, 0, 6),)),
    "u": _numbers(((1, 1, 7),)),
    "U": _numbers(((2, 0, 53), (1, 0, 9))),
    "W": _numbers(((2, 0, 53), (1, 0, 9))),
}

# The C locale's composite directives, spelt out.
_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


# ---- matching ---------------------------------------------------------------------------------

def _compile_format(fmt):
    """The format as a list of steps: ('%', directive), (' ', None) for
    whitespace, or ('=', literal character)."""
    steps = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%":
            if i + 1 == n:
                raise ValueError("stray %% in format '%s'" % fmt)
            directive = fmt[i + 1]
            if directive == "%":
                steps.append(("=", "%"))
            elif directive in _DIRECTIVES:
                steps.append(("%", directive))
            elif directive in _COMPOSITES:
                steps.extend(_compile_format(_COMPOSITES[directive]))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (directive, fmt))
            i += 2
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            steps.append((" ", None))
        else:
            steps.append(("=", ch.lower()))
            i += 1
    return steps


def _match_steps(steps, k, text, pos, found):
    """Match steps[k:] at text[pos:], filling found; the end position, or -1."""
    if k == len(steps):
        return pos
    kind, arg = steps[k]
    if kind == "=":
        if text[pos:pos + 1].lower() != arg:
            return -1
        return _match_steps(steps, k + 1, text, pos + 1, found)
    if kind == " ":
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        while end > pos:                    # \s+ is greedy: most whitespace first
            result = _match_steps(steps, k + 1, text, end, found)
            if result >= 0:
                return result
            end -= 1
        return -1
    for end, value in _DIRECTIVES[arg](text, pos):
        found[arg] = value
        result = _match_steps(steps, k + 1, text, end, found)
        if result >= 0:
            return result
    found.pop(arg, None)
    return -1


# ---- from the matched fields to a date --------------------------------------------------------

def _julian_from_week(year, week, weekday, week_starts_monday):
    """The day of the year of weekday (Monday 0) in week of year, where week
    1 begins on the year's first Monday (%W) or Sunday (%U); days before it
    are week 0."""
    first_weekday = _date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week_0_length + (week - 1) * 7 + weekday


def _weekday(found):
    """The day of the week the text named (Monday 0), or None."""
    if "A" in found:
        return found["A"]
    if "a" in found:
        return found["a"]
    if "w" in found:
        return (found["w"] - 1) % 7
    if "u" in found:
        return found["u"] - 1
    return None


def _isdst(found):
    """-1 unless %Z named a zone: 0 for a standard one, 1 for summer time
    (unknown again when the local zone's two names are the same)."""
    if "Z" not in found:
        return -1
    zone = found["Z"].lower()
    standard, summer = _zone_names()
    if _time.tzname[0] == _time.tzname[1] and _time.daylight and zone not in ("utc", "gmt"):
        return -1
    if zone in standard:
        return 0
    return 1 if zone in summer else -1


def _strptime(text, fmt="%a %b %d %H:%M:%S %Y"):
    """text parsed under fmt, as the module's docstring describes."""
    for index, arg in enumerate((text, fmt)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    found = {}
    end = _match_steps(_compile_format(fmt), 0, text, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if end != len(text):
        raise ValueError("unconverted data remains: %s" % text[end:])
    year = found.get("Y")
    if year is None and "y" in found:
        # Two-digit years: 69..99 are 1969..1999, 00..68 are 2000..2068 (POSIX).
        year = found["y"] + (2000 if found["y"] <= 68 else 1900)
    month = found.get("m", 1)
    if "B" in found:
        month = found["B"] + 1
    elif "b" in found:
        month = found["b"] + 1
    day = found.get("d", 1)
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12
        if found.get("p") == 1:             # pm
            hour += 12
    microseconds = int(found["f"].ljust(6, "0")) if "f" in found else 0
    gmtoff = gmtoff_us = None
    if "z" in found:
        sign, seconds, us = found["z"]
        gmtoff, gmtoff_us = sign * seconds, sign * us
    # No year: 1900, but Feb 29 needs a leap year to be checked (then 1900
    # again, which datetime's constructor refuses, as CPython's does).
    leap_day_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day_fix else 1900
    weekday = _weekday(found)
    julian = found.get("j")
    if julian is None and weekday is not None and ("U" in found or "W" in found):
        monday_first = "W" in found
        julian = _julian_from_week(year, found["W" if monday_first else "U"], weekday, monday_first)
        if julian <= 0:                     # in the year before
            year -= 1
            julian += _date(year + 1, 1, 1).toordinal() - _date(year, 1, 1).toordinal()
    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        moment = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = moment.year, moment.month, moment.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_day_fix:
        year = 1900
    fields = (year, month, day, hour, found.get("M", 0), found.get("S", 0), weekday, julian,
              _isdst(found), found.get("Z"), gmtoff)
    return fields, microseconds, gmtoff_us


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time, its zone fields (tm_zone, tm_gmtoff)
    from %Z and %z."""
    return _time.struct_time(_strptime(data_string, format)[0])
