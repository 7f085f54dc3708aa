# traceback: print_exc, format_exc, extract_tb/extract_stack, format_exception(_only),
# TracebackException, chains, recursion compaction -- the same lines as the interpreter prints.
import sys
import traceback


def inner(d):
    return d["missing"] + 1


def outer():
    return inner({})


try:
    outer()
except KeyError:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print(s.splitlines()[-1], len(s.splitlines()))
    et, ev, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.filename.endswith("tb1.py"), fs.lineno, fs.name, fs.line, repr(fs)[:14])
    print(traceback.format_exception_only(et, ev))
    print(traceback.format_exception_only(ev))
    print(len(traceback.format_exception(ev)), len(traceback.format_tb(tb)))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()) == "".join(traceback.format_exception(e)))
    print(list(te.format_exception_only()))


def where():
    return traceback.extract_stack()


for fs in where():
    print(fs.name, fs.lineno, fs.line)
print("".join(traceback.format_stack()).count("File"))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    undefined_name
except NameError as e:
    print(traceback.format_exception_only(e))


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)


try:
    rec(10)
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
print(traceback.format_exception_only(None))
