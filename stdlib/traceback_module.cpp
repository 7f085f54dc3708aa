// _traceback: glasspy's native half of traceback.py — the formatting the
// interpreter's own report uses (interp/traceback.cpp), so that
// traceback.print_exc() prints what an uncaught exception prints, carets
// included, from one implementation.
#include "interp/code.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// format_exception_only(exc, search_frames): "Type: message\n" (a
// SyntaxError's location lines first), with the "Did you mean" suggestion
// (for a NameError only when its frames may be searched).
Object* tb_format_exception_only(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("format_exception_only", kwnames) || !check_positional("format_exception_only", nargs, 2, 2))
        return nullptr;
    if (!is_instance_of(args[0], &exc::BaseException)) {
        set_error(&exc::TypeError, "format_exception_only() argument must be an exception");
        return nullptr;
    }
    int search_frames = is_true(args[1]);
    if (search_frames < 0) return nullptr;
    return str_from_utf8(interp::format_exception_only(args[0], search_frames != 0));
}

// format_entry(code, lineno, lasti): one stack entry as a traceback prints
// it; lasti counts bytes as tb_lasti and f_lasti do (-1: no carets).
Object* tb_format_entry(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("format_entry", kwnames) || !check_positional("format_entry", nargs, 3, 3)) return nullptr;
    if (args[0]->ob_type != &interp::code_type) {
        set_error(&exc::TypeError, "format_entry() argument 1 must be code");
        return nullptr;
    }
    ssize_t lineno = 0, lasti = 0;
    if (!index_as_ssize(args[1], &lineno) || !index_as_ssize(args[2], &lasti)) return nullptr;
    std::string out;
    interp::format_entry(out, static_cast<interp::CodeObject*>(args[0]), static_cast<int>(lineno),
                         lasti < 0 ? -1 : static_cast<int>(lasti / 2));
    return str_from_utf8(out);
}

const BuiltinDef TRACEBACK_FUNCTIONS[] = {
    {"format_exception_only", tb_format_exception_only, "The exception's last report line(s), as one str."},
    {"format_entry", tb_format_entry, "One 'File ..., line N, in name' entry with its source and carets."},
};

Object* make_traceback_module() {
    Ref<> m = Ref<>::steal(module_new("_traceback"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : TRACEBACK_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace

void register_traceback_module() { register_native_module("_traceback", make_traceback_module); }

}  // namespace glasspy::stdlib
