// Tests for f-strings (interp/ast_build_fstring.cpp, and the STRING token of
// interp/grammar/lexical.hpp): nested replacement fields in format specs,
// the !r/!s/!a conversions, self-documenting "=" fields, doubled braces,
// triple-quoted and raw f-strings, implicit concatenation with plain and
// u-strings (the Constant's kind), \N{...} escapes next to fields, and the
// positions of JoinedStr, Constant, FormattedValue and the expressions
// inside fields, which 3.11 computes by re-parsing each field's text.
// Expected texts: python3.11's ast.dump(ast.parse(source)), with
// include_attributes=True for the "positions" sections.
#include <catch2/catch.hpp>

#include "parse_helpers.hpp"

using glasspy::test::dump_positions;
using glasspy::test::dump_source;

TEST_CASE("f-strings: nested replacement fields and conversions", "[grammar][fstring]") {
    SECTION("nested format spec fields") {
        CHECK(dump_source(R"PY(f"{x:{w}.{p}}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='"
              "w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', "
              "ctx=Load()), conversion=-1)]))]))], type_ignores=[])");
    }
    SECTION("conversions !r !s !a") {
        CHECK(dump_source(R"PY(f"{x!r} {y!s} {z!a}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=114), Constant(value=' '), FormattedValue(value=Name(id='y', "
              "ctx=Load()), conversion=115), Constant(value=' '), FormattedValue(value=Name(id='z', "
              "ctx=Load()), conversion=97)]))], type_ignores=[])");
    }
    SECTION("conversion and spec") {
        CHECK(dump_source(R"PY(f"{x!r:>10}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10')]))]))],"
              " type_ignores=[])");
    }
    SECTION("conversion inside a nested spec") {
        CHECK(dump_source(R"PY(f"{x:{y!r}}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='"
              "y', ctx=Load()), conversion=114)]))]))], type_ignores=[])");
    }
    SECTION("empty spec") {
        CHECK(dump_source(R"PY(f"{x:}" f"{x!r:}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[])), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
              "format_spec=JoinedStr(values=[]))]))], type_ignores=[])");
    }
    SECTION("spec that starts with =") {
        CHECK(dump_source(R"PY(f"{x:=10}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=10')]))]))], "
              "type_ignores=[])");
    }
    SECTION("spec with a string field") {
        CHECK(dump_source(R"PY(f"{x:{'>'}10}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant("
              "value='>'), conversion=-1), Constant(value='10')]))]))], type_ignores=[])");
    }
    SECTION("float with spec") {
        CHECK(dump_source(R"PY(f"{3.14!r:10.2f}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), "
              "conversion=114, format_spec=JoinedStr(values=[Constant(value='10.2f')]))]))], "
              "type_ignores=[])");
    }
    SECTION("nested f-string") {
        CHECK(dump_source(R"PY(f"{f'{x}'}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[Formatt"
              "edValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))], "
              "type_ignores=[])");
    }
    SECTION("lambda and walrus inside parentheses") {
        CHECK(dump_source(R"PY(f"{(lambda: 1)()} {(y:=10)}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arg"
              "uments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), "
              "body=Constant(value=1)), args=[], keywords=[]), conversion=-1), Constant(value=' '), "
              "FormattedValue(value=NamedExpr(target=Name(id='y', ctx=Store()), "
              "value=Constant(value=10)), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("dict display needs a space") {
        CHECK(dump_source(R"PY(f"{ {'a': 1}['a'] }")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Dict(keys"
              "=[Constant(value='a')], values=[Constant(value=1)]), slice=Constant(value='a'), "
              "ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("whitespace around the expression") {
        CHECK(dump_source(R"PY(f"{  x  }")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
}

TEST_CASE("f-strings: self-documenting expressions", "[grammar][fstring]") {
    SECTION("plain =") {
        CHECK(dump_source(R"PY(f"{x=}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])");
    }
    SECTION("= with spaces") {
        CHECK(dump_source(R"PY(f"{x = }")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])");
    }
    SECTION("= with conversion") {
        CHECK(dump_source(R"PY(f"{x=!r}" f"{x=!s}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='x='), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])");
    }
    SECTION("= with spec") {
        CHECK(dump_source(R"PY(f"{x=:>10}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
              "format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])");
    }
    SECTION("= with spaces, conversion and spec") {
        CHECK(dump_source(R"PY(f"{x = !s:^5}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, "
              "format_spec=JoinedStr(values=[Constant(value='^5')]))]))], type_ignores=[])");
    }
    SECTION("= after attribute and binary expressions") {
        CHECK(dump_source(R"PY(f"{x.y=} {a+b=}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x.y='), "
              "FormattedValue(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), "
              "conversion=114), Constant(value=' a+b='), FormattedValue(value=BinOp(left=Name(id='a', "
              "ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=114)]))], "
              "type_ignores=[])");
    }
    SECTION("= with text around") {
        CHECK(dump_source(R"PY(f"a{x=}b")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ax='), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), "
              "Constant(value='b')]))], type_ignores=[])");
    }
    SECTION("positions of a self-documenting field") {
        CHECK(dump_positions(R"PY(f"{x=}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), "
              "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], "
              "type_ignores=[])");
    }
}

TEST_CASE("f-strings: literal text", "[grammar][fstring]") {
    SECTION("doubled braces") {
        CHECK(dump_source(R"PY(f"{{}} {{x}} {x}}}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} {x} '), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')]))], "
              "type_ignores=[])");
    }
    SECTION("only doubled braces") {
        CHECK(dump_source(R"PY(f"{{")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{')]))], type_ignores=[])");
    }
    SECTION("empty f-string") {
        CHECK(dump_source(R"PY(f"")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])");
    }
    SECTION("named unicode escapes next to fields") {
        CHECK(dump_source(R"PY(f"\N{BULLET} {x}\N{EM DASH}{y}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='• '), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='—'), "
              "FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("escapes in the literal part") {
        CHECK(dump_source(R"PY(f"\t{x}\n\x41")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\t'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), "
              "Constant(value='\\nA')]))], type_ignores=[])");
    }
    SECTION("string of the other quote type inside a field") {
        CHECK(dump_source(R"PY(f"{d['key']}" f'{d["key"]}')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='"
              "d', ctx=Load()), slice=Constant(value='key'), ctx=Load()), conversion=-1), "
              "FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), "
              "slice=Constant(value='key'), ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("conditional with strings inside a field") {
        CHECK(dump_source(R"PY(f"{'a' if x else 'b'}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='x', "
              "ctx=Load()), body=Constant(value='a'), orelse=Constant(value='b')), conversion=-1)]))], "
              "type_ignores=[])");
    }
    SECTION("triple-quoted field with a string of the same quote") {
        CHECK(dump_source("f'''{d['k']}'''\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='"
              "d', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], "
              "type_ignores=[])");
    }
}

TEST_CASE("f-strings: triple-quoted and raw", "[grammar][fstring]") {
    SECTION("field spanning lines") {
        CHECK(dump_source(R"PY(f'''a {x
+ y} b
{z!r}'''
)PY") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a '), "
              "FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='y', "
              "ctx=Load())), conversion=-1), Constant(value=' b\\n'), "
              "FormattedValue(value=Name(id='z', ctx=Load()), conversion=114)]))], type_ignores=[])");
    }
    SECTION("multi-line literal text") {
        CHECK(dump_source(R"PY(f"""line1
line2 {x}
line3"""
)PY") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='line1\\nline2 '), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), "
              "Constant(value='\\nline3')]))], type_ignores=[])");
    }
    SECTION("raw f-string keeps backslashes") {
        CHECK(dump_source(R"PY(rf"\n{x}\t")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), "
              "Constant(value='\\\\t')]))], type_ignores=[])");
    }
    SECTION("fR prefix") {
        CHECK(dump_source(R"PY(fR"{x}\d")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1), Constant(value='\\\\d')]))], type_ignores=[])");
    }
    SECTION("Rf with doubled brace after a backslash") {
        CHECK(dump_source(R"PY(Rf'{x}\{{')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1), Constant(value='\\\\{')]))], type_ignores=[])");
    }
    SECTION("positions in a multi-line f-string") {
        CHECK(dump_positions(R"PY(x = f'''a
{b} {c!r}
  {d:>{e}}'''
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a\\n', "
              "lineno=1, col_offset=4, end_lineno=3, end_col_offset=13), "
              "FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, "
              "end_col_offset=2), conversion=-1, lineno=1, col_offset=4, end_lineno=3, "
              "end_col_offset=13), Constant(value=' ', lineno=1, col_offset=4, end_lineno=3, "
              "end_col_offset=13), FormattedValue(value=Name(id='c', ctx=Load(), lineno=2, "
              "col_offset=5, end_lineno=2, end_col_offset=6), conversion=114, lineno=1, col_offset=4, "
              "end_lineno=3, end_col_offset=13), Constant(value='\\n  ', lineno=1, col_offset=4, "
              "end_lineno=3, end_col_offset=13), FormattedValue(value=Name(id='d', ctx=Load(), "
              "lineno=3, col_offset=3, end_lineno=3, end_col_offset=4), conversion=-1, "
              "format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=3, "
              "end_col_offset=13), FormattedValue(value=Name(id='e', ctx=Load(), lineno=3, "
              "col_offset=7, end_lineno=3, end_col_offset=8), conversion=-1, lineno=1, col_offset=4, "
              "end_lineno=3, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=3, "
              "end_col_offset=13), lineno=1, col_offset=4, end_lineno=3, end_col_offset=13)], "
              "lineno=1, col_offset=4, end_lineno=3, end_col_offset=13), lineno=1, col_offset=0, "
              "end_lineno=3, end_col_offset=13)], type_ignores=[])");
    }
}

TEST_CASE("f-strings: implicit concatenation", "[grammar][fstring]") {
    SECTION("plain, f, plain") {
        CHECK(dump_source(R"PY("a" f"{x}" "b")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b')]))], "
              "type_ignores=[])");
    }
    SECTION("u-string first without f-string has kind u") {
        CHECK(dump_source(R"PY(u"a" "b")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='ab', kind='u'))], type_ignores=[])");
    }
    SECTION("u-string second has no kind") {
        CHECK(dump_source(R"PY("a" u"b")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])");
    }
    SECTION("u-string first with an f-string has no kind") {
        CHECK(dump_source(R"PY(u"a" f"{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', kind='u'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("u-string first with text merged into the f-string's first piece") {
        CHECK(dump_source(R"PY(u"a" f"b{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab', kind='u'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("empty u-string first with an f-string") {
        CHECK(dump_source(R"PY(u"" f"{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("f-string first then a u-string") {
        CHECK(dump_source(R"PY(f"{x}" u"a")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1), Constant(value='a')]))], type_ignores=[])");
    }
    SECTION("empty pieces") {
        CHECK(dump_source(R"PY("" f"" "")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])");
    }
    SECTION("adjacent f-strings merge their literal parts") {
        CHECK(dump_source(R"PY(f"a{x}" f"b" f"{y}c")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), "
              "FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='c')]))], "
              "type_ignores=[])");
    }
    SECTION("concatenation across lines in parentheses") {
        CHECK(dump_source(R"PY((f"{a}"
 "b"
 f"{c}")
)PY") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', "
              "ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='c', "
              "ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("bytes concatenation") {
        CHECK(dump_source(R"PY(b"a" b"b" B"c")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'abc'))], type_ignores=[])");
    }
}

TEST_CASE("f-strings: positions", "[grammar][fstring]") {
    SECTION("fields and constants") {
        CHECK(dump_positions(R"PY(x = f"a{b}c{d+1}")PY" "\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, "
              "col_offset=4, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='b', "
              "ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, "
              "lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), Constant(value='c', lineno=1, "
              "col_offset=4, end_lineno=1, end_col_offset=17), "
              "FormattedValue(value=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=12, "
              "end_lineno=1, end_col_offset=13), op=Add(), right=Constant(value=1, lineno=1, "
              "col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=12, end_lineno=1, "
              "end_col_offset=15), conversion=-1, lineno=1, col_offset=4, end_lineno=1, "
              "end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), "
              "lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])");
    }
    SECTION("field after a prefix and spaces") {
        CHECK(dump_positions(R"PY(x = (  rf"{a}  {  b . c  }"))PY" "\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='"
              "a', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), "
              "conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=27), "
              "Constant(value='  ', lineno=1, col_offset=7, end_lineno=1, end_col_offset=27), "
              "FormattedValue(value=Attribute(value=Name(id='b', ctx=Load(), lineno=1, col_offset=18, "
              "end_lineno=1, end_col_offset=19), attr='c', ctx=Load(), lineno=1, col_offset=18, "
              "end_lineno=1, end_col_offset=23), conversion=-1, lineno=1, col_offset=7, end_lineno=1, "
              "end_col_offset=27)], lineno=1, col_offset=7, end_lineno=1, end_col_offset=27), "
              "lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], type_ignores=[])");
    }
    SECTION("concatenated pieces") {
        CHECK(dump_positions(R"PY("x" f"{y}" "z")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x', lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=14), FormattedValue(value=Name(id='y', ctx=Load(), "
              "lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=14), Constant(value='z', lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], "
              "type_ignores=[])");
    }
    SECTION("conversion and spec") {
        CHECK(dump_positions(R"PY(f"{a!r:>{w}}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), "
              "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, "
              "format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=13), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, "
              "col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], "
              "lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=13)], type_ignores=[])");
    }
    SECTION("nested f-string") {
        CHECK(dump_positions(R"PY(f"{f'{x}'}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[Formatt"
              "edValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
              "end_col_offset=7), conversion=-1, lineno=1, col_offset=3, end_lineno=1, "
              "end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), "
              "conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=11)], type_ignores=[])");
    }
    SECTION("non-ASCII text before a field") {
        CHECK(dump_positions(R"PY(f"é{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='é', lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), "
              "lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], "
              "type_ignores=[])");
    }
}

TEST_CASE("f-strings: harder fields", "[grammar][fstring]") {
    SECTION("!= inside a field is not a conversion") {
        CHECK(dump_source(R"PY(f"{a!=b}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a',"
              " ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]), "
              "conversion=-1)]))], type_ignores=[])");
    }
    SECTION("doubled braces inside a format spec") {
        CHECK(dump_source(R"PY(f"{x:{{}}>10}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys"
              "=[], values=[]), conversion=-1), Constant(value='>10')]))]))], type_ignores=[])");
    }
    SECTION("a brace inside a string inside a field") {
        CHECK(dump_source(R"PY(f"{'{'}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='{'), "
              "conversion=-1)]))], type_ignores=[])");
    }
    SECTION("concatenated strings inside a field") {
        CHECK(dump_source(R"PY(f'{"a" "b"}')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), "
              "conversion=-1)]))], type_ignores=[])");
    }
    SECTION("= after a call of a lambda") {
        CHECK(dump_source(R"PY(f"{(lambda x: x)(1)=}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='(lambda x: x)(1)='), "
              "FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], "
              "args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', "
              "ctx=Load())), args=[Constant(value=1)], keywords=[]), conversion=114)]))], "
              "type_ignores=[])");
    }
    SECTION("= after a subscript with a string") {
        CHECK(dump_source(R"PY(f"{a['b']=}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value=\"a['b']=\"), "
              "FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Constant(value='b'), ctx=Load()), conversion=114)]))], type_ignores=[])");
    }
    SECTION("spaces on both sides of =") {
        CHECK(dump_source(R"PY(f"{ x = }" f"{x  =  !r}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value=' x = '), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), "
              "Constant(value='x  =  '), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=114)]))], type_ignores=[])");
    }
    SECTION("format spec with colons") {
        CHECK(dump_source(R"PY(f"{x:%H:%M}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%H:%M')]))]))]"
              ", type_ignores=[])");
    }
    SECTION("newlines around the expression in a triple-quoted field") {
        CHECK(dump_source(R"PY(f"""{
x
}"""
)PY") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
              "ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("positions of non-ASCII text inside a field") {
        CHECK(dump_positions(R"PY(f"{'é'+x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Constant(value"
              "='é', lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), op=Add(), "
              "right=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), "
              "lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, "
              "col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], "
              "type_ignores=[])");
    }
    SECTION("positions of a field on the second line of a triple-quoted string") {
        CHECK(dump_positions(R"PY(f'''
  {x +
 y}'''
)PY") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n  ', lineno=1, "
              "col_offset=0, end_lineno=3, end_col_offset=6), "
              "FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=2, col_offset=3, "
              "end_lineno=2, end_col_offset=4), op=Add(), right=Name(id='y', ctx=Load(), lineno=3, "
              "col_offset=1, end_lineno=3, end_col_offset=2), lineno=2, col_offset=3, end_lineno=3, "
              "end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=3, "
              "end_col_offset=6)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=6), lineno=1, "
              "col_offset=0, end_lineno=3, end_col_offset=6)], type_ignores=[])");
    }
}
