# datetime: constructor, parts, text forms (repr drops zero seconds and
# microseconds), timestamps, arithmetic and comparison, subclassing.
from datetime import date, datetime, time, timedelta, timezone
import time as _time


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "datetime(2020, 1, 1)", "datetime(2020, 1, 1, 5)", "datetime(2020, 1, 1, 5, 6, 7)", "datetime(2020, 1, 1, 5, 6, 0, 8)",
    "datetime(2020, 1, 1, 1, 2, 3, 4, tzinfo=timezone.utc, fold=1)", "datetime(2020, 1, 1, fold=1)",
    "datetime(2020, 2, 30)", "datetime(2020, 1, 1, 24)", "datetime(2020, 1, 1, tzinfo=5)", "datetime(2020, 1)", "datetime()",
    "datetime.min", "datetime.max", "datetime.resolution",
    "datetime(2020, 1, 1, 1, 2, 3, 4).hour", "datetime(2020, 1, 1, 1, 2, 3, 4).date()", "datetime(2020, 1, 1, 1, 2, 3, 4, timezone.utc).time()",
    "datetime(2020, 1, 1, 1, 2, 3, 4, timezone.utc).timetz()", "datetime(2020, 1, 1).weekday()", "datetime(2020, 1, 1).toordinal()",
    "datetime.combine(date(2020, 1, 1), time(1, 2))", "datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc))",
    "datetime.combine(date(2020, 1, 1), time(1, 2), timezone.utc)", "datetime.combine(datetime(2020, 1, 1, 5), time(1))",
    "datetime.combine(5, time())", "datetime.combine(date(2020, 1, 1), 5)",
    "datetime(2020, 1, 1).isoformat()", "datetime(2020, 1, 1, 1, 2, 3, 4560).isoformat()", "datetime(2020, 1, 1).isoformat(' ', 'minutes')",
    "datetime(2020, 1, 1).isoformat(timespec='hours')", "datetime(2020, 1, 1, 1, 2, 3, 4560).isoformat(timespec='milliseconds')",
    "datetime(2020, 1, 1).isoformat(timespec='x')", "datetime(2020, 1, 1).isoformat('ab')",
    "str(datetime(2020, 1, 1, 1, 2, 3, 4560, tzinfo=timezone.utc))", "str(datetime(2020, 1, 1))",
    "datetime(2020, 5, 17, 13, 5).ctime()", "datetime(2020, 1, 1, 5, 6, 7, 8).strftime('%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %I %y %w %%')",
    "datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-3, seconds=-5), 'X%Y')).strftime('%z %Z %f')",
    "format(datetime(2020, 1, 1, 5), '')", "format(datetime(2020, 1, 1, 5), '%d/%m')", "f'{datetime(2020, 1, 1, 13):%I %p}'",
    "datetime(2020, 1, 1).replace(year=2021, hour=3)", "datetime(2020, 1, 1).replace(tzinfo=timezone.utc)",
    "datetime(2020, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)", "datetime(2020, 2, 29).replace(year=2021)",
    "datetime(2020, 1, 1, tzinfo=timezone.utc).timetuple()", "datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))).utctimetuple()",
    "datetime(2020, 3, 1, 12).timetuple()",
    "datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp()", "datetime(2020, 1, 1, 12, 30, 15, 250000, tzinfo=timezone.utc).timestamp()",
    "datetime(1, 1, 1, tzinfo=timezone.utc).timestamp()", "datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp()",
    "datetime.utcfromtimestamp(1700000000.123456)", "datetime.utcfromtimestamp(-1.5)", "datetime.utcfromtimestamp(0.0000005)",
    "datetime.utcfromtimestamp(0.0000015)", "datetime.utcfromtimestamp(float('nan'))", "datetime.fromtimestamp(0, timezone.utc)",
    "datetime.fromtimestamp(1.5, timezone(timedelta(hours=1)))", "datetime.fromtimestamp(0, 5)",
    # arithmetic
    "datetime(2020, 1, 1) + timedelta(days=1, hours=25, microseconds=1000001)", "timedelta(hours=1) + datetime(2020, 1, 1)",
    "datetime(2020, 3, 1) - timedelta(microseconds=1)", "datetime(2020, 1, 1) - datetime(2019, 12, 31, 23, 59, 59, 999999)",
    "datetime(2019, 1, 1) - datetime(2020, 1, 1, 0, 0, 0, 1)", "datetime(9999, 12, 31, 23) + timedelta(hours=1)",
    "datetime(1, 1, 1) - timedelta(microseconds=1)", "datetime(2020, 1, 1) + 1", "datetime(2020, 1, 2) - date(2020, 1, 1)",
    "datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(hours=1)",
    # comparison
    "datetime(2020, 1, 1) == datetime(2020, 1, 1, 0)", "datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 0, 1)",
    "datetime(2020, 1, 1) == date(2020, 1, 1)", "datetime(2020, 1, 1) != date(2020, 1, 1)", "datetime(2020, 1, 1) > date(2020, 1, 1)",
    "datetime(2020, 1, 1) < 5", "datetime(2020, 1, 1) == 5", "datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1)",
    "hash(datetime(2020, 1, 1, 5)) == hash(datetime(2020, 1, 1, 5, fold=1))",
    "sorted([datetime(2020, 1, 1, 5), datetime(2020, 1, 1), datetime(2019, 12, 31, 23)])",
]:
    show(expr)

# now(), today(), utcnow(), fromtimestamp(): relations only.
t = _time.time()
now = datetime.now()
print(type(now).__name__, type(datetime.today()).__name__, type(datetime.utcnow()).__name__)
print(abs(now.timestamp() - t) < 5, abs(datetime.fromtimestamp(t).timestamp() - t) < 1e-5)
print(datetime.fromtimestamp(1700000000).timestamp(), datetime.fromtimestamp(1700000000.25).timestamp())
print(datetime.now(timezone.utc).tzinfo, abs(datetime.now(timezone.utc).timestamp() - t) < 5)
print(datetime.fromtimestamp(1700000000) - datetime.utcfromtimestamp(1700000000) == timedelta(seconds=_time.localtime(1700000000).tm_gmtoff))


class Stamp(datetime):
    def label(self):
        return self.strftime("%Y%m%d")


s = Stamp(2020, 1, 1, 5)
print(repr(s), s.label(), type(s + timedelta(hours=1)).__name__, (s + timedelta(hours=1)).label())
print(type(Stamp.combine(date(2020, 1, 1), time(1))).__name__, type(Stamp.fromisoformat("2020-01-01")).__name__)
print(type(s.replace(hour=1)).__name__, type(s.date()).__name__, isinstance(s, date), Stamp.__mro__[1:])
import copy
print(repr(copy.copy(datetime(2020, 1, 1, 1))), repr(copy.deepcopy(datetime(2020, 1, 1, tzinfo=timezone.utc))))
print(copy.copy(datetime(2020, 1, 1, fold=1)).fold)
