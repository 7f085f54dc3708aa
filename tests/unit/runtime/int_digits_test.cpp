// int arithmetic on the digits (runtime/int_digits.cpp, int_arith.cpp,
// int_bitwise.cpp): exact values where carries and borrows cross the 30-bit
// digit boundaries, signs, zero results, division by one digit and by
// several (quotient digits estimated one too large or small included), floor
// semantics for negative
// operands, shifts and bitwise operators in two's complement, and long
// operands on GMP's side of the cut-offs.  number_cases_test.cpp covers
// thousands of further pairs.  Every expected value was computed by python3
// (CPython 3.11); operands are written in hex so their digits show.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>

#include "runtime/int.hpp"
#include "tests/unit/runtime/number_test_util.hpp"

using namespace glasspy::rt;
using glasspy::rt::testing::repr_text;
using glasspy::rt::testing::take_error;

namespace {

using Binary = Object* (*)(Object*, Object*);

Ref<> parse(std::u32string_view text) {
    return Ref<>::steal(int_from_string(text, 0));
}

std::string result_text(Object* r) {
    return r ? repr_text(r) : fmt::format("!{}", take_error());
}

// repr(f(int(a, 0), int(b, 0))), or "!Type: message".
std::string binary(Binary f, std::u32string_view a, std::u32string_view b) {
    Ref<> x = parse(a), y = parse(b);
    Ref<> r = Ref<>::steal(f(x.get(), y.get()));
    return result_text(r.get());
}

Ref<> power(ssize_t base, ssize_t exponent) {
    Ref<> b = Ref<>::steal(int_from_ssize(base)), e = Ref<>::steal(int_from_ssize(exponent));
    return Ref<>::steal(int_pow(b.get(), e.get(), nullptr));
}

Ref<> apply(Binary f, const Ref<>& a, const Ref<>& b) {
    return Ref<>::steal(f(a.get(), b.get()));
}

// repr(v % 1000000007): a fingerprint of a long value.
std::string residue(const Ref<>& v) {
    Ref<> p = Ref<>::steal(int_from_ssize(1000000007));
    Ref<> r = apply(int_mod, v, p);
    return result_text(r.get());
}

}  // namespace

TEST_CASE("int digits: carries and borrows across digit boundaries", "[int]") {
    runtime_init();
    CHECK(binary(int_add, U"0x3fffffff", U"0x1") == "1073741824");
    CHECK(binary(int_sub, U"0x3fffffff", U"-0x1") == "1073741824");
    CHECK(binary(int_add, U"0xfffffffffffffff", U"0x1") == "1152921504606846976");
    CHECK(binary(int_sub, U"0xfffffffffffffff", U"-0x1") == "1152921504606846976");
    CHECK(binary(int_add, U"0x3ffffffffffffffffffffff", U"0x1") == "1237940039285380274899124224");
    CHECK(binary(int_sub, U"0x3ffffffffffffffffffffff", U"-0x1") == "1237940039285380274899124224");
    CHECK(binary(int_add, U"0x3ffffffffffffffffffffff", U"0x3ffffffffffffffffffffff") ==
          "2475880078570760549798248446");
    CHECK(binary(int_sub, U"0x3ffffffffffffffffffffff", U"-0x3ffffffffffffffffffffff") ==
          "2475880078570760549798248446");
    CHECK(binary(int_add, U"0x40000000000000000000000", U"-0x1") == "1237940039285380274899124223");
    CHECK(binary(int_sub, U"0x40000000000000000000000", U"0x1") == "1237940039285380274899124223");
    CHECK(binary(int_add, U"-0x40000000000000000000000", U"0x1") ==
          "-1237940039285380274899124223");
    CHECK(binary(int_sub, U"-0x40000000000000000000000", U"-0x1") ==
          "-1237940039285380274899124223");
    CHECK(binary(int_add, U"0x1000000000000000", U"-0xfffffffffffffff") == "1");
    CHECK(binary(int_sub, U"0x1000000000000000", U"0xfffffffffffffff") == "1");
    CHECK(binary(int_add, U"0x40000000000000000000005", U"-0x40000000000000000000000") == "5");
    CHECK(binary(int_sub, U"0x40000000000000000000005", U"0x40000000000000000000000") == "5");
    CHECK(binary(int_add, U"-0x1000000000000000000000000000000",
                 U"0x1000000000000000000000000000000") == "0");
    CHECK(binary(int_sub, U"-0x1000000000000000000000000000000",
                 U"-0x1000000000000000000000000000000") == "0");
    CHECK(binary(int_add, U"0x1000000000000000000000000000000", U"-0x40000000") ==
          "1329227995784915872903807059206602752");
    CHECK(binary(int_sub, U"0x1000000000000000000000000000000", U"0x40000000") ==
          "1329227995784915872903807059206602752");
    CHECK(binary(int_add, U"-0x3ffffffffffffffffffffff", U"-0x1") ==
          "-1237940039285380274899124224");
    CHECK(binary(int_sub, U"-0x3ffffffffffffffffffffff", U"0x1") ==
          "-1237940039285380274899124224");
    CHECK(binary(int_add, U"0x3000000000000007", U"-0x2000000000000009") == "1152921504606846974");
    CHECK(binary(int_sub, U"0x3000000000000007", U"0x2000000000000009") == "1152921504606846974");
}

TEST_CASE("int digits: products of multi-digit numbers", "[int]") {
    runtime_init();
    CHECK(binary(int_mul, U"0x3ffffffffffffffffffffff", U"0x3ffffffffffffffffffffff") ==
          "1532495540865888858358347024674429105047978572385353729");
    CHECK(binary(int_mul, U"0x3fffffff", U"0x1000000000000000000000000000001") ==
          "1427247691376731885273370096545688077176143871");
    CHECK(binary(int_mul, U"-0x2000000000000001", U"0x1fffffffffffffff") ==
          "-5316911983139663491615228241121378303");
    CHECK(binary(int_mul, U"-0x40000000000000000000000", U"-0x80000000") ==
          "2658455991569831745807614120560689152");
    CHECK(binary(int_mul, U"0x1000000000000000000000000003039", U"0xa") ==
          "13292279957849158729038070602803569210");
    CHECK(binary(int_mul, U"-0x3fffffffffffffffffffffffffffffffffffff", U"0x3fffffff") ==
          "-1532495539438641165652387146092023214169243984727113729");
    CHECK(binary(int_mul, U"0x40000000000000000000000", U"0x0") == "0");
    CHECK(binary(int_mul, U"0x0", U"-0x40000000000000000000000") == "0");
}

TEST_CASE("int digits: division by one digit rounds toward minus infinity", "[int]") {
    runtime_init();
    CHECK(binary(int_floor_div, U"0x40000000000000000000005", U"0xa") ==
          "123794003928538027489912422");
    CHECK(binary(int_mod, U"0x40000000000000000000005", U"0xa") == "9");
    CHECK(binary(int_floor_div, U"0x40000000000000000000005", U"-0xa") ==
          "-123794003928538027489912423");
    CHECK(binary(int_mod, U"0x40000000000000000000005", U"-0xa") == "-1");
    CHECK(binary(int_floor_div, U"0x40000000000000000000005", U"0x3b9aca00") ==
          "1237940039285380274");
    CHECK(binary(int_mod, U"0x40000000000000000000005", U"0x3b9aca00") == "899124229");
    CHECK(binary(int_floor_div, U"0x40000000000000000000005", U"-0x3b9aca00") ==
          "-1237940039285380275");
    CHECK(binary(int_mod, U"0x40000000000000000000005", U"-0x3b9aca00") == "-100875771");
    CHECK(binary(int_floor_div, U"0x40000000000000000000005", U"0x3fffffff") ==
          "1152921505680588801");
    CHECK(binary(int_mod, U"0x40000000000000000000005", U"0x3fffffff") == "6");
    CHECK(binary(int_floor_div, U"0x40000000000000000000005", U"0x1") ==
          "1237940039285380274899124229");
    CHECK(binary(int_mod, U"0x40000000000000000000005", U"0x1") == "0");
    CHECK(binary(int_floor_div, U"0x40000000000000000000005", U"-0x1") ==
          "-1237940039285380274899124229");
    CHECK(binary(int_mod, U"0x40000000000000000000005", U"-0x1") == "0");
    CHECK(binary(int_divmod, U"0x40000000000000000000005", U"0x3b9aca00") ==
          "(1237940039285380274, 899124229)");
    CHECK(binary(int_floor_div, U"-0x40000000000000000000005", U"0xa") ==
          "-123794003928538027489912423");
    CHECK(binary(int_mod, U"-0x40000000000000000000005", U"0xa") == "1");
    CHECK(binary(int_floor_div, U"-0x40000000000000000000005", U"-0xa") ==
          "123794003928538027489912422");
    CHECK(binary(int_mod, U"-0x40000000000000000000005", U"-0xa") == "-9");
    CHECK(binary(int_floor_div, U"-0x40000000000000000000005", U"0x3b9aca00") ==
          "-1237940039285380275");
    CHECK(binary(int_mod, U"-0x40000000000000000000005", U"0x3b9aca00") == "100875771");
    CHECK(binary(int_floor_div, U"-0x40000000000000000000005", U"-0x3b9aca00") ==
          "1237940039285380274");
    CHECK(binary(int_mod, U"-0x40000000000000000000005", U"-0x3b9aca00") == "-899124229");
    CHECK(binary(int_floor_div, U"-0x40000000000000000000005", U"0x3fffffff") ==
          "-1152921505680588802");
    CHECK(binary(int_mod, U"-0x40000000000000000000005", U"0x3fffffff") == "1073741817");
    CHECK(binary(int_floor_div, U"-0x40000000000000000000005", U"0x1") ==
          "-1237940039285380274899124229");
    CHECK(binary(int_mod, U"-0x40000000000000000000005", U"0x1") == "0");
    CHECK(binary(int_floor_div, U"-0x40000000000000000000005", U"-0x1") ==
          "1237940039285380274899124229");
    CHECK(binary(int_mod, U"-0x40000000000000000000005", U"-0x1") == "0");
    CHECK(binary(int_divmod, U"-0x40000000000000000000005", U"0x3b9aca00") ==
          "(-1237940039285380275, 100875771)");
    CHECK(binary(int_floor_div, U"0xc9f2c9cd04674edea40000000", U"0xa") ==
          "100000000000000000000000000000");
    CHECK(binary(int_mod, U"0xc9f2c9cd04674edea40000000", U"0xa") == "0");
    CHECK(binary(int_floor_div, U"0xc9f2c9cd04674edea40000000", U"-0xa") ==
          "-100000000000000000000000000000");
    CHECK(binary(int_mod, U"0xc9f2c9cd04674edea40000000", U"-0xa") == "0");
    CHECK(binary(int_floor_div, U"0xc9f2c9cd04674edea40000000", U"0x3b9aca00") ==
          "1000000000000000000000");
    CHECK(binary(int_mod, U"0xc9f2c9cd04674edea40000000", U"0x3b9aca00") == "0");
    CHECK(binary(int_floor_div, U"0xc9f2c9cd04674edea40000000", U"-0x3b9aca00") ==
          "-1000000000000000000000");
    CHECK(binary(int_mod, U"0xc9f2c9cd04674edea40000000", U"-0x3b9aca00") == "0");
    CHECK(binary(int_floor_div, U"0xc9f2c9cd04674edea40000000", U"0x3fffffff") ==
          "931322575482840254421");
    CHECK(binary(int_mod, U"0xc9f2c9cd04674edea40000000", U"0x3fffffff") == "211650517");
    CHECK(binary(int_floor_div, U"0xc9f2c9cd04674edea40000000", U"0x1") ==
          "1000000000000000000000000000000");
    CHECK(binary(int_mod, U"0xc9f2c9cd04674edea40000000", U"0x1") == "0");
    CHECK(binary(int_floor_div, U"0xc9f2c9cd04674edea40000000", U"-0x1") ==
          "-1000000000000000000000000000000");
    CHECK(binary(int_mod, U"0xc9f2c9cd04674edea40000000", U"-0x1") == "0");
    CHECK(binary(int_divmod, U"0xc9f2c9cd04674edea40000000", U"0x3b9aca00") ==
          "(1000000000000000000000, 0)");
    CHECK(binary(int_floor_div, U"-0xc9f2c9cd04674edea40000000", U"0xa") ==
          "-100000000000000000000000000000");
    CHECK(binary(int_mod, U"-0xc9f2c9cd04674edea40000000", U"0xa") == "0");
    CHECK(binary(int_floor_div, U"-0xc9f2c9cd04674edea40000000", U"-0xa") ==
          "100000000000000000000000000000");
    CHECK(binary(int_mod, U"-0xc9f2c9cd04674edea40000000", U"-0xa") == "0");
    CHECK(binary(int_floor_div, U"-0xc9f2c9cd04674edea40000000", U"0x3b9aca00") ==
          "-1000000000000000000000");
    CHECK(binary(int_mod, U"-0xc9f2c9cd04674edea40000000", U"0x3b9aca00") == "0");
    CHECK(binary(int_floor_div, U"-0xc9f2c9cd04674edea40000000", U"-0x3b9aca00") ==
          "1000000000000000000000");
    CHECK(binary(int_mod, U"-0xc9f2c9cd04674edea40000000", U"-0x3b9aca00") == "0");
    CHECK(binary(int_floor_div, U"-0xc9f2c9cd04674edea40000000", U"0x3fffffff") ==
          "-931322575482840254422");
    CHECK(binary(int_mod, U"-0xc9f2c9cd04674edea40000000", U"0x3fffffff") == "862091306");
    CHECK(binary(int_floor_div, U"-0xc9f2c9cd04674edea40000000", U"0x1") ==
          "-1000000000000000000000000000000");
    CHECK(binary(int_mod, U"-0xc9f2c9cd04674edea40000000", U"0x1") == "0");
    CHECK(binary(int_floor_div, U"-0xc9f2c9cd04674edea40000000", U"-0x1") ==
          "1000000000000000000000000000000");
    CHECK(binary(int_mod, U"-0xc9f2c9cd04674edea40000000", U"-0x1") == "0");
    CHECK(binary(int_divmod, U"-0xc9f2c9cd04674edea40000000", U"0x3b9aca00") ==
          "(-1000000000000000000000, 0)");
    CHECK(binary(int_floor_div, U"0x2000000000000000", U"0xa") == "230584300921369395");
    CHECK(binary(int_mod, U"0x2000000000000000", U"0xa") == "2");
    CHECK(binary(int_floor_div, U"0x2000000000000000", U"-0xa") == "-230584300921369396");
    CHECK(binary(int_mod, U"0x2000000000000000", U"-0xa") == "-8");
    CHECK(binary(int_floor_div, U"0x2000000000000000", U"0x3b9aca00") == "2305843009");
    CHECK(binary(int_mod, U"0x2000000000000000", U"0x3b9aca00") == "213693952");
    CHECK(binary(int_floor_div, U"0x2000000000000000", U"-0x3b9aca00") == "-2305843010");
    CHECK(binary(int_mod, U"0x2000000000000000", U"-0x3b9aca00") == "-786306048");
    CHECK(binary(int_floor_div, U"0x2000000000000000", U"0x3fffffff") == "2147483650");
    CHECK(binary(int_mod, U"0x2000000000000000", U"0x3fffffff") == "2");
    CHECK(binary(int_floor_div, U"0x2000000000000000", U"0x1") == "2305843009213693952");
    CHECK(binary(int_mod, U"0x2000000000000000", U"0x1") == "0");
    CHECK(binary(int_floor_div, U"0x2000000000000000", U"-0x1") == "-2305843009213693952");
    CHECK(binary(int_mod, U"0x2000000000000000", U"-0x1") == "0");
    CHECK(binary(int_divmod, U"0x2000000000000000", U"0x3b9aca00") == "(2305843009, 213693952)");
    CHECK(binary(int_floor_div, U"-0x2000000000000000", U"0xa") == "-230584300921369396");
    CHECK(binary(int_mod, U"-0x2000000000000000", U"0xa") == "8");
    CHECK(binary(int_floor_div, U"-0x2000000000000000", U"-0xa") == "230584300921369395");
    CHECK(binary(int_mod, U"-0x2000000000000000", U"-0xa") == "-2");
    CHECK(binary(int_floor_div, U"-0x2000000000000000", U"0x3b9aca00") == "-2305843010");
    CHECK(binary(int_mod, U"-0x2000000000000000", U"0x3b9aca00") == "786306048");
    CHECK(binary(int_floor_div, U"-0x2000000000000000", U"-0x3b9aca00") == "2305843009");
    CHECK(binary(int_mod, U"-0x2000000000000000", U"-0x3b9aca00") == "-213693952");
    CHECK(binary(int_floor_div, U"-0x2000000000000000", U"0x3fffffff") == "-2147483651");
    CHECK(binary(int_mod, U"-0x2000000000000000", U"0x3fffffff") == "1073741821");
    CHECK(binary(int_floor_div, U"-0x2000000000000000", U"0x1") == "-2305843009213693952");
    CHECK(binary(int_mod, U"-0x2000000000000000", U"0x1") == "0");
    CHECK(binary(int_floor_div, U"-0x2000000000000000", U"-0x1") == "2305843009213693952");
    CHECK(binary(int_mod, U"-0x2000000000000000", U"-0x1") == "0");
    CHECK(binary(int_divmod, U"-0x2000000000000000", U"0x3b9aca00") == "(-2305843010, 786306048)");
    CHECK(binary(int_floor_div, U"0x3fffffffffffffff", U"0xa") == "461168601842738790");
    CHECK(binary(int_mod, U"0x3fffffffffffffff", U"0xa") == "3");
    CHECK(binary(int_floor_div, U"0x3fffffffffffffff", U"-0xa") == "-461168601842738791");
    CHECK(binary(int_mod, U"0x3fffffffffffffff", U"-0xa") == "-7");
    CHECK(binary(int_floor_div, U"0x3fffffffffffffff", U"0x3b9aca00") == "4611686018");
    CHECK(binary(int_mod, U"0x3fffffffffffffff", U"0x3b9aca00") == "427387903");
    CHECK(binary(int_floor_div, U"0x3fffffffffffffff", U"-0x3b9aca00") == "-4611686019");
    CHECK(binary(int_mod, U"0x3fffffffffffffff", U"-0x3b9aca00") == "-572612097");
    CHECK(binary(int_floor_div, U"0x3fffffffffffffff", U"0x3fffffff") == "4294967300");
    CHECK(binary(int_mod, U"0x3fffffffffffffff", U"0x3fffffff") == "3");
    CHECK(binary(int_floor_div, U"0x3fffffffffffffff", U"0x1") == "4611686018427387903");
    CHECK(binary(int_mod, U"0x3fffffffffffffff", U"0x1") == "0");
    CHECK(binary(int_floor_div, U"0x3fffffffffffffff", U"-0x1") == "-4611686018427387903");
    CHECK(binary(int_mod, U"0x3fffffffffffffff", U"-0x1") == "0");
    CHECK(binary(int_divmod, U"0x3fffffffffffffff", U"0x3b9aca00") == "(4611686018, 427387903)");
}

TEST_CASE("int digits: long division, floor semantics and the add-back step", "[int]") {
    runtime_init();
    // The last four pairs make a quotient digit estimated from the top
    // digits (Knuth's step D3) one too large, so the divisor is added back.
    CHECK(binary(int_divmod, U"0x1d6329f1c35ca4bfabb9f5610000000000", U"0x56bc75e2d63100001") ==
          "(99999999999999999999, 1)");
    CHECK(binary(int_divmod, U"-0x1d6329f1c35ca4bfabb9f5610000000000", U"0x56bc75e2d63100001") ==
          "(-100000000000000000000, 100000000000000000000)");
    CHECK(binary(int_divmod, U"0x1d6329f1c35ca4bfabb9f5610000000000", U"-0x56bc75e2d63100001") ==
          "(-100000000000000000000, -100000000000000000000)");
    CHECK(binary(int_divmod, U"-0x1d6329f1c35ca4bfabb9f5610000000000", U"-0x56bc75e2d63100001") ==
          "(99999999999999999999, -1)");
    CHECK(binary(int_divmod, U"0x1d6329f1c35ca4bfabb9f5610000000000", U"0x56bc75e2d63100000") ==
          "(100000000000000000000, 0)");
    CHECK(binary(int_divmod, U"-0x1d6329f1c35ca4bfabb9f5610000000000", U"0x56bc75e2d63100000") ==
          "(-100000000000000000000, 0)");
    CHECK(binary(int_divmod, U"0x40000000000000000000000", U"0x1000000000000001") ==
          "(1073741823, 1152921503533105153)");
    CHECK(binary(int_divmod, U"0x1000000000000000", U"0x40000000000000000000000") ==
          "(0, 1152921504606846976)");
    CHECK(binary(int_divmod, U"-0x1000000000000000", U"0x40000000000000000000000") ==
          "(-1, 1237940038132458770292277248)");
    CHECK(binary(int_divmod, U"0x7ffffffffffffff000000040000000", U"0x1ffffffffffffffdfffffff") ==
          "(1073741823, 618970019066229386756751359)");
    CHECK(binary(int_divmod, U"0xfffffffc000000100000005ee03ddd", U"0x1fffffff80000003ffffffe") ==
          "(2147483647, 618970017913307887499754971)");
    CHECK(binary(int_divmod, U"-0x1ffffffffffffff80000001fffffffffffffff",
                 U"0x3ffffffe000000007c946a4") ==
          "(-576460753377165312, 75303833753539593877061633)");
    CHECK(binary(int_divmod, U"0xfffffff8000000000000007ffffffe", U"-0x3ffffffefffffffc0000001") ==
          "(-1073741823, -1)");
}

TEST_CASE("int digits: shifts and bitwise operators in two's complement", "[int]") {
    runtime_init();
    CHECK(binary(int_and, U"-0x40000000000000000000005", U"0xffffffffffffffff") ==
          "18446744073709551611");
    CHECK(binary(int_or, U"-0x40000000000000000000005", U"0xffffffffffffffff") ==
          "-1237940039285380274899124225");
    CHECK(binary(int_xor, U"-0x40000000000000000000005", U"0xffffffffffffffff") ==
          "-1237940057732124348608675836");
    CHECK(binary(int_and, U"-0x40000000000000000000000", U"-0x1000000000000001") ==
          "-1237940039285380274899124224");
    CHECK(binary(int_or, U"-0x40000000000000000000000", U"-0x1000000000000001") ==
          "-1152921504606846977");
    CHECK(binary(int_xor, U"-0x40000000000000000000000", U"-0x1000000000000001") ==
          "1237940038132458770292277247");
    CHECK(binary(int_and, U"0x40000000000000000000005", U"-0x40000000") ==
          "1237940039285380274899124224");
    CHECK(binary(int_or, U"0x40000000000000000000005", U"-0x40000000") == "-1073741819");
    CHECK(binary(int_xor, U"0x40000000000000000000005", U"-0x40000000") ==
          "-1237940039285380275972866043");
    CHECK(binary(int_and, U"-0x1000000000000000000000000000000",
                 U"0xffffffffffffffffffffffffffffff") == "0");
    CHECK(binary(int_or, U"-0x1000000000000000000000000000000",
                 U"0xffffffffffffffffffffffffffffff") == "-1");
    CHECK(binary(int_xor, U"-0x1000000000000000000000000000000",
                 U"0xffffffffffffffffffffffffffffff") == "-1");
    CHECK(binary(int_and, U"-0x2000000000000001", U"0x2000000000000000") == "0");
    CHECK(binary(int_or, U"-0x2000000000000001", U"0x2000000000000000") == "-1");
    CHECK(binary(int_xor, U"-0x2000000000000001", U"0x2000000000000000") == "-1");
    CHECK(binary(int_rshift, U"-0x40000000000000000000005", U"0x1") ==
          "-618970019642690137449562115");
    CHECK(binary(int_rshift, U"-0x40000000000000000000000", U"0x1e") == "-1152921504606846976");
    CHECK(binary(int_rshift, U"-0x40000000000000000000001", U"0x1e") == "-1152921504606846977");
    CHECK(binary(int_rshift, U"-0x40000000000000000000000", U"0x59") == "-2");
    CHECK(binary(int_rshift, U"-0x40000000000000000000000", U"0x5b") == "-1");
    CHECK(binary(int_rshift, U"0x40000002000000000000000", U"0x3d") == "536870913");
    CHECK(binary(int_rshift, U"-0x3000000000000000", U"0x3b") == "-6");
    CHECK(binary(int_rshift, U"-0x1000000000000001", U"0x1") == "-576460752303423489");
    CHECK(binary(int_lshift, U"-0x1000000000000001", U"0x1") == "-2305843009213693954");
    CHECK(binary(int_lshift, U"0x3fffffff", U"0x1f") == "2305843007066210304");
    CHECK(binary(int_lshift, U"-0x3fffffff", U"0x3d") == "-2475880076264917540584554496");
    CHECK(binary(int_lshift, U"0x2000000000000003", U"0x59") ==
          "1427247692705959882915196028377565548731432960");
}

TEST_CASE("int digits: results in -5..256 are the shared small ints", "[int]") {
    runtime_init();
    Ref<> big = parse(U"0x1000000000000000000000005");  // 2**96 + 5
    Ref<> base = parse(U"0x1000000000000000000000000");
    Ref<> five = Ref<>::steal(int_from_ssize(5));
    CHECK(apply(int_sub, big, base).get() == five.get());
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    CHECK(apply(int_floor_div, big, big).get() == one.get());
    Ref<> zero = Ref<>::steal(int_from_ssize(0));
    CHECK(apply(int_mod, base, base).get() == zero.get());
    CHECK(apply(int_sub, base, base).get() == zero.get());
    Ref<> minus_big = Ref<>::steal(int_neg(big.get()));
    Ref<> minus_one = Ref<>::steal(int_from_ssize(-1));
    Ref<> far = Ref<>::steal(int_from_ssize(200));
    CHECK(apply(int_rshift, minus_big, far).get() == minus_one.get());
    Ref<> low = Ref<>::steal(int_from_ssize(255));
    CHECK(apply(int_and, big, low).get() == five.get());
    CHECK(apply(int_add, minus_big, big).get() == zero.get());
}

TEST_CASE("int digits: quotients of one digit, estimated from the top digits", "[int]") {
    runtime_init();
    // a = b * k + d for quotients k up to 2**30 - 1 (one digit, computed in
    // one pass) and beyond (GMP), d = -1, 0, 1 so the estimate is off by one
    // either way.
    CHECK(binary(int_divmod, U"0x100000003ffffffe", U"0x100000003fffffff") ==
          "(0, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x100000003fffffff", U"0x100000003fffffff") == "(1, 0)");
    CHECK(binary(int_divmod, U"0x1000000040000000", U"0x100000003fffffff") == "(1, 1)");
    CHECK(binary(int_divmod, U"0x900000023ffffff6", U"0x100000003fffffff") ==
          "(8, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x900000023ffffff7", U"0x100000003fffffff") == "(9, 0)");
    CHECK(binary(int_divmod, U"0x900000023ffffff8", U"0x100000003fffffff") == "(9, 1)");
    CHECK(binary(int_divmod, U"-0x900000023ffffff8", U"0x100000003fffffff") ==
          "(-10, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x3ffffffefffffff40000001", U"0x100000003fffffff") ==
          "(1073741821, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x3ffffffefffffff40000002", U"0x100000003fffffff") ==
          "(1073741822, 0)");
    CHECK(binary(int_divmod, U"0x3ffffffefffffff40000003", U"0x100000003fffffff") ==
          "(1073741822, 1)");
    CHECK(binary(int_divmod, U"0x3ffffffffffffff80000000", U"0x100000003fffffff") ==
          "(1073741822, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x3ffffffffffffff80000001", U"0x100000003fffffff") ==
          "(1073741823, 0)");
    CHECK(binary(int_divmod, U"0x3ffffffffffffff80000002", U"0x100000003fffffff") ==
          "(1073741823, 1)");
    CHECK(binary(int_divmod, U"-0x3ffffffffffffff80000002", U"0x100000003fffffff") ==
          "(-1073741824, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x40000000fffffffbfffffff", U"0x100000003fffffff") ==
          "(1073741823, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x40000000fffffffc0000000", U"0x100000003fffffff") ==
          "(1073741824, 0)");
    CHECK(binary(int_divmod, U"0x40000000fffffffc0000001", U"0x100000003fffffff") ==
          "(1073741824, 1)");
    CHECK(binary(int_divmod, U"0x80000001fffffff7fffffff", U"0x100000003fffffff") ==
          "(2147483647, 1152921505680588798)");
    CHECK(binary(int_divmod, U"0x80000001fffffff80000000", U"0x100000003fffffff") ==
          "(2147483648, 0)");
    CHECK(binary(int_divmod, U"0x80000001fffffff80000001", U"0x100000003fffffff") ==
          "(2147483648, 1)");
    CHECK(binary(int_divmod, U"0x7ffffffe", U"0x7fffffff") == "(0, 2147483646)");
    CHECK(binary(int_divmod, U"0x7fffffff", U"0x7fffffff") == "(1, 0)");
    CHECK(binary(int_divmod, U"0x80000000", U"0x7fffffff") == "(1, 1)");
    CHECK(binary(int_divmod, U"0x47ffffff6", U"0x7fffffff") == "(8, 2147483646)");
    CHECK(binary(int_divmod, U"0x47ffffff7", U"0x7fffffff") == "(9, 0)");
    CHECK(binary(int_divmod, U"0x47ffffff8", U"0x7fffffff") == "(9, 1)");
    CHECK(binary(int_divmod, U"-0x47ffffff8", U"0x7fffffff") == "(-10, 2147483646)");
    CHECK(binary(int_divmod, U"0x1ffffffec0000001", U"0x7fffffff") == "(1073741821, 2147483646)");
    CHECK(binary(int_divmod, U"0x1ffffffec0000002", U"0x7fffffff") == "(1073741822, 0)");
    CHECK(binary(int_divmod, U"0x1ffffffec0000003", U"0x7fffffff") == "(1073741822, 1)");
    CHECK(binary(int_divmod, U"0x1fffffff40000000", U"0x7fffffff") == "(1073741822, 2147483646)");
    CHECK(binary(int_divmod, U"0x1fffffff40000001", U"0x7fffffff") == "(1073741823, 0)");
    CHECK(binary(int_divmod, U"0x1fffffff40000002", U"0x7fffffff") == "(1073741823, 1)");
    CHECK(binary(int_divmod, U"-0x1fffffff40000002", U"0x7fffffff") == "(-1073741824, 2147483646)");
    CHECK(binary(int_divmod, U"0x1fffffffbfffffff", U"0x7fffffff") == "(1073741823, 2147483646)");
    CHECK(binary(int_divmod, U"0x1fffffffc0000000", U"0x7fffffff") == "(1073741824, 0)");
    CHECK(binary(int_divmod, U"0x1fffffffc0000001", U"0x7fffffff") == "(1073741824, 1)");
    CHECK(binary(int_divmod, U"0x3fffffff7fffffff", U"0x7fffffff") == "(2147483647, 2147483646)");
    CHECK(binary(int_divmod, U"0x3fffffff80000000", U"0x7fffffff") == "(2147483648, 0)");
    CHECK(binary(int_divmod, U"0x3fffffff80000001", U"0x7fffffff") == "(2147483648, 1)");
    CHECK(binary(int_divmod, U"0x60000000000000000003038", U"0x60000000000000000003039") ==
          "(0, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x60000000000000000003039", U"0x60000000000000000003039") ==
          "(1, 0)");
    CHECK(binary(int_divmod, U"0x6000000000000000000303a", U"0x60000000000000000003039") ==
          "(1, 1)");
    CHECK(binary(int_divmod, U"0x36000000000000000001b200", U"0x60000000000000000003039") ==
          "(8, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x36000000000000000001b201", U"0x60000000000000000003039") ==
          "(9, 0)");
    CHECK(binary(int_divmod, U"0x36000000000000000001b202", U"0x60000000000000000003039") ==
          "(9, 1)");
    CHECK(binary(int_divmod, U"-0x36000000000000000001b202", U"0x60000000000000000003039") ==
          "(-10, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x17ffffff400000000000c0e3fff9f8d", U"0x60000000000000000003039") ==
          "(1073741821, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x17ffffff400000000000c0e3fff9f8e", U"0x60000000000000000003039") ==
          "(1073741822, 0)");
    CHECK(binary(int_divmod, U"0x17ffffff400000000000c0e3fff9f8f", U"0x60000000000000000003039") ==
          "(1073741822, 1)");
    CHECK(binary(int_divmod, U"0x17ffffffa00000000000c0e3fffcfc6", U"0x60000000000000000003039") ==
          "(1073741822, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x17ffffffa00000000000c0e3fffcfc7", U"0x60000000000000000003039") ==
          "(1073741823, 0)");
    CHECK(binary(int_divmod, U"0x17ffffffa00000000000c0e3fffcfc8", U"0x60000000000000000003039") ==
          "(1073741823, 1)");
    CHECK(binary(int_divmod, U"-0x17ffffffa00000000000c0e3fffcfc8", U"0x60000000000000000003039") ==
          "(-1073741824, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x18000000000000000000c0e3fffffff", U"0x60000000000000000003039") ==
          "(1073741823, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x18000000000000000000c0e40000000", U"0x60000000000000000003039") ==
          "(1073741824, 0)");
    CHECK(binary(int_divmod, U"0x18000000000000000000c0e40000001", U"0x60000000000000000003039") ==
          "(1073741824, 1)");
    CHECK(binary(int_divmod, U"0x3000000000000000000181c7fffffff", U"0x60000000000000000003039") ==
          "(2147483647, 1856910058928070412348698680)");
    CHECK(binary(int_divmod, U"0x3000000000000000000181c80000000", U"0x60000000000000000003039") ==
          "(2147483648, 0)");
    CHECK(binary(int_divmod, U"0x3000000000000000000181c80000001", U"0x60000000000000000003039") ==
          "(2147483648, 1)");
}

TEST_CASE("int digits: long operands past the GMP cut-offs", "[int]") {
    runtime_init();
    // 3**2000 has 106 digits, 7**1500 141: both past MUL_GMP_CUTOFF (7),
    // and the quotient of their product by either has many digits.
    Ref<> a = power(3, 2000), b = power(7, 1500);
    Ref<> product = apply(int_mul, a, b);
    CHECK(residue(product) == "252426297");
    CHECK(residue(apply(int_mul, a, a)) == "824206305");
    Ref<> minus_product = Ref<>::steal(int_neg(product.get()));
    CHECK(residue(minus_product) == "747573710");
    CHECK(repr_text(apply(int_floor_div, product, b).get()) == repr_text(a.get()));
    CHECK(repr_text(apply(int_mod, product, a).get()) == "0");
    // -a*b - 1 divided by b: floor quotient -a - 1, remainder b - 1.
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    Ref<> below = apply(int_sub, minus_product, one);
    CHECK(residue(apply(int_floor_div, below, b)) == "519848619");
    CHECK(residue(apply(int_mod, below, b)) == "293483844");
    CHECK(repr_text(apply(int_mod, below, b).get()) == repr_text(apply(int_sub, b, one).get()));
    // 3**300 (16 digits) times 7**200 (19): GMP's product too.
    Ref<> c = power(3, 300), d = power(7, 200);
    Ref<> cd = apply(int_mul, c, d);
    CHECK(residue(cd) == "878545406");
    CHECK(repr_text(apply(int_floor_div, cd, d).get()) == repr_text(c.get()));
    // 3**150 (8 digits) times 7**100 (10): GMP, just past the cut-off;
    // 3**110 times 7**60 (6 digits each): schoolbook, just below it.
    Ref<> e = power(3, 150), f = power(7, 100);
    Ref<> ef = apply(int_mul, e, f);
    CHECK(residue(ef) == "366778013");
    CHECK(repr_text(apply(int_floor_div, ef, e).get()) == repr_text(f.get()));
    Ref<> g = power(3, 110), h = power(7, 60);
    Ref<> gh = apply(int_mul, g, h);
    CHECK(residue(gh) == "925989651");
    CHECK(repr_text(apply(int_floor_div, gh, h).get()) == repr_text(g.get()));
}
