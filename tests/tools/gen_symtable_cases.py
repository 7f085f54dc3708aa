#!/usr/bin/env python3
"""Write tests/unit/interp/symtable_cases.txt: for each small source below,
what CPython 3.11's `symtable` module (and its code objects) say about it.

    gen_symtable_cases.py            # rewrite the data file
    gen_symtable_cases.py --check    # write nothing; exit 1 if it is stale
    gen_symtable_cases.py --show N   # print one case's text (N: its name)

The unit test tests/unit/interp/symtable_test.cpp builds glasspy's symbol
table for every source and prints it with interp::symtable_dump, which must
give exactly the text below.  Nothing in the data file is written by hand.

The text for one scope (children follow, indented by two more spaces):

    scope NAME type=TYPE lineno=N nested=BOOL
      params=(...) locals=(...) globals=(...) frees=(...) nonlocals=(...)   functions only
      methods=(...)                                                          classes only
      code varnames=(...) cellvars=(...) freevars=(...) flags=[...]
      sym NAME flags=N [predicates that are true]

`flags=N` is the raw value of ste_symbols[name] (DEF_* bits | scope << 11).
The `code` line is what the compiler takes from the symbol table: varnames
are the parameters (ste_varnames), cellvars and freevars are in
co_cellvars/co_freevars order (dictbytype sorts them; cells that are
parameters then move first, in parameter order), and flags are the CO_* bits the symbol
table decides.  They are read from the code objects that compile() makes, and
checked against the symbol table's own facts, so the expected text is
CPython's compiler as well as its symtable module.

Identifier order is ste_symbols' insertion order, except for names that a
scope holds only because a child's free variable passes through it
(update_symbols adds them by iterating a set, whose order follows string
hashes): those come last, sorted, on both sides.
"""

import argparse
import os
import sys
import symtable

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "tests", "unit", "interp", "symtable_cases.txt")

SCOPE_OFF = 11
SCOPE_MASK = 0xF

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200

CASES = [
    ("module_globals", "x = 1\ny = x + z\ndel y\n"),
    ("assign_order", "a, b = c, d\na += e\n[f, *g] = h\n"),
    ("closure_simple", "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"),
    ("closure_param_cell", "def f(a, b):\n    def g():\n        return a\n    return g\n"),
    ("closure_passthrough", "def f():\n    x = 1\n    y = 2\n    def g():\n        def h():\n            return x + y\n        return h\n    return g\n"),
    ("nonlocal", "def f():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"),
    ("nonlocal_two_levels", "def a():\n    v = 1\n    def b():\n        def c():\n            nonlocal v\n            v = 2\n        return c\n    return b\n"),
    ("global_in_function", "def f():\n    global g\n    g = 1\n    return g\n"),
    ("global_new_module_symbol", "def f():\n    global brand_new\n    brand_new = 2\n"),
    ("global_shadows_closure", "def f():\n    x = 1\n    def g():\n        global x\n        return x\n    return g\n"),
    ("global_seen_by_child", "def f():\n    global x\n    def g():\n        return x\n    return g\n"),
    ("implicit_global_nested", "def f():\n    def g():\n        return len(q)\n    return g\n"),
    ("params_all_kinds", "def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    return a, b, c, args, d, e, kw\n"),
    ("params_posonly_kwonly", "def f(p, /, *, k):\n    pass\n"),
    ("params_varargs_only", "def f(*a):\n    pass\ndef g(**k):\n    pass\n"),
    ("defaults_reference_outer", "def f():\n    d = 1\n    def g(a=d, *, b=e):\n        return a\n    return g\n"),
    ("lambda_defaults", "k = 3\nf = lambda x, y=k, *a, z=w, **kw: x + y + q\n"),
    ("lambda_in_function", "def f(n):\n    return lambda m: n + m\n"),
    ("lambda_nested", "adder = lambda a: lambda b: a + b\n"),
    ("decorators", "def deco(fn):\n    return fn\n@deco\n@other.attr(1)\ndef f():\n    pass\n@deco\nclass C:\n    pass\n"),
    ("decorator_in_function", "def outer(d):\n    @d\n    def inner():\n        return d\n    return inner\n"),
    ("class_simple", "class C(Base, metaclass=Meta):\n    x = 1\n    y = x + g\n    def m(self):\n        return x\n"),
    ("class_body_globals", "import os\nclass C:\n    path = os.path\n    def get(self):\n        return os.getcwd()\n"),
    ("class_in_function_free", "def f():\n    x = 1\n    class C:\n        def m(self):\n            return x\n    return C\n"),
    ("class_free_class", "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n"),
    ("class_free_class_global", "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n    return C\n"),
    ("class_uses_outer", "def f(v):\n    class C:\n        a = v\n    return C\n"),
    ("method_super", "class A:\n    def m(self):\n        return super().m()\n"),
    ("method_dunder_class", "class A:\n    def m(self):\n        return __class__\n"),
    ("super_in_nested_function", "class A:\n    def m(self):\n        def inner():\n            return super()\n        return inner\n"),
    ("super_in_lambda", "class A:\n    f = lambda self: super()\n"),
    ("super_module_level", "x = super\ndef f():\n    return super\n"),
    ("nested_classes", "class Outer:\n    a = 1\n    class Inner:\n        b = a\n        def m(self):\n            return b\n"),
    ("class_private_names", "class C:\n    __x = 1\n    def __m(self, __p):\n        self.__y = __p\n        return __x\n    def __init__(self):\n        import __mod.sub\n"),
    ("class_private_underscore_only", "class __:\n    __x = 1\nclass _C_:\n    __y = 2\n"),
    ("listcomp_module", "xs = [a * b for a in range(3) if a for b in ys]\n"),
    ("setcomp_dictcomp", "s = {v for v in w}\nd = {kk: vv for i in it}\n"),
    ("genexp", "g = (n for n in nums if n > lim)\n"),
    ("comp_in_function", "def f(items, k):\n    return [i * k for i in items]\n"),
    ("comp_in_class", "class C:\n    vals = [1, 2]\n    doubled = [v * 2 for v in vals]\n    other = [z for z in q if z in vals]\n"),
    ("comp_nested", "def f(m):\n    return [[c for c in row] for row in m]\n"),
    ("comp_nested_outer_iter", "def f(m):\n    return [[c for c in row] for row in [r for r in m]]\n"),
    ("walrus_in_comp_function", "def f(data):\n    if any((hit := d) > 3 for d in data):\n        return hit\n"),
    ("walrus_in_comp_module", "found = [last := x for x in range(5)]\n"),
    ("walrus_in_nested_comp", "def f(rows):\n    return [[(t := c) for c in r] for r in rows], t\n"),
    ("walrus_global_in_function", "def f(xs):\n    global g\n    return [g := x for x in xs]\n"),
    ("walrus_plain", "def f():\n    if (y := 3):\n        return y\n"),
    ("generator_function", "def gen(n):\n    for i in range(n):\n        yield i\ndef gen2():\n    yield from gen(3)\n"),
    ("async_functions", "async def co(x):\n    return await x\nasync def agen():\n    yield 1\nasync def plain():\n    pass\n"),
    ("async_comprehensions", "async def f(src):\n    a = [x async for x in src]\n    b = (y async for y in src)\n    c = [await z for z in src]\n    return a, b, c\n"),
    ("async_for_with", "async def f(m, it):\n    async with m as v:\n        async for e in it:\n            print(v, e)\n"),
    ("imports", "import os\nimport os.path\nimport a.b.c as abc\nfrom pkg import name, other as alias\ndef f():\n    import json\n    from x import y as z\n    return json, z\n"),
    ("star_import", "from os import *\nprint(sep)\n"),
    ("annotations_module", "x: int = 1\ny: List[int]\nz.attr: float = 2\n(w): str = 's'\n"),
    ("annotations_function", "def f(a: A, *b: B, c: C, **d: D) -> R:\n    v: V = 1\n    u: U\n    return a\n"),
    ("annotations_in_class", "class C:\n    field: T\n    other: int = 0\n"),
    ("annotations_future", "from __future__ import annotations\ndef f(a: A) -> R:\n    x: X = 1\n    return x\nclass C:\n    y: Y\n"),
    ("delete_names", "def f():\n    a = 1\n    del a\n    del b\n    del c.d, e[0]\n"),
    ("except_as", "try:\n    pass\nexcept ValueError as err:\n    print(err)\nexcept (A, B):\n    pass\nelse:\n    done = 1\nfinally:\n    fin = 2\n"),
    ("except_star", "def f():\n    try:\n        pass\n    except* OSError as eg:\n        print(eg)\n"),
    ("with_as", "with open(p) as fh, lock:\n    data = fh.read()\n"),
    ("match_captures", "match cmd:\n    case [\"go\", direction]:\n        pass\n    case {\"k\": val, **rest}:\n        pass\n    case Point(x=px, y=0) | Point(x=0, y=px):\n        pass\n    case [first, *others] if first > limit:\n        pass\n    case str() as s:\n        pass\n    case Color.RED:\n        pass\n    case _:\n        pass\n"),
    ("match_in_function", "def f(v):\n    match v:\n        case (a, b):\n            return a + b\n        case other:\n            return other\n"),
    ("for_while_if", "for i, (j, k) in pairs:\n    while cond(i):\n        if j:\n            break\n    else:\n        k2 = k\n"),
    ("fstrings", "def f(n, w):\n    return f'{n!r:>{w}} {m}'\n"),
    ("calls_and_kwargs", "r = fn(a, *b, key=c, **d)\nt = x[lo:hi:st]\nu = y.attr\n"),
    ("augassign_in_function", "def f():\n    c += 1\n"),
    ("shadowed_builtin_param", "def f(len):\n    return len(len)\n"),
    ("deep_nesting", "def a():\n    x = 1\n    def b():\n        y = 2\n        def c():\n            z = 3\n            def d():\n                return x + y + z\n            return d\n        return c\n    return b\n"),
    ("class_method_names_same", "class C:\n    def f(self):\n        pass\n    def f(self, x):\n        return x\n"),
    ("function_named_top", "def top():\n    x = 1\n    return x\n"),
    ("cell_and_param_order", "def f(zeta, alpha, *rest, mid, **kw):\n    def g():\n        return zeta, alpha, rest, mid, kw\n    return g\n"),
    ("free_sorted", "def f():\n    b = a = c = 1\n    def g():\n        return c, a, b\n    return g\n"),
    ("comp_free_of_function", "def f(x):\n    return [x + y for y in range(3)]\n"),
    ("lambda_in_class_default", "class C:\n    k = 1\n    f = lambda self, d=k: d + k\n"),
    ("dictcomp_order", "def f(p, q):\n    return {q2: p2 for _ in p for q2 in q for p2 in q2}\n"),
    ("genexp_in_class_uses_class_name", "class C:\n    n = 3\n    g = list(i for i in range(n))\n    h = [n for i in range(2)]\n"),
    ("docstring_future_position", "'''doc'''\nfrom __future__ import annotations\nv: Q\n"),
    ("return_and_yield_in_nested", "def outer():\n    def inner():\n        x = yield\n        return x\n    return inner()\n"),
    ("global_and_nonlocal_mix", "x = 0\ndef f():\n    x = 1\n    def g():\n        nonlocal x\n        def h():\n            global x\n            x = 2\n        return h\n    return g\n"),
    ("unicode_names", "def f():\n    \u00e9t\u00e9 = 1\n    def g():\n        return \u00e9t\u00e9, \u03c0\n    return g\n"),
]


def flag_names(flags):
    names = []
    for bit, name in ((CO_VARARGS, "varargs"), (CO_VARKEYWORDS, "varkeywords"),
                      (CO_NESTED, "nested"), (CO_GENERATOR, "generator"),
                      (CO_COROUTINE, "coroutine"), (CO_ASYNC_GENERATOR, "async_generator")):
        if flags & bit:
            names.append(name)
    return "[" + ",".join(names) + "]"


def tup(names):
    return "(" + ", ".join(names) + ")"


CODE_NAMES = {"lambda": "<lambda>", "listcomp": "<listcomp>",
              "setcomp": "<setcomp>", "dictcomp": "<dictcomp>", "genexpr": "<genexpr>"}


def code_children(code):
    return [c for c in code.co_consts if hasattr(c, "co_code")]


def scope_shape(table):
    """What a scope and its code object agree on: names, parameters, nesting."""
    name = CODE_NAMES.get(table.get_name(), table.get_name())  # (no case names a def "listcomp")
    kids = tuple(sorted(scope_shape(c) for c in table.get_children()))
    return (name, tuple(table._table.varnames), kids)


def code_shape(code):
    nargs = code.co_argcount + code.co_kwonlyargcount
    nargs += bool(code.co_flags & CO_VARARGS) + bool(code.co_flags & CO_VARKEYWORDS)
    kids = tuple(sorted(code_shape(c) for c in code_children(code)))
    return (code.co_name, tuple(code.co_varnames[:nargs]), kids)


def match_codes(table, code, out):
    """Pairs each symbol table with the code object compiled for it (out: id -> code).
    Children are paired by shape (name, parameters, children), then by first
    line, then in order: the compiler makes a comprehension's code object
    before its outermost iterable's, so co_consts order is not children order."""
    out[table.get_id()] = code
    codes = code_children(code)
    used = set()
    for child in table.get_children():
        shape = scope_shape(child)
        same = [i for i, c in enumerate(codes) if i not in used and code_shape(c) == shape]
        exact = [i for i in same if codes[i].co_firstlineno == child.get_lineno()]
        pick = exact or same
        if not pick:
            raise SystemExit(f"no code object for scope {child.get_name()} line {child.get_lineno()}")
        used.add(pick[0])
        match_codes(child, codes[pick[0]], out)


def symbol_order(table):
    raw = table._table.symbols
    own = [n for n in raw if raw[n] & ((1 << SCOPE_OFF) - 1)]
    passed = sorted(n for n in raw if not raw[n] & ((1 << SCOPE_OFF) - 1))
    return own + passed


def code_line(table, code):
    raw = table._table.symbols
    params = list(table._table.varnames)
    # dictbytype sorts the cells; then assembly (compute_localsplus_info) puts
    # those that are parameters first, in parameter order.
    cells = sorted(n for n in raw if (raw[n] >> SCOPE_OFF) & SCOPE_MASK == symtable.CELL)
    cells = [n for n in params if n in cells] + [n for n in cells if n not in params]
    if table.get_type() == "class" and "__class__" in code.co_cellvars:
        cells.append("__class__")  # ste_needs_class_closure
    frees = sorted(n for n in raw if (raw[n] >> SCOPE_OFF) & SCOPE_MASK == symtable.FREE
                   or raw[n] & (2 << 5))  # DEF_FREE_CLASS
    nargs = code.co_argcount + code.co_kwonlyargcount
    nargs += bool(code.co_flags & CO_VARARGS) + bool(code.co_flags & CO_VARKEYWORDS)
    checks = [(params, list(code.co_varnames[:nargs]), "varnames"),
              (cells, list(code.co_cellvars), "cellvars"),
              (frees, list(code.co_freevars), "freevars")]
    for ours, theirs, what in checks:
        if ours != theirs:
            raise SystemExit(f"{table.get_name()}: {what} from symtable {ours} != code {theirs}")
    return f"code varnames={tup(params)} cellvars={tup(cells)} freevars={tup(frees)} " \
           f"flags={flag_names(code.co_flags)}"


def dump_table(table, codes, indent, lines):
    pad = "  " * indent
    lines.append(f"{pad}scope {table.get_name()} type={table.get_type()} "
                 f"lineno={table.get_lineno()} nested={table.is_nested()}")
    order = symbol_order(table)
    if table.get_type() == "function":
        def sub(names):
            return tup(n for n in order if n in names)
        lines.append(f"{pad}  params={sub(table.get_parameters())} locals={sub(table.get_locals())} "
                     f"globals={sub(table.get_globals())} frees={sub(table.get_frees())} "
                     f"nonlocals={sub(table.get_nonlocals())}")
    if table.get_type() == "class":
        lines.append(f"{pad}  methods={tup(table.get_methods())}")
    lines.append(f"{pad}  {code_line(table, codes[table.get_id()])}")
    for name in order:
        s = table.lookup(name)
        preds = [p for p, on in (("local", s.is_local()), ("global", s.is_global()),
                                 ("declared_global", s.is_declared_global()), ("free", s.is_free()),
                                 ("parameter", s.is_parameter()), ("imported", s.is_imported()),
                                 ("assigned", s.is_assigned()), ("referenced", s.is_referenced()),
                                 ("nonlocal", s.is_nonlocal()), ("annotated", s.is_annotated()),
                                 ("namespace", s.is_namespace())) if on]
        lines.append(f"{pad}  sym {name} flags={table._table.symbols[name]} [{' '.join(preds)}]")
    for child in table.get_children():
        dump_table(child, codes, indent + 1, lines)


def describe(source):
    table = symtable.symtable(source, "t.py", "exec")
    codes = {}
    match_codes(table, compile(source, "t.py", "exec"), codes)
    lines = []
    dump_table(table, codes, 0, lines)
    return "\n".join(lines) + "\n"


def render():
    names = set()
    parts = ["# Generated by tests/tools/gen_symtable_cases.py from CPython "
             f"{sys.version.split()[0]}; do not edit.\n"]
    for name, source in CASES:
        assert name not in names, name
        names.add(name)
        assert "\n===" not in source and "\n---" not in source
        parts.append(f"=== {name}\n--- source\n{source}--- expected\n{describe(source)}")
    parts.append("=== end\n")
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--show")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("the expected text must come from CPython 3.11")
    if args.show:
        print(describe(dict(CASES)[args.show]), end="")
        return 0
    text = render()
    if args.check:
        with open(DATA, encoding="utf-8") as f:
            stale = f.read() != text
        print(f"{DATA}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    with open(DATA, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {len(CASES)} cases to {os.path.relpath(DATA, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
