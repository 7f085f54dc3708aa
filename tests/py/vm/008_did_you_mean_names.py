# "Did you mean" for an uncaught NameError (CPython 3.11's suggestions): the
# closest of the failing code's local variables, else of its globals, else
# of the builtins.  Each error below is kept, and the last one is raised
# with the others chained before it, so the report prints them all.
errors = []


def record(f):
    try:
        f()
    except NameError as e:
        errors.append(e)


# Misspelt builtins, at module level and in a function.
try:
    pritn("hello")
except NameError as e:
    errors.append(e)
record(lambda: lenn([1, 2]))
record(lambda: true)
record(lambda: Print)

# A misspelt global.
total_count = 3
record(lambda: total_cuont + 1)


# A misspelt local.
def uses_local():
    message = "hi"
    return mesage


record(uses_local)


# A close local wins over a closer global: the locals are searched first.
total = 1


def locals_first():
    totals = 2
    return totl


record(locals_first)

# Nothing close enough: no suggestion.
record(lambda: completely_unknown_name)
record(lambda: q)


# UnboundLocalError is a subclass: never a suggestion.
def unbound():
    print(totalx)
    totalx = 1


try:
    unbound()
except NameError as e:
    errors.append(e)


# A free variable read before the enclosing function binds it.
def outer():
    def inner():
        return later

    inner()
    later = 1


later_value = 0
record(outer)

# A class body's namespace is not searched, only globals and builtins.
try:
    class Config:
        setting = 1
        other = settng
except NameError as e:
    errors.append(e)

# Python code may raise one itself: the suggestion comes with the name,
# even after an empty message.
try:
    raise NameError(name="pritn")
except NameError as e:
    errors.append(e)
try:
    raise NameError("custom message", name="lenn")
except NameError as e:
    errors.append(e)
# ... but not without a traceback, nor for a name that is not a str, nor
# for a subclass.
errors.append(NameError("never raised", name="pritn"))
try:
    raise NameError("not a str", name=5)
except NameError as e:
    errors.append(e)


class MyNameError(NameError):
    pass


try:
    raise MyNameError("subclass", name="pritn")
except NameError as e:
    errors.append(e)

# A namespace of 750 names or more is not searched (the builtins still are).
big = {f"name_{i}": i for i in range(750)}
big["value_one"] = 1
try:
    exec("value_onne", big)
except NameError as e:
    errors.append(e)
small = {f"name_{i}": i for i in range(740)}
small["value_one"] = 1
try:
    exec("value_onne", small)
except NameError as e:
    errors.append(e)

# Names longer than 40 bytes once their common ends are set aside are not
# compared; with a long common beginning they are.
long_a = "a" * 45
exec(f"{long_a}_value = 1")
try:
    exec(f"{long_a}_valeu")
except NameError as e:
    errors.append(e)
exec(f"x{'a' * 40}y = 1")
try:
    exec(f"X{'a' * 40}Y")
except NameError as e:
    errors.append(e)
exec(f"x{'a' * 38}y = 1")
try:
    exec(f"X{'a' * 38}Y")
except NameError as e:
    errors.append(e)

# A key that is not a str ends the search: no suggestion.
weird = {"value_one": 1, 2: "two"}
try:
    exec("value_onne", weird)
except NameError as e:
    errors.append(e)

for earlier, later_error in zip(errors, errors[1:]):
    later_error.__context__ = earlier
raise errors[-1]
