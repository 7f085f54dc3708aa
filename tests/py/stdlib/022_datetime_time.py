# time of day: fields and their checks, isoformat with timespec, repr,
# replace, comparison (naive and aware), strftime and format.
from datetime import time, timezone, timedelta


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "time()", "time(12, 30)", "time(0, 0, 5)", "time(1, 2, 3, 4)", "time(hour=23, minute=59, second=59, microsecond=999999)",
    "time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1)", "time(24)", "time(1, 60)", "time(1, 1, 60)", "time(1, 1, 1, 1000000)",
    "time(-1)", "time(fold=2)", "time(tzinfo=5)", "time(1.5)", "time.min", "time.max", "time.resolution",
    "time(1, 2, 3, 4).hour, time(1, 2, 3, 4).minute, time(1, 2, 3, 4).second, time(1, 2, 3, 4).microsecond",
    "time(1).tzinfo, time(1).fold", "str(time(12, 30))", "str(time(12, 30, 0, 5))",
    "time(12, 30).isoformat('hours')", "time(12, 30).isoformat(timespec='minutes')", "time(12, 30, 15, 123456).isoformat('milliseconds')",
    "time(12, 30).isoformat('microseconds')", "time(12, 30).isoformat('x')", "time(1, tzinfo=timezone(timedelta(hours=-2))).isoformat()",
    "time(1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=7))).isoformat()",
    "time(1).utcoffset(), time(1).dst(), time(1).tzname()", "time(1, tzinfo=timezone.utc).utcoffset()", "time(1, tzinfo=timezone.utc).tzname()",
    "time(12).replace(minute=30)", "time(1, 2).replace(hour=5, tzinfo=timezone.utc)", "time(1, tzinfo=timezone.utc).replace(tzinfo=None)",
    "time(1, 2).replace(fold=1)", "time(1).replace(hour=24)",
    "time(1, 2, 3).strftime('%H %M %S %f %z %Z|%%f|%p %I')", "time(13, 5, tzinfo=timezone.utc).strftime('%H:%M %z %Z')",
    "format(time(5), '%H')", "format(time(5, 6), '')", "f'{time(17, 45):%I:%M %p}'",
    "time(1) < time(2)", "time(1, 2, 3, 4) > time(1, 2, 3)", "time(1) == time(1, 0)", "time(1) != time(1)", "time(1) < 5", "time(1) == 5",
    "time(1) == time(1, tzinfo=timezone.utc)", "time(1) < time(1, tzinfo=timezone.utc)",
    "time(1, 2, 3, tzinfo=timezone.utc) == time(3, 2, 3, tzinfo=timezone(timedelta(hours=2)))",
    "time(5, tzinfo=timezone(timedelta(hours=6))) < time(1, tzinfo=timezone.utc)",
    "hash(time(1)) == hash(time(1, 0, 0))", "hash(time(3, tzinfo=timezone(timedelta(hours=2)))) == hash(time(1, tzinfo=timezone.utc))",
    "bool(time(0))", "sorted([time(5), time(1, 30), time(1)])",
]:
    show(expr)
