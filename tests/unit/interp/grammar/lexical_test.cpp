// Tests for the literal tokens as the whole parser sees them
// (interp/grammar/lexical.hpp's STRING and NUMBER, decoded by
// interp/literals.cpp): every valid string prefix in every case, str and
// bytes escapes, line continuations inside strings, implicit concatenation,
// and number literals with underscores, bases, exponents, imaginary parts and
// more digits than a machine word.  literals_test.cpp checks the decoders
// alone; these check the tokens in context (e.g. `1 .real`, `1if x else 2`).
// Expected texts: python3.11's ast.dump(ast.parse(source)), with
// include_attributes=True for the "positions" sections.
#include <catch2/catch.hpp>

#include <string>

#include "../parse_helpers.hpp"

using glasspy::test::dump_positions;
using glasspy::test::dump_source;

TEST_CASE("string prefixes: every valid combination", "[grammar][lexical]") {
    SECTION("prefix none") {
        CHECK(dump_source(R"PY('a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='a\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix r") {
        CHECK(dump_source(R"PY(r"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix u") {
        CHECK(dump_source(R"PY(u'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='a\\n{x}', kind='u'))], type_ignores=[])");
    }
    SECTION("prefix R") {
        CHECK(dump_source(R"PY(R"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix U") {
        CHECK(dump_source(R"PY(U'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='a\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix f") {
        CHECK(dump_source(R"PY(f"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix F") {
        CHECK(dump_source(R"PY(F'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix fr") {
        CHECK(dump_source(R"PY(fr"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix Fr") {
        CHECK(dump_source(R"PY(Fr'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix fR") {
        CHECK(dump_source(R"PY(fR"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix FR") {
        CHECK(dump_source(R"PY(FR'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix rf") {
        CHECK(dump_source(R"PY(rf"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix rF") {
        CHECK(dump_source(R"PY(rF'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix Rf") {
        CHECK(dump_source(R"PY(Rf"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix RF") {
        CHECK(dump_source(R"PY(RF'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\\\\n'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])");
    }
    SECTION("prefix b") {
        CHECK(dump_source(R"PY(b"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix B") {
        CHECK(dump_source(R"PY(B'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix br") {
        CHECK(dump_source(R"PY(br"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix Br") {
        CHECK(dump_source(R"PY(Br'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix bR") {
        CHECK(dump_source(R"PY(bR"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix BR") {
        CHECK(dump_source(R"PY(BR'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix rb") {
        CHECK(dump_source(R"PY(rb"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix rB") {
        CHECK(dump_source(R"PY(rB'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix Rb") {
        CHECK(dump_source(R"PY(Rb"a\n{x}")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
    SECTION("prefix RB") {
        CHECK(dump_source(R"PY(RB'a\n{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'a\\\\n{x}'))], type_ignores=[])");
    }
}

TEST_CASE("string literals: quotes and escapes", "[grammar][lexical]") {
    SECTION("triple quotes of both kinds") {
        CHECK(dump_source(R"PY('''a'b''c''' """d"e""f""")PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='a\\'b\\'\\'cd\"e\"\"f'))], type_ignores=[])");
    }
    SECTION("str escapes") {
        CHECK(dump_source(R"PY('\x41\u00e9\U0001F600\N{LATIN SMALL LETTER A}\101\0\12\a\b\f\v\r')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='Aé😀aA\\x00\\n\\x07\\x08\\x0c\\x0b\\r'))], "
              "type_ignores=[])");
    }
    SECTION("bytes escapes") {
        CHECK(dump_source(R"PY(b'\x00\xff\n\t\\\'\"\a\b\f\v\r\0\7\177')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'\\x00\\xff\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\"
              "r\\x00\\x07\\x7f'))], type_ignores=[])");
    }
    SECTION("octal escape over 0o377 in bytes") {
        CHECK(dump_source(R"PY(b'\777')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'\\xff'))], type_ignores=[])");
    }
    SECTION("unknown escapes are kept") {
        CHECK(dump_source(R"PY('\d\w', b'\d')PY" "\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value='\\\\d\\\\w'), "
              "Constant(value=b'\\\\d')], ctx=Load()))], type_ignores=[])");
    }
    SECTION("unicode escapes are not escapes in bytes") {
        CHECK(dump_source(R"PY(b'\u0041\N{x}')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value=b'\\\\u0041\\\\N{x}'))], type_ignores=[])");
    }
    SECTION("line continuation inside a string") {
        CHECK(dump_source(R"PY('abc\
def'
)PY") ==
              "Module(body=[Expr(value=Constant(value='abcdef'))], type_ignores=[])");
    }
    SECTION("line continuation inside a triple-quoted string") {
        CHECK(dump_source(R"PY('''abc\
def
ghi'''
)PY") ==
              "Module(body=[Expr(value=Constant(value='abcdef\\nghi'))], type_ignores=[])");
    }
    SECTION("non-ASCII text") {
        CHECK(dump_source("'héllo wörld ✓ 😀'\n") ==
              "Module(body=[Expr(value=Constant(value='héllo wörld ✓ 😀'))], type_ignores=[])");
    }
    SECTION("upper-case U has no kind") {
        CHECK(dump_source("U'a' 'b'\n") ==
              "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])");
    }
    SECTION("implicit concatenation") {
        CHECK(dump_source(R"PY('a' 'b' "c" r'\d')PY" "\n") ==
              "Module(body=[Expr(value=Constant(value='abc\\\\d'))], type_ignores=[])");
    }
    SECTION("implicit concatenation across lines") {
        CHECK(dump_source(R"PY(x = ('a'
     'b'  # comment
     "c")
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], "
              "type_ignores=[])");
    }
    SECTION("positions of a concatenation across lines") {
        CHECK(dump_positions(R"PY(x = ('a'
     'b')
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=Constant(value='ab', lineno=1, col_offset=5, "
              "end_lineno=2, end_col_offset=8), lineno=1, col_offset=0, end_lineno=2, "
              "end_col_offset=9)], type_ignores=[])");
    }
    SECTION("positions of a triple-quoted string") {
        CHECK(dump_positions(R"PY(x = '''a
b'''
)PY") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=Constant(value='a\\nb', lineno=1, col_offset=4, "
              "end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, "
              "end_col_offset=4)], type_ignores=[])");
    }
}

TEST_CASE("number literals", "[grammar][lexical]") {
    SECTION("integers with underscores and bases") {
        CHECK(dump_source("1_000, 0x_FF, 0o7_7, 0b1_0, 0XfF, 0O17, 0B11, 00, 0_0\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=1000), Constant(value=255), "
              "Constant(value=63), Constant(value=2), Constant(value=255), Constant(value=15), "
              "Constant(value=3), Constant(value=0), Constant(value=0)], ctx=Load()))], "
              "type_ignores=[])");
    }
    SECTION("floats") {
        CHECK(dump_source("1e-5, 1., .5, 1_0.0_1e+1_0, 1E5, 0.0, 1.5e-10, 0e0, 00.5, 09.5\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=1e-05), Constant(value=1.0), "
              "Constant(value=0.5), Constant(value=100100000000.0), Constant(value=100000.0), "
              "Constant(value=0.0), Constant(value=1.5e-10), Constant(value=0.0), Constant(value=0.5), "
              "Constant(value=9.5)], ctx=Load()))], type_ignores=[])");
    }
    SECTION("imaginary") {
        CHECK(dump_source("1.5j, 1J, 0j, 1e5j, .5j, 1_0j, 09j\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=1.5j), Constant(value=1j), "
              "Constant(value=0j), Constant(value=100000j), Constant(value=0.5j), Constant(value=10j), "
              "Constant(value=9j)], ctx=Load()))], type_ignores=[])");
    }
    SECTION("huge integers") {
        CHECK(dump_source("123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFFFFFF, 0b1111111111111111111111111111111111111111111111111111111111111111111111\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=123456789012345678901234567890), "
              "Constant(value=79228162514264337593543950335), Constant(value=1180591620717411303423)], "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("float overflow and underflow") {
        CHECK(dump_source("1e400, 1e-400, 1e400j\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=inf), Constant(value=0.0), "
              "Constant(value=infj)], ctx=Load()))], type_ignores=[])");
    }
    SECTION("attribute of a number") {
        CHECK(dump_source("1 .real, 1..real, 1.0.imag, 0x1.real\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Attribute(value=Constant(value=1), attr='real', "
              "ctx=Load()), Attribute(value=Constant(value=1.0), attr='real', ctx=Load()), "
              "Attribute(value=Constant(value=1.0), attr='imag', ctx=Load()), "
              "Attribute(value=Constant(value=1), attr='real', ctx=Load())], ctx=Load()))], "
              "type_ignores=[])");
    }
    SECTION("keyword right after a number") {
        CHECK(dump_source("1if x else 2\n") ==
              "Module(body=[Expr(value=IfExp(test=Name(id='x', ctx=Load()), body=Constant(value=1), "
              "orelse=Constant(value=2)))], type_ignores=[])");
    }
    SECTION("positions of numbers") {
        CHECK(dump_positions("x = -1_0 + 0x1F\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=BinOp(left=UnaryOp(op=USub(), "
              "operand=Constant(value=10, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), "
              "lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), op=Add(), "
              "right=Constant(value=31, lineno=1, col_offset=11, end_lineno=1, end_col_offset=15), "
              "lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=15)], type_ignores=[])");
    }
}

TEST_CASE("literals: harder corners", "[grammar][lexical]") {
    SECTION("\\N names are case-insensitive, \\u hex in upper case") {
        CHECK(dump_source(R"PY('\N{bullet}', '\u00E9')PY" "\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value='•'), Constant(value='é')], "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("raw strings ending in escaped quotes") {
        CHECK(dump_source(R"PY(r'\'', r"\"", r'\\')PY" "\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=\"\\\\'\"), "
              "Constant(value='\\\\\"'), Constant(value='\\\\\\\\')], ctx=Load()))], type_ignores=[])");
    }
    SECTION("line continuation inside bytes") {
        CHECK(dump_source(R"PY(b'a\
b'
)PY") ==
              "Module(body=[Expr(value=Constant(value=b'ab'))], type_ignores=[])");
    }
    SECTION("floats needing repr's shortest form") {
        CHECK(dump_source("1e16, 1e22, 5e-324, 123456789.123456789, 1e15, 0.1, 2.5e-324\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=1e+16), Constant(value=1e+22), "
              "Constant(value=5e-324), Constant(value=123456789.12345679), "
              "Constant(value=1000000000000000.0), Constant(value=0.1), Constant(value=5e-324)], "
              "ctx=Load()))], type_ignores=[])");
    }
    SECTION("underscores after the base prefix and in fractions") {
        CHECK(dump_source("0b_1, 0o_7, 0x_f, 1_0.e1, .0_1, 0., 1_000.000_1j\n") ==
              "Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=7), "
              "Constant(value=15), Constant(value=100.0), Constant(value=0.01), Constant(value=0.0), "
              "Constant(value=1000.0001j)], ctx=Load()))], type_ignores=[])");
    }
    SECTION("infinite imaginary") {
        CHECK(dump_source("x = 1e309j\n") ==
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=infj))], "
              "type_ignores=[])");
    }
}
