// Tests for the grammar's handling of lines and blocks (interp/grammar/indent.hpp,
// statements.hpp, and the whitespace rules of lexical.hpp): indentation and
// dedentation by several levels, blank and comment-only lines at any
// indentation, tabs under the 8-column rule, form feeds, backslash and
// bracket line joining, one-line compound statements, the end of the file,
// decorators and the else/elif/except/finally clauses.  A PEG over characters
// has to reproduce what CPython's tokenizer does with INDENT/DEDENT/NEWLINE
// tokens, so each corner is checked against the tree python3 builds.
// Expected texts: python3.11's ast.dump(ast.parse(source)), with
// include_attributes=True for the "positions" sections.
#include <catch2/catch.hpp>

#include "../parse_helpers.hpp"

using glasspy::test::dump_positions;
using glasspy::test::dump_source;

TEST_CASE("indentation: nested blocks and dedents", "[grammar][indent]") {
    SECTION("three nested ifs") {
        CHECK(dump_source(R"PY(if a:
    if b:
        if c:
            x = 1
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), "
              "body=[If(test=Name(id='c', ctx=Load()), body=[Assign(targets=[Name(id='x', "
              "ctx=Store())], value=Constant(value=1))], orelse=[])], orelse=[])], orelse=[])], "
              "type_ignores=[])");
    }
    SECTION("dedent by four levels at once") {
        CHECK(dump_source(R"PY(def f():
    for i in r:
        while c:
            if d:
                pass
x = 2
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[For(target=Name(id='i', "
              "ctx=Store()), iter=Name(id='r', ctx=Load()), body=[While(test=Name(id='c', ctx=Load()), "
              "body=[If(test=Name(id='d', ctx=Load()), body=[Pass()], orelse=[])], orelse=[])], "
              "orelse=[])], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], "
              "value=Constant(value=2))], type_ignores=[])");
    }
    SECTION("dedent to an intermediate level") {
        CHECK(dump_source(R"PY(if a:
    if b:
        if c:
            p
        q
    r
s
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), "
              "body=[If(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='p', ctx=Load()))], "
              "orelse=[]), Expr(value=Name(id='q', ctx=Load()))], orelse=[]), Expr(value=Name(id='r', "
              "ctx=Load()))], orelse=[]), Expr(value=Name(id='s', ctx=Load()))], type_ignores=[])");
    }
    SECTION("dedent several levels then continue at an intermediate level") {
        CHECK(dump_source(R"PY(class C:
    def f(self):
        if x:
            if y:
                return 1
        return 2
    z = 3
)PY") ==
              "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[FunctionDef(name='f', "
              "args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], "
              "defaults=[]), body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', "
              "ctx=Load()), body=[Return(value=Constant(value=1))], orelse=[])], orelse=[]), "
              "Return(value=Constant(value=2))], decorator_list=[]), Assign(targets=[Name(id='z', "
              "ctx=Store())], value=Constant(value=3))], decorator_list=[])], type_ignores=[])");
    }
    SECTION("unusual but consistent indentation widths") {
        CHECK(dump_source(R"PY(if a:
  if b:
         c
  d
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), "
              "body=[Expr(value=Name(id='c', ctx=Load()))], orelse=[]), Expr(value=Name(id='d', "
              "ctx=Load()))], orelse=[])], type_ignores=[])");
    }
    SECTION("positions of nested blocks") {
        CHECK(dump_positions(R"PY(if a:
    if b:
        c
    d
e
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
              "end_col_offset=4), body=[If(test=Name(id='b', ctx=Load(), lineno=2, col_offset=7, "
              "end_lineno=2, end_col_offset=8), body=[Expr(value=Name(id='c', ctx=Load(), lineno=3, "
              "col_offset=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=8, end_lineno=3, "
              "end_col_offset=9)], orelse=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=9), "
              "Expr(value=Name(id='d', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, "
              "end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], orelse=[], "
              "lineno=1, col_offset=0, end_lineno=4, end_col_offset=5), Expr(value=Name(id='e', "
              "ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), lineno=5, "
              "col_offset=0, end_lineno=5, end_col_offset=1)], type_ignores=[])");
    }
}

TEST_CASE("indentation: blank and comment-only lines", "[grammar][indent]") {
    SECTION("blank and comment lines at odd indentation") {
        CHECK(dump_source("if a:\n"
                  "    x = 1\n"
                  "\n"
                  "  # odd comment\n"
                  "        # deeper comment\n"
                  "      \n"
                  "    y = 2\n"
                  "# col0 comment\n"
                  "    # indented again\n"
                  "z = 3\n") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Assign(targets=[Name(id='x', "
              "ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], "
              "value=Constant(value=2))], orelse=[]), Assign(targets=[Name(id='z', ctx=Store())], "
              "value=Constant(value=3))], type_ignores=[])");
    }
    SECTION("comment-only lines before the first statement of a block") {
        CHECK(dump_source(R"PY(def f():
# at column zero
        # deeper
    return 1
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], "
              "decorator_list=[])], type_ignores=[])");
    }
    SECTION("leading blank lines and comments in the file") {
        CHECK(dump_source("\n"
                  "\n"
                  "# comment\n"
                  "   \n"
                  "  # indented comment\n"
                  "x = 1\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
              "type_ignores=[])");
    }
    SECTION("whitespace-only lines with tabs inside a block") {
        CHECK(dump_source("while a:\n"
                  "    b\n"
                  "\t\n"
                  " \t \n"
                  "    c\n") ==
              "Module(body=[While(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='b', "
              "ctx=Load())), Expr(value=Name(id='c', ctx=Load()))], orelse=[])], type_ignores=[])");
    }
    SECTION("trailing comment after the last dedent") {
        CHECK(dump_source(R"PY(if a:
    b
    # trailing
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='b', "
              "ctx=Load()))], orelse=[])], type_ignores=[])");
    }
}

TEST_CASE("indentation: tabs, form feed and continuation lines", "[grammar][indent]") {
    SECTION("tabs used consistently") {
        CHECK(dump_source("if a:\n"
                  "\tx = 1\n"
                  "\tif b:\n"
                  "\t\ty = 2\n"
                  "\tz = 3\n") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Assign(targets=[Name(id='x', "
              "ctx=Store())], value=Constant(value=1)), If(test=Name(id='b', ctx=Load()), "
              "body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], "
              "orelse=[]), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=3))], "
              "orelse=[])], type_ignores=[])");
    }
    SECTION("tab then spaces consistently") {
        CHECK(dump_source("if a:\n"
                  "\tx\n"
                  "\tif b:\n"
                  "\t    y\n"
                  "\tz\n") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='x', "
              "ctx=Load())), If(test=Name(id='b', ctx=Load()), body=[Expr(value=Name(id='y', "
              "ctx=Load()))], orelse=[]), Expr(value=Name(id='z', ctx=Load()))], orelse=[])], "
              "type_ignores=[])");
    }
    SECTION("spaces then a tab consistently (8-column rule)") {
        CHECK(dump_source("if a:\n"
                  "  \tx = 1\n"
                  "  \ty = 2\n") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Assign(targets=[Name(id='x', "
              "ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], "
              "value=Constant(value=2))], orelse=[])], type_ignores=[])");
    }
    SECTION("form feed at the start of lines") {
        CHECK(dump_source("\fx = 1\n"
                  "if a:\n"
                  "\f    y = 1\n"
                  "    z = 2\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "If(test=Name(id='a', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], "
              "value=Constant(value=1)), Assign(targets=[Name(id='z', ctx=Store())], "
              "value=Constant(value=2))], orelse=[])], type_ignores=[])");
    }
    SECTION("form feed on a line of its own") {
        CHECK(dump_source("x = 1\n"
                  "\f\n"
                  "y = 2\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
    }
    SECTION("form feed resets the column") {
        CHECK(dump_source("if a:\n"
                  "    x\n"
                  "    \f    y\n") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='x', "
              "ctx=Load())), Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[])");
    }
    SECTION("backslash continuation") {
        CHECK(dump_source(R"PY(x = 1 + \
    2
if a and \
   b:
    pass
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
              "value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))), "
              "If(test=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), "
              "body=[Pass()], orelse=[])], type_ignores=[])");
    }
    SECTION("backslash continuation in a with statement") {
        CHECK(dump_source(R"PY(with a as b, \
     c as d:
    pass
)PY") ==
              "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
              "optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', "
              "ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], "
              "type_ignores=[])");
    }
    SECTION("backslash continuation does not start a new line at column 0") {
        CHECK(dump_source(R"PY(if a:
    x = \
1
    y = 2
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Assign(targets=[Name(id='x', "
              "ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], "
              "value=Constant(value=2))], orelse=[])], type_ignores=[])");
    }
    SECTION("positions across a backslash continuation") {
        CHECK(dump_positions(R"PY(x = 1 + \
    2
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, "
              "col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, "
              "lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=4, "
              "end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, "
              "end_col_offset=5)], type_ignores=[])");
    }
}

TEST_CASE("indentation: implicit line joining inside brackets", "[grammar][indent]") {
    SECTION("list across lines with comments") {
        CHECK(dump_source(R"PY(x = [1,  # one
  2,
# comment at col 0
      3]
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
              "value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("call with a blank line inside") {
        CHECK(dump_source(R"PY(f(a,

  b)
)PY") ==
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', "
              "ctx=Load()), Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])");
    }
    SECTION("dict and nested brackets at any indentation") {
        CHECK(dump_source(R"PY(if a:
    d = {
'k': [1,
   2],
            'v': (3,
4)}
    e = 5
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Assign(targets=[Name(id='d', "
              "ctx=Store())], value=Dict(keys=[Constant(value='k'), Constant(value='v')], "
              "values=[List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), "
              "Tuple(elts=[Constant(value=3), Constant(value=4)], ctx=Load())])), "
              "Assign(targets=[Name(id='e', ctx=Store())], value=Constant(value=5))], orelse=[])], "
              "type_ignores=[])");
    }
    SECTION("def parameters across lines") {
        CHECK(dump_source(R"PY(def f(a,
      b=1,  # default
  *args,
      **kw):
    pass
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), "
              "arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[], kw_defaults=[], "
              "kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], "
              "type_ignores=[])");
    }
    SECTION("positions of a bracketed expression across lines") {
        CHECK(dump_positions(R"PY(x = (1 +
     2)
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, "
              "col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=2, "
              "lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=5, "
              "end_lineno=2, end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, "
              "end_col_offset=7)], type_ignores=[])");
    }
}

TEST_CASE("indentation: single-line compound statements", "[grammar][indent]") {
    SECTION("if with two simple statements") {
        CHECK(dump_source("if x: a; b\n") ==
              "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', "
              "ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])");
    }
    SECTION("trailing semicolon") {
        CHECK(dump_source("while y: c; d;\n") ==
              "Module(body=[While(test=Name(id='y', ctx=Load()), body=[Expr(value=Name(id='c', "
              "ctx=Load())), Expr(value=Name(id='d', ctx=Load()))], orelse=[])], type_ignores=[])");
    }
    SECTION("several one-line compound statements") {
        CHECK(dump_source(R"PY(for i in z: pass
class C: pass
def f(): return 1
with a: b
)PY") ==
              "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Name(id='z', ctx=Load()), "
              "body=[Pass()], orelse=[]), ClassDef(name='C', bases=[], keywords=[], body=[Pass()], "
              "decorator_list=[]), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], "
              "decorator_list=[]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], "
              "body=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])");
    }
    SECTION("one-line if followed by else block") {
        CHECK(dump_source(R"PY(if x: a
else:
    b
)PY") ==
              "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', "
              "ctx=Load()))], orelse=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])");
    }
    SECTION("try clauses on one line each") {
        CHECK(dump_source(R"PY(try: a
except E: b
else: c
finally: d
)PY") ==
              "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], "
              "handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Expr(value=Name(id='b', "
              "ctx=Load()))])], orelse=[Expr(value=Name(id='c', ctx=Load()))], "
              "finalbody=[Expr(value=Name(id='d', ctx=Load()))])], type_ignores=[])");
    }
}

TEST_CASE("indentation: end of file", "[grammar][indent]") {
    SECTION("no trailing newline") {
        CHECK(dump_source("x = 1") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
              "type_ignores=[])");
    }
    SECTION("no trailing newline inside a block") {
        CHECK(dump_source(R"PY(if a:
    b)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='b', "
              "ctx=Load()))], orelse=[])], type_ignores=[])");
    }
    SECTION("no trailing newline after a comment") {
        CHECK(dump_source(R"PY(if a:
    b
    # comment)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='b', "
              "ctx=Load()))], orelse=[])], type_ignores=[])");
    }
    SECTION("comment without newline") {
        CHECK(dump_source("x = 1  # comment") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
              "type_ignores=[])");
    }
    SECTION("spaces at the end of the file") {
        CHECK(dump_source("x = 1\n"
                  "   ") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
              "type_ignores=[])");
    }
    SECTION("empty file") {
        CHECK(dump_source("") ==
              "Module(body=[], type_ignores=[])");
    }
    SECTION("file of comments only") {
        CHECK(dump_source("# just a comment\n") ==
              "Module(body=[], type_ignores=[])");
    }
    SECTION("positions without trailing newline") {
        CHECK(dump_positions(R"PY(if a:
    b)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
              "end_col_offset=4), body=[Expr(value=Name(id='b', ctx=Load(), lineno=2, col_offset=4, "
              "end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, "
              "end_col_offset=5)], orelse=[], lineno=1, col_offset=0, end_lineno=2, "
              "end_col_offset=5)], type_ignores=[])");
    }
}

TEST_CASE("indentation: decorators", "[grammar][indent]") {
    SECTION("stacked decorators with arbitrary expressions") {
        CHECK(dump_source(R"PY(@dec
@dec.attr(1)
@(lambda f: f)
@a[0]
def f(): pass
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], "
              "decorator_list=[Name(id='dec', ctx=Load()), Call(func=Attribute(value=Name(id='dec', "
              "ctx=Load()), attr='attr', ctx=Load()), args=[Constant(value=1)], keywords=[]), "
              "Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], "
              "kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load())), "
              "Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Load())])], "
              "type_ignores=[])");
    }
    SECTION("decorated class and method") {
        CHECK(dump_source(R"PY(@a
class C:
    @staticmethod
    def g(): pass

    @property
    async def h(self): pass
)PY") ==
              "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[FunctionDef(name='g', "
              "args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), "
              "body=[Pass()], decorator_list=[Name(id='staticmethod', ctx=Load())]), "
              "AsyncFunctionDef(name='h', args=arguments(posonlyargs=[], args=[arg(arg='self')], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], "
              "decorator_list=[Name(id='property', ctx=Load())])], decorator_list=[Name(id='a', "
              "ctx=Load())])], type_ignores=[])");
    }
    SECTION("decorator with a walrus") {
        CHECK(dump_source(R"PY(@x := y
def f(): pass
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], "
              "decorator_list=[NamedExpr(target=Name(id='x', ctx=Store()), value=Name(id='y', "
              "ctx=Load()))])], type_ignores=[])");
    }
    SECTION("positions of a decorated function") {
        CHECK(dump_positions(R"PY(@d
def f():
    pass
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=3, col_offset=4, "
              "end_lineno=3, end_col_offset=8)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, "
              "col_offset=1, end_lineno=1, end_col_offset=2)], lineno=2, col_offset=0, end_lineno=3, "
              "end_col_offset=8)], type_ignores=[])");
    }
}

TEST_CASE("indentation: clauses", "[grammar][indent]") {
    SECTION("if elif else") {
        CHECK(dump_source(R"PY(if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], "
              "orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', "
              "ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])");
    }
    SECTION("try except else finally") {
        CHECK(dump_source(R"PY(try:
    a
except E as e:
    b
except (F, G):
    c
except:
    d
else:
    e
finally:
    f
)PY") ==
              "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], "
              "handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', "
              "body=[Expr(value=Name(id='b', ctx=Load()))]), "
              "ExceptHandler(type=Tuple(elts=[Name(id='F', ctx=Load()), Name(id='G', ctx=Load())], "
              "ctx=Load()), body=[Expr(value=Name(id='c', ctx=Load()))]), "
              "ExceptHandler(body=[Expr(value=Name(id='d', ctx=Load()))])], "
              "orelse=[Expr(value=Name(id='e', ctx=Load()))], finalbody=[Expr(value=Name(id='f', "
              "ctx=Load()))])], type_ignores=[])");
    }
    SECTION("try finally only") {
        CHECK(dump_source(R"PY(try:
    a
finally:
    b
)PY") ==
              "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[], orelse=[], "
              "finalbody=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])");
    }
    SECTION("except star") {
        CHECK(dump_source(R"PY(try:
    a
except* E:
    b
except *(F, G) as g:
    c
)PY") ==
              "Module(body=[TryStar(body=[Expr(value=Name(id='a', ctx=Load()))], "
              "handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Expr(value=Name(id='b', "
              "ctx=Load()))]), ExceptHandler(type=Tuple(elts=[Name(id='F', ctx=Load()), Name(id='G', "
              "ctx=Load())], ctx=Load()), name='g', body=[Expr(value=Name(id='c', ctx=Load()))])], "
              "orelse=[], finalbody=[])], type_ignores=[])");
    }
    SECTION("for else and while else") {
        CHECK(dump_source(R"PY(for x in y:
    a
else:
    b
while c:
    d
else:
    e
)PY") ==
              "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
              "body=[Expr(value=Name(id='a', ctx=Load()))], orelse=[Expr(value=Name(id='b', "
              "ctx=Load()))]), While(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='d', "
              "ctx=Load()))], orelse=[Expr(value=Name(id='e', ctx=Load()))])], type_ignores=[])");
    }
    SECTION("nested clauses dedenting to the inner if") {
        CHECK(dump_source(R"PY(if a:
    if b:
        c
    else:
        d
else:
    e
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), "
              "body=[Expr(value=Name(id='c', ctx=Load()))], orelse=[Expr(value=Name(id='d', "
              "ctx=Load()))])], orelse=[Expr(value=Name(id='e', ctx=Load()))])], type_ignores=[])");
    }
    SECTION("async statements") {
        CHECK(dump_source(R"PY(async def f():
    async for x in y:
        pass
    async with a as b, c:
        pass
)PY") ==
              "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', "
              "ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), "
              "AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
              "optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', "
              "ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[])");
    }
    SECTION("parenthesized with items") {
        CHECK(dump_source(R"PY(with (a as b, c as d,):
    pass
with (a, b):
    pass
with (yield):
    pass
)PY") ==
              "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
              "optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', "
              "ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), "
              "With(items=[withitem(context_expr=Name(id='a', ctx=Load())), "
              "withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()]), "
              "With(items=[withitem(context_expr=Yield())], body=[Pass()])], type_ignores=[])");
    }
    SECTION("positions of elif and else") {
        CHECK(dump_positions(R"PY(if a:
    b
elif c:
    d
else:
    e
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
              "end_col_offset=4), body=[Expr(value=Name(id='b', ctx=Load(), lineno=2, col_offset=4, "
              "end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, "
              "end_col_offset=5)], orelse=[If(test=Name(id='c', ctx=Load(), lineno=3, col_offset=5, "
              "end_lineno=3, end_col_offset=6), body=[Expr(value=Name(id='d', ctx=Load(), lineno=4, "
              "col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, "
              "end_col_offset=5)], orelse=[Expr(value=Name(id='e', ctx=Load(), lineno=6, col_offset=4, "
              "end_lineno=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, "
              "end_col_offset=5)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=5)], lineno=1, "
              "col_offset=0, end_lineno=6, end_col_offset=5)], type_ignores=[])");
    }
    SECTION("positions of a try statement") {
        CHECK(dump_positions(R"PY(try:
    a
except E as e:
    b
finally:
    c
)PY") ==
              "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, "
              "end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, "
              "end_col_offset=5)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, "
              "col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Expr(value=Name(id='b', "
              "ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, "
              "col_offset=4, end_lineno=4, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=4, "
              "end_col_offset=5)], orelse=[], finalbody=[Expr(value=Name(id='c', ctx=Load(), lineno=6, "
              "col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, "
              "end_col_offset=5)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=5)], "
              "type_ignores=[])");
    }
}

TEST_CASE("indentation: more corners", "[grammar][indent]") {
    SECTION("blank lines between clauses") {
        CHECK(dump_source(R"PY(if a:
    pass



else:
    pass
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[Pass()])], "
              "type_ignores=[])");
    }
    SECTION("comment at a smaller indentation before else") {
        CHECK(dump_source(R"PY(if a:
    b
  # c
else:
    c
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='b', "
              "ctx=Load()))], orelse=[Expr(value=Name(id='c', ctx=Load()))])], type_ignores=[])");
    }
    SECTION("backslash continuation at the start of the file") {
        CHECK(dump_source(R"PY(\
x = 1
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
              "type_ignores=[])");
    }
    SECTION("backslash-only line between statements") {
        CHECK(dump_source(R"PY(x = 1
\
y = 2
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
    }
    SECTION("blank and comment lines after a decorator") {
        CHECK(dump_source(R"PY(@d

# c
def f(): pass
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], "
              "decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])");
    }
    SECTION("semicolons and a trailing comment") {
        CHECK(dump_source(R"PY(x = 1; y = 2;  # c
class C: x = 1; y = 2
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2)), "
              "ClassDef(name='C', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', "
              "ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], "
              "value=Constant(value=2))], decorator_list=[])], type_ignores=[])");
    }
    SECTION("one-line if, elif and else") {
        CHECK(dump_source(R"PY(if a: pass
elif b: pass
else: pass
)PY") ==
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], "
              "orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], "
              "type_ignores=[])");
    }
    SECTION("tabs between tokens") {
        CHECK(dump_source("x =\t1\n"
                  "if\ta:\tpass\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])");
    }
    SECTION("ten levels then back to zero") {
        CHECK(dump_source(R"PY(if a0:
    if a1:
        if a2:
            if a3:
                if a4:
                    if a5:
                        if a6:
                            if a7:
                                if a8:
                                    if a9:
                                        pass
x = 1
)PY") ==
              "Module(body=[If(test=Name(id='a0', ctx=Load()), body=[If(test=Name(id='a1', "
              "ctx=Load()), body=[If(test=Name(id='a2', ctx=Load()), body=[If(test=Name(id='a3', "
              "ctx=Load()), body=[If(test=Name(id='a4', ctx=Load()), body=[If(test=Name(id='a5', "
              "ctx=Load()), body=[If(test=Name(id='a6', ctx=Load()), body=[If(test=Name(id='a7', "
              "ctx=Load()), body=[If(test=Name(id='a8', ctx=Load()), body=[If(test=Name(id='a9', "
              "ctx=Load()), body=[Pass()], orelse=[])], orelse=[])], orelse=[])], orelse=[])], "
              "orelse=[])], orelse=[])], orelse=[])], orelse=[])], orelse=[])], orelse=[]), "
              "Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    }
    SECTION("methods separated by blank lines at various indentations") {
        CHECK(dump_source("class C:\n"
                  "    def f(self):\n"
                  "        pass\n"
                  "\n"
                  "  \n"
                  "    def g(self):\n"
                  "        pass\n"
                  "\n"
                  "\n"
                  "y = 2\n") ==
              "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[FunctionDef(name='f', "
              "args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], "
              "defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='g', "
              "args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], "
              "defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[]), "
              "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
    }
}
