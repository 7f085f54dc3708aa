// Tests for interp/literals.cpp: number tokens, string prefixes, and the
// escapes of str and bytes literals.  Expected values and error messages are
// what python3.11 gives for the same literal (checked with compile()).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "interp/literals.hpp"

using namespace glasspy::interp;
using Tag = ast::ConstantValue::Tag;

namespace {

ast::ConstantValue number(std::string_view token) {
    ast::ConstantValue v;
    auto err = decode_number(token, v);
    INFO(token);
    REQUIRE_FALSE(err);
    return v;
}

std::string int_digits(std::string_view token) {
    auto v = number(token);
    REQUIRE(v.tag == Tag::Int);
    return v.int_digits;
}

double float_value(std::string_view token) {
    auto v = number(token);
    REQUIRE(v.tag == Tag::Float);
    return v.number;
}

double imag_value(std::string_view token) {
    auto v = number(token);
    REQUIRE(v.tag == Tag::Complex);
    return v.number;
}

std::u32string str(std::string_view body, bool raw = false) {
    std::u32string out;
    auto err = decode_str(body, raw, out);
    INFO(body << (err ? " -> " + err->message : std::string()));
    REQUIRE_FALSE(err);
    return out;
}

std::string str_error(std::string_view body) {
    std::u32string out;
    auto err = decode_str(body, false, out);
    INFO(body);
    REQUIRE(err);
    return err->message;
}

std::string bytes(std::string_view body, bool raw = false) {
    std::string out;
    auto err = decode_bytes(body, raw, out);
    INFO(body << (err ? " -> " + err->message : std::string()));
    REQUIRE_FALSE(err);
    return out;
}

std::string bytes_error(std::string_view body, bool raw = false) {
    std::string out;
    auto err = decode_bytes(body, raw, out);
    INFO(body);
    REQUIRE(err);
    return err->message;
}

const std::string UNICODE_ERROR = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";

}  // namespace

// ---- numbers --------------------------------------------------------------------

TEST_CASE("decode_number: ints", "[literals]") {
    CHECK(int_digits("0") == "0");
    CHECK(int_digits("00") == "0");
    CHECK(int_digits("0_0") == "0");
    CHECK(int_digits("7") == "7");
    CHECK(int_digits("1_000") == "1000");
    CHECK(int_digits("123456789012345678901234567890") == "123456789012345678901234567890");
    CHECK(int_digits("0x_FF") == "255");
    CHECK(int_digits("0XdeadBEEF") == "3735928559");
    CHECK(int_digits("0o777") == "511");
    CHECK(int_digits("0O_17") == "15");
    CHECK(int_digits("0b1010") == "10");
    CHECK(int_digits("0B_1") == "1");
    CHECK(int_digits("0x0") == "0");
    CHECK(int_digits("0x_00_01") == "1");
    CHECK(int_digits("0xFFFFFFFFFFFFFFFFFFFF") == "1208925819614629174706175");
    CHECK(int_digits("0b" + std::string(100, '1')) == "1267650600228229401496703205375");
    CHECK(int_digits("18446744073709551616") == "18446744073709551616");  // 2**64
}

TEST_CASE("decode_number: the 4300-digit limit of decimal ints", "[literals]") {
    CHECK(int_digits(std::string(4300, '1')) == std::string(4300, '1'));
    CHECK(int_digits(std::string(5000, '0')) == "0");  // zeros never count
    ast::ConstantValue v;
    auto err = decode_number(std::string(4301, '1'), v);
    REQUIRE(err);
    CHECK(err->message ==
          "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
          "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
          "hexadecimal for huge integer literals to avoid decimal conversion limits.");
    // Underscores are not digits.
    std::string grouped;
    for (int i = 0; i < 4300; ++i) grouped += "1_";
    grouped += "1";
    err = decode_number(grouped, v);
    REQUIRE(err);
    CHECK(err->message.find("value has 4301 digits") != std::string::npos);
    // Hexadecimal has no limit.
    CHECK(int_digits("0x" + std::string(4000, 'f')).size() == 4817);
}

TEST_CASE("decode_number: floats", "[literals]") {
    CHECK(float_value("1.5") == 1.5);
    CHECK(float_value("1_0.5e-3") == 0.0105);
    CHECK(float_value("1_0.0_1e+0_1") == 100.1);
    CHECK(float_value("1E5") == 100000.0);
    CHECK(float_value(".5") == 0.5);
    CHECK(float_value("5.") == 5.0);
    CHECK(float_value("0.0") == 0.0);
    CHECK(float_value("09.5") == 9.5);
    CHECK(float_value("0e0") == 0.0);
    CHECK(float_value("1e16") == 1e16);
    CHECK(float_value("0.1") == 0.1);
    CHECK(float_value("4.9e-324") == 5e-324);
    CHECK(float_value("2.4703282292062327e-324") == 0.0);  // rounds to zero
    CHECK(float_value("2.4703282292062328e-324") == 5e-324);
    CHECK(float_value("9007199254740993.0") == 9007199254740992.0);  // ties to even
    CHECK(std::isinf(float_value("1e400")));
    CHECK(float_value("1e-400") == 0.0);
    CHECK(float_value("1.7976931348623157e308") == std::numeric_limits<double>::max());
}

TEST_CASE("decode_number: imaginary", "[literals]") {
    CHECK(imag_value("1j") == 1.0);
    CHECK(imag_value("10J") == 10.0);
    CHECK(imag_value("1.5j") == 1.5);
    CHECK(imag_value("1_0j") == 10.0);
    CHECK(imag_value("0j") == 0.0);
    CHECK(imag_value("00j") == 0.0);
    CHECK(imag_value(".5J") == 0.5);
    CHECK(imag_value("1e22j") == 1e22);
    CHECK(std::isinf(imag_value("1e400j")));
}

// ---- prefixes -------------------------------------------------------------------

TEST_CASE("parse_prefix", "[literals]") {
    auto p = parse_prefix("");
    CHECK_FALSE((p.raw || p.bytes || p.fstring || p.unicode));
    p = parse_prefix("Rb");
    CHECK((p.raw && p.bytes && !p.fstring && !p.unicode));
    p = parse_prefix("bR");
    CHECK((p.raw && p.bytes));
    p = parse_prefix("fR");
    CHECK((p.raw && p.fstring && !p.bytes));
    p = parse_prefix("F");
    CHECK((p.fstring && !p.raw));
    p = parse_prefix("u");
    CHECK((p.unicode && !p.raw && !p.bytes));
    p = parse_prefix("U");
    CHECK(p.unicode);
    p = parse_prefix("B");
    CHECK((p.bytes && !p.raw));
}

// ---- str ------------------------------------------------------------------------

TEST_CASE("decode_str: plain text and simple escapes", "[literals]") {
    CHECK(str("") == U"");
    CHECK(str("abc") == U"abc");
    CHECK(str("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") == U"\xe9\x20ac\x1f600");
    CHECK(str(R"(\a\b\f\n\r\t\v\\\'\")") == U"\x07\x08\x0c\n\r\t\x0b\\'\"");
    CHECK(str("a\\\nb") == U"ab");   // backslash-newline joins lines
    CHECK(str("a\r\nb") == U"a\nb"); // newlines as the tokenizer gives them
    CHECK(str("a\rb") == U"a\nb");
    CHECK(str("\\\r\nx") == U"x");
}

TEST_CASE("decode_str: numeric escapes", "[literals]") {
    CHECK(str(R"(\x41\u00e9\U0001F600)") == U"A\xe9\x1f600");
    CHECK(str(R"(\xFf)") == U"\xff");
    CHECK(str(R"(\101\0\777\400)") == std::u32string(U"A").append(1, 0).append(U"\x1ff\x100"));
    CHECK(str(R"(\1234)") == U"S4");  // at most three octal digits
    CHECK(str(R"(\u005c)") == U"\\");
    CHECK(str(R"(\ud800)") == std::u32string{0xD800});
    CHECK(str(R"(\U0010FFFF)") == U"\x10ffff");
}

TEST_CASE("decode_str: \\N{name}", "[literals]") {
    CHECK(str(R"(\N{EM DASH})") == U"\x2014");
    CHECK(str(R"(\N{em dash}x)") == U"\x2014x");
    CHECK(str(R"(\N{LF})") == U"\n");
    CHECK(str(R"(\N{latin small letter a})") == U"a");
    CHECK(str(R"(\N{HANGUL SYLLABLE GA})") == U"\xac00");
    CHECK(str(R"(\N{CJK UNIFIED IDEOGRAPH-4E00})") == U"\x4e00");
}

TEST_CASE("decode_str: unknown escapes keep the backslash", "[literals]") {
    CHECK(str(R"(\q\ )") == U"\\q\\ ");
    CHECK(str(R"(\8\9)") == U"\\8\\9");
    CHECK(str("\\\xc3\xa9") == U"\\\xe9");
    CHECK(str("\\\\\xc3\xa9") == U"\\\xe9");
}

TEST_CASE("decode_str: raw", "[literals]") {
    CHECK(str(R"(\N{EM DASH}\x41)", true) == U"\\N{EM DASH}\\x41");
    CHECK(str(R"(a\q)", true) == U"a\\q");
    CHECK(str("\xc3\xa9\\n", true) == U"\xe9\\n");
    CHECK(str("\\N{foo}", true) == U"\\N{foo}");
    CHECK(str("a\r\nb", true) == U"a\nb");
}

TEST_CASE("decode_str: errors", "[literals]") {
    CHECK(str_error(R"(\N{foo})") == UNICODE_ERROR + "0-6: unknown Unicode character name");
    CHECK(str_error(R"(\N{)") == UNICODE_ERROR + "0-2: malformed \\N character escape");
    CHECK(str_error(R"(\N)") == UNICODE_ERROR + "0-1: malformed \\N character escape");
    CHECK(str_error(R"(\N{})") == UNICODE_ERROR + "0-2: malformed \\N character escape");
    CHECK(str_error(R"(\N{EM DASH)") == UNICODE_ERROR + "0-9: malformed \\N character escape");
    CHECK(str_error(R"(ab\N{foo})") == UNICODE_ERROR + "2-8: unknown Unicode character name");
    CHECK(str_error(R"(\x)") == UNICODE_ERROR + "0-1: truncated \\xXX escape");
    CHECK(str_error(R"(\x4)") == UNICODE_ERROR + "0-2: truncated \\xXX escape");
    CHECK(str_error(R"(ab\x4g)") == UNICODE_ERROR + "2-4: truncated \\xXX escape");
    CHECK(str_error(R"(\u12)") == UNICODE_ERROR + "0-3: truncated \\uXXXX escape");
    CHECK(str_error(R"(\U1234)") == UNICODE_ERROR + "0-5: truncated \\UXXXXXXXX escape");
    CHECK(str_error(R"(\U0011ffff)") == UNICODE_ERROR + "0-9: illegal Unicode character");
    CHECK(str_error(R"(\Ufffffffff)") == UNICODE_ERROR + "0-9: illegal Unicode character");
    CHECK(str_error(R"(\N{HANGUL SYLLABLE GA}x\N{hangul syllable ga})") ==
          UNICODE_ERROR + "23-44: unknown Unicode character name");
}

TEST_CASE("decode_str: error positions count CPython's rewritten buffer", "[literals]") {
    // Each non-ASCII character counts as the ten bytes of "\UXXXXXXXX", and a
    // backslash before one as six ("\u005c").
    CHECK(str_error("\xc3\xa9\\N{foo}") == UNICODE_ERROR + "10-16: unknown Unicode character name");
    CHECK(str_error("\xc3\xa9\\x1") == UNICODE_ERROR + "10-12: truncated \\xXX escape");
    CHECK(str_error("\xe2\x82\xac\\u12") == UNICODE_ERROR + "10-13: truncated \\uXXXX escape");
    CHECK(str_error("\xf0\x9f\x98\x80\\U1") ==
          UNICODE_ERROR + "10-12: truncated \\UXXXXXXXX escape");
    CHECK(str_error("\\N{\xc3\xa9}") == UNICODE_ERROR + "0-13: unknown Unicode character name");
    CHECK(str_error("\\\xc3\xa9\\x") == UNICODE_ERROR + "16-17: truncated \\xXX escape");

    // The error's offset is the escape's byte offset in the body itself.
    std::u32string out;
    auto err = decode_str("\xc3\xa9\\x1", false, out);
    REQUIRE(err);
    CHECK(err->offset == 2);
    err = decode_str("ab\\N{foo}", false, out);
    REQUIRE(err);
    CHECK(err->offset == 2);
}

// ---- bytes ----------------------------------------------------------------------

TEST_CASE("decode_bytes", "[literals]") {
    CHECK(bytes("abc") == "abc");
    CHECK(bytes(R"(\x41\x4a\xff\xFf)") == "AJ\xff\xff");
    CHECK(bytes(R"(\101\0\777\400)") == std::string("A\0\xff\0", 4));
    CHECK(bytes(R"(\a\b\f\n\r\t\v\\\'\")") == "\x07\x08\x0c\n\r\t\x0b\\'\"");
    CHECK(bytes(R"(\q\u1234\N{EM DASH})") == R"(\q\u1234\N{EM DASH})");
    CHECK(bytes("a\\\nb") == "ab");
    CHECK(bytes("a\r\nb") == "a\nb");
    CHECK(bytes(R"(\x41\q)", true) == R"(\x41\q)");
}

TEST_CASE("decode_bytes: errors", "[literals]") {
    CHECK(bytes_error(R"(\x)") == "(value error) invalid \\x escape at position 0");
    CHECK(bytes_error(R"(ab\x4)") == "(value error) invalid \\x escape at position 2");
    CHECK(bytes_error(R"(\x4g)") == "(value error) invalid \\x escape at position 0");
    CHECK(bytes_error(R"(ab\xg0)") == "(value error) invalid \\x escape at position 2");
    CHECK(bytes_error("\xc3\xa9") == "bytes can only contain ASCII literal characters");
    CHECK(bytes_error("ab\xc3\xa9") == "bytes can only contain ASCII literal characters");
    CHECK(bytes_error("\xc3\xa9", true) == "bytes can only contain ASCII literal characters");
}
