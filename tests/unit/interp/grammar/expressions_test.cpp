// Tests for interp/grammar/expressions.hpp (and the simple statements of
// statements.hpp): the precedence ladder and associativity (** against unary
// minus, comparison chains, not/and/or, nested conditionals, lambda in
// different positions), walrus and starred expressions, slices, yield and
// await.  The grammar parses a common prefix once and lets the tail decide
// instead of backtracking as python.gram does, so these check that the
// resulting tree is still CPython's.
// Expected texts: python3.11's ast.dump(ast.parse(source)), with
// include_attributes=True for the "positions" sections.
#include <catch2/catch.hpp>

#include "../parse_helpers.hpp"

using glasspy::test::dump_positions;
using glasspy::test::dump_source;

TEST_CASE("precedence: power and unary operators", "[grammar][expressions]") {
    SECTION("unary minus binds looser than **") {
        CHECK(dump_source("-2**2\n") ==
              "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), "
              "op=Pow(), right=Constant(value=2))))], type_ignores=[])");
    }
    SECTION("unary minus in the exponent") {
        CHECK(dump_source("2**-1\n") ==
              "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), "
              "right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])");
    }
    SECTION("** is right-associative") {
        CHECK(dump_source("2**3**2\n") ==
              "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), "
              "right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=2))))], "
              "type_ignores=[])");
    }
    SECTION("mixed unary and power") {
        CHECK(dump_source("-x**-y, ~x**2, +-~x, (-2)**2\n") ==
              "Module(body=[Expr(value=Tuple(elts=[UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', "
              "ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load())))), "
              "UnaryOp(op=Invert(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), "
              "right=Constant(value=2))), UnaryOp(op=UAdd(), operand=UnaryOp(op=USub(), "
              "operand=UnaryOp(op=Invert(), operand=Name(id='x', ctx=Load())))), "
              "BinOp(left=UnaryOp(op=USub(), operand=Constant(value=2)), op=Pow(), "
              "right=Constant(value=2))], ctx=Load()))], type_ignores=[])");
    }
    SECTION("await binds tighter than **") {
        CHECK(dump_source(R"PY(async def f():
    await x ** 2
    -await x
    await f()
    await x.y[0]
)PY") ==
              "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), "
              "body=[Expr(value=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), "
              "right=Constant(value=2))), Expr(value=UnaryOp(op=USub(), "
              "operand=Await(value=Name(id='x', ctx=Load())))), "
              "Expr(value=Await(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))), "
              "Expr(value=Await(value=Subscript(value=Attribute(value=Name(id='x', ctx=Load()), "
              "attr='y', ctx=Load()), slice=Constant(value=0), ctx=Load())))], decorator_list=[])], "
              "type_ignores=[])");
    }
    SECTION("power of a primary with trailers") {
        CHECK(dump_source("a.b(c)[d]**e.f\n") ==
              "Module(body=[Expr(value=BinOp(left=Subscript(value=Call(func=Attribute(value=Name(id='a'"
              ", ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), "
              "slice=Name(id='d', ctx=Load()), ctx=Load()), op=Pow(), "
              "right=Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Load())))], "
              "type_ignores=[])");
    }
}

TEST_CASE("precedence: binary operators", "[grammar][expressions]") {
    SECTION("the arithmetic ladder") {
        CHECK(dump_source("a | b ^ c & d << e + f * g ** h\n") ==
              "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), "
              "right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', "
              "ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), "
              "right=BinOp(left=Name(id='e', ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', "
              "ctx=Load()), op=Mult(), right=BinOp(left=Name(id='g', ctx=Load()), op=Pow(), "
              "right=Name(id='h', ctx=Load())))))))))], type_ignores=[])");
    }
    SECTION("left associativity") {
        CHECK(dump_source("a - b - c, a / b // c % d @ e, a << b >> c\n") ==
              "Module(body=[Expr(value=Tuple(elts=[BinOp(left=BinOp(left=Name(id='a', ctx=Load()), "
              "op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())), "
              "BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Div(), "
              "right=Name(id='b', ctx=Load())), op=FloorDiv(), right=Name(id='c', ctx=Load())), "
              "op=Mod(), right=Name(id='d', ctx=Load())), op=MatMult(), right=Name(id='e', "
              "ctx=Load())), BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=LShift(), "
              "right=Name(id='b', ctx=Load())), op=RShift(), right=Name(id='c', ctx=Load()))], "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("parentheses override") {
        CHECK(dump_source("(a | b) ^ c, a * (b + c)\n") ==
              "Module(body=[Expr(value=Tuple(elts=[BinOp(left=BinOp(left=Name(id='a', ctx=Load()), "
              "op=BitOr(), right=Name(id='b', ctx=Load())), op=BitXor(), right=Name(id='c', "
              "ctx=Load())), BinOp(left=Name(id='a', ctx=Load()), op=Mult(), "
              "right=BinOp(left=Name(id='b', ctx=Load()), op=Add(), right=Name(id='c', ctx=Load())))], "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("positions of a binary chain") {
        CHECK(dump_positions("a + b * c - d\n") ==
              "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=BinOp(left=Name(id='b', "
              "ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Mult(), "
              "right=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), "
              "lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=9), op=Sub(), right=Name(id='d', ctx=Load(), lineno=1, "
              "col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], "
              "type_ignores=[])");
    }
}

TEST_CASE("precedence: comparisons and boolean operators", "[grammar][expressions]") {
    SECTION("comparison chain") {
        CHECK(dump_source("a < b < c\n") ==
              "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], "
              "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])");
    }
    SECTION("every comparison operator") {
        CHECK(dump_source("a < b == c != d is e is not f in g not in h <= i >= j > k\n") ==
              "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Eq(), "
              "NotEq(), Is(), IsNot(), In(), NotIn(), LtE(), GtE(), Gt()], comparators=[Name(id='b', "
              "ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', "
              "ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', "
              "ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', "
              "ctx=Load())]))], type_ignores=[])");
    }
    SECTION("not binds looser than comparison") {
        CHECK(dump_source("not a == b, not a in b\n") ==
              "Module(body=[Expr(value=Tuple(elts=[UnaryOp(op=Not(), operand=Compare(left=Name(id='a', "
              "ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])), UnaryOp(op=Not(), "
              "operand=Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Name(id='b', "
              "ctx=Load())]))], ctx=Load()))], type_ignores=[])");
    }
    SECTION("not not") {
        CHECK(dump_source("not not a\n") ==
              "Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), "
              "operand=Name(id='a', ctx=Load()))))], type_ignores=[])");
    }
    SECTION("and binds tighter than or") {
        CHECK(dump_source("a or b and c, a and not b or c\n") ==
              "Module(body=[Expr(value=Tuple(elts=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), "
              "BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])]), "
              "BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), "
              "UnaryOp(op=Not(), operand=Name(id='b', ctx=Load()))]), Name(id='c', ctx=Load())])], "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("flattened boolean operators") {
        CHECK(dump_source("a or b or c, a and b and c, a or (b or c)\n") ==
              "Module(body=[Expr(value=Tuple(elts=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), "
              "Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), BoolOp(op=And(), "
              "values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), "
              "BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=Or(), values=[Name(id='b', "
              "ctx=Load()), Name(id='c', ctx=Load())])])], ctx=Load()))], type_ignores=[])");
    }
    SECTION("bitwise or inside a comparison") {
        CHECK(dump_source("a | b < c & d\n") ==
              "Module(body=[Expr(value=Compare(left=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), "
              "right=Name(id='b', ctx=Load())), ops=[Lt()], comparators=[BinOp(left=Name(id='c', "
              "ctx=Load()), op=BitAnd(), right=Name(id='d', ctx=Load()))]))], type_ignores=[])");
    }
}

TEST_CASE("precedence: conditional expressions and lambda", "[grammar][expressions]") {
    SECTION("nested conditional in the else branch") {
        CHECK(dump_source("x if a else y if b else z\n") ==
              "Module(body=[Expr(value=IfExp(test=Name(id='a', ctx=Load()), body=Name(id='x', "
              "ctx=Load()), orelse=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='y', ctx=Load()), "
              "orelse=Name(id='z', ctx=Load()))))], type_ignores=[])");
    }
    SECTION("parenthesized conditional as the body") {
        CHECK(dump_source("(x if a else y) if b else z\n") ==
              "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), "
              "body=IfExp(test=Name(id='a', ctx=Load()), body=Name(id='x', ctx=Load()), "
              "orelse=Name(id='y', ctx=Load())), orelse=Name(id='z', ctx=Load())))], type_ignores=[])");
    }
    SECTION("conditional in the condition") {
        CHECK(dump_source("x if (a if b else c) else y\n") ==
              "Module(body=[Expr(value=IfExp(test=IfExp(test=Name(id='b', ctx=Load()), "
              "body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())), body=Name(id='x', "
              "ctx=Load()), orelse=Name(id='y', ctx=Load())))], type_ignores=[])");
    }
    SECTION("lambda body is a conditional") {
        CHECK(dump_source("lambda: x if a else y\n") ==
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
              "kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='a', ctx=Load()), "
              "body=Name(id='x', ctx=Load()), orelse=Name(id='y', ctx=Load()))))], type_ignores=[])");
    }
    SECTION("lambda with every parameter kind") {
        CHECK(dump_source("lambda a, /, b, c=1, *args, d, e=2, **kw: 0\n") ==
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], "
              "args=[arg(arg='b'), arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), "
              "arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), "
              "defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])");
    }
    SECTION("lambda with bare star") {
        CHECK(dump_source("lambda *, a: a\n") ==
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', "
              "ctx=Load())))], type_ignores=[])");
    }
    SECTION("lambda as an argument and list item") {
        CHECK(dump_source(R"PY(f(lambda: 1, key=lambda x: -x)
[lambda: 1, 2]
)PY") ==
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
              "args=[Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
              "defaults=[]), body=Constant(value=1))], keywords=[keyword(arg='key', "
              "value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], "
              "kw_defaults=[], defaults=[]), body=UnaryOp(op=USub(), operand=Name(id='x', "
              "ctx=Load()))))])), Expr(value=List(elts=[Lambda(args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), "
              "Constant(value=2)], ctx=Load()))], type_ignores=[])");
    }
    SECTION("lambda in a conditional") {
        CHECK(dump_source("(lambda: 1) if a else lambda: 2\n") ==
              "Module(body=[Expr(value=IfExp(test=Name(id='a', ctx=Load()), "
              "body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
              "defaults=[]), body=Constant(value=1)), orelse=Lambda(args=arguments(posonlyargs=[], "
              "args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=2))))], "
              "type_ignores=[])");
    }
    SECTION("lambda returning yield") {
        CHECK(dump_source("x = lambda: (yield)\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
              "value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
              "defaults=[]), body=Yield()))], type_ignores=[])");
    }
    SECTION("lambda default is a lambda") {
        CHECK(dump_source("lambda a=lambda: 0: a\n") ==
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], "
              "kwonlyargs=[], kw_defaults=[], defaults=[Lambda(args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))]), "
              "body=Name(id='a', ctx=Load())))], type_ignores=[])");
    }
    SECTION("positions of a lambda") {
        CHECK(dump_positions("f = lambda x, *y: x + 1\n") ==
              "Module(body=[Assign(targets=[Name(id='f', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], "
              "args=[arg(arg='x', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], "
              "vararg=arg(arg='y', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=BinOp(left=Name(id='x', ctx=Load(), "
              "lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), op=Add(), "
              "right=Constant(value=1, lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), "
              "lineno=1, col_offset=18, end_lineno=1, end_col_offset=23), lineno=1, col_offset=4, "
              "end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=23)], type_ignores=[])");
    }
}

TEST_CASE("walrus and starred expressions", "[grammar][expressions]") {
    SECTION("walrus in a comprehension condition") {
        CHECK(dump_source("[y for x in xs if (y := f(x))]\n") ==
              "Module(body=[Expr(value=ListComp(elt=Name(id='y', ctx=Load()), "
              "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='xs', "
              "ctx=Load()), ifs=[NamedExpr(target=Name(id='y', ctx=Store()), "
              "value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], "
              "keywords=[]))], is_async=0)]))], type_ignores=[])");
    }
    SECTION("walrus in a list display and call") {
        CHECK(dump_source(R"PY([y := 1, y**2]
f(x := 1)
)PY") ==
              "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), "
              "value=Constant(value=1)), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), "
              "right=Constant(value=2))], ctx=Load())), Expr(value=Call(func=Name(id='f', ctx=Load()), "
              "args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], "
              "keywords=[]))], type_ignores=[])");
    }
    SECTION("walrus in an if and a while") {
        CHECK(dump_source(R"PY(if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
)PY") ==
              "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), "
              "value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], "
              "keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], "
              "orelse=[]), While(test=NamedExpr(target=Name(id='chunk', ctx=Store()), "
              "value=Call(func=Name(id='read', ctx=Load()), args=[], keywords=[])), body=[Pass()], "
              "orelse=[])], type_ignores=[])");
    }
    SECTION("unparenthesized walrus in a subscript") {
        CHECK(dump_source("x[y := 1]\n") ==
              "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), "
              "slice=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1)), "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("starred assignment targets") {
        CHECK(dump_source(R"PY(*a, b = c
a, *b = c
[a, *b] = c
)PY") ==
              "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), "
              "ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', "
              "ctx=Load())), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), "
              "Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], "
              "value=Name(id='c', ctx=Load())), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), "
              "Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], "
              "value=Name(id='c', ctx=Load()))], type_ignores=[])");
    }
    SECTION("starred in displays") {
        CHECK(dump_source(R"PY([*a, *b]
{*a, *b}
{**a, 'b': 1, **c}
(*a, b)
)PY") ==
              "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), "
              "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load())), "
              "Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), "
              "Starred(value=Name(id='b', ctx=Load()), ctx=Load())])), Expr(value=Dict(keys=[None, "
              "Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), "
              "Name(id='c', ctx=Load())])), Expr(value=Tuple(elts=[Starred(value=Name(id='a', "
              "ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])");
    }
    SECTION("starred call arguments") {
        CHECK(dump_source(R"PY(f(*a, *b, x, **c, **d, y=1)
print(*a)
)PY") ==
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
              "args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', "
              "ctx=Load()), ctx=Load()), Name(id='x', ctx=Load())], "
              "keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', "
              "ctx=Load())), keyword(arg='y', value=Constant(value=1))])), "
              "Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', "
              "ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[])");
    }
    SECTION("starred in return, for and assignment value") {
        CHECK(dump_source(R"PY(def f():
    return *a, b
for *a, b in c: pass
x = *a, *b
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), "
              "body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), "
              "Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[]), "
              "For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), "
              "Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], "
              "orelse=[]), Assign(targets=[Name(id='x', ctx=Store())], "
              "value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), "
              "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])");
    }
    SECTION("starred subscript") {
        CHECK(dump_source(R"PY(a[*b]
a[*b, c]
)PY") ==
              "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), "
              "ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', "
              "ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])");
    }
    SECTION("generator expression as the only argument") {
        CHECK(dump_source(R"PY(f(x for x in y)
sum(x*x for x in range(10) if x if not x)
)PY") ==
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
              "args=[GeneratorExp(elt=Name(id='x', ctx=Load()), "
              "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', "
              "ctx=Load()), ifs=[], is_async=0)])], keywords=[])), Expr(value=Call(func=Name(id='sum', "
              "ctx=Load()), args=[GeneratorExp(elt=BinOp(left=Name(id='x', ctx=Load()), op=Mult(), "
              "right=Name(id='x', ctx=Load())), generators=[comprehension(target=Name(id='x', "
              "ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], "
              "keywords=[]), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', "
              "ctx=Load()))], is_async=0)])], keywords=[]))], type_ignores=[])");
    }
    SECTION("comprehensions of every kind") {
        CHECK(dump_source(R"PY([x for x in a for y in b]
{x for x in a}
{k: v for k, v in d}
(x async for x in a)
)PY") ==
              "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), "
              "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='a', "
              "ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='y', ctx=Store()), "
              "iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])), "
              "Expr(value=SetComp(elt=Name(id='x', ctx=Load()), "
              "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='a', "
              "ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), "
              "value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k'"
              ", ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', "
              "ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', "
              "ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), "
              "iter=Name(id='a', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])");
    }
    SECTION("positions of a comprehension") {
        CHECK(dump_positions("[x for x in y if x]\n") ==
              "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, "
              "end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', "
              "ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', "
              "ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), "
              "ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, "
              "end_col_offset=18)], is_async=0)], lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], "
              "type_ignores=[])");
    }
}

TEST_CASE("subscripts and slices", "[grammar][expressions]") {
    SECTION("slices with steps") {
        CHECK(dump_source("a[1:2:3], a[::2], a[:], a[-1:], a[:-1], a[::]\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), "
              "ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Slice(step=Constant(value=2)), ctx=Load()), Subscript(value=Name(id='a', "
              "ctx=Load()), slice=Slice(), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Slice(lower=UnaryOp(op=USub(), operand=Constant(value=1))), ctx=Load()), "
              "Subscript(value=Name(id='a', ctx=Load()), slice=Slice(upper=UnaryOp(op=USub(), "
              "operand=Constant(value=1))), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Slice(), ctx=Load())], ctx=Load()))], type_ignores=[])");
    }
    SECTION("tuples of slices") {
        CHECK(dump_source("a[:, 1], a[1:2, ::3, ...], a[x, y:z]\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load()), "
              "Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1"
              "), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], "
              "ctx=Load()), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Tuple(elts=[Name(id='x', ctx=Load()), Slice(lower=Name(id='y', ctx=Load()), "
              "upper=Name(id='z', ctx=Load()))], ctx=Load()), ctx=Load())], ctx=Load()))], "
              "type_ignores=[])");
    }
    SECTION("empty tuple and trailing comma") {
        CHECK(dump_source("a[()], a[1,], a[1:2,]\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Tuple(elts=[], ctx=Load()), ctx=Load()), Subscript(value=Name(id='a', "
              "ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()), "
              "Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1"
              "), upper=Constant(value=2))], ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])");
    }
    SECTION("slice bounds are full expressions") {
        CHECK(dump_source("a[x if y else z : lambda: 1]\n") ==
              "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Slice(lower=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), "
              "orelse=Name(id='z', ctx=Load())), upper=Lambda(args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1))), ctx=Load()))], "
              "type_ignores=[])");
    }
    SECTION("positions of slices") {
        CHECK(dump_positions("a[1:2, ::3]\n") ==
              "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=1), "
              "slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, "
              "end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, "
              "end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), "
              "Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), "
              "lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, "
              "col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=11)], type_ignores=[])");
    }
}

TEST_CASE("yield and await", "[grammar][expressions]") {
    SECTION("yield forms") {
        CHECK(dump_source(R"PY(def f():
    yield
    yield x
    yield x, y
    x = yield
    x = yield y
    yield from g()
    f((yield))
    await_ = (yield from x)
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), "
              "Expr(value=Yield(value=Name(id='x', ctx=Load()))), "
              "Expr(value=Yield(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], "
              "ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), "
              "Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Name(id='y', "
              "ctx=Load()))), Expr(value=YieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], "
              "keywords=[]))), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Yield()], "
              "keywords=[])), Assign(targets=[Name(id='await_', ctx=Store())], "
              "value=YieldFrom(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[])");
    }
    SECTION("yield as an augmented assignment value") {
        CHECK(dump_source(R"PY(def f():
    x += yield y
    x: int = yield
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AugAssign(target=Name(id='x', "
              "ctx=Store()), op=Add(), value=Yield(value=Name(id='y', ctx=Load()))), "
              "AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), "
              "value=Yield(), simple=1)], decorator_list=[])], type_ignores=[])");
    }
    SECTION("await in comprehensions") {
        CHECK(dump_source(R"PY(async def f():
    [await x for x in y]
    return await g(await h)
)PY") ==
              "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), "
              "body=[Expr(value=ListComp(elt=Await(value=Name(id='x', ctx=Load())), "
              "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', "
              "ctx=Load()), ifs=[], is_async=0)])), Return(value=Await(value=Call(func=Name(id='g', "
              "ctx=Load()), args=[Await(value=Name(id='h', ctx=Load()))], keywords=[])))], "
              "decorator_list=[])], type_ignores=[])");
    }
    SECTION("positions of yield from") {
        CHECK(dump_positions(R"PY(def f():
    x = yield from y
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', "
              "ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], "
              "value=YieldFrom(value=Name(id='y', ctx=Load(), lineno=2, col_offset=19, end_lineno=2, "
              "end_col_offset=20), lineno=2, col_offset=8, end_lineno=2, end_col_offset=20), lineno=2, "
              "col_offset=4, end_lineno=2, end_col_offset=20)], decorator_list=[], lineno=1, "
              "col_offset=0, end_lineno=2, end_col_offset=20)], type_ignores=[])");
    }
}

TEST_CASE("statements: assignments, imports and others", "[grammar][expressions]") {
    SECTION("chained and augmented assignments") {
        CHECK(dump_source(R"PY(a = b = c = 1
a += 1
a //= 2
a **= 3
a >>= 4
a @= b
)PY") ==
              "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), "
              "Name(id='c', ctx=Store())], value=Constant(value=1)), AugAssign(target=Name(id='a', "
              "ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='a', "
              "ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='a', "
              "ctx=Store()), op=Pow(), value=Constant(value=3)), AugAssign(target=Name(id='a', "
              "ctx=Store()), op=RShift(), value=Constant(value=4)), AugAssign(target=Name(id='a', "
              "ctx=Store()), op=MatMult(), value=Name(id='b', ctx=Load()))], type_ignores=[])");
    }
    SECTION("annotated assignments") {
        CHECK(dump_source(R"PY(x: int
x: int = 1
(y): str = 'a'
a.b: c
a[0]: d = e
)PY") ==
              "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', "
              "ctx=Load()), simple=1), AnnAssign(target=Name(id='x', ctx=Store()), "
              "annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), "
              "AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='str', ctx=Load()), "
              "value=Constant(value='a'), simple=0), AnnAssign(target=Attribute(value=Name(id='a', "
              "ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='c', ctx=Load()), simple=0), "
              "AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), "
              "ctx=Store()), annotation=Name(id='d', ctx=Load()), value=Name(id='e', ctx=Load()), "
              "simple=0)], type_ignores=[])");
    }
    SECTION("imports") {
        CHECK(dump_source(R"PY(import a.b.c as d, e
from . import x
from .. a import (b as c, d,)
from ...x.y import *
from .... import z
)PY") ==
              "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')]), "
              "ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='a', "
              "names=[alias(name='b', asname='c'), alias(name='d')], level=2), "
              "ImportFrom(module='x.y', names=[alias(name='*')], level=3), "
              "ImportFrom(names=[alias(name='z')], level=4)], type_ignores=[])");
    }
    SECTION("global, nonlocal, del, assert, raise") {
        CHECK(dump_source(R"PY(def f():
    global a, b
    nonlocal c
    del d, e[0], f.g
    assert x, 'msg'
    raise E from None
    raise
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b']), "
              "Nonlocal(names=['c']), Delete(targets=[Name(id='d', ctx=Del()), "
              "Subscript(value=Name(id='e', ctx=Load()), slice=Constant(value=0), ctx=Del()), "
              "Attribute(value=Name(id='f', ctx=Load()), attr='g', ctx=Del())]), "
              "Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg')), "
              "Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None)), Raise()], "
              "decorator_list=[])], type_ignores=[])");
    }
    SECTION("soft keywords as names") {
        CHECK(dump_source(R"PY(match = 1
case = 2
_ = 3
match(x)
match[x]
print(match, case)
match.x = 1
)PY") ==
              "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), "
              "Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2)), "
              "Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=3)), "
              "Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], "
              "keywords=[])), Expr(value=Subscript(value=Name(id='match', ctx=Load()), "
              "slice=Name(id='x', ctx=Load()), ctx=Load())), Expr(value=Call(func=Name(id='print', "
              "ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load())], "
              "keywords=[])), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', "
              "ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    }
    SECTION("class with keywords and bases") {
        CHECK(dump_source(R"PY(class C(A, B, metaclass=M, **kw):
    pass
)PY") ==
              "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', "
              "ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), "
              "keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], "
              "type_ignores=[])");
    }
    SECTION("function with every parameter kind and annotations") {
        CHECK(dump_source(R"PY(def f(a: int, /, b=1, *args: str, c, d: 'x' = 2, **kw: dict) -> None:
    pass
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', "
              "annotation=Name(id='int', ctx=Load()))], args=[arg(arg='b')], vararg=arg(arg='args', "
              "annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c'), arg(arg='d', "
              "annotation=Constant(value='x'))], kw_defaults=[None, Constant(value=2)], "
              "kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load())), "
              "defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], "
              "returns=Constant(value=None))], type_ignores=[])");
    }
    SECTION("positions of a function with annotations") {
        CHECK(dump_positions(R"PY(def f(a: int = 1, *b) -> str:
    return a
)PY") ==
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', "
              "annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, "
              "end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12)], "
              "vararg=arg(arg='b', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), "
              "kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1, lineno=1, col_offset=15, "
              "end_lineno=1, end_col_offset=16)]), body=[Return(value=Name(id='a', ctx=Load(), "
              "lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, "
              "end_lineno=2, end_col_offset=12)], decorator_list=[], returns=Name(id='str', "
              "ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=28), lineno=1, "
              "col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[])");
    }
}

TEST_CASE("expressions: more corners", "[grammar][expressions]") {
    SECTION("not of a conditional") {
        CHECK(dump_source("not a if b else c\n") ==
              "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=UnaryOp(op=Not(), "
              "operand=Name(id='a', ctx=Load())), orelse=Name(id='c', ctx=Load())))], type_ignores=[])");
    }
    SECTION("del forms") {
        CHECK(dump_source(R"PY(del (a, b), [c]
del (a)
del a[1:2], b.c
)PY") ==
              "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', "
              "ctx=Del())], ctx=Del()), List(elts=[Name(id='c', ctx=Del())], ctx=Del())]), "
              "Delete(targets=[Name(id='a', ctx=Del())]), Delete(targets=[Subscript(value=Name(id='a', "
              "ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Del()), "
              "Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])], type_ignores=[])");
    }
    SECTION("for target with a trailing comma") {
        CHECK(dump_source("for x, in y: pass\n") ==
              "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), "
              "iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])");
    }
    SECTION("trailers chained") {
        CHECK(dump_source(R"PY(a[b][c].d(e)(f)
f(a)(b)(c)
)PY") ==
              "Module(body=[Expr(value=Call(func=Call(func=Attribute(value=Subscript(value=Subscript(va"
              "lue=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), "
              "slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()), args=[Name(id='e', "
              "ctx=Load())], keywords=[]), args=[Name(id='f', ctx=Load())], keywords=[])), "
              "Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', "
              "ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), "
              "args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])");
    }
    SECTION("assignment to a one-element tuple") {
        CHECK(dump_source("x = a, = b\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Tuple(elts=[Name(id='a', "
              "ctx=Store())], ctx=Store())], value=Name(id='b', ctx=Load()))], type_ignores=[])");
    }
    SECTION("walrus forms") {
        CHECK(dump_source(R"PY((a := 1, b := 2)
[(y := x) for x in y]
a[(x:=1):2]
)PY") ==
              "Module(body=[Expr(value=Tuple(elts=[NamedExpr(target=Name(id='a', ctx=Store()), "
              "value=Constant(value=1)), NamedExpr(target=Name(id='b', ctx=Store()), "
              "value=Constant(value=2))], ctx=Load())), Expr(value=ListComp(elt=NamedExpr(target=Name(i"
              "d='y', ctx=Store()), value=Name(id='x', ctx=Load())), "
              "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', "
              "ctx=Load()), ifs=[], is_async=0)])), Expr(value=Subscript(value=Name(id='a', "
              "ctx=Load()), slice=Slice(lower=NamedExpr(target=Name(id='x', ctx=Store()), "
              "value=Constant(value=1)), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])");
    }
    SECTION("assignment targets") {
        CHECK(dump_source(R"PY(a.b.c = d
a[1:2] = b
(a) = 1
[a, (b, c)] = d
)PY") ==
              "Module(body=[Assign(targets=[Attribute(value=Attribute(value=Name(id='a', ctx=Load()), "
              "attr='b', ctx=Load()), attr='c', ctx=Store())], value=Name(id='d', ctx=Load())), "
              "Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Store())], "
              "value=Name(id='b', ctx=Load())), Assign(targets=[Name(id='a', ctx=Store())], "
              "value=Constant(value=1)), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), "
              "Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], "
              "ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])");
    }
    SECTION("comparison with a parenthesized comparison") {
        CHECK(dump_source("a < (b < c)\n") ==
              "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], "
              "comparators=[Compare(left=Name(id='b', ctx=Load()), ops=[Lt()], "
              "comparators=[Name(id='c', ctx=Load())])]))], type_ignores=[])");
    }
    SECTION("ellipsis") {
        CHECK(dump_source(R"PY(...
x[...]
a[..., 1]
)PY") ==
              "Module(body=[Expr(value=Constant(value=Ellipsis)), "
              "Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=Ellipsis), "
              "ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Tuple(elts=[Constant(value=Ellipsis), Constant(value=1)], ctx=Load()), "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("lambda returning a lambda") {
        CHECK(dump_source("lambda: lambda: 1\n") ==
              "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
              "kw_defaults=[], defaults=[]), body=Lambda(args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1))))], "
              "type_ignores=[])");
    }
    SECTION("starred arguments between keywords") {
        CHECK(dump_source("f(a, *b, c=1, *d, **e)\n") ==
              "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', "
              "ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), "
              "Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', "
              "value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))]))], type_ignores=[])");
    }
    SECTION("starred with a slice in a subscript") {
        CHECK(dump_source("a[*b, 1:2]\n") ==
              "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), "
              "Slice(lower=Constant(value=1), upper=Constant(value=2))], ctx=Load()), ctx=Load()))], "
              "type_ignores=[])");
    }
    SECTION("comprehensions with conditionals and nesting") {
        CHECK(dump_source(R"PY({(a, b) for a, b in c}
{k: v if v else 0 for k, v in d.items() if k}
[[y for y in x] for x in z]
)PY") ==
              "Module(body=[Expr(value=SetComp(elt=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', "
              "ctx=Load())], ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='a', "
              "ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), "
              "ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), "
              "value=IfExp(test=Name(id='v', ctx=Load()), body=Name(id='v', ctx=Load()), "
              "orelse=Constant(value=0)), generators=[comprehension(target=Tuple(elts=[Name(id='k', "
              "ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), "
              "iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), "
              "args=[], keywords=[]), ifs=[Name(id='k', ctx=Load())], is_async=0)])), "
              "Expr(value=ListComp(elt=ListComp(elt=Name(id='y', ctx=Load()), "
              "generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='x', "
              "ctx=Load()), ifs=[], is_async=0)]), generators=[comprehension(target=Name(id='x', "
              "ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    }
    SECTION("await at module level parses") {
        CHECK(dump_source("await x\n") ==
              "Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], type_ignores=[])");
    }
}
