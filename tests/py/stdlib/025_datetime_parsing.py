# Reading dates back: strptime's common directives and fromisoformat's forms.
from datetime import date, datetime, time


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "datetime.strptime('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S')", "datetime.strptime('2020-1-5', '%Y-%m-%d')",
    "datetime.strptime('  2020-03-04 05:06:07.5 pm', ' %Y-%m-%d %I:%M:%S.%f %p')", "datetime.strptime('Tue, 05 Mar 19', '%a, %d %b %y')",
    "datetime.strptime('1212', '%m%d')", "datetime.strptime('July 4 1776 noon', '%B %d %Y noon')", "datetime.strptime('MARCH 5', '%B %d')",
    "datetime.strptime('Mon Jan  6 10:00:00 2020', '%a %b %d %H:%M:%S %Y')", "datetime.strptime('2020 366', '%Y %j')",
    "datetime.strptime('12am', '%I%p')", "datetime.strptime('12 PM', '%I %p')", "datetime.strptime('3 pm', '%H %p')",
    "datetime.strptime('2020-01-01T10:00:00.123', '%Y-%m-%dT%H:%M:%S.%f')", "datetime.strptime('100%', '%H%%')",
    "datetime.strptime('99', '%y')", "datetime.strptime('68', '%y')", "datetime.strptime('1', '%j')", "datetime.strptime('5', '%H')",
    "datetime.strptime('2020  01', '%Y %m')", "datetime.strptime('Thursday 2020', '%A %Y')", "datetime.strptime('June 2020', '%b %Y')",
    "datetime.strptime('2020-01-01 +0130', '%Y-%m-%d %z')", "datetime.strptime('2020-01-01 Z', '%Y-%m-%d %z')",
    "datetime.strptime('2020-01-01 10:00 +05:30:15.5', '%Y-%m-%d %H:%M %z')", "datetime.strptime('', '')",
    "datetime.strptime('20', '%Y')", "datetime.strptime('2020x', '%Y')", "datetime.strptime('202001', '%Y %m')",
    "datetime.strptime('2020', '%Q')", "datetime.strptime('2020', '%')", "datetime.strptime(5, '%Y')", "datetime.strptime('x', 'X')",
    "datetime.strptime('02-29', '%m-%d')", "datetime.strptime('2023-02-30', '%Y-%m-%d')", "datetime.strptime('10:61', '%H:%S')",
    "datetime.strptime('a', '')", "datetime.strptime('13/2020', '%m/%Y')",
    # fromisoformat
    "date.fromisoformat('2020-01-01')", "date.fromisoformat('20200101')", "date.fromisoformat('2020-W01-2')", "date.fromisoformat('2020W012')",
    "date.fromisoformat('2020-1-1')", "date.fromisoformat('2020-13-01')", "date.fromisoformat('2020-02-30')", "date.fromisoformat(5)",
    "date.fromisoformat('2020-W00')", "date.fromisoformat('2020-W01-8')", "date.fromisoformat('0000-01-01')",
    "time.fromisoformat('12:30')", "time.fromisoformat('T12:30')", "time.fromisoformat('12')", "time.fromisoformat('1230')",
    "time.fromisoformat('12:30:45,5+05:30')", "time.fromisoformat('12:30:45.123456789Z')", "time.fromisoformat('12:00:00.1')",
    "time.fromisoformat('')", "time.fromisoformat('12:30:')", "time.fromisoformat('12:3045')", "time.fromisoformat('12.5')",
    "datetime.fromisoformat('2020-01-01')", "datetime.fromisoformat('2020-01-01T12')", "datetime.fromisoformat('2020-01-01 12:30Z')",
    "datetime.fromisoformat('20200101T123045.5+0100')", "datetime.fromisoformat('2020-W01-2T10')", "datetime.fromisoformat('2020W013')",
    "datetime.fromisoformat('2020-01-01T01:02:03.004-05:00')", "datetime.fromisoformat('2020-01-01T12:30+05')",
    "datetime.fromisoformat('2020-01-01T')", "datetime.fromisoformat('2020-01-01T25:00')", "datetime.fromisoformat('2020-01-01T10:00+25:00')",
    "datetime.fromisoformat('2021-W53')", "datetime.fromisoformat('2020-01-01X12')",
]:
    show(expr)

# Round trips: isoformat() and strftime() read back.
for value in [datetime(2020, 2, 29, 23, 59, 59, 999999), datetime(1999, 1, 1), datetime(2024, 7, 4, 12, 0, 0, 500)]:
    print(datetime.fromisoformat(value.isoformat()) == value,
          datetime.strptime(value.strftime("%Y-%m-%d %H:%M:%S.%f"), "%Y-%m-%d %H:%M:%S.%f") == value)
