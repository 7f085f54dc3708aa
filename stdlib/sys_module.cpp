// The sys module (CPython: Python/sysmodule.c): the interpreter's own
// settings and tables seen from Python.  sys.modules, sys.path and
// sys.argv are the import system's and the command line's; getrefcount and
// getsizeof show the object model's real numbers.
#include "stdlib/io_open.hpp"
#include "stdlib/io_textio.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/namespace_object.hpp"

#include <climits>
#include <string>

#include "interp/ceval_trace.hpp"
#include "interp/frame_object.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/gil.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/structseq.hpp"
#include "runtime/tuple.hpp"
#include "runtime/warnings.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// sys.getrefcount(object): one more than the references elsewhere, for the
// one the call's argument holds (as CPython prints it).
Object* sys_getrefcount(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("getrefcount", nargs, kwnames)) return nullptr;
    return int_from_ssize(args[0]->ob_refcnt);
}

// The built-in types' __sizeof__, straight from their C++ accounting.
bool native_sizeof(Object* o, ssize_t* out) {
    TypeObject* t = o->ob_type;
    if (t == &int_type || t == &bool_type) *out = int_sizeof(o);
    else if (t == &str_type) *out = str_sizeof(o);
    else if (t == &bytes_type) *out = bytes_sizeof(o);
    else if (t == &bytearray_type) *out = bytearray_sizeof(o);
    else if (t == &tuple_type) *out = tuple_sizeof(o);
    else if (t == &list_type) *out = list_sizeof(o);
    else if (t == &dict_type) *out = dict_sizeof(o);
    else if (t == &set_type || t == &frozenset_type) *out = set_sizeof(o);
    else return false;
    return true;
}

// sys.getsizeof(object[, default]): __sizeof__() plus the GC header of a
// container (CPython: _PySys_GetSizeOf).
Object* sys_getsizeof(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("getsizeof", kwnames) || !check_positional("getsizeof", nargs, 1, 2)) return nullptr;
    Object* o = args[0];
    ssize_t size;
    if (!native_sizeof(o, &size)) {
        // Looked up on the type, as every special method is: for a class,
        // type.__sizeof__ bound to it, not the unbound one its
        // instances would use (CPython: _PyObject_LookupSpecial).
        Ref<> name = Ref<>::steal(str_intern("__sizeof__"));
        if (!name) return nullptr;
        Ref<> r = Ref<>::steal(call_method(o, name.get(), nullptr, 0));
        if (r || !error_matches(&exc::AttributeError)) {
            if (!r || !int_as_ssize(r.get(), &size)) return nullptr;
            if (size < 0) {
                set_error(&exc::ValueError, "__sizeof__() should return >= 0");
                return nullptr;
            }
        } else {
            // object.__sizeof__: the fixed part and the items.
            clear_error();
            ssize_t items = o->ob_type->tp_itemsize ? static_cast<VarObject*>(o)->ob_size : 0;
            if (items < 0) items = -items;
            size = o->ob_type->tp_basicsize + items * o->ob_type->tp_itemsize;
        }
    }
    if (is_gc(o)) size += 16;  // sizeof(PyGC_Head)
    size += static_cast<ssize_t>(preheader_size(o->ob_type));  // a managed __dict__'s two words
    return int_from_ssize(size);
}

Object* sys_getrecursionlimit(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getrecursionlimit", nargs, kwnames)) return nullptr;
    return int_from_ssize(rt::interp().recursion_limit);
}

// The GIL's switch interval (runtime/gil.hpp), in seconds; kept in
// microseconds, as CPython does (so 1e-9 reads back as 0.0).
Object* sys_getswitchinterval(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("sys.getswitchinterval", nargs, kwnames)) return nullptr;
    return float_from_double(static_cast<double>(rt::gil().interval.count()) / 1e6);
}

Object* sys_setswitchinterval(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.setswitchinterval", nargs, kwnames)) return nullptr;
    double interval;
    if (!float_as_double(args[0], &interval)) return nullptr;
    if (interval <= 0.0) {
        set_error(&exc::ValueError, "switch interval must be strictly positive");
        return nullptr;
    }
    // A NaN or a huge interval is the largest one (CPython's conversion to
    // unsigned long gives 2**63 microseconds for NaN).
    double microseconds = 1e6 * interval;
    long long us = microseconds < 9.2e18 ? static_cast<long long>(microseconds) : INT64_MAX;
    rt::gil_set_interval(std::chrono::microseconds(us));
    return none_ref();
}

Object* sys_setrecursionlimit(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("sys.setrecursionlimit", kwnames) || !check_positional("setrecursionlimit", nargs, 1, 1))
        return nullptr;
    if (is_float(args[0])) {
        set_error(&exc::TypeError, "'float' object cannot be interpreted as an integer");
        return nullptr;
    }
    ssize_t limit;
    if (!index_as_ssize(args[0], &limit)) return nullptr;
    if (limit < 1) {
        set_error(&exc::ValueError, "recursion limit must be greater or equal than 1");
        return nullptr;
    }
    if (limit > INT_MAX) {
        set_error(&exc::OverflowError, "Python int too large to convert to C int");
        return nullptr;
    }
    int depth = ThreadState::current()->recursion_depth;
    if (limit <= depth) {
        set_error_fmt(&exc::RecursionError,
                      "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", limit,
                      depth);
        return nullptr;
    }
    rt::interp().recursion_limit = static_cast<int>(limit);
    return none_ref();
}

// sys.exit([status]): raises SystemExit, which the interpreter turns into
// the process's exit status.
Object* sys_exit(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("exit", kwnames) || !check_positional("exit", nargs, 0, 1)) return nullptr;
    Ref<> exc_args = Ref<>::steal(nargs ? tuple_pack({args[0]}) : tuple_new(0));
    if (!exc_args) return nullptr;
    set_error_object(&exc::SystemExit, exc_args.get());
    return nullptr;
}

Object* sys_intern(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("intern", kwnames) || !check_positional("intern", nargs, 1, 1)) return nullptr;
    if (!is_str(args[0])) {
        set_error_fmt(&exc::TypeError, "intern() argument must be str, not {}", type_name(args[0]));
        return nullptr;
    }
    incref(args[0]);  // str_intern_object takes over a reference; args are borrowed
    return str_intern_object(args[0]);
}

// sys.excepthook(type, value, traceback): the report of an uncaught
// exception, on stderr (what the interpreter prints at the end of a
// failing script; threading's excepthook calls it).
Object* sys_excepthook(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("excepthook", kwnames) || !check_positional("excepthook", nargs, 3, 3)) return nullptr;
    std::fflush(stdout);
    if (is_instance_of(args[1], &exc::BaseException)) {
        auto* e = static_cast<BaseExceptionObject*>(args[1]);
        if (args[2] != None() && args[2] != e->traceback) {
            incref(args[2]);
            xdecref(e->traceback);
            e->traceback = args[2];
        }
        std::string report = interp::format_exception(args[1]);
        std::fwrite(report.data(), 1, report.size(), stderr);
    } else {
        set_error(&exc::TypeError, "TypeError: print_exception(): Exception expected for value, NoneType found");
        return nullptr;
    }
    std::fflush(stderr);
    incref(None());
    return None();
}

// Writes text to the file object sys.stdout is now (CPython: PyFile_WriteObject).
bool write_to_stdout(Object* text) {
    Object* out = dict_getitem_str(rt::interp().sys_dict, "stdout");
    if (!out || out == None()) {
        if (!error_occurred()) set_error(&exc::RuntimeError, "lost sys.stdout");
        return false;
    }
    Ref<> write = Ref<>::steal(get_attr_str(out, "write"));
    Ref<> r = write ? Ref<>::steal(call(write.get(), &text, 1)) : Ref<>();
    return static_cast<bool>(r);
}

// sys.displayhook(value): what the prompt does with an expression's value
// (CPython: sys_displayhook) — None is not echoed; anything else has its
// repr written to sys.stdout and is kept in builtins._ for the next input.
// _ is set to None first, so that the repr cannot reach the old value.
Object* sys_displayhook(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("displayhook", nargs, kwnames)) return nullptr;
    Object* value = args[0];
    if (value == None()) return (incref(None()), None());
    Object* builtins = module_dict(rt::interp().builtins);
    if (dict_setitem_str(builtins, "_", None()) != 0) return nullptr;
    Ref<> text = Ref<>::steal(repr(value));
    if (!text || !write_to_stdout(text.get())) return nullptr;
    Ref<> newline = Ref<>::steal(str_from_utf8("\n"));
    if (!newline || !write_to_stdout(newline.get())) return nullptr;
    if (dict_setitem_str(builtins, "_", value) != 0) return nullptr;
    return (incref(None()), None());
}

// sys.exc_info(): the exception being handled, as (type, value, traceback).
Object* sys_exc_info(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("exc_info", nargs, kwnames)) return nullptr;
    Object* exc = ThreadState::current()->handled_exception;
    if (!exc || exc == None()) return tuple_pack({None(), None(), None()});
    Object* tb = static_cast<BaseExceptionObject*>(exc)->traceback;
    return tuple_pack({exc->ob_type, exc, tb ? tb : None()});
}

Object* sys_exception(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("exception", nargs, kwnames)) return nullptr;
    Object* exc = ThreadState::current()->handled_exception;
    if (!exc) exc = None();
    incref(exc);
    return exc;
}

// sys._getframe([depth]): the frame object `depth` calls above the caller.
Object* sys_getframe(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_getframe", kwnames) || !check_positional("_getframe", nargs, 0, 1)) return nullptr;
    ssize_t depth = 0;
    if (nargs == 1 && !index_as_ssize(args[0], &depth)) return nullptr;
    // A built-in runs without a frame of its own: the current frame is its caller's.
    auto* f = static_cast<interp::Frame*>(ThreadState::current()->frame);
    for (; f && depth > 0; --depth) f = f->previous;
    if (!f) {
        set_error(&exc::ValueError, "call stack is not deep enough");
        return nullptr;
    }
    Object* fo = interp::frame_get_object(f);
    return fo ? new_ref(fo).release() : nullptr;
}

// sys.settrace(f) / sys.setprofile(f) and their getters
// (interp/ceval_trace.hpp has the events).
Object* sys_settrace(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("settrace", nargs, kwnames)) return nullptr;
    interp::set_trace_function(ThreadState::current(), args[0]);
    return new_ref(None()).release();
}

Object* sys_setprofile(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("setprofile", nargs, kwnames)) return nullptr;
    interp::set_profile_function(ThreadState::current(), args[0]);
    return new_ref(None()).release();
}

Object* sys_gettrace(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("gettrace", nargs, kwnames)) return nullptr;
    Object* f = ThreadState::current()->trace_func;
    return new_ref(f ? f : None()).release();
}

Object* sys_getprofile(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getprofile", nargs, kwnames)) return nullptr;
    Object* f = ThreadState::current()->profile_func;
    return new_ref(f ? f : None()).release();
}

// sys.breakpointhook(*args, **kws): what breakpoint() calls.  The
// debugger is $PYTHONBREAKPOINT ("module.function"; "0" turns breakpoint()
// off), pdb.set_trace by default; an unimportable one is a RuntimeWarning.
Object* sys_breakpointhook(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    const char* env = std::getenv("PYTHONBREAKPOINT");
    std::string hook = env && *env ? env : "pdb.set_trace";
    if (hook == "0") return new_ref(None()).release();
    std::size_t dot = hook.rfind('.');
    std::string module_name = dot == std::string::npos ? "builtins" : hook.substr(0, dot);
    std::string attr = dot == std::string::npos ? hook : hook.substr(dot + 1);
    Ref<> module = Ref<>::steal(import_module(module_name));
    Ref<> func = Ref<>::steal(module ? get_attr_str(module.get(), attr) : nullptr);
    if (!func) {
        if (!error_matches(&exc::ImportError) && !error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
        if (!warn(&exc::RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hook + "\"")) return nullptr;
        return new_ref(None()).release();
    }
    return call(func.get(), args, static_cast<std::size_t>(nargs), kwnames);
}

// sys.set_asyncgen_hooks(firstiter=..., finalizer=...) and
// sys.get_asyncgen_hooks() (interp/asyncgen.cpp calls them): an argument
// not given keeps its hook; None unsets.
const StructSeqField ASYNCGEN_HOOKS_FIELDS[] = {{"firstiter", "Hook to intercept first iteration"},
                                                {"finalizer", "Hook to intercept finalization"}};
const StructSeqDesc ASYNCGEN_HOOKS_DESC = {"asyncgen_hooks", "", ASYNCGEN_HOOKS_FIELDS, 2};
TypeObject asyncgen_hooks_type;

Object* sys_set_asyncgen_hooks(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"firstiter", "finalizer"};
    static constexpr ArgParser parser{"set_asyncgen_hooks", kw, 0, 2, 0};
    Object* values[2] = {nullptr, nullptr};
    if (!unpack_keywords(parser, args, nargs, kwnames, values)) return nullptr;
    const char* names[] = {"firstiter", "finalizer"};
    for (int i = 0; i < 2; ++i) {
        if (values[i] && values[i] != None() && !values[i]->ob_type->tp_call) {
            set_error_fmt(&exc::TypeError, "callable {} expected, got {}", names[i], type_name(values[i]));
            return nullptr;
        }
    }
    ThreadState* ts = ThreadState::current();
    Object** hooks[] = {&ts->asyncgen_firstiter, &ts->asyncgen_finalizer};
    for (int i = 0; i < 2; ++i) {
        if (!values[i]) continue;
        Object* old = *hooks[i];
        *hooks[i] = values[i] == None() ? nullptr : new_ref(values[i]).release();
        xdecref(old);
    }
    return new_ref(None()).release();
}

Object* sys_get_asyncgen_hooks(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_asyncgen_hooks", nargs, kwnames)) return nullptr;
    if (!asyncgen_hooks_type.tp_dict && !structseq_init_type(&asyncgen_hooks_type, ASYNCGEN_HOOKS_DESC))
        return nullptr;
    ThreadState* ts = ThreadState::current();
    Object* items[] = {new_ref(ts->asyncgen_firstiter ? ts->asyncgen_firstiter : None()).release(),
                       new_ref(ts->asyncgen_finalizer ? ts->asyncgen_finalizer : None()).release()};
    return structseq_new(&asyncgen_hooks_type, items);
}

const BuiltinDef SYS_FUNCTIONS[] = {
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects."},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks,
     "get_asyncgen_hooks($module, /)\n--\n\nReturn the installed asynchronous generators hooks.\n\nThis returns a "
     "namedtuple of the form (firstiter, finalizer)."},
    {"breakpointhook", sys_breakpointhook,
     "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().\n"},
    {"settrace", sys_settrace,
     "Set the global debug tracing function.\n\nIt will be called on each function call.  See the debugger chapter\n"
     "in the library manual."},
    {"gettrace", sys_gettrace,
     "gettrace($module, /)\n--\n\n"
     "Return the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library "
     "manual."},
    {"setprofile", sys_setprofile,
     "Set the profiling function.\n\nIt will be called on each function call and return.  See the profiler "
     "chapter\nin the library manual."},
    {"getprofile", sys_getprofile,
     "getprofile($module, /)\n--\n\n"
     "Return the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual."},
    {"_getframe", sys_getframe,
     "_getframe($module, depth=0, /)\n--\n\n"
     "Return a frame object from the call stack.\n\nIf optional integer depth is given, return the frame object that "
     "many\ncalls below the top of the stack.  If that is deeper than the call\nstack, ValueError is raised.  The "
     "default for depth is\nzero, returning the frame at the top of the call stack.\n\nThis function should be used "
     "for internal and specialized purposes\nonly."},
    {"excepthook", sys_excepthook,
     "excepthook($module, exctype, value, traceback, /)\n--\n\n"
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"displayhook", sys_displayhook,
     "displayhook($module, object, /)\n--\n\n"
     "Print an object to sys.stdout and also save it in builtins._"},
    {"exc_info", sys_exc_info,
     "exc_info($module, /)\n--\n\n"
     "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception,
     "exception($module, /)\n--\n\n"
     "Return the current exception."},
    {"getrefcount", sys_getrefcount,
     "getrefcount($module, object, /)\n--\n\n"
     "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"getrecursionlimit", sys_getrecursionlimit,
     "getrecursionlimit($module, /)\n--\n\n"
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit,
     "setrecursionlimit($module, limit, /)\n--\n\n"
     "Set the maximum depth of the Python interpreter stack to n."},
    {"getswitchinterval", sys_getswitchinterval,
     "getswitchinterval($module, /)\n--\n\n"
     "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", sys_setswitchinterval,
     "setswitchinterval($module, interval, /)\n--\n\n"
     "Set the ideal thread switching delay inside the Python interpreter."},
    {"exit", sys_exit,
     "exit($module, status=None, /)\n--\n\n"
     "Exit the interpreter by raising SystemExit(status)."},
    {"intern", sys_intern,
     "intern($module, string, /)\n--\n\n"
     "``Intern'' the given string."},
};

const StructSeqField VERSION_INFO_FIELDS[] = {
    {"major", "Major release number"},
    {"minor", "Minor release number"},
    {"micro", "Patch release number"},
    {"releaselevel", "'alpha', 'beta', 'candidate', or 'final'"},
    {"serial", "Serial release number"},
};

const StructSeqDesc VERSION_INFO_DESC = {
    "sys.version_info",
    "sys.version_info\n\nVersion information as a named tuple.",
    VERSION_INFO_FIELDS,
    5,
};

TypeObject version_info_type;

// sys.version_info: the version of Python glasspy follows (3.11.2, as sys.version says).
Object* version_info() {
    if (!version_info_type.tp_dict) {
        if (!structseq_init_type(&version_info_type, VERSION_INFO_DESC)) return nullptr;
        version_info_type.tp_new = nullptr;  // "cannot create 'sys.version_info' instances", as in CPython
    }
    Object* items[] = {int_from_ssize(3), int_from_ssize(11), int_from_ssize(2), str_from_utf8("final"),
                       int_from_ssize(0)};
    return structseq_new(&version_info_type, items);
}

bool put(Object* d, std::string_view name, Object* value) {
    if (!value) return false;
    int r = dict_setitem_str(d, name, value);
    decref(value);
    return r == 0;
}

// sys.implementation: glasspy, following CPython 3.11's language; no
// cache_tag, since it writes no bytecode caches (importlib's meaning of
// None).
Object* implementation() {
    Ref<> name = Ref<>::steal(str_from_utf8("glasspy"));
    Ref<> version = Ref<>::steal(version_info());
    Ref<> hexversion = Ref<>::steal(int_from_ssize(0x030b02f0));
    Ref<> multiarch = Ref<>::steal(str_from_utf8("x86_64-linux-gnu"));
    if (!name || !version || !hexversion || !multiarch) return nullptr;
    return namespace_from({{"name", name.get()},
                           {"cache_tag", None()},
                           {"version", version.get()},
                           {"hexversion", hexversion.get()},
                           {"_multiarch", multiarch.get()}});
}

Object* str_list(const std::vector<std::string>& items) {
    Object* l = list_new(0);
    if (!l) return nullptr;
    for (const std::string& item : items) {
        if (!put_in_list(l, str_from_utf8(item))) {
            decref(l);
            return nullptr;
        }
    }
    return l;
}

}  // namespace

bool put_in_list(Object* list, Object* item) {
    if (!item) return false;
    int r = list_append(list, item);
    decref(item);
    return r == 0;
}

Object* make_sys_module(const std::vector<std::string>& argv, const std::vector<std::string>& path) {
    Ref<> m = Ref<>::steal(module_new("sys"));
    if (!m) return nullptr;
    static_cast<ModuleObject*>(m.get())->builtin = true;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : SYS_FUNCTIONS)
        if (!put(d, def.name, builtin_function_new(&def, m.get()))) return nullptr;
    bool ok = put(d, "__doc__", str_from_utf8("This module provides access to some objects used or maintained by the\n"
                                               "interpreter and to functions that interact strongly with the interpreter.")) &&
              put(d, "argv", str_list(argv)) && put(d, "path", str_list(path)) &&
              put(d, "platform", str_from_utf8("linux")) && put(d, "byteorder", str_from_utf8("little")) &&
              put(d, "maxsize", int_from_ssize(PTRDIFF_MAX)) &&
              put(d, "version", str_from_utf8("3.11.2 (glasspy) [GCC]")) &&
              put(d, "hexversion", int_from_ssize(0x030b02f0)) && put(d, "version_info", version_info()) && put(d, "executable", str_from_utf8(executable_path())) &&
              put(d, "maxunicode", int_from_ssize(0x10FFFF)) && put(d, "implementation", implementation()) &&
              put(d, "stdin", file_from_stream(stdin, "<stdin>", "r")) &&
              put(d, "stdout", file_from_stream(stdout, "<stdout>", "w")) &&
              put(d, "stderr", file_from_stream(stderr, "<stderr>", "w")) && add_sys_info(m.get(), d);
    // The originals, for a program that replaced a hook or stream to put it back.
    for (const char* hook : {"displayhook", "excepthook", "breakpointhook", "stdin", "stdout", "stderr"}) {
        Object* original = dict_getitem_str(d, hook);
        ok = ok && original && dict_setitem_str(d, std::string("__") + hook + "__", original) == 0;
    }
    if (!ok) return nullptr;
    return m.release();
}

}  // namespace glasspy::stdlib
