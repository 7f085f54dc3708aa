// int: the small-int cache (shared objects, truthful refcounts), sizes as
// sys.getsizeof reports them, conversions to and from machine numbers,
// text and bytes, hashing, and the errors CPython raises.  Arithmetic on
// thousands of operand pairs is checked by number_cases_test.cpp; expected
// values here were taken from python3 (CPython 3.11).
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "tests/unit/runtime/number_test_util.hpp"

using namespace glasspy::rt;
using glasspy::rt::testing::repr_text;
using glasspy::rt::testing::take_error;

namespace {

Ref<> parse(std::u32string_view text, int base = 10) { return Ref<>::steal(int_from_string(text, base)); }

std::string to_string(Object* o, int base = 10) {
    std::string out;
    if (!int_to_string(o, base, &out)) return fmt::format("!{}", take_error());
    return out;
}

// int(text, base) as text: the decimal value, or "!Type: message".
std::string parsed(std::u32string_view text, int base = 10) {
    Ref<> v = parse(text, base);
    return v ? to_string(v.get()) : fmt::format("!{}", take_error());
}

}  // namespace

TEST_CASE("int: the small-int cache shares -5..256", "[int]") {
    runtime_init();
    for (ssize_t v : {-5, -1, 0, 1, 100, 256}) {
        Ref<> a = Ref<>::steal(int_from_ssize(v));
        Ref<> b = Ref<>::steal(int_from_ssize(v));
        CHECK(a.get() == b.get());
    }
    for (ssize_t v : {-6, 257, 1000, 1 << 30}) {
        Ref<> a = Ref<>::steal(int_from_ssize(v));
        Ref<> b = Ref<>::steal(int_from_ssize(v));
        CHECK(a.get() != b.get());
        CHECK(a->ob_refcnt == 1);
    }
    // Results of arithmetic land in the cache too (CPython's maybe_small_long).
    Ref<> big = Ref<>::steal(int_from_ssize(1000));
    Ref<> small = Ref<>::steal(int_from_ssize(-999));
    Ref<> sum = Ref<>::steal(int_add(big.get(), small.get()));
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    CHECK(sum.get() == one.get());
    Ref<> parsed_one = parse(U"1");
    CHECK(parsed_one.get() == one.get());
}

TEST_CASE("int: a shared small int's refcount counts every holder", "[int]") {
    runtime_init();
    Ref<> first = Ref<>::steal(int_from_ssize(42));
    ssize_t before = first->ob_refcnt;
    {
        Ref<> again = Ref<>::steal(int_from_ssize(42));
        CHECK(first->ob_refcnt == before + 1);
        Ref<> copy = again;
        CHECK(first->ob_refcnt == before + 2);
    }
    CHECK(first->ob_refcnt == before);
    CHECK(before >= 2);  // the runtime's own reference plus ours
}

TEST_CASE("int: sys.getsizeof and bit_length", "[int]") {
    runtime_init();
    // python3: 28 28 32 36 40 72 (0, 1, 2**30, 2**60, -(2**90), 10**100)
    CHECK(int_sizeof(parse(U"0").get()) == 28);
    CHECK(int_sizeof(parse(U"1").get()) == 28);
    CHECK(int_sizeof(parse(U"1073741824").get()) == 32);
    CHECK(int_sizeof(parse(U"1152921504606846976").get()) == 36);
    CHECK(int_sizeof(parse(U"-1237940039285380274899124224").get()) == 40);
    CHECK(int_sizeof(parse(U"1" + std::u32string(100, U'0')).get()) == 72);
    CHECK(int_size(parse(U"1073741824").get()) == 2);
    CHECK(int_size(parse(U"-1073741824").get()) == -2);
    CHECK(int_bit_length(parse(U"0").get()) == 0);
    CHECK(int_bit_length(parse(U"-1").get()) == 1);
    CHECK(int_bit_length(parse(U"0x10000000000000000000000000", 16).get()) == 101);
    CHECK(int_bit_length(parse(U"-0x10000000000000000000000000", 16).get()) == 101);
}

TEST_CASE("int: machine-word conversions", "[int]") {
    runtime_init();
    ssize_t v = 0;
    Ref<> max = parse(U"9223372036854775807");
    REQUIRE(int_as_ssize(max.get(), &v));
    CHECK(v == INT64_MAX);
    Ref<> min = parse(U"-9223372036854775808");
    REQUIRE(int_as_ssize(min.get(), &v));
    CHECK(v == INT64_MIN);
    Ref<> over = parse(U"9223372036854775808");
    CHECK_FALSE(int_as_ssize(over.get(), &v));
    CHECK(take_error() == "OverflowError: Python int too large to convert to C ssize_t");
    CHECK_FALSE(int_as_ssize(None(), &v));
    CHECK(take_error().rfind("TypeError", 0) == 0);
    Ref<> from_min = Ref<>::steal(int_from_i64(INT64_MIN));
    CHECK(to_string(from_min.get()) == "-9223372036854775808");
    Ref<> from_u = Ref<>::steal(int_from_u64(UINT64_MAX));
    CHECK(to_string(from_u.get()) == "18446744073709551615");
}

TEST_CASE("int: to float rounds correctly, or overflows", "[int]") {
    runtime_init();
    double d = 0;
    // python3: float(2**53+1) == 9007199254740992.0 (ties to even)
    REQUIRE(int_as_double(parse(U"9007199254740993").get(), &d));
    CHECK(d == 9007199254740992.0);
    // float(-(2**54+3)) == -1.8014398509481988e+16
    REQUIRE(int_as_double(parse(U"-18014398509481987").get(), &d));
    CHECK(d == -18014398509481988.0);
    // 2**1024 - 2**970 - 1 rounds down to DBL_MAX; 2**1024 - 2**970 overflows
    Ref<> two1024 = parse(U"0x1" + std::u32string(256, U'0'), 16);
    CHECK_FALSE(int_as_double(two1024.get(), &d));
    CHECK(take_error() == "OverflowError: int too large to convert to float");
    Ref<> one = parse(U"1"), e970 = parse(U"970"), e1024 = parse(U"1024");
    Ref<> top = Ref<>::steal(int_lshift(one.get(), e1024.get()));
    Ref<> half_ulp = Ref<>::steal(int_lshift(one.get(), e970.get()));
    Ref<> tie = Ref<>::steal(int_sub(top.get(), half_ulp.get()));
    CHECK_FALSE(int_as_double(tie.get(), &d));  // the tie rounds up, to 2**1024
    CHECK(take_error() == "OverflowError: int too large to convert to float");
    Ref<> just_below = Ref<>::steal(int_sub(tie.get(), one.get()));
    REQUIRE(int_as_double(just_below.get(), &d));
    CHECK(d == 1.7976931348623157e308);
}

TEST_CASE("int: from float truncates toward zero", "[int]") {
    runtime_init();
    CHECK(to_string(Ref<>::steal(int_from_double(-3.9)).get()) == "-3");
    CHECK(to_string(Ref<>::steal(int_from_double(1e20)).get()) == "100000000000000000000");
    CHECK(to_string(Ref<>::steal(int_from_double(-0.0)).get()) == "0");
    CHECK(int_from_double(INFINITY) == nullptr);
    CHECK(take_error() == "OverflowError: cannot convert float infinity to integer");
    CHECK(int_from_double(NAN) == nullptr);
    CHECK(take_error() == "ValueError: cannot convert float NaN to integer");
}

TEST_CASE("int: int(text, base) accepts what CPython accepts", "[int]") {
    runtime_init();
    CHECK(parsed(U"  \u2003-1_000\n") == "-1000");
    CHECK(parsed(U"0o17", 0) == "15");
    CHECK(parsed(U"z", 36) == "35");
    CHECK(parsed(U"-0b_101", 0) == "-5");
    CHECK(parsed(U"0x_1f", 0) == "31");
    CHECK(parsed(U"  -0x1F  ", 16) == "-31");
    CHECK(parsed(U"0B1", 16) == "177");
    CHECK(parsed(U"0_0", 0) == "0");
    CHECK(parsed(U"00", 0) == "0");
    CHECK(parsed(U"\u0663", 0) == "3");  // ARABIC-INDIC DIGIT THREE
    CHECK(parsed(U"abc") == "!ValueError: invalid literal for int() with base 10: 'abc'");
    CHECK(parsed(U"010", 0) == "!ValueError: invalid literal for int() with base 0: '010'");
    CHECK(parsed(U"00_1", 0) == "!ValueError: invalid literal for int() with base 0: '00_1'");
    CHECK(parsed(U"_1") == "!ValueError: invalid literal for int() with base 10: '_1'");
    CHECK(parsed(U"1__0") == "!ValueError: invalid literal for int() with base 10: '1__0'");
    CHECK(parsed(U"1_") == "!ValueError: invalid literal for int() with base 10: '1_'");
    CHECK(parsed(U"0x_1f") == "!ValueError: invalid literal for int() with base 10: '0x_1f'");
    CHECK(parsed(U"+ 1") == "!ValueError: invalid literal for int() with base 10: '+ 1'");
    CHECK(parsed(U"") == "!ValueError: invalid literal for int() with base 10: ''");
    CHECK(parsed(std::u32string(U"1\0", 2)) == "!ValueError: invalid literal for int() with base 10: '1\\x00'");
    CHECK(parsed(U"1", 37) == "!ValueError: int() base must be >= 2 and <= 36, or 0");
    // "%.200R": the repr is cut after 200 characters, closing quote and all.
    std::string long_error = parsed(std::u32string(300, U'a'));
    CHECK(long_error == "!ValueError: invalid literal for int() with base 10: '" + std::string(199, 'a'));
}

TEST_CASE("int: the 4300-digit limit on decimal conversion", "[int]") {
    runtime_init();
    REQUIRE(int_max_str_digits() == 4300);
    CHECK(parsed(std::u32string(4300, U'1')).size() == 4300);
    CHECK(parsed(U"-" + std::u32string(4301, U'1')) ==
          "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
          "digits; use sys.set_int_max_str_digits() to increase the limit");
    // Counted before what follows the digits is looked at.
    CHECK(parsed(std::u32string(5000, U'1') + U"x") ==
          "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
          "digits; use sys.set_int_max_str_digits() to increase the limit");
    // Powers of two are exempt.
    CHECK(parse(std::u32string(5000, U'f'), 16));
    Ref<> ten = parse(U"10");
    Ref<> big = Ref<>::steal(int_pow(ten.get(), parse(U"4300").get(), nullptr));
    CHECK(to_string(big.get()) ==
          "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
          "sys.set_int_max_str_digits() to increase the limit");
    CHECK(to_string(big.get(), 16).size() > 3000);
    CHECK_FALSE(set_int_max_str_digits(639));
    CHECK(take_error() == "ValueError: maxdigits must be 0 or larger than 640");
    REQUIRE(set_int_max_str_digits(0));
    CHECK(to_string(big.get()).size() == 4301);
    REQUIRE(set_int_max_str_digits(4300));
    CHECK(Ref<>::steal(int_from_decimal("1_000")).get() != nullptr);
}

TEST_CASE("int: repr, bin, oct, hex", "[int]") {
    runtime_init();
    CHECK(repr_text(parse(U"-12345678901234567890123").get()) == "-12345678901234567890123");
    CHECK(repr_text(parse(U"0").get()) == "0");
    Ref<> n = parse(U"-31");
    CHECK(str_to_utf8(Ref<>::steal(int_format_prefixed(n.get(), 16)).get()) == "-0x1f");
    CHECK(str_to_utf8(Ref<>::steal(int_format_prefixed(n.get(), 8)).get()) == "-0o37");
    CHECK(str_to_utf8(Ref<>::steal(int_format_prefixed(n.get(), 2)).get()) == "-0b11111");
}

TEST_CASE("int: hash is the value modulo 2**61-1", "[int]") {
    runtime_init();
    // python3: 0 1 -2 465258685558744706 -465258685558744706 8, hash(-1) == -2
    CHECK(int_hash_value(parse(U"2305843009213693951").get()) == 0);
    CHECK(int_hash_value(parse(U"2305843009213693952").get()) == 1);
    CHECK(int_hash_value(parse(U"-2305843009213693952").get()) == -2);
    CHECK(int_hash_value(parse(U"1000000000000000000000000000000").get()) == 465258685558744706);
    CHECK(int_hash_value(parse(U"-1000000000000000000000000000000").get()) == -465258685558744706);
    CHECK(int_hash_value(parse(U"18446744073709551616").get()) == 8);
    CHECK(int_hash_value(parse(U"-1").get()) == -2);
    CHECK(int_hash_value(parse(U"-2").get()) == -2);
}

TEST_CASE("int: to_bytes and from_bytes", "[int]") {
    runtime_init();
    auto bytes = [](const char* text, ssize_t length, bool little, bool is_signed) {
        std::string out;
        if (!int_to_bytes(parse(std::u32string(text, text + std::char_traits<char>::length(text))).get(),
                          length, little, is_signed, &out))
            return fmt::format("!{}", take_error());
        return out;
    };
    CHECK(bytes("1000", 2, false, false) == std::string("\x03\xe8", 2));
    CHECK(bytes("1000", 4, true, false) == std::string("\xe8\x03\x00\x00", 4));
    CHECK(bytes("-1000", 2, false, true) == std::string("\xfc\x18", 2));
    CHECK(bytes("-128", 1, false, true) == "\x80");
    CHECK(bytes("128", 1, false, true) == "!OverflowError: int too big to convert");
    CHECK(bytes("-129", 1, false, true) == "!OverflowError: int too big to convert");
    CHECK(bytes("255", 1, false, false) == "\xff");
    CHECK(bytes("256", 1, false, false) == "!OverflowError: int too big to convert");
    CHECK(bytes("-1", 1, false, false) == "!OverflowError: can't convert negative int to unsigned");
    CHECK(bytes("0", 0, false, false).empty());
    CHECK(bytes("-1", 0, false, true).empty());
    auto from = [](std::string_view b, bool little, bool is_signed) {
        return to_string(Ref<>::steal(int_from_bytes(b, little, is_signed)).get());
    };
    CHECK(from(std::string_view("\x00\x80", 2), false, true) == "128");
    CHECK(from(std::string_view("\x80\x00", 2), false, true) == "-32768");
    CHECK(from("", false, true) == "0");
    CHECK(from(std::string(20, '\xff'), true, true) == "-1");
    CHECK(from(std::string(20, '\xff'), true, false) == "1461501637330902918203684832716283019655932542975");
}

TEST_CASE("int: sizes are checked before GMP is asked for a huge result", "[int]") {
    runtime_init();
    Ref<> one = parse(U"1"), two = parse(U"2");
    Ref<> big_shift = parse(U"9223372036854775808");    // 2**63
    Ref<> huger_shift = parse(U"1180591620717411303424");  // 2**70
    CHECK(int_lshift(one.get(), big_shift.get()) == nullptr);
    CHECK(take_error() == "MemoryError: ");
    CHECK(int_lshift(one.get(), huger_shift.get()) == nullptr);
    CHECK(take_error() == "OverflowError: too many digits in integer");
    Ref<> e = parse(U"1000000000000000");
    CHECK(int_pow(two.get(), e.get(), nullptr) == nullptr);
    CHECK(take_error() == "MemoryError: ");
    // 1, 0 and -1 to a huge power are still fine.
    Ref<> minus_one = parse(U"-1");
    CHECK(to_string(Ref<>::steal(int_pow(minus_one.get(), huger_shift.get(), nullptr)).get()) == "1");
    Ref<> neg = parse(U"-5");
    CHECK(int_lshift(one.get(), neg.get()) == nullptr);
    CHECK(take_error() == "ValueError: negative shift count");
    CHECK(to_string(Ref<>::steal(int_rshift(minus_one.get(), huger_shift.get())).get()) == "-1");
}

TEST_CASE("int: binary slots return NotImplemented for other types", "[int]") {
    runtime_init();
    Ref<> one = parse(U"1");
    Ref<> r = Ref<>::steal(int_add(one.get(), None()));
    CHECK(r.get() == NotImplemented());
    Ref<> c = Ref<>::steal(int_richcompare(one.get(), None(), EQ));
    CHECK(c.get() == NotImplemented());
    Ref<> p = Ref<>::steal(int_pow(one.get(), one.get(), one.get()));
    CHECK(repr_text(p.get()) == "0");
}
