# exec() and eval() in a function share locals()' dict (CPython 3.11's snapshot): a name exec binds shows in it, not in the variables.
def f():
    x = 1
    exec("y = x + 1")
    d = locals()
    print(sorted(d), d is locals(), eval("x"))
    exec("x = 5")
    print(x)
f()
