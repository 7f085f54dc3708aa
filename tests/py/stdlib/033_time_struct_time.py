import time
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff, t.tm_wday, t.tm_yday)
print(type(t), type(t).__name__, type(t).__module__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%a %A %b %B %j %p', t))
print(time.asctime(t), time.asctime(time.gmtime(0)))
print(tuple(t), t == tuple(t), t[:3], list(t)[-1])
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    time.struct_time(range(12))
except TypeError as e:
    print(e)
try:
    t.tm_year = 5
except AttributeError as e:
    print(e)
lt = time.localtime(1700000000)
print(time.mktime(lt))
print(time.ctime(1700000000) == time.asctime(lt))
print(isinstance(time.localtime(), time.struct_time), isinstance(time.localtime(), tuple))
print(type(time.timezone), type(time.tzname), len(time.tzname), time.daylight in (0, 1))
print(time.strftime('%Y', time.localtime()) == str(time.localtime().tm_year))
x = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, 'UTC', 0))
print(x.tm_zone, x.tm_gmtoff, len(x), x.__reduce__())
import copy
print(copy.copy(x) == x)
