# timedelta: construction from every unit (ints and floats), normalisation,
# repr/str, arithmetic with ints, floats and timedeltas, comparison, errors.
from datetime import timedelta


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "timedelta()", "timedelta(1)", "timedelta(days=1, seconds=3600)", "timedelta(hours=25)",
    "timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)",
    "timedelta(microseconds=-1)", "timedelta(seconds=-0.5)", "timedelta(days=1, hours=1, seconds=-0.5)",
    "timedelta(microseconds=1.5)", "timedelta(microseconds=2.5)", "timedelta(seconds=0.5, microseconds=0.5)",
    "timedelta(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)", "timedelta(weeks=-1.25, minutes=7.777)",
    "timedelta(days=0.1)", "timedelta(milliseconds=-0.0005)", "timedelta(True)",
    "timedelta(days='a')", "timedelta(1000000000)", "timedelta(-1000000000)", "timedelta(weeks=2**40)",
    "timedelta(seconds=float('nan'))", "timedelta.max + timedelta(microseconds=1)",
    "timedelta.min", "timedelta.max", "timedelta.resolution",
    "timedelta(1, 2, 3).days", "timedelta(1, 2, 3).seconds", "timedelta(1, 2, 3).microseconds",
    "timedelta(hours=1).total_seconds()", "timedelta(days=-1, microseconds=1).total_seconds()",
    "str(timedelta(0))", "str(timedelta(days=1, hours=1))", "str(timedelta(days=2, seconds=5))",
    "str(timedelta(days=-1, seconds=86399, microseconds=500000))", "str(-timedelta(days=3, seconds=5))",
    "str(timedelta(microseconds=1))", "str(timedelta(days=-1))", "str(timedelta.max)",
    # arithmetic
    "timedelta(1) + timedelta(hours=1)", "timedelta(1) - timedelta(hours=1)", "-timedelta(hours=1)",
    "+timedelta(hours=1)", "abs(timedelta(-1))", "abs(timedelta(1))",
    "timedelta(hours=1) * 2", "2 * timedelta(hours=1)", "timedelta(hours=1) * 2.5", "0.5 * timedelta(hours=1)",
    "timedelta(1) * 1.5", "timedelta(1) * -0.3", "timedelta(hours=1) * float('inf')",
    "timedelta(1) / 3", "timedelta(1) / 7", "timedelta(1) / 0.7", "timedelta(hours=-1) / 7",
    "timedelta(hours=1) / 3.0", "timedelta(1) / timedelta(hours=5)", "timedelta(seconds=1) // 3",
    "timedelta(days=-10) // 3", "timedelta(hours=-1) // timedelta(minutes=7)",
    "timedelta(days=10) % timedelta(days=3)", "divmod(timedelta(days=10), timedelta(days=3))",
    "divmod(timedelta(hours=-1), timedelta(minutes=7))",
    "timedelta(1) / 0", "timedelta(1) // 0", "timedelta(1) / timedelta(0)", "timedelta(1) % timedelta(0)",
    "timedelta(1) + 1", "1 + timedelta(1)", "timedelta(1) - 1", "timedelta(1) * timedelta(1)",
    "timedelta(1) * 'a'", "timedelta(1) / 'a'", "divmod(timedelta(1), 0)",
    "sum([timedelta(1), timedelta(2)], timedelta())",
    # comparison, hashing, truth
    "timedelta(1) == timedelta(hours=24)", "timedelta(1) != timedelta(2)", "timedelta(1) < timedelta(2)",
    "timedelta(-1) >= timedelta(0)", "timedelta(1) == 1", "timedelta(0) == 0", "timedelta(1) < 1",
    "1 > timedelta(1)" if False else "timedelta(1) >= None",
    "max(timedelta(1), timedelta(hours=30))", "sorted([timedelta(3), timedelta(-1), timedelta(0)])",
    "hash(timedelta(1)) == hash(timedelta(hours=24))", "len({timedelta(1), timedelta(hours=24)})",
    "bool(timedelta(0))", "bool(timedelta(microseconds=1))",
]:
    show(expr)


class Span(timedelta):
    pass


print(Span(1), type(Span(1)).__name__, type(Span(1) + Span(2)).__name__)
print(type(timedelta(1)).__module__, timedelta.__name__, timedelta.__qualname__)
import copy
print(copy.copy(timedelta(3)), copy.deepcopy(timedelta(0, 5)), timedelta(1, 2, 3).__reduce__())
