# importlib.import_module by absolute and relative name, reload running a
# module's source again in its namespace, and the errors.
import importlib, sys
m = importlib.import_module("pkg.mod")
print(m.__name__, m.counter, sys.modules["pkg.mod"] is m)
print(importlib.import_module("..mod", "pkg.sub").__name__)
print(importlib.import_module(".mod", "pkg") is m)
r = importlib.reload(m)
print(r is m, m.counter)
print(importlib.import_module("json").__name__, importlib.reload(sys) is sys)
for call in (lambda: importlib.import_module(".mod"), lambda: importlib.import_module("nope_nope"),
             lambda: importlib.import_module(""), lambda: importlib.reload(5),
             lambda: importlib.import_module("...x", "pkg")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
