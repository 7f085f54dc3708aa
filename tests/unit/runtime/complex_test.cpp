// complex: repr, hash, equality with ints and floats, and the errors of
// division and powers.  Expected values were taken from python3 (CPython
// 3.11); the arithmetic is checked case by case in number_cases_test.cpp.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <cmath>

#include "runtime/complex.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "tests/unit/runtime/number_test_util.hpp"

using namespace glasspy::rt;
using glasspy::rt::testing::repr_text;
using glasspy::rt::testing::take_error;

namespace {

Ref<> cx(double re, double im) { return Ref<>::steal(complex_from_doubles(re, im)); }

std::string result(Object* r) {
    Ref<> owned = Ref<>::steal(r);
    return owned ? repr_text(owned.get()) : fmt::format("!{}", take_error());
}

}  // namespace

TEST_CASE("complex: layout, repr, hash", "[complex]") {
    runtime_init();
    (void)type_ready(&complex_type);
    CHECK(complex_type.tp_basicsize == 32);  // python3: sys.getsizeof(1j) == 32
    CHECK(repr_text(cx(-0.0, -1.0).get()) == "(-0-1j)");
    CHECK(repr_text(cx(1e300, -1e-300).get()) == "(1e+300-1e-300j)");
    CHECK(repr_text(cx(0.0, 1.0).get()) == "1j");
    // python3: hash(1+2j) == 2000007, hash(complex(1.5, -2.5)) == -2305843009215693957
    CHECK(hash(cx(1.0, 2.0).get()) == 2000007);
    CHECK(hash(cx(0.0, -1.0).get()) == -2000006);
    CHECK(hash(cx(1.5, -2.5).get()) == -2305843009215693957);
    CHECK(hash(cx(3.0, 0.0).get()) == 3);
}

TEST_CASE("complex: equality only", "[complex]") {
    runtime_init();
    (void)type_ready(&complex_type);
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    CHECK(rich_compare_bool(cx(1.0, 0.0).get(), one.get(), EQ) == 1);
    CHECK(rich_compare_bool(cx(1.0, 2.0).get(), one.get(), EQ) == 0);
    CHECK(rich_compare_bool(one.get(), cx(1.0, 0.0).get(), EQ) == 1);
    CHECK(rich_compare(cx(1.0, 2.0).get(), cx(1.0, 2.0).get(), LT) == nullptr);
    CHECK(take_error() == "TypeError: '<' not supported between instances of 'complex' and 'complex'");
}

TEST_CASE("complex: division and power errors", "[complex]") {
    runtime_init();
    (void)type_ready(&complex_type);
    Ref<> zero = Ref<>::steal(int_from_ssize(0));
    Ref<> minus_one = Ref<>::steal(int_from_ssize(-1));
    CHECK(result(binary_op(cx(1, 2).get(), zero.get(), BinaryOp::TrueDivide)) ==
          "!ZeroDivisionError: complex division by zero");
    CHECK(result(binary_op(cx(0, 0).get(), minus_one.get(), BinaryOp::Power)) ==
          "!ZeroDivisionError: 0.0 to a negative or complex power");
    Ref<> big = Ref<>::steal(int_from_ssize(100000));
    CHECK(result(binary_op(cx(1, 2).get(), big.get(), BinaryOp::Power)) ==
          "!OverflowError: complex exponentiation");
    CHECK(result(binary_op(cx(1, 2).get(), minus_one.get(), BinaryOp::Power)) == "(0.2-0.4j)");
    CHECK(result(binary_op(cx(1, 2).get(), zero.get(), BinaryOp::Remainder)) ==
          "!TypeError: unsupported operand type(s) for %: 'complex' and 'int'");
    CHECK(result(complex_type.nb_absolute(cx(3, 4).get())) == "5.0");
    CHECK(result(complex_type.nb_power(cx(1, 2).get(), zero.get(), zero.get())) == "!ValueError: complex modulo");
}
