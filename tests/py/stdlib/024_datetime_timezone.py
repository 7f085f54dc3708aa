# tzinfo and timezone: fixed offsets, utc, names, aware arithmetic and
# comparison, astimezone between fixed zones and local time, a tzinfo subclass.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC
import datetime as dt_module


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class Bad(tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 5
    def dst(self, dt): return 5


class Big(tzinfo):
    def utcoffset(self, dt): return timedelta(days=1)


class Eastern(tzinfo):
    """A toy US Eastern zone: DST from the second Sunday of March to the first of November."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        start += timedelta(6 - start.weekday())
        end = datetime(dt.year, 11, 1, 1)
        end += timedelta(6 - end.weekday())
        if start <= dt.replace(tzinfo=None) < end:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


EST = Eastern()
for expr in [
    "timezone.utc", "UTC is timezone.utc", "timezone(timedelta(0))", "timezone(timedelta(0), 'UTC')", "timezone(timedelta(hours=1))",
    "timezone(timedelta(hours=1), 'X')", "timezone(timedelta(hours=-5, minutes=-30))", "timezone.min", "timezone.max",
    "timezone(5)", "timezone(timedelta(hours=24))", "timezone(timedelta(0), 5)",
    "str(timezone.utc)", "str(timezone(timedelta(hours=5, minutes=30)))", "str(timezone(timedelta(hours=-5, seconds=-30, microseconds=-5)))",
    "timezone(timedelta(hours=5)).tzname(None)", "timezone(timedelta(hours=1), 'CET').tzname(None)",
    "timezone.utc.utcoffset(None)", "timezone.utc.dst(None)", "timezone.utc.utcoffset(5)", "timezone.utc.tzname(5)",
    "timezone.utc.fromutc(datetime(2020, 1, 1))", "timezone.utc == timezone(timedelta(0), 'Z')",
    "timezone(timedelta(hours=1)) != timezone(timedelta(hours=2))", "timezone.utc == 5",
    "hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'A'))", "isinstance(timezone.utc, tzinfo)",
    "tzinfo().utcoffset(None)", "tzinfo().tzname(None)", "tzinfo().dst(None)", "tzinfo().fromutc(5)",
    "datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()", "datetime(2020, 1, 1, tzinfo=Bad()).tzname()",
    "datetime(2020, 1, 1, tzinfo=Bad()).dst()", "datetime(2020, 1, 1, tzinfo=Big()).utcoffset()",
    # aware datetimes
    "datetime(2020, 1, 1, tzinfo=timezone.utc).utcoffset()", "datetime(2020, 1, 1, tzinfo=timezone.utc).tzname()",
    "datetime(2020, 1, 1).tzname()", "datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=1))).isoformat()",
    "datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=5))) == datetime(2020, 1, 1, 7, tzinfo=timezone.utc)",
    "datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=5))) < datetime(2020, 1, 1, 7, 1, tzinfo=timezone.utc)",
    "datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc)",
    "datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc)",
    "datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)",
    "datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1)))",
    "len({datetime(2020, 1, 1, 12, tzinfo=timezone.utc), datetime(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))})",
    "datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5))).astimezone(timezone.utc)",
    "datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=1)))",
    "datetime(2020, 6, 1, 12, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-7), 'PDT')).strftime('%H:%M %Z %z')",
    "datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(timezone.utc)", "datetime(2020, 1, 1).astimezone(5)",
    # a zone with daylight saving time
    "datetime(2020, 7, 1, 12, tzinfo=EST).utcoffset()", "datetime(2020, 7, 1, 12, tzinfo=EST).tzname()",
    "datetime(2020, 1, 1, 12, tzinfo=EST).isoformat()", "datetime(2020, 7, 1, 12, tzinfo=EST).dst()",
    "datetime(2020, 7, 1, 16, tzinfo=timezone.utc).astimezone(EST)", "datetime(2020, 1, 1, 17, tzinfo=timezone.utc).astimezone(EST)",
    "datetime(2020, 7, 1, 12, tzinfo=EST).astimezone(timezone.utc)", "datetime(2020, 7, 1, 12, tzinfo=EST).timetuple().tm_isdst",
    "datetime(2020, 7, 1, 12, tzinfo=EST) - datetime(2020, 1, 1, 12, tzinfo=EST)",
    "datetime(2020, 7, 1, 12, tzinfo=EST) - datetime(2020, 7, 1, 16, tzinfo=timezone.utc)",
    "datetime.fromtimestamp(1593619200, EST)", "datetime(2020, 7, 1, 12, tzinfo=EST).strftime('%Z %z')",
]:
    show(expr)

# Local time: only relations that hold in every zone.
local = datetime(2020, 1, 1, 12).astimezone()
print(type(local.tzinfo).__name__, local.replace(tzinfo=None) == datetime(2020, 1, 1, 12))
print(local.astimezone(timezone.utc).astimezone().replace(tzinfo=None) == datetime(2020, 1, 1, 12))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone().timestamp() == 1577836800.0)
print(datetime(2020, 1, 1, 12).timestamp() == local.timestamp())
print(dt_module.MINYEAR, dt_module.MAXYEAR, sorted(n for n in dir(dt_module) if not n.startswith("_") and n != "datetime_CAPI"))
import copy
print(copy.deepcopy(timezone(timedelta(hours=1), "X")), copy.copy(timezone.utc) is timezone.utc)
