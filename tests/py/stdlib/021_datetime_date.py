# date: validation messages, the calendar (ordinals, weekdays, ISO weeks),
# text forms, arithmetic, comparison with other types.
from datetime import date, datetime, timedelta
import time


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "date(1990, 1, 1)", "date(year=1990, month=1, day=1)", "date(2020, 2, 29)",
    "date(0, 1, 1)", "date(10000, 1, 1)", "date(2020, 13, 1)", "date(2020, 0, 1)", "date(2019, 2, 29)",
    "date(2020, 4, 31)", "date(2020.0, 1, 1)", "date('2020', 1, 1)", "date(2020, 1)", "date(2020)", "date()",
    "date.min", "date.max", "date.resolution",
    "date(2020, 1, 1).year, date(2020, 1, 1).month, date(2020, 1, 1).day",
    "date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal()", "date(2020, 1, 1).toordinal()",
    "date.fromordinal(737425)", "date.fromordinal(1)", "date.fromordinal(0)", "date.fromordinal(3652060)",
    "date(2020, 1, 1).weekday(), date(2020, 1, 1).isoweekday(), date(2020, 1, 5).isoweekday()",
    "date(2024, 1, 2).isocalendar()", "date(2020, 12, 31).isocalendar()", "date(2021, 1, 3).isocalendar()",
    "date(2026, 12, 31).isocalendar()", "date(2008, 12, 29).isocalendar()", "tuple(date(2020, 12, 31).isocalendar())",
    "date(2020, 1, 1).isocalendar().week", "date(2020, 1, 1).isocalendar()[0]",
    "date.fromisocalendar(2020, 53, 7)", "date.fromisocalendar(2021, 53, 1)", "date.fromisocalendar(2021, 1, 0)",
    "date(2000, 2, 29).timetuple()", "date(2020, 3, 1).timetuple().tm_yday",
    "date(2020, 1, 1).isoformat()", "str(date(5, 6, 7))", "date(2020, 5, 7).ctime()",
    "date(2020, 1, 1).strftime('%Y/%m/%d %a %A %b %B %j %U %w %%')", "date(2020, 1, 1).strftime('%H:%M:%S %f [%z] [%Z]')",
    "format(date(2020, 1, 1), '%A')", "format(date(2020, 1, 1), '')", "'{:%Y-%m}'.format(date(2020, 3, 1))",
    "f'{date(2020, 3, 1):%d.%m.%Y}'", "date(2020, 1, 1).strftime(5)", "date(2020, 1, 1).__format__(5)",
    "date(2020, 1, 31).replace(month=2, day=29)", "date(2020, 2, 29).replace(year=2021)", "date(2020, 1, 1).replace(month=13)",
    # arithmetic
    "date(2020, 1, 1) + timedelta(days=31)", "date(2020, 1, 1) + timedelta(hours=47)", "timedelta(1) + date(2020, 1, 1)",
    "date(2020, 3, 1) - timedelta(1)", "date(2020, 3, 1) - date(2020, 2, 1)", "date(2019, 1, 1) - date(2020, 1, 1)",
    "date(9999, 12, 31) + timedelta(1)", "date(1, 1, 1) - timedelta(1)", "date(2020, 1, 1) + 1", "1 + date(2020, 1, 1)",
    "date(2020, 1, 1) - 5", "1 - date(2020, 1, 1)", "date(2020, 1, 2) - datetime(2020, 1, 1)",
    # comparison
    "date(2020, 1, 1) == date(2020, 1, 1)", "date(2020, 1, 1) != date(2020, 1, 2)", "date(2020, 1, 1) < date(2020, 1, 2)",
    "date(2020, 1, 1) >= date(2020, 1, 1)", "date(2020, 1, 1) == 5", "date(2020, 1, 1) < 5", "date(2020, 1, 1) > 'x'",
    "date(2020, 1, 1) <= None", "date(2020, 1, 1) == datetime(2020, 1, 1)", "date(2020, 1, 1) < datetime(2020, 1, 1)",
    "sorted([date(2020, 1, 3), date(2019, 5, 1), date(2020, 1, 1)])", "hash(date(2020, 1, 1)) == hash(date(2020, 1, 1))",
    "{date(2020, 1, 1): 'new year'}[date(2020, 1, 1)]",
]:
    show(expr)

# today() and fromtimestamp(): only their types and relations are stable.
today = date.today()
print(type(today).__name__, today == date.fromtimestamp(time.time()) or today < date.fromtimestamp(time.time()))
print(date.fromtimestamp(86400 * 365.5) - date.fromtimestamp(86400 * 364.5))


class Birthday(date):
    def age_on(self, other):
        return other.year - self.year


b = Birthday(1990, 1, 1)
print(b, repr(b), type(b + timedelta(1)).__name__, b.age_on(date(2020, 6, 1)), type(Birthday.fromordinal(5)).__name__)
print(type(b.replace(year=1991)).__name__, type(b.isocalendar()).__name__, type(date(1, 1, 1)).__module__)
import copy
print(copy.copy(date(2020, 1, 1)), copy.deepcopy(Birthday(2000, 2, 3)))
