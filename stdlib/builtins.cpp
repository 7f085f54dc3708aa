// The builtins namespace: the built-in functions, the built-in types'
// names, the exceptions and the constants (CPython: Python/bltinmodule.c,
// _PyBuiltin_Init).  The functions about text and I/O are here; the others
// are grouped by concept in builtins_numbers.cpp, builtins_iter.cpp and
// builtins_attr.cpp, each with a table this file adds.  Every function
// takes the vectorcall shape (runtime/function.hpp) and checks its
// arguments with CPython's messages (builtins_internal.hpp).
#include "stdlib/builtins.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/bytes.hpp"
#include "runtime/complex.hpp"
#include "runtime/dict.hpp"
#include "runtime/funcdescr.hpp"
#include "runtime/super.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/slice.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/builtins_internal.hpp"
#include "stdlib/io_open.hpp"
#include "stdlib/io_textio.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool write_piece(Object* write, Object* text) {
    Ref<> r = Ref<>::steal(call(write, &text, 1));
    return static_cast<bool>(r);
}

Object* print_to_file(Object* file, Object* const* args, ssize_t nargs, const std::string& sep,
                      const std::string& end, bool flush) {
    Ref<> write = Ref<>::steal(get_attr_str(file, "write"));
    if (!write) return nullptr;
    Ref<> sep_str = Ref<>::steal(str_from_utf8(sep));
    Ref<> end_str = Ref<>::steal(str_from_utf8(end));
    if (!sep_str || !end_str) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i) {
        if (i && !write_piece(write.get(), sep_str.get())) return nullptr;
        Ref<> s = Ref<>::steal(str(args[i]));
        if (!s || !write_piece(write.get(), s.get())) return nullptr;
    }
    if (!write_piece(write.get(), end_str.get())) return nullptr;
    if (flush) {
        Ref<> r = Ref<>::steal(call_method(file, Ref<>::steal(str_intern("flush")).get(), nullptr, 0));
        if (!r) return nullptr;
    }
    return none_ref();
}

// print(*objects, sep=' ', end='\n', file=None, flush=False): to stdout
// directly, or through file.write for each piece as CPython does.
Object* builtin_print(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    std::string sep = " ", end = "\n";
    bool flush = false;
    Object* file = nullptr;
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; ++k) {
        std::string key = str_to_utf8(tuple_item(kwnames, k));
        Object* value = args[nargs + k];
        if (key == "sep" || key == "end") {
            if (value != None() && !is_str(value)) {
                set_error_fmt(&exc::TypeError, "{} must be None or a string, not {}", key, type_name(value));
                return nullptr;
            }
            if (value != None()) (key == "sep" ? sep : end) = str_to_utf8(value);
        } else if (key == "flush") {
            int t = is_true(value);
            if (t < 0) return nullptr;
            flush = t;
        } else if (key == "file") {
            if (value != None()) file = value;
        } else {
            set_error_fmt(&exc::TypeError, "'{}' is an invalid keyword argument for print()", key);
            return nullptr;
        }
    }
    if (!file) {
        // sys.stdout as it is now: a program may have replaced it (StringIO,
        // contextlib.redirect_stdout); None prints nothing, as in CPython.
        file = interp().sys_dict ? dict_getitem_str(interp().sys_dict, "stdout") : nullptr;
        if (!file) {
            set_error(&exc::RuntimeError, "lost sys.stdout");
            return nullptr;
        }
        if (file == None()) return none_ref();
    }
    // A TextIOWrapper over a native buffer (sys.stdout as it starts, a file
    // from open()) takes the UTF-8 directly, without a call per piece.
    if (!textio_can_write_utf8(file)) return print_to_file(file, args, nargs, sep, end, flush);
    std::string out;
    for (ssize_t i = 0; i < nargs; ++i) {
        if (i) out += sep;
        Object* s = str(args[i]);
        if (!s) return nullptr;
        out += str_to_utf8(s);
        decref(s);
    }
    out += end;
    return textio_write_utf8(file, out, flush) ? none_ref() : nullptr;
}

// input(prompt=''): writes str(prompt) to stdout, then reads one line from
// stdin without its newline; EOFError at the end of the input.
Object* builtin_input(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("input", kwnames) || !check_positional("input", nargs, 0, 1)) return nullptr;
    if (nargs == 1) {
        Ref<> prompt = Ref<>::steal(str(args[0]));
        if (!prompt) return nullptr;
        std::string text = str_to_utf8(prompt.get());
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    // What was printed so far must be visible before the program waits.
    std::fflush(stdout);
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') line.push_back(static_cast<char>(c));
    if (c == EOF && line.empty()) {
        set_error(&exc::EOFError, "EOF when reading a line");
        return nullptr;
    }
    return str_from_utf8(line);
}

Object* builtin_len(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("len", nargs, kwnames)) return nullptr;
    ssize_t n = length(args[0]);
    return n < 0 ? nullptr : int_from_ssize(n);
}

Object* builtin_repr(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("repr", nargs, kwnames)) return nullptr;
    return repr(args[0]);
}

// ascii(obj): repr(obj) with every non-ASCII character escaped
// (CPython: builtin_ascii, PyObject_ASCII).
Object* builtin_ascii(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("ascii", nargs, kwnames)) return nullptr;
    return ascii(args[0]);
}

Object* builtin_id(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("id", nargs, kwnames)) return nullptr;
    // id() is the object's address (CPython's), which is why a freed
    // object's id can come back for a new one.
    return int_from_ssize(static_cast<ssize_t>(reinterpret_cast<std::uintptr_t>(args[0])));
}

Object* builtin_hash(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("hash", nargs, kwnames)) return nullptr;
    ssize_t h = hash(args[0]);
    return h == -1 ? nullptr : int_from_ssize(h);
}

// format(value, format_spec='')
Object* builtin_format(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("format", kwnames) || !check_positional("format", nargs, 1, 2)) return nullptr;
    if (nargs == 2 && !is_str(args[1])) {
        set_error_fmt(&exc::TypeError, "format() argument 2 must be str, not {}", type_name(args[1]));
        return nullptr;
    }
    return format(args[0], nargs == 2 ? args[1] : nullptr);
}

const BuiltinDef FUNCTIONS[] = {
    {"ascii", builtin_ascii,
     "ascii($module, obj, /)\n--\n\n"
     "Return an ASCII-only representation of an object."},
    {"format", builtin_format,
     "format($module, value, format_spec='', /)\n--\n\n"
     "Return value.__format__(format_spec)"},
    {"hash", builtin_hash,
     "hash($module, obj, /)\n--\n\n"
     "Return the hash value for the given object."},
    {"open", builtin_open,
     "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\n"
     "Open file and return a stream.  Raise OSError upon failure."},
    {"id", builtin_id,
     "id($module, obj, /)\n--\n\n"
     "Return the identity of an object."},
    {"input", builtin_input,
     "input($module, prompt='', /)\n--\n\n"
     "Read a string from standard input.  The trailing newline is stripped."},
    {"len", builtin_len,
     "len($module, obj, /)\n--\n\n"
     "Return the number of items in a container."},
    {"print", builtin_print,
     "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\n"
     "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", builtin_repr,
     "repr($module, obj, /)\n--\n\n"
     "Return the canonical string representation of the object."},
};

}  // namespace

// The names go in CPython 3.11's order, which list(builtins.__dict__) shows
// and which decides between equally close names in a NameError's "Did you
// mean" (interp/suggestions.cpp): bltinmodule.c's functions (its table is
// alphabetical with the dunders first, except that aiter follows iter and
// anext follows next), then _PyBuiltin_Init's constants and types, then
// the exceptions (in exceptions.def's order, where CPython's table goes
// level by level down the hierarchy), the two old names of OSError and
// open.
// The module's own __name__, __doc__... come first (module_new sets them).
Object* builtins_dict() {
    Object* d = dict_new();
    if (!d) return nullptr;
    auto put = [&](std::string_view name, Object* value) {
        if (!value || dict_setitem_str(d, name, value) < 0) return false;
        decref(value);
        return true;
    };
    auto put_borrowed = [&](std::string_view name, Object* value) {
        incref(value);
        return put(name, value);
    };
    // The iterator types are readied here too, for a runtime_init that does
    // not call iterobjects_init yet (type_ready runs once per type).
    iterobjects_init();
    io_file_init();
    std::vector<const BuiltinDef*> functions;
    for (std::span<const BuiltinDef> table :
         {std::span<const BuiltinDef>(FUNCTIONS), numeric_builtins(), iteration_builtins(), attribute_builtins(), exec_builtins(),
          class_builtins()})
        for (const BuiltinDef& def : table)
            if (def.name != std::string_view("open")) functions.push_back(&def);
    // Here for its place; init_modules binds it to the builtins module.
    functions.push_back(&IMPORT_BUILTIN);
    std::sort(functions.begin(), functions.end(), [](const BuiltinDef* a, const BuiltinDef* b) {
        std::string_view x = a->name, y = b->name;
        bool dunder_x = x.starts_with("__"), dunder_y = y.starts_with("__");
        return dunder_x != dunder_y ? dunder_x : x < y;
    });
    for (const BuiltinDef* def : functions)
        if (!put(def->name, builtin_function_new(def, nullptr))) return nullptr;
    if (!put_borrowed("None", None()) || !put_borrowed("Ellipsis", Ellipsis()) ||
        !put_borrowed("NotImplemented", NotImplemented()) || !put_borrowed("False", false_object) ||
        !put_borrowed("True", true_object))
        return nullptr;
    for (TypeObject* t :
         {&bool_type, &bytearray_type, &bytes_type, &classmethod_type, &complex_type, &dict_type, &enumerate_type,
          &filter_type, &float_type, &frozenset_type, &property_type, &int_type, &list_type, &map_type,
          &object_type, &range_type, &reversed_type, &set_type, &slice_type, &staticmethod_type, &str_type,
          &super_type, &tuple_type, &type_type, &zip_type})
        if (!put_borrowed(t->tp_name, t)) return nullptr;
    if (!put_borrowed("__debug__", true_object)) return nullptr;
#define GP_EXCEPTION(name, base, doc) \
    if (!put_borrowed(#name, &exc::name)) return nullptr;
#include "runtime/exceptions.def"
#undef GP_EXCEPTION
    if (!put_borrowed("EnvironmentError", &exc::OSError) || !put_borrowed("IOError", &exc::OSError)) return nullptr;
    // open comes last: CPython's start-up adds it once the io module exists
    // (init_set_builtins_open).
    for (const BuiltinDef& def : FUNCTIONS)
        if (def.name == std::string_view("open") && !put(def.name, builtin_function_new(&def, nullptr)))
            return nullptr;
    return d;
}

}  // namespace glasspy::stdlib
