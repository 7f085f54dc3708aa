// Running Python source from a unit test: the runtime, the eval loop and
// the native modules started once for the whole test binary (as
// repl/main.cpp starts them for a program), then each snippet run as a
// module body in a namespace of its own.  A snippet leaves what it found
// in `result`; the test compares repr(result) with the text CPython 3.11
// prints for the same snippet, so a check reads the way a learner would
// type it at the prompt.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "interp/ceval.hpp"
#include "interp/run_source.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::testing {

inline void start_python() {
    static const bool started = [] {
        rt::runtime_init();
        interp::ceval_init();
        return stdlib::init_modules({"unit_tests"}, {});
    }();
    REQUIRE(started);
}

// repr(result) after running source as a module named __main__; a raised
// exception fails the test with its traceback.
inline std::string run_python(const char* source) {
    start_python();
    rt::Ref<> globals = rt::Ref<>::steal(rt::dict_new());
    rt::Ref<> name = rt::Ref<>::steal(rt::str_from_utf8("__main__"));
    REQUIRE(globals);
    REQUIRE(name);
    REQUIRE(rt::dict_setitem_str(globals.get(), "__name__", name.get()) == 0);
    REQUIRE(rt::dict_setitem_str(globals.get(), "__builtins__", rt::interp().builtins) == 0);
    if (!interp::exec_source(source, "<test>", globals.get())) {
        rt::Ref<> exc = rt::fetch_error();
        FAIL(interp::format_exception(exc.get()));
    }
    rt::Object* result = rt::dict_getitem_str(globals.get(), "result");
    REQUIRE(result);
    rt::Ref<> text = rt::Ref<>::steal(rt::repr(result));
    REQUIRE(text);
    std::string out = rt::str_to_utf8(text.get());
    // The namespace may be in cycles (its functions refer to it): left to
    // the next snippet's gc.collect().
    return out;
}

}  // namespace glasspy::testing
