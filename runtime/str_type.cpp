// str's methods and constructor as Python sees them: the tp_methods table
// and tp_new of str (CPython: the method table and unicode_new in
// Objects/unicodeobject.c, with the argument handling Argument Clinic
// generates in Objects/clinic/unicodeobject.c.h).
//
// Each wrapper only checks and converts its arguments, in the convention
// CPython uses for that method (args.hpp tells which message goes with
// which), and calls the C++ function of str_methods.hpp that does the work.
// `self` is always a str: the method descriptor checked it.
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/funcdescr.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/tuple.hpp"
#include "runtime/type_methods.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/unicode_format.hpp"

namespace glasspy::rt {

namespace {

Object* none_to_null(Object* o) { return o == None() ? nullptr : o; }

// ---- no arguments ------------------------------------------------------------------------------

// The methods that take no argument, by what they return: a new str, or a bool.
#define GP_STR_TRANSFORMS(X) X(capitalize) X(casefold) X(lower) X(swapcase) X(title) X(upper)
#define GP_STR_PREDICATES(X)                                                                           \
    X(isalnum) X(isalpha) X(isascii) X(isdecimal) X(isdigit) X(isidentifier) X(islower) X(isnumeric) \
        X(isprintable) X(isspace) X(istitle) X(isupper)

#define GP_TRANSFORM(name)                                                                \
    Object* meth_##name(Object* self, Object* const*, ssize_t nargs, Object* kwnames) { \
        if (!check_no_args("str." #name, nargs, kwnames)) return nullptr;                \
        return str_##name(self);                                                           \
    }
GP_STR_TRANSFORMS(GP_TRANSFORM)
#undef GP_TRANSFORM

#define GP_PREDICATE(name)                                                                \
    Object* meth_##name(Object* self, Object* const*, ssize_t nargs, Object* kwnames) { \
        if (!check_no_args("str." #name, nargs, kwnames)) return nullptr;                \
        return bool_from(str_##name(self));                                                \
    }
GP_STR_PREDICATES(GP_PREDICATE)
#undef GP_PREDICATE

// ---- searching: sub[, start[, end]] (CPython: stringlib parse_args_finds) -----------------------

// The arguments of find & co.; false with the exception set.  These are
// METH_VARARGS methods in CPython, whose keyword check names the method
// "str.find" when called as s.find(...) (the descriptor's check) but "find"
// when a bound method object is called: the first, common, form is the one
// reproduced.
bool parse_finds(const char* name, Object* const* args, ssize_t nargs, Object* kwnames, ssize_t* start,
                 ssize_t* end) {
    // The qualified name is built only when there are keywords to refuse.
    if ((kwnames && !check_no_kwargs(std::string("str.") + name, kwnames)) || !check_arg_count(name, nargs, 1, 3))
        return false;
    *start = 0;
    *end = STR_END;
    return (nargs < 2 || arg_slice_index(args[1], start)) && (nargs < 3 || arg_slice_index(args[2], end));
}

#define GP_STR_FINDS(X) X(find) X(rfind) X(index) X(rindex) X(count)
#define GP_FIND(name)                                                                           \
    Object* meth_##name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {  \
        ssize_t start, end;                                                                     \
        if (!parse_finds(#name, args, nargs, kwnames, &start, &end)) return nullptr;           \
        ssize_t r = str_##name(self, args[0], start, end);                                     \
        return r < 0 && error_occurred() ? nullptr : int_from_ssize(r);                        \
    }
GP_STR_FINDS(GP_FIND)
#undef GP_FIND

Object* meth_startswith(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    ssize_t start, end;
    if (!parse_finds("startswith", args, nargs, kwnames, &start, &end)) return nullptr;
    int r = str_startswith(self, args[0], start, end);
    return r < 0 ? nullptr : bool_from(r);
}

Object* meth_endswith(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    ssize_t start, end;
    if (!parse_finds("endswith", args, nargs, kwnames, &start, &end)) return nullptr;
    int r = str_endswith(self, args[0], start, end);
    return r < 0 ? nullptr : bool_from(r);
}

// ---- splitting and joining ------------------------------------------------------------------

constexpr const char* split_kw[] = {"sep", "maxsplit"};

template <Object* (*Split)(Object*, Object*, ssize_t)>
Object* split_common(const ArgParser& parser, Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    ssize_t maxsplit = -1;
    if (argv[1] && !arg_ssize(argv[1], &maxsplit)) return nullptr;
    return Split(self, argv[0] ? none_to_null(argv[0]) : nullptr, maxsplit);
}

Object* meth_split(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr ArgParser parser{"split", split_kw, 0, 2, 0};
    return split_common<str_split>(parser, self, args, nargs, kwnames);
}

Object* meth_rsplit(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr ArgParser parser{"rsplit", split_kw, 0, 2, 0};
    return split_common<str_rsplit>(parser, self, args, nargs, kwnames);
}

Object* meth_splitlines(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"keepends"};
    static constexpr ArgParser parser{"splitlines", kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int keepends = 0;  // Clinic's bool(accept={int}): an int, not any truth value
    if (argv[0] && !arg_int(argv[0], &keepends)) return nullptr;
    return str_splitlines(self, keepends != 0);
}

Object* meth_join(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.join", nargs, kwnames)) return nullptr;
    return str_join(self, args[0]);
}

Object* meth_partition(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.partition", nargs, kwnames)) return nullptr;
    return str_partition(self, args[0]);
}

Object* meth_rpartition(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.rpartition", nargs, kwnames)) return nullptr;
    return str_rpartition(self, args[0]);
}

// ---- stripping, replacing, padding ------------------------------------------------------------

#define GP_STR_STRIPS(X) X(strip) X(lstrip) X(rstrip)
#define GP_STRIP(name)                                                                         \
    Object* meth_##name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) { \
        if (!check_no_kwargs("str." #name, kwnames) || !check_positional(#name, nargs, 0, 1))  \
            return nullptr;                                                                    \
        return str_##name(self, nargs ? none_to_null(args[0]) : nullptr);                     \
    }
GP_STR_STRIPS(GP_STRIP)
#undef GP_STRIP

Object* meth_replace(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("str.replace", kwnames) || !check_positional("replace", nargs, 2, 3)) return nullptr;
    if (!arg_str(args[0], "replace", "argument 1") || !arg_str(args[1], "replace", "argument 2")) return nullptr;
    ssize_t count = -1;
    if (nargs > 2 && !arg_ssize(args[2], &count)) return nullptr;
    return str_replace(self, args[0], args[1], count);
}

// A prefix or suffix removed if present (CPython: unicode_removeprefix).
Object* remove_affix(Object* self, Object* affix, const char* name, bool prefix) {
    if (!is_str(affix)) {
        arg_bad_argument(name, "argument", "str", affix);
        return nullptr;
    }
    int match = prefix ? str_startswith(self, affix) : str_endswith(self, affix);
    if (match < 0) return nullptr;
    ssize_t n = str_length(self), cut = match ? str_length(affix) : 0;
    return prefix ? str_substring(self, cut, n) : str_substring(self, 0, n - cut);
}

Object* meth_removeprefix(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.removeprefix", nargs, kwnames)) return nullptr;
    return remove_affix(self, args[0], "removeprefix", true);
}

Object* meth_removesuffix(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.removesuffix", nargs, kwnames)) return nullptr;
    return remove_affix(self, args[0], "removesuffix", false);
}

#define GP_STR_PADS(X) X(center) X(ljust) X(rjust)
#define GP_PAD(name)                                                                           \
    Object* meth_##name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) { \
        if (!check_no_kwargs("str." #name, kwnames) || !check_positional(#name, nargs, 1, 2))  \
            return nullptr;                                                                    \
        ssize_t width;                                                                         \
        if (!arg_ssize(args[0], &width)) return nullptr;                                       \
        return str_##name(self, width, nargs > 1 ? args[1] : nullptr);                        \
    }
GP_STR_PADS(GP_PAD)
#undef GP_PAD

Object* meth_zfill(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.zfill", nargs, kwnames)) return nullptr;
    ssize_t width;
    if (!arg_ssize(args[0], &width)) return nullptr;
    return str_zfill(self, width);
}

Object* meth_expandtabs(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"tabsize"};
    static constexpr ArgParser parser{"expandtabs", kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int tabsize = 8;
    if (argv[0] && !arg_int(argv[0], &tabsize)) return nullptr;
    return str_expandtabs(self, tabsize);
}

// ---- translation ---------------------------------------------------------------------------------

Object* meth_translate(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.translate", nargs, kwnames)) return nullptr;
    return str_translate(self, args[0]);
}

// str.maketrans(x, y=<absent>, z=<absent>, /), a static method: it gets
// no instance, whether called as str.maketrans(...) or 'abc'.maketrans(...).
Object* meth_maketrans(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("str.maketrans", kwnames) || !check_positional("maketrans", nargs, 1, 3)) return nullptr;
    if ((nargs > 1 && !arg_str(args[1], "maketrans", "argument 2")) ||
        (nargs > 2 && !arg_str(args[2], "maketrans", "argument 3")))
        return nullptr;
    return str_maketrans(args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
}

// ---- formatting and encoding ---------------------------------------------------------------------

// str.format(*args, **kwargs): the arguments as a tuple and a dict.
Object* meth_format(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!kwnames || !tuple_size(kwnames)) return str_format_array(self, args, nargs, true, nullptr);
    Object* tuple = tuple_from_array(args, nargs);
    if (!tuple) return nullptr;
    Object* kwargs = nullptr;
    if (kwnames && tuple_size(kwnames)) {
        kwargs = dict_new();
        for (ssize_t i = 0; kwargs && i < tuple_size(kwnames); ++i) {
            if (dict_setitem(kwargs, tuple_item(kwnames, i), args[nargs + i]) < 0) {
                decref(kwargs);
                kwargs = nullptr;
            }
        }
        if (!kwargs) {
            decref(tuple);
            return nullptr;
        }
    }
    Object* r = str_format_method(self, tuple, kwargs);
    decref(tuple);
    if (kwargs) decref(kwargs);
    return r;
}

Object* meth_format_map(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.format_map", nargs, kwnames)) return nullptr;
    return str_format_method(self, nullptr, args[0]);
}

Object* meth___format__(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("str.__format__", nargs, kwnames)) return nullptr;
    if (!is_str(args[0])) {
        arg_bad_argument("__format__", "argument", "str", args[0]);
        return nullptr;
    }
    return format(self, args[0]);
}

Object* meth_encode(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"encoding", "errors"};
    static constexpr ArgParser parser{"encode", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    std::string encoding = "utf-8", errors = "strict";
    if (argv[0] && !arg_str_utf8(argv[0], "encode", "argument 'encoding'", &encoding)) return nullptr;
    if (argv[1] && !arg_str_utf8(argv[1], "encode", "argument 'errors'", &errors)) return nullptr;
    return str_encode(self, encoding, errors);
}

// The object's own bytes: header, characters and NUL (CPython: unicode___sizeof__).
Object* meth___sizeof__(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("str.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_ssize(str_sizeof(self));
}

}  // namespace

// ---- the table -----------------------------------------------------------------------------------

// The finds have no text signature (CPython parses their arguments by hand);
// the others carry CPython's.
#define GP_ENTRY(name) {#name, meth_##name, nullptr},
#define GP_NO_ARGS_ENTRY(name) {#name, meth_##name, #name "($self, /)\n--\n\n"},
#define GP_STRIP_ENTRY(name) {#name, meth_##name, #name "($self, chars=None, /)\n--\n\n"},
#define GP_PAD_ENTRY(name) {#name, meth_##name, #name "($self, width, fillchar=' ', /)\n--\n\n"},
const BuiltinDef str_method_table[] = {
    GP_STR_TRANSFORMS(GP_NO_ARGS_ENTRY) GP_STR_PREDICATES(GP_NO_ARGS_ENTRY) GP_STR_FINDS(GP_ENTRY)
    GP_STR_STRIPS(GP_STRIP_ENTRY) GP_STR_PADS(GP_PAD_ENTRY)
    {"startswith", meth_startswith, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", meth_endswith, "Return True if S ends with the specified suffix, False otherwise."},
    {"split", meth_split,
     "split($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", meth_rsplit,
     "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", meth_splitlines,
     "splitlines($self, /, keepends=False)\n--\n\n"
     "Return a list of the lines in the string, breaking at line boundaries."},
    {"join", meth_join,
     "join($self, iterable, /)\n--\n\n"
     "Concatenate any number of strings."},
    {"partition", meth_partition,
     "partition($self, sep, /)\n--\n\n"
     "Partition the string into three parts using the given separator."},
    {"rpartition", meth_rpartition,
     "rpartition($self, sep, /)\n--\n\n"
     "Partition the string into three parts using the given separator."},
    {"replace", meth_replace,
     "replace($self, old, new, count=-1, /)\n--\n\n"
     "Return a copy with all occurrences of substring old replaced by new."},
    {"removeprefix", meth_removeprefix,
     "removeprefix($self, prefix, /)\n--\n\n"
     "Return a str with the given prefix string removed if present."},
    {"removesuffix", meth_removesuffix,
     "removesuffix($self, suffix, /)\n--\n\n"
     "Return a str with the given suffix string removed if present."},
    {"zfill", meth_zfill,
     "zfill($self, width, /)\n--\n\n"
     "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", meth_expandtabs,
     "expandtabs($self, /, tabsize=8)\n--\n\n"
     "Return a copy where all tab characters are expanded using spaces."},
    {"format", meth_format, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", meth_format_map, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", meth___format__,
     "__format__($self, format_spec, /)\n--\n\n"
     "Return a formatted version of the string as described by format_spec."},
    {"encode", meth_encode,
     "encode($self, /, encoding='utf-8', errors='strict')\n--\n\n"
     "Encode the string using the codec registered for encoding."},
    {"__sizeof__", meth___sizeof__,
     "__sizeof__($self, /)\n--\n\n"
     "Return the size of the string in memory, in bytes."},
    {"translate", meth_translate,
     "translate($self, table, /)\n--\n\n"
     "Replace each character in the string using the given translation table."},
    {nullptr, nullptr, nullptr},
};
#undef GP_ENTRY
#undef GP_NO_ARGS_ENTRY
#undef GP_STRIP_ENTRY
#undef GP_PAD_ENTRY

// str's static methods (CPython: METH_STATIC entries of the method table),
// which BuiltinDef has no flag for: add_str_staticmethods puts them in the
// type's namespace wrapped in staticmethod objects.
const BuiltinDef STR_STATICMETHODS[] = {
    {"maketrans", meth_maketrans, "Return a translation table usable for str.translate()."},
    {nullptr, nullptr, nullptr},
};

int add_str_staticmethods() {
    for (const BuiltinDef* def = STR_STATICMETHODS; def->name; ++def) {
        // Bound to the type only for its repr ("<built-in method maketrans
        // of type object ...>", as CPython's); the function ignores it.
        Ref<> f = Ref<>::steal(builtin_function_new(def, &str_type));
        if (!f) return -1;
        Ref<> sm = Ref<>::steal(staticmethod_new(f.get()));
        if (!sm || dict_setitem_str(str_type.tp_dict, def->name, sm.get()) < 0) return -1;
    }
    type_modified(&str_type);
    return 0;
}

// ---- the constructor --------------------------------------------------------------------------------

// str(object='') and str(object=b'', encoding='utf-8', errors='strict')
// (CPython: unicode_new_impl, PyUnicode_FromEncodedObject).
Object* str_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    // A subclass gets a copy of the str made for str itself.
    if (type != &str_type) return str_subtype_copy(type, str_tp_new(&str_type, args, kwargs));
    static constexpr const char* kw[] = {"object", "encoding", "errors"};
    static constexpr ArgParser parser{"str", kw, 0, 3, 0};
    Object* argv[3];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    std::string encoding = "utf-8", errors = "strict";
    if (argv[1] && !arg_str_utf8(argv[1], "str", "argument 'encoding'", &encoding)) return nullptr;
    if (argv[2] && !arg_str_utf8(argv[2], "str", "argument 'errors'", &errors)) return nullptr;
    if (!argv[0]) return str_from_utf8("");
    if (!argv[1] && !argv[2]) return str(argv[0]);
    std::string_view data;
    if (!bytes_like_view(argv[0], &data)) {
        if (is_str(argv[0]))
            set_error(&exc::TypeError, "decoding str is not supported");
        else
            set_error_fmt(&exc::TypeError, "decoding to str: need a bytes-like object, {} found",
                          type_name(argv[0]));
        return nullptr;
    }
    return str_decode(data, encoding, errors);
}

}  // namespace glasspy::rt
