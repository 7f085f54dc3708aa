// float: the free list (a new float reuses a dead one's memory, so id()
// repeats, as the tutorials demonstrate), parsing, repr, hashing, exact
// comparison with ints, round() and as_integer_ratio.  Expected values were
// taken from python3 (CPython 3.11); the arithmetic is checked case by case
// in number_cases_test.cpp.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "tests/unit/runtime/number_test_util.hpp"

using namespace glasspy::rt;
using glasspy::rt::testing::repr_text;
using glasspy::rt::testing::take_error;

namespace {

std::string parsed(std::u32string_view text) {
    Ref<> f = Ref<>::steal(float_from_string(text));
    return f ? repr_text(f.get()) : fmt::format("!{}", take_error());
}

}  // namespace

TEST_CASE("float: a freed float's memory is reused by the next one", "[float]") {
    runtime_init();
    // >>> a = 1.5; i = id(a); del a; b = 2.5; id(b) == i   -> True
    Object* a = float_from_double(1.5);
    Object* address = a;
    int before = float_free_list_size();
    decref(a);
    CHECK(float_free_list_size() == before + 1);
    Object* b = float_from_double(2.5);
    CHECK(b == address);
    CHECK(float_value(b) == 2.5);
    CHECK(b->ob_refcnt == 1);
    CHECK(b->ob_type == &float_type);
    CHECK(float_free_list_size() == before);
    decref(b);
}

TEST_CASE("float: the free list keeps at most 100 floats, most recent first", "[float]") {
    runtime_init();
    std::vector<Object*> floats;
    for (int i = 0; i < 150; ++i) floats.push_back(float_from_double(i));
    for (Object* f : floats) decref(f);
    CHECK(float_free_list_size() == FloatState::MAXFREELIST);
    Object* last_kept = floats[99];  // the 100th freed is the list's head
    Object* again = float_from_double(0.0);
    CHECK(again == last_kept);
    decref(again);
}

TEST_CASE("float: the type's refcount counts live floats only", "[float]") {
    runtime_init();
    ssize_t before = float_type.ob_refcnt;
    Object* f = float_from_double(3.0);
    CHECK(float_type.ob_refcnt == before + 1);
    decref(f);
    CHECK(float_type.ob_refcnt == before);
}

TEST_CASE("float: float(text)", "[float]") {
    runtime_init();
    CHECK(parsed(U" 1_0.5e1_0 ") == "105000000000.0");
    CHECK(parsed(U"-InFinity") == "-inf");
    CHECK(parsed(U"+nan") == "nan");
    CHECK(parsed(U".5") == "0.5");
    CHECK(parsed(U"5.") == "5.0");
    CHECK(parsed(U"\u0663.\u0665") == "3.5");
    CHECK(parsed(U"1e500") == "inf");
    CHECK(parsed(U"-1e-500") == "-0.0");
    CHECK(parsed(U"\u3000 5\u3000") == "5.0");
    for (const char32_t* bad : {U"1__0", U"_1", U"1_", U"1._5", U"1_.5", U"nan(1)", U"0x1p3", U".", U"1e",
                                U"1e_5", U"infi", U"", U"   "})
        CHECK(parsed(bad) == "!ValueError: could not convert string to float: " +
                                 repr_text(Ref<>::steal(str_from_code_points(bad)).get()));
    CHECK(parsed(U"x") == "!ValueError: could not convert string to float: 'x'");
}

TEST_CASE("float: repr", "[float]") {
    runtime_init();
    auto r = [](double v) { return repr_text(Ref<>::steal(float_from_double(v)).get()); };
    CHECK(r(0.1) == "0.1");
    CHECK(r(-0.0) == "-0.0");
    CHECK(r(1e16) == "1e+16");
    CHECK(r(1e-5) == "1e-05");
    CHECK(r(123456.789) == "123456.789");
    CHECK(r(INFINITY) == "inf");
}

TEST_CASE("float: hash matches int and rational hashes", "[float]") {
    runtime_init();
    // python3: 1152921504606846977 -1152921504606846976 1224995262755759164 16777216 -2
    CHECK(hash_double(nullptr, 1.5) == 1152921504606846977);
    CHECK(hash_double(nullptr, -0.5) == -1152921504606846976);
    CHECK(hash_double(nullptr, 1e300) == 1224995262755759164);
    CHECK(hash_double(nullptr, std::ldexp(1.0, -1074)) == 16777216);
    CHECK(hash_double(nullptr, -1.0) == -2);
    CHECK(hash_double(nullptr, INFINITY) == 314159);
    CHECK(hash_double(nullptr, -INFINITY) == -314159);
    // A NaN hashes by identity (3.10+): two NaNs, two hashes.
    Ref<> n1 = Ref<>::steal(float_from_double(NAN));
    Ref<> n2 = Ref<>::steal(float_from_double(NAN));
    CHECK(hash(n1.get()) == object_hash(n1.get()));
    CHECK(hash(n1.get()) != hash(n2.get()));
}

TEST_CASE("float: comparison with ints is exact", "[float]") {
    runtime_init();
    Ref<> f = Ref<>::steal(float_from_double(9007199254740992.0));  // 2.0**53
    Ref<> i = Ref<>::steal(int_from_string(U"9007199254740993", 10));  // 2**53 + 1
    CHECK(rich_compare_bool(f.get(), i.get(), EQ) == 0);
    CHECK(rich_compare_bool(f.get(), i.get(), LT) == 1);
    CHECK(rich_compare_bool(i.get(), f.get(), GT) == 1);
    Ref<> big = Ref<>::steal(int_from_string(U"1" + std::u32string(400, U'0'), 10));
    Ref<> inf = Ref<>::steal(float_from_double(INFINITY));
    CHECK(rich_compare_bool(inf.get(), big.get(), GT) == 1);
    Ref<> half = Ref<>::steal(float_from_double(2.5));
    Ref<> two = Ref<>::steal(int_from_ssize(2));
    CHECK(rich_compare_bool(half.get(), two.get(), GT) == 1);
    Ref<> nan = Ref<>::steal(float_from_double(NAN));
    CHECK(rich_compare_bool(nan.get(), two.get(), NE) == 1);
    CHECK(rich_compare_bool(nan.get(), two.get(), LT) == 0);
}

TEST_CASE("float: is_integer and as_integer_ratio", "[float]") {
    runtime_init();
    CHECK(float_is_integer(8.0));
    CHECK_FALSE(float_is_integer(8.5));
    CHECK_FALSE(float_is_integer(INFINITY));
    auto ratio = [](double v) {
        Object *n = nullptr, *d = nullptr;
        if (!float_as_integer_ratio(v, &n, &d)) return fmt::format("!{}", take_error());
        std::string text = repr_text(n) + "/" + repr_text(d);
        decref(n);
        decref(d);
        return text;
    };
    // python3: (3602879701896397, 36028797018963968) (-5, 2) (8, 1) (0, 1)
    CHECK(ratio(0.1) == "3602879701896397/36028797018963968");
    CHECK(ratio(-2.5) == "-5/2");
    CHECK(ratio(8.0) == "8/1");
    CHECK(ratio(0.0) == "0/1");
    CHECK(ratio(INFINITY) == "!OverflowError: cannot convert Infinity to integer ratio");
    CHECK(ratio(NAN) == "!ValueError: cannot convert NaN to integer ratio");
}

TEST_CASE("float: round", "[float]") {
    runtime_init();
    auto rounded = [](double x, Object* n) {
        Ref<> r = Ref<>::steal(float_round(x, n));
        return r ? repr_text(r.get()) : fmt::format("!{}", take_error());
    };
    Ref<> two = Ref<>::steal(int_from_ssize(2));
    Ref<> minus_one = Ref<>::steal(int_from_ssize(-1));
    CHECK(rounded(2.5, nullptr) == "2");
    CHECK(rounded(3.5, None()) == "4");
    CHECK(rounded(2.675, two.get()) == "2.67");  // 2.675 is really 2.67499999...
    CHECK(rounded(0.125, two.get()) == "0.12");
    CHECK(rounded(15.0, minus_one.get()) == "20.0");
    CHECK(rounded(25.0, minus_one.get()) == "20.0");
    CHECK(rounded(INFINITY, nullptr) == "!OverflowError: cannot convert float infinity to integer");
    CHECK(rounded(NAN, nullptr) == "!ValueError: cannot convert float NaN to integer");
}

TEST_CASE("float: pow's special cases", "[float]") {
    runtime_init();
    auto power = [](double x, double y) {
        Ref<> a = Ref<>::steal(float_from_double(x)), b = Ref<>::steal(float_from_double(y));
        Ref<> r = Ref<>::steal(float_pow(a.get(), b.get(), None()));
        return r ? repr_text(r.get()) : fmt::format("!{}", take_error());
    };
    CHECK(power(0.0, -1.0) == "!ZeroDivisionError: 0.0 cannot be raised to a negative power");
    CHECK(power(10.0, 400.0) == "!OverflowError: (34, 'Numerical result out of range')");
    CHECK(power(-1.0, INFINITY) == "1.0");
    CHECK(power(NAN, 0.0) == "1.0");
    CHECK(power(-0.0, 3.0) == "-0.0");
    // A negative base to a fractional power is complex in Python 3.
    CHECK(power(-8.0, 1.0 / 3.0) == "(1.0000000000000002+1.7320508075688772j)");
    Ref<> a = Ref<>::steal(float_from_double(2.0)), m = Ref<>::steal(int_from_ssize(5));
    CHECK(float_pow(a.get(), a.get(), m.get()) == nullptr);
    CHECK(take_error() == "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
}
