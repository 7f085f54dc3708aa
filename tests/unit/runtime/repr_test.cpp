// Tests for runtime/repr.cpp.  Every expected string is what python3.11's
// repr() printed for the same value.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "runtime/repr.hpp"

using namespace glasspy::rt;

TEST_CASE("repr_str: quotes", "[repr]") {
    CHECK(repr_str(U"") == "''");
    CHECK(repr_str(U"abc") == "'abc'");
    CHECK(repr_str(U"it's") == "\"it's\"");
    CHECK(repr_str(U"say \"hi\"") == "'say \"hi\"'");
    CHECK(repr_str(U"both ' and \"") == "'both \\' and \"'");
    CHECK(repr_str(U"'") == "\"'\"");
    CHECK(repr_str(U" ") == "' '");
}

TEST_CASE("repr_str: escapes", "[repr]") {
    CHECK(repr_str(U"a\\b") == "'a\\\\b'");
    CHECK(repr_str(U"\t\n\r") == "'\\t\\n\\r'");
    CHECK(repr_str(std::u32string{0, 1, 0x1F, 0x7F}) == "'\\x00\\x01\\x1f\\x7f'");
    CHECK(repr_str(U"\x80\x9f\xa0\xad") == "'\\x80\\x9f\\xa0\\xad'");
    CHECK(repr_str(U"\x0b\x0c") == "'\\x0b\\x0c'");
    // Printable non-ASCII stays as UTF-8.
    CHECK(repr_str(U"\xe9\x20ac\x1f600") == "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'");
    CHECK(repr_str(U"\xff\x100") == "'\xc3\xbf\xc4\x80'");
    CHECK(repr_str(U"\x1e290") == "'\xf0\x9e\x8a\x90'");  // Unicode 14
    // Lone surrogates, separators, private use, unassigned, format.
    CHECK(repr_str(std::u32string{0xD800}) == "'\\ud800'");
    CHECK(repr_str(std::u32string{0xDFFF}) == "'\\udfff'");
    CHECK(repr_str(U"\x2028\x2029\x3000") == "'\\u2028\\u2029\\u3000'");
    CHECK(repr_str(U"\xe000") == "'\\ue000'");
    CHECK(repr_str(U"\xfeff") == "'\\ufeff'");
    CHECK(repr_str(U"\x378") == "'\\u0378'");
    CHECK(repr_str(U"\xf0000") == "'\\U000f0000'");
    CHECK(repr_str(U"\x10ffff") == "'\\U0010ffff'");
    CHECK(repr_str(U"\x31350") == "'\\U00031350'");  // Unicode 15: unassigned in 3.11
}

TEST_CASE("repr_bytes", "[repr]") {
    CHECK(repr_bytes("") == "b''");
    CHECK(repr_bytes("abc ~") == "b'abc ~'");
    CHECK(repr_bytes("it's") == "b\"it's\"");
    CHECK(repr_bytes("\"") == "b'\"'");
    CHECK(repr_bytes("'\"") == "b'\\'\"'");
    CHECK(repr_bytes("\\") == "b'\\\\'");
    CHECK(repr_bytes("\t\n\r") == "b'\\t\\n\\r'");
    CHECK(repr_bytes(std::string("\x00\x1f\x7f\x80\xff", 5)) == "b'\\x00\\x1f\\x7f\\x80\\xff'");
}

TEST_CASE("repr_float: fixed notation", "[repr]") {
    CHECK(repr_float(0.0) == "0.0");
    CHECK(repr_float(-0.0) == "-0.0");
    CHECK(repr_float(1.0) == "1.0");
    CHECK(repr_float(-1.0) == "-1.0");
    CHECK(repr_float(100.0) == "100.0");
    CHECK(repr_float(0.1) == "0.1");
    CHECK(repr_float(0.5) == "0.5");
    CHECK(repr_float(2.5) == "2.5");
    CHECK(repr_float(0.001) == "0.001");
    CHECK(repr_float(1e-4) == "0.0001");
    CHECK(repr_float(1234.5678) == "1234.5678");
    CHECK(repr_float(3.141592653589793) == "3.141592653589793");
    CHECK(repr_float(1.0 / 3) == "0.3333333333333333");
    CHECK(repr_float(2.0 / 3) == "0.6666666666666666");
    CHECK(repr_float(0.1 + 0.2) == "0.30000000000000004");
    CHECK(repr_float(1.0000000000000002) == "1.0000000000000002");
    CHECK(repr_float(123456789.0) == "123456789.0");
    CHECK(repr_float(1e15) == "1000000000000000.0");
    CHECK(repr_float(9999999999999998.0) == "9999999999999998.0");
}

TEST_CASE("repr_float: exponent notation", "[repr]") {
    CHECK(repr_float(1e16) == "1e+16");
    CHECK(repr_float(9.999999999999999e15) == "1e+16");
    CHECK(repr_float(1e-5) == "1e-05");
    CHECK(repr_float(-1e-7) == "-1e-07");
    CHECK(repr_float(2.5e-5) == "2.5e-05");
    CHECK(repr_float(123e-20) == "1.23e-18");
    CHECK(repr_float(1e22) == "1e+22");
    CHECK(repr_float(1e23) == "1e+23");
    CHECK(repr_float(1e100) == "1e+100");
    CHECK(repr_float(1.5e300) == "1.5e+300");
    CHECK(repr_float(9223372036854775808.0) == "9.223372036854776e+18");
    CHECK(repr_float(1.2345678901234568e+17) == "1.2345678901234568e+17");
    CHECK(repr_float(1.7976931348623157e308) == "1.7976931348623157e+308");
    CHECK(repr_float(2.2250738585072014e-308) == "2.2250738585072014e-308");
    CHECK(repr_float(5e-324) == "5e-324");
}

TEST_CASE("repr_float: inf and nan", "[repr]") {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(repr_float(inf) == "inf");
    CHECK(repr_float(-inf) == "-inf");
    CHECK(repr_float(nan) == "nan");
    CHECK(repr_float(std::copysign(nan, -1.0)) == "nan");  // the sign of a nan is never shown
}

TEST_CASE("repr_complex", "[repr]") {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(repr_complex(0.0, 1.0) == "1j");
    CHECK(repr_complex(0.0, 2.0) == "2j");
    CHECK(repr_complex(0.0, 2.5) == "2.5j");
    CHECK(repr_complex(0.0, 0.0) == "0j");
    CHECK(repr_complex(0.0, -0.0) == "-0j");
    CHECK(repr_complex(0.0, -1.0) == "-1j");
    CHECK(repr_complex(0.0, 1e16) == "1e+16j");
    CHECK(repr_complex(0.0, 1e15) == "1000000000000000j");
    CHECK(repr_complex(0.0, 1e-5) == "1e-05j");
    CHECK(repr_complex(0.0, 0.1) == "0.1j");
    CHECK(repr_complex(0.0, inf) == "infj");
    CHECK(repr_complex(0.0, -inf) == "-infj");
    CHECK(repr_complex(0.0, nan) == "nanj");
    CHECK(repr_complex(1.0, 2.0) == "(1+2j)");
    CHECK(repr_complex(0.1, -2.5) == "(0.1-2.5j)");
    CHECK(repr_complex(-0.0, 0.0) == "(-0+0j)");
    CHECK(repr_complex(-0.0, -0.0) == "(-0-0j)");
    CHECK(repr_complex(-0.0, -1.0) == "(-0-1j)");
    CHECK(repr_complex(1e16, 1e15) == "(1e+16+1000000000000000j)");
    CHECK(repr_complex(nan, nan) == "(nan+nanj)");
    CHECK(repr_complex(1.0, nan) == "(1+nanj)");
    CHECK(repr_complex(1.0, std::copysign(nan, -1.0)) == "(1+nanj)");
    CHECK(repr_complex(std::copysign(nan, -1.0), 0.0) == "(nan+0j)");
    CHECK(repr_complex(inf, 0.0) == "(inf+0j)");
    CHECK(repr_complex(-inf, -inf) == "(-inf-infj)");
}
