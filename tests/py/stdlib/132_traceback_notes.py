# Exception notes (add_note), attributes on built-in exceptions, and the
# calling forms of traceback.format_exception.
import sys
import traceback

e = ValueError("bad")
e.add_note("first note")
e.add_note("second\nnote")
print(e.__notes__)
print(traceback.format_exception_only(e))
try:
    e.add_note(3)
except TypeError as err:
    print(err)
k = KeyError("k")
k.__notes__ = "not a list"
try:
    k.add_note("x")
except TypeError as err:
    print(err)

v = ValueError(1)
v.detail = "extra"
print(v.__dict__, v.detail)
print(v.__reduce__())


def fail():
    raise TypeError("boom")


try:
    fail()
except TypeError as err:
    caught = err
    print(traceback.format_exc(limit=0), end="")

for call in (lambda: traceback.format_exception(caught, None),
             lambda: traceback.format_exception(caught, value=caught),
             lambda: traceback.format_exception(3)):
    try:
        call()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(traceback.format_exception(None))
print(len(traceback.format_exception(type(caught), caught, caught.__traceback__)))


def where():
    return traceback.format_stack(limit=1)[0].splitlines()


print(where()[1].strip())
print(traceback.extract_stack(limit=1)[0].name)

try:
    try:
        1 / 0
    except ZeroDivisionError as err:
        err.add_note("while dividing")
        raise
except ZeroDivisionError as err:
    lines = traceback.format_exception(err)
    print(lines[-2:])
sys.stderr = sys.stdout
note = RuntimeError("at the end")
note.add_note("printed after the message")
raise note
