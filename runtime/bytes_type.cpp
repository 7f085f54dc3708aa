// bytes' and bytearray's methods and constructors as Python sees them: their
// tp_methods tables and tp_new (CPython: the method tables, bytes_new_impl
// and bytearray___init___impl in Objects/bytesobject.c and
// Objects/bytearrayobject.c, argument handling from their clinic/*.c.h).
//
// The two types share their methods' code (bytes_methods.cpp returns the
// same type as self), so one set of wrappers serves both; a message that
// names the method's type ("bytearray.upper() takes no arguments") takes the
// name from self, which the method descriptor has checked to be an instance
// of the type that holds the table.
#include <string>

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/bytes_text_methods.hpp"
#include "runtime/errors.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

namespace {

Object* none_to_null(Object* o) { return o == None() ? nullptr : o; }

// "bytes.upper" or "bytearray.upper", for the calling-convention messages.
std::string qualname(Object* self, const char* name) { return fmt::format("{}.{}", type_name(self), name); }

bool has_kwargs(Object* kwnames) { return kwnames && tuple_size(kwnames) > 0; }

// ---- no arguments, one argument ---------------------------------------------------------------

#define GP_BYTES_NOARGS(X) X(upper) X(lower)
#define GP_NOARGS(name)                                                                             \
    Object* meth_##name(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {           \
        if ((nargs || has_kwargs(kwnames)) && !check_no_args(qualname(self, #name), nargs, kwnames)) \
            return nullptr;                                                                          \
        return bytes_##name(self);                                                                   \
    }
GP_BYTES_NOARGS(GP_NOARGS)
#undef GP_NOARGS

Object* meth_join(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if ((nargs != 1 || has_kwargs(kwnames)) && !check_one_arg(qualname(self, "join"), nargs, kwnames))
        return nullptr;
    return bytes_join(self, args[0]);
}

// bytes.fromhex(string), a class method: self is the class.
Object* meth_fromhex(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(self);
    if ((nargs != 1 || has_kwargs(kwnames)) &&
        !check_one_arg(fmt::format("{}.fromhex", is_subtype(type, &bytes_type) ? "bytes" : "bytearray"), nargs,
                       kwnames))
        return nullptr;
    return bytes_fromhex(type, args[0]);
}

// ---- searching: sub[, start[, end]] -------------------------------------------------------------

bool parse_finds(Object* self, const char* name, Object* const* args, ssize_t nargs, Object* kwnames,
                 ssize_t* start, ssize_t* end) {
    // As for str (str_type.cpp): the descriptor's keyword check names the type.
    if (has_kwargs(kwnames) && !check_no_kwargs(qualname(self, name), kwnames)) return false;
    if (!check_arg_count(name, nargs, 1, 3)) return false;
    *start = 0;
    *end = PTRDIFF_MAX;
    return (nargs < 2 || arg_slice_index(args[1], start)) && (nargs < 3 || arg_slice_index(args[2], end));
}

#define GP_BYTES_FINDS(X) X(find) X(rfind) X(index) X(rindex) X(count)
#define GP_FIND(name)                                                                           \
    Object* meth_##name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {  \
        ssize_t start, end;                                                                     \
        if (!parse_finds(self, #name, args, nargs, kwnames, &start, &end)) return nullptr;     \
        ssize_t r = bytes_##name(self, args[0], start, end);                                   \
        return r < 0 && error_occurred() ? nullptr : int_from_ssize(r);                        \
    }
GP_BYTES_FINDS(GP_FIND)
#undef GP_FIND

#define GP_BYTES_AFFIXES(X) X(startswith) X(endswith)
#define GP_AFFIX(name)                                                                          \
    Object* meth_##name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {  \
        ssize_t start, end;                                                                     \
        if (!parse_finds(self, #name, args, nargs, kwnames, &start, &end)) return nullptr;     \
        int r = bytes_##name(self, args[0], start, end);                                       \
        return r < 0 ? nullptr : bool_from(r);                                                  \
    }
GP_BYTES_AFFIXES(GP_AFFIX)
#undef GP_AFFIX

// ---- splitting, stripping, replacing ----------------------------------------------------------------

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
    return split_common<bytes_split>(parser, self, args, nargs, kwnames);
}

Object* meth_rsplit(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr ArgParser parser{"rsplit", split_kw, 0, 2, 0};
    return split_common<bytes_rsplit>(parser, self, args, nargs, kwnames);
}

#define GP_BYTES_STRIPS(X) X(strip) X(lstrip) X(rstrip)
#define GP_STRIP(name)                                                                                    \
    Object* meth_##name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {            \
        if (has_kwargs(kwnames) && !check_no_kwargs(qualname(self, #name), kwnames)) return nullptr;    \
        if (!check_positional(#name, nargs, 0, 1)) return nullptr;                                       \
        return bytes_##name(self, nargs ? none_to_null(args[0]) : nullptr);                              \
    }
GP_BYTES_STRIPS(GP_STRIP)
#undef GP_STRIP

Object* meth_replace(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (has_kwargs(kwnames) && !check_no_kwargs(qualname(self, "replace"), kwnames)) return nullptr;
    if (!check_positional("replace", nargs, 2, 3)) return nullptr;
    ssize_t count = -1;
    if (nargs > 2 && !arg_ssize(args[2], &count)) return nullptr;
    return bytes_replace(self, args[0], args[1], count);
}

// ---- text --------------------------------------------------------------------------------------------

Object* meth_decode(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"encoding", "errors"};
    static constexpr ArgParser parser{"decode", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    std::string encoding = "utf-8", errors = "strict";
    if (argv[0] && !arg_str_utf8(argv[0], "decode", "argument 'encoding'", &encoding)) return nullptr;
    if (argv[1] && !arg_str_utf8(argv[1], "decode", "argument 'errors'", &errors)) return nullptr;
    return bytes_decode(self, encoding, errors);
}

Object* meth_hex(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"sep", "bytes_per_sep"};
    static constexpr ArgParser parser{"hex", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int bytes_per_sep = 1;
    if (argv[1] && !arg_int(argv[1], &bytes_per_sep)) return nullptr;
    Object* sep = argv[0] ? none_to_null(argv[0]) : nullptr;
    std::string_view ignored;
    // CPython's _Py_strhex_impl asks for the separator's length before its
    // type: an object without len() fails with len()'s message.
    if (sep && !is_str(sep) && !bytes_like_view(sep, &ignored) && length(sep) < 0) return nullptr;
    return bytes_hex(self, sep, bytes_per_sep);
}

Object* meth_append(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if ((nargs != 1 || has_kwargs(kwnames)) && !check_one_arg("bytearray.append", nargs, kwnames)) return nullptr;
    ssize_t value;
    if (!arg_ssize(args[0], &value)) return nullptr;
    if (value < 0 || value > 255) {
        set_error(&exc::ValueError, "byte must be in range(0, 256)");
        return nullptr;
    }
    if (bytearray_append(self, static_cast<int>(value)) < 0) return nullptr;
    return none_ref();
}

}  // namespace

// ---- the tables --------------------------------------------------------------------------------------

#define GP_ENTRY(name) {#name, meth_##name, nullptr},
#define GP_STRIP_ENTRY(name) {#name, meth_##name, #name "($self, bytes=None, /)\n--\n\n"},
#define GP_BYTES_METHODS                                                                          \
    GP_BYTES_NOARGS(GP_ENTRY) GP_BYTES_FINDS(GP_ENTRY) GP_BYTES_AFFIXES(GP_ENTRY)                 \
    GP_BYTES_STRIPS(GP_STRIP_ENTRY)                                                               \
    {"join", meth_join, "join($self, iterable_of_bytes, /)\n--\n\n" "Concatenate any number of bytes objects."},                              \
    {"split", meth_split, "split($self, /, sep=None, maxsplit=-1)\n--\n\n" "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"rsplit", meth_rsplit, "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n" "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"replace", meth_replace, "replace($self, old, new, count=-1, /)\n--\n\n" "Return a copy with all occurrences of substring old replaced by new."}, \
    {"decode", meth_decode, "decode($self, /, encoding='utf-8', errors='strict')\n--\n\n" "Decode the bytes using the codec registered for encoding."},         \
    {"hex", meth_hex, "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n" "Create a string of hexadecimal numbers from a bytes object."},             \
    {"fromhex", meth_fromhex, "fromhex($type, string, /)\n--\n\n" "Create a bytes object from a string of hexadecimal numbers.", true},     \
    GP_BYTES_TEXT_METHODS(GP_TEXT_ENTRY)                                                          \
    {"maketrans", bytes_text_maketrans,                                                          \
     "Return a translation table useable for the bytes or bytearray translate method.", true},

#define GP_TEXT_ENTRY(name, doc) {#name, bytes_text_##name, doc},
const BuiltinDef bytes_method_table[] = {
    GP_BYTES_METHODS
    {nullptr, nullptr, nullptr},
};

const BuiltinDef bytearray_method_table[] = {
    GP_BYTES_METHODS
    {"append", meth_append, "append($self, item, /)\n--\n\n" "Append a single item to the end of the bytearray."},
    {"extend", bytearray_extend, "extend($self, iterable_of_ints, /)\n--\n\n" "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", bytearray_insert, "insert($self, index, item, /)\n--\n\n" "Insert a single item into the bytearray before the given index."},
    {"pop", bytearray_pop, "pop($self, index=-1, /)\n--\n\n" "Remove and return a single item from B."},
    {"remove", bytearray_remove, "remove($self, value, /)\n--\n\n" "Remove the first occurrence of a value in the bytearray."},
    {"reverse", bytearray_reverse, "reverse($self, /)\n--\n\n" "Reverse the order of the values in B in place."},
    {"clear", bytearray_clear, "clear($self, /)\n--\n\n" "Remove all items from the bytearray."},
    {"copy", bytearray_copy, "copy($self, /)\n--\n\n" "Return a copy of B."},
    {nullptr, nullptr, nullptr},
};
#undef GP_BYTES_METHODS
#undef GP_ENTRY
#undef GP_STRIP_ENTRY

// ---- the constructors -------------------------------------------------------------------------------

namespace {

// The bytes of an iterable of ints (CPython: _PyBytes_FromList / _FromIterator
// and bytearray's _getbytevalue); range_msg differs between the two types.
bool bytes_from_iterable(Object* source, const char* type, const char* range_msg, std::string* out) {
    Object* it = get_iter(source);
    if (!it) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            set_error_fmt(&exc::TypeError, "cannot convert '{}' object to {}", type_name(source), type);
        }
        return false;
    }
    bool ok = true;
    while (Object* item = iter_next(it)) {
        ssize_t value = 0;
        if (!is_int(item) && !item->ob_type->nb_index) {
            set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(item));
            ok = false;
        } else if (!arg_slice_index(item, &value)) {  // clamped, so huge ints fail the range check
            ok = false;
        } else if (value < 0 || value > 255) {
            set_error(&exc::ValueError, range_msg);
            ok = false;
        }
        decref(item);
        if (!ok) break;
        out->push_back(static_cast<char>(value));
    }
    decref(it);
    return ok && !error_occurred();
}

// What bytes(...) and bytearray(...) share: the content, from
// (source, encoding, errors) as both constructors read them.
bool constructor_content(const char* type, const char* range_msg, Object* args, Object* kwargs,
                         std::string* out) {
    static constexpr const char* kw[] = {"source", "encoding", "errors"};
    const ArgParser parser{type, kw, 0, 3, 0};
    Object* argv[3];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return false;
    Object *source = argv[0], *encoding = argv[1], *errors = argv[2];
    std::string enc, err = "strict";
    if (encoding && !arg_str_utf8(encoding, type, "argument 'encoding'", &enc)) return false;
    if (errors && !arg_str_utf8(errors, type, "argument 'errors'", &err)) return false;
    if (source && is_str(source)) {
        if (!encoding) {
            set_error(&exc::TypeError, "string argument without an encoding");
            return false;
        }
        Object* encoded = str_encode(source, enc, err);
        if (!encoded) return false;
        out->assign(bytes_view(encoded));
        decref(encoded);
        return true;
    }
    if (encoding || errors) {
        set_error(&exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        return false;
    }
    if (!source) return true;
    std::string_view view;
    if (bytes_like_view(source, &view)) {
        out->assign(view);
        return true;
    }
    if (is_int(source) || source->ob_type->nb_index) {
        // A count of zero bytes (CPython: PyNumber_AsSsize_t(x, OverflowError)).
        ssize_t count;
        if (!arg_ssize(source, &count)) {
            if (error_matches(&exc::OverflowError)) {
                clear_error();
                set_error_fmt(&exc::OverflowError, "cannot fit '{}' into an index-sized integer", type_name(source));
            }
            return false;
        }
        if (count < 0) {
            set_error(&exc::ValueError, "negative count");
            return false;
        }
        out->assign(static_cast<std::size_t>(count), '\0');
        return true;
    }
    return bytes_from_iterable(source, type, range_msg, out);
}

}  // namespace

// bytes(), bytes(int), bytes(iterable of ints), bytes(bytes-like),
// bytes(str, encoding[, errors]) (CPython: bytes_new_impl).
Object* bytes_tp_new(TypeObject* /*type*/, Object* args, Object* kwargs) {
    std::string content;
    if (!constructor_content("bytes", "bytes must be in range(0, 256)", args, kwargs, &content)) return nullptr;
    return bytes_from(content);
}

// The same forms for bytearray (CPython: bytearray___init___impl; glasspy
// makes and fills the object in one step, as bytearray has no subclasses yet).
Object* bytearray_tp_new(TypeObject* /*type*/, Object* args, Object* kwargs) {
    std::string content;
    if (!constructor_content("bytearray", "byte must be in range(0, 256)", args, kwargs, &content)) return nullptr;
    return bytearray_from(content);
}

}  // namespace glasspy::rt
