// The leak check (runtime/leakcheck.hpp): an object whose reference was
// lost is reported as a leak root, what it holds as leaked because of it;
// objects freed, or parked on a free list, are not reported.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "runtime/float.hpp"
#include "runtime/leakcheck.hpp"
#include "runtime/list.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

using namespace glasspy::rt;

namespace {

std::string report_text(std::size_t* leaked) {
    std::FILE* out = std::tmpfile();
    *leaked = leakcheck_report(out);
    std::string text;
    std::rewind(out);
    for (int c; (c = std::fgetc(out)) != EOF;) text += static_cast<char>(c);
    std::fclose(out);
    return text;
}

}  // namespace

TEST_CASE("leakcheck: a lost reference is a leak root, what it holds leaks with it", "[leakcheck]") {
    runtime_init();
    leakcheck_enable();
    // A list holding a new str, then one reference too many to the list (a
    // missing decref): both stay alive, and only the list is unexplained.
    Object* lost = list_new(0);
    REQUIRE(lost);
    Ref<> payload = Ref<>::steal(str_from_utf8("a payload nobody holds"));
    REQUIRE(list_append(lost, payload.get()) == 0);
    payload = Ref<>();
    // Freed objects (a float goes to its free list) are not reported.
    decref(float_from_double(2.5));
    decref(list_new(0));
    std::size_t leaked = 0;
    std::string text = report_text(&leaked);
    CHECK(leaked == 2);
    CHECK(text.find(", 2 leaked\n") != std::string::npos);
    CHECK(text.find("leak roots (1: ") != std::string::npos);
    CHECK(text.find("    list at ") != std::string::npos);
    CHECK(text.find("refcount 1, 1 unexplained 1 items") != std::string::npos);
    CHECK(text.find("    str ") != std::string::npos);  // in the by-type table, not among the roots
    CHECK(text.find("'a payload nobody holds'") == std::string::npos);
    decref(lost);
}
