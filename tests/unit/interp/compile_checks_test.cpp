// Tests for interp/compile_checks.cpp: each source below parses, and the
// SyntaxError expected for it (message, line, offset, end line, end offset)
// is what python3.11's compile(source, 't.py', 'exec') raised; null means
// CPython compiles it.  Then the tests/syntax scripts whose error comes from
// CPython's compiler rather than its parser must print their .expected text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "interp/compile_checks.hpp"
#include "interp/parser.hpp"

using namespace glasspy::interp;

namespace {

struct Case {
    const char* source;
    const char* msg;  // null: no error
    int lineno, offset, end_lineno, end_offset;
};

const Case cases[] = {
    {R"PY(return x
)PY",
     "'return' outside function", 1, 1, 1, 9},
    {R"PY(x = 1
if x:
    return
)PY",
     "'return' outside function", 3, 5, 3, 11},
    {R"PY(é = 1; return x
)PY",
     "'return' outside function", 1, 9, 1, 17},
    {R"PY(return (
  x)
)PY",
     "'return' outside function", 1, 1, 2, 5},
    {R"PY(class C:
    return 1
)PY",
     "'return' outside function", 2, 5, 2, 13},
    {R"PY(if 0:
    return 1
)PY",
     "'return' outside function", 2, 5, 2, 13},
    {R"PY(yield 1
)PY",
     "'yield' outside function", 1, 1, 1, 8},
    {R"PY(yield from x
)PY",
     "'yield' outside function", 1, 1, 1, 13},
    {R"PY(class A:
    yield 1
)PY",
     "'yield' outside function", 2, 5, 2, 12},
    {R"PY(def f(a=(yield)): pass
)PY",
     "'yield' outside function", 1, 10, 1, 15},
    {R"PY(@(yield)
def f(x=(await y)): pass
)PY",
     "'yield' outside function", 1, 3, 1, 8},
    {R"PY(def f(x: (yield)): pass
)PY",
     "'yield' outside function", 1, 11, 1, 16},
    {R"PY(lambda: (yield)
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY([(yield) for x in y]
)PY",
     "'yield' inside list comprehension", 1, 3, 1, 8},
    {R"PY({(yield) for x in y}
)PY",
     "'yield' inside set comprehension", 1, 3, 1, 8},
    {R"PY({x: (yield) for x in y}
)PY",
     "'yield' inside dict comprehension", 1, 6, 1, 11},
    {R"PY(((yield) for x in y)
)PY",
     "'yield' inside generator expression", 1, 3, 1, 8},
    {R"PY(def f():
    [(yield from z) for x in y]
)PY",
     "'yield' inside list comprehension", 2, 7, 2, 19},
    {R"PY(async def f():
    x = [(yield) for y in z]
)PY",
     "'yield' inside list comprehension", 2, 11, 2, 16},
    {R"PY(await x
)PY",
     "'await' outside function", 1, 1, 1, 8},
    {R"PY(class C:
    await x
)PY",
     "'await' outside function", 2, 5, 2, 12},
    {R"PY(def f():
    x = 'é'; await x
)PY",
     "'await' outside async function", 2, 15, 2, 22},
    {R"PY(def f():
    lambda: await x
)PY",
     "'await' outside async function", 2, 13, 2, 20},
    {R"PY(async def f():
    def g():
        await x
)PY",
     "'await' outside async function", 3, 9, 3, 16},
    {R"PY(async def f():
    class C:
        await x
)PY",
     "'await' outside function", 3, 9, 3, 16},
    {R"PY(def f():
    [x for x in (await y)]
)PY",
     "'await' outside async function", 2, 18, 2, 25},
    {R"PY(def f():
    (await x for x in y)
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    [await x for x in y]
)PY",
     "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25},
    {R"PY(def f():
    [x async for x in y]
)PY",
     "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25},
    {R"PY(def f():
    [[x async for x in y] for z in w]
)PY",
     "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 38},
    {R"PY([x async for x in y]
)PY",
     "asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21},
    {R"PY((x async for x in y)
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(async def f():
    [[x async for x in y] for z in w]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(async def f():
    [x for x in y if await z]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(class C:
    [await x for x in y]
)PY",
     "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25},
    {R"PY(break
)PY",
     "'break' outside loop", 1, 1, 1, 6},
    {R"PY(continue
)PY",
     "'continue' not properly in loop", 1, 1, 1, 9},
    {R"PY(x = 1
if x:
    break
)PY",
     "'break' outside loop", 3, 5, 3, 10},
    {R"PY(while x:
    def f():
        break
)PY",
     "'break' outside loop", 3, 9, 3, 14},
    {R"PY(for x in y:
    class C:
        continue
)PY",
     "'continue' not properly in loop", 3, 9, 3, 17},
    {R"PY(while x:
    try:
        pass
    finally:
        break
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(while x:
    pass
else:
    break
)PY",
     "'break' outside loop", 4, 5, 4, 10},
    {R"PY(for x in y:
    pass
else:
    continue
)PY",
     "'continue' not properly in loop", 4, 5, 4, 13},
    {R"PY(try:
    break
finally:
    yield
)PY",
     "'yield' outside function", 4, 5, 4, 10},
    {R"PY(while x:
    try:
        continue
        yield
    finally:
        await y
)PY",
     "'await' outside function", 6, 9, 6, 16},
    {R"PY(for x in y:
    try: pass
    except* E:
        break
)PY",
     "'break', 'continue' and 'return' cannot appear in an except* block", 4, 9, 4, 14},
    {R"PY(def f():
    try: pass
    except* E:
        return 1
)PY",
     "'break', 'continue' and 'return' cannot appear in an except* block", 4, 16, 4, 17},
    {R"PY(def f():
    try: pass
    except* E:
        return x
)PY",
     "'break', 'continue' and 'return' cannot appear in an except* block", 4, 9, 4, 17},
    {R"PY(def f():
    try: pass
    except* E as e:
        return
)PY",
     "'break', 'continue' and 'return' cannot appear in an except* block", 4, 9, 4, 15},
    {R"PY(def f():
    try: pass
    except* E:
        with x:
            return 1
)PY",
     "'break', 'continue' and 'return' cannot appear in an except* block", -1, 0, -1, 0},
    {R"PY(for x in y:
    try: pass
    except* E:
        for z in w:
            break
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(async def f():
    yield 1
    return 2
)PY",
     "'return' with value in async generator", 3, 5, 3, 13},
    {R"PY(async def f():
    yield
    return None
)PY",
     "'return' with value in async generator", 3, 5, 3, 16},
    {R"PY(async def f():
    return 1
    yield
)PY",
     "'return' with value in async generator", 2, 5, 2, 13},
    {R"PY(def f():
    return 1
    yield
    await x
)PY",
     "'return' with value in async generator", 2, 5, 2, 13},
    {R"PY(async def f():
    yield
    return
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(async def f():
    lambda: (yield)
    return 1
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(async def f():
    yield from x
)PY",
     "'yield from' inside async function", 2, 5, 2, 17},
    {R"PY(def f():
    async with x: pass
)PY",
     "'async with' outside async function", 2, 5, 2, 23},
    {R"PY(def f():
    async for x in y: pass
)PY",
     "'async for' outside async function", 2, 5, 2, 27},
    {R"PY(async with x: pass
)PY",
     "'async with' outside async function", 1, 1, 1, 19},
    {R"PY(async for x in y: pass
)PY",
     "'async for' outside async function", 1, 1, 1, 23},
    {R"PY(async def f():
    class C:
        async for x in y: pass
)PY",
     "'async for' outside async function", 3, 9, 3, 31},
    {R"PY(def f():
    from os import *
)PY",
     "import * only allowed at module level", 2, 20, 2, 21},
    {R"PY(class C:
    from os import *
)PY",
     "import * only allowed at module level", 2, 20, 2, 21},
    {R"PY(from os import *
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(nonlocal x
)PY",
     "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {R"PY(print("start")
nonlocal x
)PY",
     "nonlocal declaration not allowed at module level", 2, 1, 2, 11},
    {R"PY(class C:
    nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {R"PY(def f():
    nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {R"PY(def f():
    nonlocal y, x
)PY",
     "no binding for nonlocal 'y' found", 2, 5, 2, 18},
    {R"PY(def f():
    x = 1
    def g():
        nonlocal x
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    def g():
        nonlocal x
    x = 1
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(class C:
    x = 1
    def g(self):
        nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 4, 9, 4, 19},
    {R"PY(return 1
def f():
    nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 3, 5, 3, 15},
    {R"PY(def f():
    [x async for x in y]
    nonlocal z
)PY",
     "no binding for nonlocal 'z' found", 3, 5, 3, 15},
    {R"PY(def f():
    global x
    nonlocal x
)PY",
     "name 'x' is nonlocal and global", 2, 5, 2, 13},
    {R"PY(def f(x):
    def g():
        global x
        nonlocal x
)PY",
     "name 'x' is nonlocal and global", 3, 9, 3, 17},
    {R"PY(def f(a):
    global a
)PY",
     "name 'a' is parameter and global", 2, 5, 2, 13},
    {R"PY(def f(a):
    nonlocal a
)PY",
     "name 'a' is parameter and nonlocal", 2, 5, 2, 15},
    {R"PY(lambda a: [b for b in a]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    x = 1
    global x
)PY",
     "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
    {R"PY(x = 1
global x
)PY",
     "name 'x' is assigned to before global declaration", 2, 1, 2, 9},
    {R"PY(def f():
    print(x)
    global x
)PY",
     "name 'x' is used prior to global declaration", 3, 5, 3, 13},
    {R"PY(def f():
    x: int
    global x
)PY",
     "annotated name 'x' can't be global", 3, 5, 3, 13},
    {R"PY(def f():
    global x
    x: int = 3
)PY",
     "annotated name 'x' can't be global", 3, 5, 3, 15},
    {R"PY(class C:
    global x
    x: int
)PY",
     "annotated name 'x' can't be global", 3, 5, 3, 11},
    {R"PY(def g():
    x = 1
    def f():
        print(x)
        nonlocal x
)PY",
     "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19},
    {R"PY(def g():
    x = 1
    def f():
        x = 2
        nonlocal x
)PY",
     "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19},
    {R"PY(def g():
    x = 1
    def f():
        nonlocal x
        x: int
)PY",
     "annotated name 'x' can't be nonlocal", 5, 9, 5, 15},
    {R"PY(def f():
    [x := 1 for y in z]
    global x
)PY",
     "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
    {R"PY(def f():
    global x
    [x := 1 for y in z]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    def g():
        [x := 1 for y in z]
    nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 4, 5, 4, 15},
    {R"PY(class C:
    def f(self):
        nonlocal __x
)PY",
     "no binding for nonlocal '_C__x' found", 3, 9, 3, 21},
    {R"PY(def f(a, a): pass
)PY",
     "duplicate argument 'a' in function definition", 1, 10, 1, 11},
    {R"PY(def f(a, *, b, **a): pass
)PY",
     "duplicate argument 'a' in function definition", 1, 18, 1, 19},
    {R"PY(def f(a, /, b, *a): pass
)PY",
     "duplicate argument 'a' in function definition", 1, 17, 1, 18},
    {R"PY(def f(*a, a): pass
)PY",
     "duplicate argument 'a' in function definition", 1, 8, 1, 9},
    {R"PY(lambda a, a: 0
)PY",
     "duplicate argument 'a' in function definition", 1, 11, 1, 12},
    {R"PY(async def f(x, y, x): pass
)PY",
     "duplicate argument 'x' in function definition", 1, 19, 1, 20},
    {R"PY(f(a=1, b=2, a=3)
)PY",
     "keyword argument repeated: a", 1, 13, 1, 16},
    {R"PY(print(sep="", sep="-")
)PY",
     "keyword argument repeated: sep", 1, 15, 1, 22},
    {R"PY(class C(x=1, x=2): pass
)PY",
     "keyword argument repeated: x", 1, 14, 1, 17},
    {R"PY(class C(a=1, a=2):
    return
)PY",
     "'return' outside function", 2, 5, 2, 11},
    {R"PY(f(**k, a=1, a=2)
)PY",
     "keyword argument repeated: a", 1, 13, 1, 16},
    {R"PY(f(a=1, **k, a=2)
)PY",
     "keyword argument repeated: a", 1, 13, 1, 16},
    {R"PY(o.m(a=1, a=2)
)PY",
     "keyword argument repeated: a", 1, 10, 1, 13},
    {R"PY(o.m((yield), a=1, a=2)
)PY",
     "keyword argument repeated: a", 1, 19, 1, 22},
    {R"PY(f((yield), a=1, a=1)
)PY",
     "keyword argument repeated: a", 1, 17, 1, 20},
    {R"PY((yield)(a=1, a=1)
)PY",
     "keyword argument repeated: a", 1, 14, 1, 17},
    {R"PY(o.m(*a, a=1, a=1)
)PY",
     "keyword argument repeated: a", 1, 14, 1, 17},
    {R"PY(*a = 1
)PY",
     "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {R"PY(*a, = 1
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(for *a in x: pass
)PY",
     "starred assignment target must be in a list or tuple", 1, 5, 1, 7},
    {R"PY(with x as *a: pass
)PY",
     "starred assignment target must be in a list or tuple", 1, 11, 1, 13},
    {R"PY([x for *a in y]
)PY",
     "starred assignment target must be in a list or tuple", 1, 8, 1, 10},
    {R"PY(a, *b, *c = 1
)PY",
     "multiple starred expressions in assignment", 1, 1, 1, 10},
    {R"PY([*a, *b] = 1
)PY",
     "multiple starred expressions in assignment", 1, 1, 1, 9},
    {R"PY(a, (*b, *c) = 1
)PY",
     "multiple starred expressions in assignment", 1, 4, 1, 12},
    {R"PY(print(*a)
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(x = *a
)PY",
     "can't use starred expression here", 1, 5, 1, 7},
    {R"PY(x = *a,
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(*a
)PY",
     "can't use starred expression here", 1, 1, 1, 3},
    {R"PY(for x in *a: pass
)PY",
     "can't use starred expression here", 1, 10, 1, 12},
    {R"PY([*a, *b]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY({*a, *b}
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(x[*a]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY([x := 1 for y in z]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY([y for y in (x := z)]
)PY",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 20},
    {R"PY([i := 0 for i in range(3)]
)PY",
     "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2, 1, 3},
    {R"PY([[(i := 0) for j in z] for i in range(3)]
)PY",
     "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 4, 1, 5},
    {R"PY([(j := 0) for i in range(3) for j in z]
)PY",
     "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 3, 1, 4},
    {R"PY(class C:
    [(j := 0) for i in range(3)]
)PY",
     "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
    {R"PY(def f():
    global i
    [(i := 0) for i in range(3)]
)PY",
     "assignment expression cannot rebind comprehension iteration variable 'i'", 3, 7, 3, 8},
    {R"PY([x for x in y for y in (z := 1)]
)PY",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 25, 1, 31},
    {R"PY([x for x in y if (i := 1) for i in w]
)PY",
     "comprehension inner loop cannot rebind assignment expression target 'i'", 1, 31, 1, 32},
    {R"PY(x = [i for i in range(3) for i in (j := 1)]
)PY",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 36, 1, 42},
    {R"PY([(lambda: (x := 1)) for y in z]
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY([x for x in (lambda: (y := 1))()]
)PY",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 23, 1, 29},
    {R"PY({x: (y := x) for x in z}
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY({(x := 1): (yield) for y in z}
)PY",
     "'yield' inside dict comprehension", 1, 13, 1, 18},
    {R"PY(__debug__ = 1
)PY",
     "cannot assign to __debug__", 1, 1, 1, 10},
    {R"PY(del __debug__
)PY",
     "cannot delete __debug__", 1, 5, 1, 14},
    {R"PY(f(__debug__=1)
)PY",
     "cannot assign to __debug__", 1, 1, 1, 15},
    {R"PY(def f(__debug__): pass
)PY",
     "cannot assign to __debug__", 1, 1, 1, 23},
    {R"PY(x.__debug__ = 1
)PY",
     "cannot assign to __debug__", 1, 1, 1, 12},
    {R"PY(del x.__debug__
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(x.__debug__ += 1
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(__debug__ += 1
)PY",
     "cannot assign to __debug__", 1, 1, 1, 10},
    {R"PY(__debug__ += (yield)
)PY",
     "'yield' outside function", 1, 15, 1, 20},
    {R"PY(import __debug__
)PY",
     "cannot assign to __debug__", 1, 1, 1, 17},
    {R"PY(from x import __debug__
)PY",
     "cannot assign to __debug__", 1, 1, 1, 24},
    {R"PY(import __debug__.y
)PY",
     "cannot assign to __debug__", 1, 1, 1, 19},
    {R"PY(def __debug__(): yield
)PY",
     "cannot assign to __debug__", 1, 1, 1, 23},
    {R"PY(class __debug__: pass
)PY",
     "cannot assign to __debug__", 1, 1, 1, 22},
    {R"PY(try: pass
except E as __debug__: pass
)PY",
     "cannot assign to __debug__", 2, 1, 2, 28},
    {R"PY(for __debug__ in x: pass
)PY",
     "cannot assign to __debug__", 1, 5, 1, 14},
    {R"PY(lambda __debug__: 0
)PY",
     "cannot assign to __debug__", 1, 1, 1, 20},
    {R"PY(__debug__: int
)PY",
     "cannot assign to __debug__", 1, 1, 1, 15},
    {R"PY((__debug__ := 1)
)PY",
     "cannot assign to __debug__", 1, 2, 1, 11},
    {R"PY(try:
    pass
except:
    pass
except ValueError:
    pass
)PY",
     "default 'except:' must be last", 3, 1, 4, 9},
    {R"PY(x = 1
from __future__ import annotations
)PY",
     "from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35},
    {R"PY("doc"
from __future__ import annotations
from __future__ import generators
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    from __future__ import annotations
)PY",
     "from __future__ imports must occur at the beginning of the file", 2, 5, 2, 39},
    {R"PY(from __future__ import braces
)PY",
     "not a chance", 1, 1, 1, 0},
    {R"PY(from __future__ import nested_scopes, foo
)PY",
     "future feature foo is not defined", 1, 1, 1, 0},
    {R"PY(from __future__ import annotations; import os; from __future__ import division
)PY",
     "from __future__ imports must occur at the beginning of the file", 1, 47, 1, 0},
    {R"PY(import os
from __future__ import annotations
def f():
    nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 4, 5, 4, 15},
    {R"PY(from __future__ import annotations
def f(x: (yield)): pass
)PY",
     "'yield expression' can not be used within an annotation", 2, 11, 2, 16},
    {R"PY(from __future__ import annotations
x: (y := 1) = 3
)PY",
     "'named expression' can not be used within an annotation", 2, 5, 2, 11},
    {R"PY(from __future__ import annotations
def f() -> (await x): pass
)PY",
     "'await expression' can not be used within an annotation", 2, 13, 2, 20},
    {R"PY(from __future__ import annotations
x: (await y)
)PY",
     "'await expression' can not be used within an annotation", 2, 5, 2, 12},
    {R"PY(x: (await y)
)PY",
     "'await' outside function", 1, 5, 1, 12},
    {R"PY(def f():
    x: (await y)
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(class C:
    x.y: (yield)
)PY",
     "'yield' outside function", 2, 11, 2, 16},
    {R"PY(x[(yield)]: int
)PY",
     "'yield' outside function", 1, 4, 1, 9},
    {R"PY(match x:
    case a | b: pass
)PY",
     "name capture 'a' makes remaining patterns unreachable", 2, 10, 2, 11},
    {R"PY(match x:
    case a: pass
    case b: pass
)PY",
     "name capture 'a' makes remaining patterns unreachable", 2, 10, 2, 11},
    {R"PY(match x:
    case _: pass
    case b: pass
)PY",
     "wildcard makes remaining patterns unreachable", 2, 10, 2, 11},
    {R"PY(match x:
    case a if a: pass
    case b: pass
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(match x:
    case [a, a]: pass
)PY",
     "multiple assignments to name 'a' in pattern", 2, 14, 2, 15},
    {R"PY(match x:
    case [*a, *b]: pass
)PY",
     "multiple starred names in sequence pattern", 2, 10, 2, 18},
    {R"PY(match x:
    case C(x=1, x=2): pass
)PY",
     "attribute name repeated in class pattern: x", 2, 19, 2, 20},
    {R"PY(match x:
    case C(__debug__=1): pass
)PY",
     "cannot assign to __debug__", 2, 22, 2, 23},
    {R"PY(match x:
    case __debug__: pass
)PY",
     "cannot assign to __debug__", 2, 10, 2, 19},
    {R"PY(match x:
    case {1: a, 1: b}: pass
)PY",
     "mapping pattern checks duplicate key (1)", 2, 10, 2, 22},
    {R"PY(match x:
    case {1: _, -1: _, 1.0: _}: pass
)PY",
     "mapping pattern checks duplicate key (1.0)", 2, 10, 2, 31},
    {R"PY(match x:
    case {"a": _, 'a': _}: pass
)PY",
     "mapping pattern checks duplicate key ('a')", 2, 10, 2, 26},
    {R"PY(match x:
    case {None: _, None: _}: pass
)PY",
     "mapping pattern checks duplicate key (None)", 2, 10, 2, 28},
    {R"PY(match x:
    case {True: _, 1: _}: pass
)PY",
     "mapping pattern checks duplicate key (1)", 2, 10, 2, 25},
    {R"PY(match x:
    case {1j: _, 0+1j: _}: pass
)PY",
     "mapping pattern checks duplicate key (1j)", 2, 10, 2, 26},
    {R"PY(match x:
    case {b"x": _, b"x": _}: pass
)PY",
     "mapping pattern checks duplicate key (b'x')", 2, 10, 2, 28},
    {R"PY(match x:
    case {1: a, **a}: pass
)PY",
     "multiple assignments to name 'a' in pattern", 2, 14, 2, 15},
    {R"PY(match x:
    case (1 | a) | 2: pass
)PY",
     "name capture 'a' makes remaining patterns unreachable", 2, 15, 2, 16},
    {R"PY(match x:
    case [a] | [b, c]: pass
)PY",
     "alternative patterns bind different names", 2, 20, 2, 21},
    {R"PY(match x:
    case [a, b] | [b]: pass
)PY",
     "alternative patterns bind different names", 2, 20, 2, 21},
    {R"PY(match x:
    case a | [b]: pass
)PY",
     "name capture 'a' makes remaining patterns unreachable", 2, 10, 2, 11},
    {R"PY(match x:
    case [(1 | a), a]: pass
)PY",
     "alternative patterns bind different names", 2, 16, 2, 17},
    {R"PY(match x:
    case [a, *_, b] | [b, a]: pass
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(match x:
    case [(a | a)]: pass
)PY",
     "name capture 'a' makes remaining patterns unreachable", 2, 12, 2, 13},
    {R"PY(match x:
    case [a, (1 | a)]: pass
)PY",
     "alternative patterns bind different names", 2, 19, 2, 20},
    {R"PY(match x:
    case (a as b) | (a as b): pass
)PY",
     "name capture 'a' makes remaining patterns unreachable", 2, 11, 2, 12},
    {R"PY(match x:
    case a as b: pass
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(match x:
    case [a, *a]: pass
)PY",
     "multiple assignments to name 'a' in pattern", 2, 14, 2, 16},
    {R"PY(match x:
    case Point(x, y=x): pass
)PY",
     "multiple assignments to name 'x' in pattern", 2, 21, 2, 22},
    {R"PY(match x:
    case [*_, _]: pass
    case 1: pass
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(match x:
    case 1: pass
    case _: pass
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(match x:
    case 1:
        yield
)PY",
     "'yield' outside function", 3, 9, 3, 14},
    {R"PY(def f():
    x = 1
    return
    break
)PY",
     "'break' outside loop", 4, 5, 4, 10},
    {R"PY(def f():
    with a, b as c:
        break
)PY",
     "'break' outside loop", 3, 9, 3, 14},
    {R"PY([*x for x in y]
)PY",
     "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {R"PY({*x for x in y}
)PY",
     "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {R"PY((*x for x in y)
)PY",
     "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {R"PY(é = [*x for x in y]
)PY",
     "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8},
    {R"PY(def f():
    return [*x for x in y]
    nonlocal q
)PY",
     "iterable unpacking cannot be used in comprehension", 2, 13, 2, 15},
    {R"PY([[*a for a in b] for c in d]
)PY",
     "iterable unpacking cannot be used in comprehension", 1, 3, 1, 5},
    {R"PY(def f():
    x = 1
    class C:
        nonlocal x
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    class C:
        x = 1
        def g(self):
            nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 5, 13, 5, 23},
    {R"PY(def f():
    x = 1
    class C:
        def g(self):
            nonlocal x
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    lambda: x
    nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 3, 5, 3, 15},
    {R"PY(def f():
    [x for y in z]
    nonlocal x
)PY",
     "no binding for nonlocal 'x' found", 3, 5, 3, 15},
    {R"PY(def f():
    del x
    nonlocal x
)PY",
     "name 'x' is assigned to before nonlocal declaration", 3, 5, 3, 15},
    {R"PY(def f():
    import x
    global x
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    def x(): pass
    global x
)PY",
     "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
    {R"PY(def f():
    for x in y: pass
    global x
)PY",
     "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
    {R"PY(def f():
    try: pass
    except E as x: pass
    global x
)PY",
     "name 'x' is assigned to before global declaration", 4, 5, 4, 13},
    {R"PY(def f():
    match y:
        case x: pass
    global x
)PY",
     "name 'x' is assigned to before global declaration", 4, 5, 4, 13},
    {R"PY(async def f():
    async with a as b:
        yield
        return 1
)PY",
     "'return' with value in async generator", 4, 9, 4, 17},
    {R"PY(async def f():
    await x
    [(yield) for y in z]
)PY",
     "'yield' inside list comprehension", 3, 7, 3, 12},
    {R"PY(def f():
    (yield)
    return [x async for x in y]
)PY",
     "'return' with value in async generator", 3, 5, 3, 32},
    {R"PY(def f(x=[i async for i in y]): pass
)PY",
     "asynchronous comprehension outside of an asynchronous function", 1, 9, 1, 29},
    {R"PY(async def f():
    def g(x=[i async for i in y]): pass
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(async def f():
    lambda: [x async for x in y]
)PY",
     "asynchronous comprehension outside of an asynchronous function", 2, 13, 2, 33},
    {R"PY(async def f():
    lambda: (x async for x in y)
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(async def f():
    {x: y async for x, y in z}
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(while x:
    with a:
        break
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(def f():
    while x:
        try:
            pass
        finally:
            return 1
)PY",
     nullptr, 0, 0, 0, 0},
    {R"PY(class C:
    def f(self):
        super()
        nonlocal __class__
)PY",
     "name '__class__' is used prior to nonlocal declaration", 4, 9, 4, 27},
    {R"PY(def f():
    nonlocal __class__
)PY",
     "no binding for nonlocal '__class__' found", 2, 5, 2, 23},
    {R"PY(x: int = (yield)
)PY",
     "'yield' outside function", 1, 11, 1, 16},
    {R"PY(assert (yield), (await x)
)PY",
     "'yield' outside function", 1, 9, 1, 14},
    {R"PY(raise (yield) from (await x)
)PY",
     "'yield' outside function", 1, 8, 1, 13},
    {R"PY(with (yield) as x: pass
)PY",
     "'yield' outside function", 1, 7, 1, 12},
    {R"PY(f"{(yield)}"
)PY",
     "'yield' outside function", 1, 5, 1, 10},
    {R"PY(f"{x!r:{(yield)}}"
)PY",
     "'yield' outside function", 1, 10, 1, 15},
    {R"PY(x = {**(yield)}
)PY",
     "'yield' outside function", 1, 9, 1, 14},
    {R"PY(x = {(yield): (await y)}
)PY",
     "'yield' outside function", 1, 7, 1, 12},
    {R"PY(@d
class C:
    x = (yield)
)PY",
     "'yield' outside function", 3, 10, 3, 15},
    {R"PY(class C((yield)):
    pass
)PY",
     "'yield' outside function", 1, 10, 1, 15},
    {R"PY(class C(x=(yield)):
    await z
)PY",
     "'await' outside function", 2, 5, 2, 12},
};

std::string read_text(const std::filesystem::path& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("compile-time SyntaxErrors match CPython 3.11", "[compile_checks]") {
    for (const Case& c : cases) {
        INFO(c.source);
        ParseResult parsed = parse_module(c.source, "t.py");
        INFO("parse error: " << (parsed.error ? parsed.error->msg : "none"));
        REQUIRE_FALSE(parsed.error);
        auto error = check_compile_errors(parsed.module, c.source, "t.py");
        if (!c.msg) {
            CHECK_FALSE(error);
            continue;
        }
        REQUIRE(error);
        CHECK(error->type == "SyntaxError");
        CHECK(error->msg == c.msg);
        CHECK(error->lineno == c.lineno);
        CHECK(error->offset == c.offset);
        CHECK(error->end_lineno == c.end_lineno);
        CHECK(error->end_offset == c.end_offset);
    }
}

TEST_CASE("compile errors carry their source line", "[compile_checks]") {
    std::string source = "x = 1\nif x:\n    break\n";
    ParseResult parsed = parse_module(source, "t.py");
    REQUIRE(parsed.module);
    auto error = check_compile_errors(parsed.module, source, "t.py");
    REQUIRE(error);
    CHECK(error->text == "    break");
    CHECK(error->filename == "t.py");
    CHECK(format_syntax_error(*error) ==
          "  File \"t.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n");
}

// The scripts of tests/syntax that parse: glasspy's report must be python3's.
TEST_CASE("tests/syntax scripts that parse report python3's compile error", "[compile_checks]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(__FILE__).parent_path() / ".." / ".." / "syntax";
    REQUIRE(fs::is_directory(dir));
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".py") continue;
        std::string name = entry.path().filename().string();
        std::string source = normalize_newlines(read_text(entry.path()));
        ParseResult parsed = parse_module(source, name);
        if (parsed.error) continue;  // the parser's to report
        INFO(name);
        auto error = check_compile_errors(parsed.module, source, name);
        REQUIRE(error);
        fs::path expected = entry.path();
        expected.replace_extension(".expected");
        CHECK(format_syntax_error(*error) + "[exit 1]\n" == read_text(expected));
        ++checked;
    }
    CHECK(checked >= 12);
}
