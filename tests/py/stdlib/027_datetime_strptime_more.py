# strptime's composite directives (%c %x %X in the C locale), zone names
# (%Z: UTC, GMT, the local names), weekday numbers (%w %u), escaped %%.
from datetime import datetime


def show(text, fmt):
    try:
        print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))
    except Exception as e:
        print(repr(text), repr(fmt), "!!", type(e).__name__, e)


for text, fmt in [
    ("Mon Jan  6 10:00:00 2020", "%c"), ("Mon Jan 6 10:00:00 2020", "%c"), ("01/06/20", "%x"),
    ("10:11:12", "%X"), ("3 2020", "%w %Y"), ("7", "%u"), ("8", "%u"), ("2020 UTC", "%Y %Z"),
    ("2020 gmt +0100", "%Y %Z %z"), ("2020 Utc", "%Y %Z"), ("2020 XYZ", "%Y %Z"), ("%c", "%%c"),
    ("1 %x", "%d %%x"), ("2020-06-01 12:00 +02:00 UTC", "%Y-%m-%d %H:%M %z %Z"),
]:
    show(text, fmt)
