// Running code given as text: compile, exec and eval (CPython:
// Python/bltinmodule.c builtin_compile_impl, builtin_exec_impl,
// builtin_eval_impl).  Source becomes a code object exactly as a script
// does (interp/run_source.hpp), then runs in the namespaces given, by
// default the caller's.
#include <string>

#include "interp/ceval.hpp"
#include "interp/frame.hpp"
#include "interp/run_source.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/import.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/builtins_internal.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool is_code(Object* o) { return o->ob_type == &interp::code_type; }

// The text of a str or bytes source; false if it is neither.
bool source_text(Object* source, std::string& out) {
    if (is_str(source)) {
        out = str_to_utf8(source);
        return true;
    }
    if (source->ob_type == &bytes_type) {
        out.assign(bytes_data(source), static_cast<std::size_t>(bytes_size(source)));
        return true;
    }
    return false;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
Object* builtin_compile(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static const KeywordParser parser{
        "compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, 6};
    Object* a[7];
    if (!unpack_keywords(parser, args, nargs, kwnames, a)) return nullptr;
    std::string text;
    if (!source_text(a[0], text)) {
        set_error(&exc::TypeError, "compile() arg 1 must be a string, bytes or AST object");
        return nullptr;
    }
    if (!is_str(a[1])) {
        set_error_fmt(&exc::TypeError, "expected str, bytes or os.PathLike object, not {}", type_name(a[1]));
        return nullptr;
    }
    if (!is_str(a[2])) {
        set_error_fmt(&exc::TypeError, "compile() argument 'mode' must be str, not {}", type_name(a[2]));
        return nullptr;
    }
    std::string mode = str_to_utf8(a[2]);
    interp::CompileMode m;
    if (mode == "exec") m = interp::CompileMode::Exec;
    else if (mode == "eval") m = interp::CompileMode::Eval;
    else if (mode == "single") m = interp::CompileMode::Single;
    else {
        set_error(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return nullptr;
    }
    int optimize = -1;
    if (a[5] && !arg_int(a[5], &optimize)) return nullptr;
    if (optimize < -1 || optimize > 2) {
        set_error(&exc::ValueError, "compile(): invalid optimize value");
        return nullptr;
    }
    return interp::compile_to_code(text, str_to_utf8(a[1]), m, !is_str(a[0]), optimize);
}

// The namespaces exec/eval run in: the given ones, else the caller's; a
// globals without __builtins__ gets the builtins (CPython does the same).
bool namespaces(const char* fname, Object*& globals, Object*& locals, Ref<>& owned_locals) {
    if (globals == None()) globals = nullptr;
    if (locals == None()) locals = nullptr;
    if (globals && !is_dict(globals)) {
        if (std::string(fname) == "exec")
            set_error_fmt(&exc::TypeError, "exec() globals must be a dict, not {}", type_name(globals));
        else
            set_error(&exc::TypeError, "globals must be a dict");
        return false;
    }
    if (locals && !locals->ob_type->mp_subscript) {
        if (std::string(fname) == "exec")
            set_error_fmt(&exc::TypeError, "locals must be a mapping or None, not {}", type_name(locals));
        else
            set_error(&exc::TypeError, "locals must be a mapping");
        return false;
    }
    if (!globals) {
        auto* f = static_cast<interp::Frame*>(ThreadState::current()->frame);
        if (!f) {
            set_error_fmt(&exc::SystemError, "{}(): no current frame", fname);
            return false;
        }
        globals = f->f_globals;
        if (!locals) {
            owned_locals = Ref<>::steal(interp::frame_get_locals(f));
            if (!owned_locals) return false;
            locals = owned_locals.get();
        }
    } else if (!locals) {
        locals = globals;
    }
    if (!dict_getitem_str(globals, "__builtins__")) {
        if (error_occurred()) return false;
        if (dict_setitem_str(globals, "__builtins__", rt::interp().builtins) < 0) return false;
    }
    return true;
}

// exec(source, globals=None, locals=None, /, *, closure=None) and
// eval(source, globals=None, locals=None, /): the code runs with those
// namespaces; eval returns its value, exec None.
Object* run_code_builtin(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* source = args[0];
    Object* globals = nargs > 1 ? args[1] : nullptr;
    Object* locals = nargs > 2 ? args[2] : nullptr;
    (void)kwnames;
    Ref<> owned_locals;
    if (!namespaces(fname, globals, locals, owned_locals)) return nullptr;
    bool eval = std::string(fname) == "eval";
    Ref<> code;
    if (is_code(source)) {
        code = new_ref(source);
    } else {
        std::string text;
        if (!source_text(source, text)) {
            set_error_fmt(&exc::TypeError, "{}() arg 1 must be a string, bytes or code object", fname);
            return nullptr;
        }
        // eval() ignores the indentation of its one expression.
        if (eval) text.erase(0, text.find_first_not_of(" \t"));
        code = Ref<>::steal(
            interp::compile_to_code(text, "<string>", eval ? interp::CompileMode::Eval : interp::CompileMode::Exec,
                                    !is_str(source)));
        if (!code) return nullptr;
    }
    Object* result = interp::eval_code(static_cast<interp::CodeObject*>(code.get()), globals, locals);
    if (!result || eval) return result;
    decref(result);
    return none_ref();
}

Object* builtin_exec(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        set_error_fmt(&exc::TypeError, "exec() got an unexpected keyword argument '{}'",
                      str_to_utf8(tuple_item(kwnames, 0)));
        return nullptr;
    }
    if (nargs < 1) {
        set_error_fmt(&exc::TypeError, "exec() takes at least 1 positional argument ({} given)", nargs);
        return nullptr;
    }
    if (nargs > 3) {
        set_error_fmt(&exc::TypeError, "exec expected at most 3 arguments, got {}", nargs);
        return nullptr;
    }
    return run_code_builtin("exec", args, nargs, kwnames);
}

Object* builtin_eval(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("eval", kwnames) || !check_positional("eval", nargs, 1, 3)) return nullptr;
    return run_code_builtin("eval", args, nargs, kwnames);
}

const BuiltinDef EXEC_FUNCTIONS[] = {
    {"compile", builtin_compile,
     "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\n"
     "Compile source into a code object that can be executed by exec() or eval()."},
    {"exec", builtin_exec,
     "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\n"
     "Execute the given source in the context of globals and locals."},
    {"eval", builtin_eval,
     "eval($module, source, globals=None, locals=None, /)\n--\n\n"
     "Evaluate the given source in the context of globals and locals."},
};

}  // namespace

std::span<const BuiltinDef> exec_builtins() { return EXEC_FUNCTIONS; }

}  // namespace glasspy::stdlib
