# time.strptime: struct_time with weekday and day of year computed, the
# zone fields from %Z/%z, and CPython's errors (shared with datetime.strptime).
import time

cases = [
    ('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'),
    ('Tue Mar  5 10:11:12 2024', None),
    ('2024 5', '%Y %j'),
    ('24/12/31', '%y/%m/%d'),
    ('69', '%y'),
    ('12:30 pm', '%I:%M %p'),
    ('12:30 AM', '%I:%M %p'),
    ('10 +0130', '%H %z'),
    ('1999 -05:30:10.5', '%Y %z'),
    ('10 UTC', '%H %Z'),
    ('2024 10 1', '%Y %W %w'),
    ('2024 0 1', '%Y %U %w'),
    ('2023 0 0', '%Y %U %w'),
    ('2021 0 0', '%Y %W %w'),
    ('Feb 29', '%b %d'),
    ('Mon 2024-03-05', '%a %Y-%m-%d'),
    ('March 5 2024', '%B %d %Y'),
    ('2024   7', '%Y %m'),
    ('100%', '100%%'),
    ('03/05/24 10:11:12', '%x %X'),
    ('7', '%u'),
]
for text, fmt in cases:
    t = time.strptime(text) if fmt is None else time.strptime(text, fmt)
    print(repr(text), tuple(t), t.tm_zone, t.tm_gmtoff)

print(type(time.strptime('2024', '%Y')), time.strptime('2024', '%Y').n_fields)

bad = [
    ('2024-13-01', '%Y-%m-%d'),
    ('2024-02-30', '%Y-%m-%d'),
    ('2024 x', '%Y'),
    ('2024', '%Y %'),
    ('2024', '%Q'),
    (5, '%Y'),
    ('2024', None),
    ('31', '%d extra'),
]
for text, fmt in bad:
    try:
        time.strptime(text, fmt) if fmt is not None else time.strptime(text, 5)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
