// Reporting an exception at the prompt; see report.hpp.  With the original
// hook in place glasspy prints the traceback itself, in red when colour is
// on; a hook the program installed is called as CPython calls it.
#include "repl/report.hpp"

#include <cstdio>
#include <string>

#include "interp/traceback.hpp"
#include "repl/colour.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"

namespace glasspy::repl {

namespace rt = glasspy::rt;

void report_exception() {
    rt::Ref<> exc = rt::fetch_error();
    if (!exc) return;
    std::fflush(stdout);
    rt::Object* sys = rt::interp().sys_dict;
    rt::Object* type = exc->ob_type;
    rt::Object* tb = static_cast<rt::BaseExceptionObject*>(exc.get())->traceback;
    if (!tb) tb = rt::None();
    // So that `import pdb; pdb.pm()` and friends find it afterwards.
    if (rt::dict_setitem_str(sys, "last_type", type) != 0 || rt::dict_setitem_str(sys, "last_value", exc.get()) != 0 ||
        rt::dict_setitem_str(sys, "last_traceback", tb) != 0)
        rt::clear_error();
    rt::Object* hook = rt::dict_getitem_str(sys, "excepthook");
    if (hook && hook != rt::dict_getitem_str(sys, "__excepthook__")) {
        rt::Object* args[] = {type, exc.get(), tb};
        rt::Ref<> r = rt::Ref<>::steal(rt::call(hook, args, 3));
        if (r) return;
        // As CPython: a failing hook is reported, then the original error.
        rt::Ref<> hook_error = rt::fetch_error();
        std::fputs("Error in sys.excepthook:\n", stderr);
        if (hook_error) {
            std::string text = interp::format_exception(hook_error.get());
            std::fwrite(text.data(), 1, text.size(), stderr);
        }
        std::fputs("\nOriginal exception was:\n", stderr);
    }
    std::string text = paint(interp::format_exception(exc.get()), ERROR_COLOUR);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

}  // namespace glasspy::repl
