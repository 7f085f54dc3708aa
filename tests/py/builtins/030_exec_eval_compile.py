# exec, eval and compile: the three modes, namespaces, and CPython's
# argument errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: exec(123))
t(lambda: eval(123))
t(lambda: exec("x=1", 5))
t(lambda: eval("1", 5))
t(lambda: eval("1", {}, 5))
t(lambda: exec("1", {}, 5))
t(lambda: compile("1", "f", "bad"))
t(lambda: compile(1, "f", "exec"))
t(lambda: compile("1", "f"))
t(lambda: eval())
t(lambda: exec())
t(lambda: eval("x = 1"))
t(lambda: eval("  1 + 2"))
t(lambda: eval("1,2,"))
t(lambda: eval("\n\n 7 \n\n"))
t(lambda: eval(b"3*4"))
t(lambda: type(compile("1", "f", "eval")).__name__)
t(lambda: eval(compile("1+1", "f", "eval")))
t(lambda: compile("  1", "f", "eval"))
t(lambda: exec(compile("y = 5", "f", "exec"), {}))
t(lambda: exec("def f(): pass", {}, {}))
t(lambda: eval("a + b", {"a": 1}, {"b": 2}))
t(lambda: eval("len('abc')", {}))
t(lambda: eval("undefined_name"))

# exec runs in the namespaces it is given; builtins are added to globals.
g = {}
exec("x = 6 * 7\ndef double(n):\n    return 2 * n\n", g)
print(g["x"], g["double"](g["x"]), "__builtins__" in g, sorted([k for k in g if k != "__builtins__"]))
l = {}
exec("y = x + 1", g, l)
print(l, "y" in g)

# eval sees the caller's names by default.
def scope():
    local = 10
    return eval("local * 2"), sorted(locals())
print(scope())
outer = 3
print(eval("outer + 1"))
code = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
ns = {"total": 100}
exec(code, ns)
print(ns["total"], code.co_filename, code.co_name)

# A syntax error inside exec carries its location.
try:
    exec("if True:\n    x = (1,\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    compile("def f():\n    return 1\n  oops\n", "m.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
def f(a, b=1, *args, c, **kw):
    x = a
    def g():
        return x + b
    return g
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_flags, co.co_firstlineno)
g = f(1, c=2).__code__
print(g.co_freevars, g.co_varnames, g.co_qualname, g.co_flags)
print(type(co.co_code), len(co.co_code) % 2, co.co_consts[0])
