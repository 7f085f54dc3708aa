// Tests for interp/grammar/patterns.hpp: the match statement with every kind
// of pattern (literal, capture, wildcard, value, group, sequence, mapping,
// class, or, as), guards, and the subjects python.gram allows; match and case
// stay soft keywords (expressions_test.cpp uses them as names).
// Expected texts: python3.11's ast.dump(ast.parse(source)), with
// include_attributes=True for the "positions" sections.
#include <catch2/catch.hpp>

#include "../parse_helpers.hpp"

using glasspy::test::dump_positions;
using glasspy::test::dump_source;

TEST_CASE("match: literal, capture, wildcard and value patterns", "[grammar][patterns]") {
    SECTION("literal patterns") {
        CHECK(dump_source(R"PY(match x:
    case 1 | -1 | 1.5 | 1+2j | -3-4j | 'a' 'b' | b'c' | None | True | False:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), "
              "MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), "
              "MatchValue(value=Constant(value=1.5)), MatchValue(value=BinOp(left=Constant(value=1), "
              "op=Add(), right=Constant(value=2j))), MatchValue(value=BinOp(left=UnaryOp(op=USub(), "
              "operand=Constant(value=3)), op=Sub(), right=Constant(value=4j))), "
              "MatchValue(value=Constant(value='ab')), MatchValue(value=Constant(value=b'c')), "
              "MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), "
              "body=[Pass()])])], type_ignores=[])");
    }
    SECTION("capture and wildcard") {
        CHECK(dump_source(R"PY(match x:
    case y:
        pass
    case _:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchAs(name='y'), body=[Pass()]), "
              "match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("value patterns") {
        CHECK(dump_source(R"PY(match x:
    case a.b:
        pass
    case a.b.c:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), "
              "attr='b', ctx=Load())), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(va"
              "lue=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', "
              "ctx=Load())), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("group pattern") {
        CHECK(dump_source(R"PY(match x:
    case (1):
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()])])], "
              "type_ignores=[])");
    }
}

TEST_CASE("match: sequence, mapping and class patterns", "[grammar][patterns]") {
    SECTION("sequence patterns") {
        CHECK(dump_source(R"PY(match x:
    case [a, *rest]:
        pass
    case (a, b, *_):
        pass
    case a, *b, c:
        pass
    case []:
        pass
    case ():
        pass
    case (a,):
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), "
              "MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[Mat"
              "chAs(name='a'), MatchAs(name='b'), MatchStar()]), body=[Pass()]), "
              "match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='b'), "
              "MatchAs(name='c')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), "
              "body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), "
              "match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])], "
              "type_ignores=[])");
    }
    SECTION("mapping patterns") {
        CHECK(dump_source(R"PY(match x:
    case {'a': 1, b.c: d, **rest}:
        pass
    case {}:
        pass
    case {1: _, -2: [x], None: y,}:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a'), "
              "Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Load())], "
              "patterns=[MatchValue(value=Constant(value=1)), MatchAs(name='d')], rest='rest'), "
              "body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), "
              "match_case(pattern=MatchMapping(keys=[Constant(value=1), UnaryOp(op=USub(), "
              "operand=Constant(value=2)), Constant(value=None)], patterns=[MatchAs(), "
              "MatchSequence(patterns=[MatchAs(name='x')]), MatchAs(name='y')]), body=[Pass()])])], "
              "type_ignores=[])");
    }
    SECTION("class patterns") {
        CHECK(dump_source(R"PY(match x:
    case P():
        pass
    case P(a, b):
        pass
    case P(a, y=1, z=[b]):
        pass
    case a.b.C(x=_,):
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchClass(cls=Name(id='P', ctx=Load()), patterns=[], "
              "kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), "
              "match_case(pattern=MatchClass(cls=Name(id='P', ctx=Load()), "
              "patterns=[MatchAs(name='a'), MatchAs(name='b')], kwd_attrs=[], kwd_patterns=[]), "
              "body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='P', ctx=Load()), "
              "patterns=[MatchAs(name='a')], kwd_attrs=['y', 'z'], "
              "kwd_patterns=[MatchValue(value=Constant(value=1)), "
              "MatchSequence(patterns=[MatchAs(name='b')])]), body=[Pass()]), "
              "match_case(pattern=MatchClass(cls=Attribute(value=Attribute(value=Name(id='a', "
              "ctx=Load()), attr='b', ctx=Load()), attr='C', ctx=Load()), patterns=[], "
              "kwd_attrs=['x'], kwd_patterns=[MatchAs()]), body=[Pass()])])], type_ignores=[])");
    }
}

TEST_CASE("match: or, as, guards and subjects", "[grammar][patterns]") {
    SECTION("or and as patterns") {
        CHECK(dump_source(R"PY(match x:
    case [1, 2] | {'k': _} as y:
        pass
    case (A() | B()) as z:
        pass
    case 1 | 2 as w if w > 1:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchSequence(patterns=[Matc"
              "hValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), "
              "MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs()])]), name='y'), "
              "body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchClass(cls=Name"
              "(id='A', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), "
              "MatchClass(cls=Name(id='B', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[])]), "
              "name='z'), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchVal"
              "ue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='w'), "
              "guard=Compare(left=Name(id='w', ctx=Load()), ops=[Gt()], "
              "comparators=[Constant(value=1)]), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("guards") {
        CHECK(dump_source(R"PY(match x:
    case y if y > 0 and (z := y):
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchAs(name='y'), guard=BoolOp(op=And(), "
              "values=[Compare(left=Name(id='y', ctx=Load()), ops=[Gt()], "
              "comparators=[Constant(value=0)]), NamedExpr(target=Name(id='z', ctx=Store()), "
              "value=Name(id='y', ctx=Load()))]), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("tuple subject") {
        CHECK(dump_source(R"PY(match a, b:
    case 1, 2:
        pass
)PY") ==
              "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', "
              "ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue("
              "value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()])])], "
              "type_ignores=[])");
    }
    SECTION("starred subject") {
        CHECK(dump_source(R"PY(match *a, b:
    case _:
        pass
)PY") ==
              "Module(body=[Match(subject=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), "
              "ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), "
              "cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("subject with a walrus and a call") {
        CHECK(dump_source(R"PY(match (y := f(x)):
    case _:
        pass
)PY") ==
              "Module(body=[Match(subject=NamedExpr(target=Name(id='y', ctx=Store()), "
              "value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], "
              "keywords=[])), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("nested match") {
        CHECK(dump_source(R"PY(match x:
    case 1:
        match y:
            case 2:
                pass
    case _: pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchValue(value=Constant(value=1)), "
              "body=[Match(subject=Name(id='y', ctx=Load()), "
              "cases=[match_case(pattern=MatchValue(value=Constant(value=2)), body=[Pass()])])]), "
              "match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("positions of patterns") {
        CHECK(dump_positions(R"PY(match x:
    case [a, *b] | {'k': c} if c:
        pass
    case P(x=1) as p:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, "
              "end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSequen"
              "ce(patterns=[MatchAs(name='a', lineno=2, col_offset=10, end_lineno=2, "
              "end_col_offset=11), MatchStar(name='b', lineno=2, col_offset=13, end_lineno=2, "
              "end_col_offset=15)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), "
              "MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=20, end_lineno=2, "
              "end_col_offset=23)], patterns=[MatchAs(name='c', lineno=2, col_offset=25, end_lineno=2, "
              "end_col_offset=26)], lineno=2, col_offset=19, end_lineno=2, end_col_offset=27)], "
              "lineno=2, col_offset=9, end_lineno=2, end_col_offset=27), guard=Name(id='c', "
              "ctx=Load(), lineno=2, col_offset=31, end_lineno=2, end_col_offset=32), "
              "body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), "
              "match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='P', ctx=Load(), lineno=4, "
              "col_offset=9, end_lineno=4, end_col_offset=10), patterns=[], kwd_attrs=['x'], "
              "kwd_patterns=[MatchValue(value=Constant(value=1, lineno=4, col_offset=13, end_lineno=4, "
              "end_col_offset=14), lineno=4, col_offset=13, end_lineno=4, end_col_offset=14)], "
              "lineno=4, col_offset=9, end_lineno=4, end_col_offset=15), name='p', lineno=4, "
              "col_offset=9, end_lineno=4, end_col_offset=20), body=[Pass(lineno=5, col_offset=8, "
              "end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, "
              "end_col_offset=12)], type_ignores=[])");
    }
}

TEST_CASE("match: more corners", "[grammar][patterns]") {
    SECTION("complex and bytes literals") {
        CHECK(dump_source(R"PY(match x:
    case -1.5e3+2j | -0j | b'a' b'b':
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=UnaryOp(op=USub("
              "), operand=Constant(value=1500.0)), op=Add(), right=Constant(value=2j))), "
              "MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=0j))), "
              "MatchValue(value=Constant(value=b'ab'))]), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("mapping with only a rest") {
        CHECK(dump_source(R"PY(match x:
    case {**rest}:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchMapping(keys=[], patterns=[], rest='rest'), "
              "body=[Pass()])])], type_ignores=[])");
    }
    SECTION("star wildcard and a one-element star tuple") {
        CHECK(dump_source(R"PY(match x:
    case [*_]:
        pass
    case (*a,):
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()]), "
              "match_case(pattern=MatchSequence(patterns=[MatchStar(name='a')]), body=[Pass()])])], "
              "type_ignores=[])");
    }
    SECTION("or of class patterns") {
        CHECK(dump_source(R"PY(match x:
    case str() | bytes():
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='str', ctx=Load()), "
              "patterns=[], kwd_attrs=[], kwd_patterns=[]), MatchClass(cls=Name(id='bytes', "
              "ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[])]), body=[Pass()])])], "
              "type_ignores=[])");
    }
    SECTION("nested mapping and sequence") {
        CHECK(dump_source(R"PY(match x:
    case {'a': [1, {'b': c}]}:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a')], "
              "patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), "
              "MatchMapping(keys=[Constant(value='b')], patterns=[MatchAs(name='c')])])]), "
              "body=[Pass()])])], type_ignores=[])");
    }
    SECTION("parenthesized or with as") {
        CHECK(dump_source(R"PY(match x:
    case (1 | 2) as y:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(va"
              "lue=1)), MatchValue(value=Constant(value=2))]), name='y'), body=[Pass()])])], "
              "type_ignores=[])");
    }
    SECTION("keyword pattern with a value pattern") {
        CHECK(dump_source(R"PY(match x:
    case a.b(c=d.e):
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchClass(cls=Attribute(value=Name(id='a', ctx=Load()), "
              "attr='b', ctx=Load()), patterns=[], kwd_attrs=['c'], "
              "kwd_patterns=[MatchValue(value=Attribute(value=Name(id='d', ctx=Load()), attr='e', "
              "ctx=Load()))]), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("subject with a trailing comma") {
        CHECK(dump_source(R"PY(match x,:
    case _: pass
)PY") ==
              "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), "
              "cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
    }
    SECTION("wildcard with a guard") {
        CHECK(dump_source(R"PY(match x:
    case _ if x:
        pass
)PY") ==
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), "
              "cases=[match_case(pattern=MatchAs(), guard=Name(id='x', ctx=Load()), body=[Pass()])])], "
              "type_ignores=[])");
    }
}
