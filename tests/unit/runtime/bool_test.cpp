// bool: True and False are the only instances, static, with int's layout;
// they behave as 1 and 0 everywhere except repr and & | ^ between bools.
#include <catch2/catch.hpp>

#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "tests/unit/runtime/number_test_util.hpp"

using namespace glasspy::rt;
using glasspy::rt::testing::repr_text;

TEST_CASE("bool: two singletons, shared by bool_from", "[bool]") {
    runtime_init();
    Ref<> t = Ref<>::steal(bool_from(true));
    Ref<> f = Ref<>::steal(bool_from(false));
    CHECK(t.get() == true_object);
    CHECK(f.get() == false_object);
    ssize_t before = true_object->ob_refcnt;
    { Ref<> again = Ref<>::steal(bool_from(true)); CHECK(true_object->ob_refcnt == before + 1); }
    CHECK(true_object->ob_refcnt == before);
    CHECK(is_int(true_object));
    CHECK(is_bool(true_object));
    CHECK_FALSE(is_int_exact(true_object));
    CHECK(bool_type.tp_base == &int_type);
    CHECK_FALSE(has_flag(&bool_type, TPFLAGS_BASETYPE));
}

TEST_CASE("bool: int's layout and size", "[bool]") {
    runtime_init();
    // python3: sys.getsizeof(True) == sys.getsizeof(False) == 28
    CHECK(int_sizeof(true_object) == 28);
    CHECK(int_sizeof(false_object) == 28);
    CHECK(int_size(true_object) == 1);
    CHECK(int_size(false_object) == 0);
    CHECK(int_hash_value(true_object) == 1);
}

TEST_CASE("bool: repr and arithmetic", "[bool]") {
    runtime_init();
    CHECK(repr_text(true_object) == "True");
    CHECK(repr_text(false_object) == "False");
    Ref<> two = Ref<>::steal(binary_op(true_object, true_object, BinaryOp::Add));
    CHECK(two->ob_type == &int_type);
    CHECK(repr_text(two.get()) == "2");
    Ref<> both = Ref<>::steal(binary_op(true_object, false_object, BinaryOp::Or));
    CHECK(both.get() == true_object);
    Ref<> x = Ref<>::steal(binary_op(true_object, true_object, BinaryOp::Xor));
    CHECK(x.get() == false_object);
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    Ref<> mixed = Ref<>::steal(binary_op(true_object, one.get(), BinaryOp::And));
    CHECK(mixed.get() == one.get());  // True & 1 is the int 1
    Ref<> neg = Ref<>::steal(negative(true_object));
    CHECK(repr_text(neg.get()) == "-1");
    Ref<> inv = Ref<>::steal(invert(false_object));
    CHECK(repr_text(inv.get()) == "-1");
    CHECK(rich_compare_bool(true_object, one.get(), EQ) == 1);
}
