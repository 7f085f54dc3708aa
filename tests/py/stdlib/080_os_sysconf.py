# os.sysconf and os.sysconf_names (what psutil reads the page size with).
import os

print(os.sysconf('SC_PAGE_SIZE') == os.sysconf('SC_PAGESIZE') == os.sysconf(os.sysconf_names['SC_PAGESIZE']))
print(os.sysconf('SC_PAGE_SIZE') > 0, os.sysconf('SC_CLK_TCK') > 0)
print(os.sysconf('SC_NPROCESSORS_ONLN') == os.cpu_count())
print(type(os.sysconf_names), all(isinstance(v, int) for v in os.sysconf_names.values()))
for bad in ('SC_NO_SUCH_NAME', 1.5, None, -12345):
    try:
        os.sysconf(bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
