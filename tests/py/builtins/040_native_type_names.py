import re, _thread, time, sys
for o in [re.compile('a'), re.match('a','a'), _thread.allocate_lock(), time.gmtime(0), sys.version_info, exit]:
    try: len(o)
    except TypeError as e: print(e)
    try: o + 1
    except TypeError as e: print(e)
    try: o.nope
    except AttributeError as e: print(e)
print(type.__module__, int.__module__, type(exit).__module__, type(exit))
