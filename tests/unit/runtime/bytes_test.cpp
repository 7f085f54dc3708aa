// Tests for bytes and bytearray (runtime/bytes*.cpp): layout and sizes as
// CPython 3.11's sys.getsizeof reports them, bytearray's growth policy, the
// shared one-byte objects, and the slots.  The method cases from CPython run
// in str_test.cpp ("bytes: every method case from CPython", tag [bytes]).
#include <catch2/catch.hpp>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

using namespace glasspy::rt;

namespace {
void init() {
    runtime_init();
    (void)type_ready(&bytes_type);
    (void)type_ready(&bytearray_type);
}
Ref<> B(std::string_view s) { return Ref<>::steal(bytes_from(s)); }
}  // namespace

TEST_CASE("bytes: sizes and sharing", "[bytes]") {
    init();
    CHECK(bytes_sizeof(B("").get()) == 33);  // sys.getsizeof(b'')
    CHECK(bytes_sizeof(B("a").get()) == 34);
    CHECK(bytes_sizeof(B("abc").get()) == 36);
    CHECK(B("").get() == B("").get());
    CHECK(B("x").get() == B("x").get());
    CHECK(B("xy").get() != B("xy").get());
    Ref<> abc = B("abc");
    Ref<> item = Ref<>::steal(bytes_item(abc.get(), 1));
    ssize_t v = 0;
    CHECK(int_as_ssize(item.get(), &v));
    CHECK(v == 98);
    CHECK(bytes_item(abc.get(), 3) == nullptr);
    clear_error();
}

TEST_CASE("bytearray: sizes follow CPython's PyByteArray_Resize", "[bytes]") {
    init();
    Ref<> empty = Ref<>::steal(bytearray_from(""));
    CHECK(bytearray_sizeof(empty.get()) == 56);  // sys.getsizeof(bytearray())
    CHECK(bytearray_sizeof(Ref<>::steal(bytearray_from("a")).get()) == 58);
    CHECK(bytearray_sizeof(Ref<>::steal(bytearray_from("abc")).get()) == 60);
    // python3: b = bytearray(); sizes after each append.
    std::vector<ssize_t> expected = {58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75};
    std::vector<ssize_t> got;
    for (int i = 0; i < 16; ++i) {
        REQUIRE(bytearray_append(empty.get(), 'x') == 0);
        got.push_back(bytearray_sizeof(empty.get()));
    }
    CHECK(got == expected);
    CHECK(bytearray_view(empty.get()) == std::string(16, 'x'));
}

TEST_CASE("bytes: hash, compare, concat, contains", "[bytes]") {
    init();
    Ref<> a = B("abc"), s = Ref<>::steal(str_from_utf8("abc"));
    CHECK(bytes_hash(a.get()) == str_hash(s.get()));
    CHECK(bytes_hash(B("").get()) == 0);
    Ref<> ba = Ref<>::steal(bytearray_from("abc"));
    Ref<> eq = Ref<>::steal(bytes_richcompare(a.get(), ba.get(), EQ));
    CHECK(eq.get() == true_object);
    Ref<> cat = Ref<>::steal(bytes_concat(ba.get(), a.get()));
    CHECK(is_bytearray(cat.get()));
    CHECK(bytearray_view(cat.get()) == "abcabc");
    CHECK(bytes_concat(a.get(), s.get()) == nullptr);
    clear_error();
    Ref<> b98 = Ref<>::steal(int_from_ssize(98));
    CHECK(bytes_contains(a.get(), b98.get()) == 1);
    CHECK(bytes_contains(a.get(), B("bc").get()) == 1);
    Ref<> r = Ref<>::steal(bytes_repr(ba.get()));
    CHECK(str_to_utf8(r.get()) == "bytearray(b'abc')");
}
