// The _struct module: struct.error, the Struct type, its unpack iterator
// and the module functions (CPython: Modules/_struct.c).  stdlib/lib/
// struct.py re-exports it, as CPython's Lib/struct.py does.  The formats
// themselves are struct_format.cpp.
//
// A Struct compiles its format once, in __init__; the module functions
// (struct.pack(fmt, ...)) find a Struct for fmt in a cache of at most 100
// entries, emptied when full, as CPython's _struct does (_clearcache).
//
// Buffers: bytes and bytearray are read, bytearray is written (glasspy has
// no memoryview or array yet).
#include <fmt/format.h>

#include <string>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/struct_format.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {


// The module's state: its exception class and the cache of compiled
// formats.  Both are made once and live as long as the process: roots for
// the leak check, as the runtime's other statics.
struct StructState {
    Object* error = nullptr;
    Object* cache = nullptr;  // dict: format -> Struct
};

StructState& state() {
    static StructState s;
    return s;
}

constexpr ssize_t MAXCACHE = 100;  // CPython's _struct MAXCACHE

// ---- the Struct type ----------------------------------------------------------------------------

struct StructObject : Object {
    Object* s_format;      // the format as bytes (None before __init__)
    CompiledFormat* compiled;  // owned; empty before __init__
};

StructObject* as_struct(Object* o) { return static_cast<StructObject*>(o); }

extern TypeObject struct_type;

Object* struct_tp_new(TypeObject* type, Object*, Object*) {
    Object* o = alloc_object(type);
    if (!o) return no_memory();
    StructObject* s = as_struct(o);
    s->s_format = new_ref(None()).release();
    s->compiled = new CompiledFormat;
    return o;
}

void struct_dealloc(Object* self) {
    StructObject* s = as_struct(self);
    clear(s->s_format);
    delete s->compiled;
    s->compiled = nullptr;
    free_object(self);
}

// What a Struct refers to, for the leak check (a Struct is no container:
// it holds only its format, which cannot refer back).
int struct_traverse(Object* self, visitproc visit, void* arg) {
    Object* format = as_struct(self)->s_format;
    return format ? visit(format, arg) : 0;
}

// Struct(format): format is a str (of ASCII characters) or bytes.
int struct_tp_init(Object* self, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"format"};
    static constexpr ArgParser parser{"Struct", kw, 1, 1, 0};
    Object* argv[1];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return -1;
    Ref<> format;
    if (is_str(argv[0])) {
        format = Ref<>::steal(str_encode(argv[0], "ascii"));
        if (!format) return -1;
    } else if (is_bytes(argv[0])) {
        format = new_ref(argv[0]);
    } else {
        set_error_fmt(&exc::TypeError, "Struct() argument 1 must be a str or bytes object, not {}",
                      type_name(argv[0]));
        return -1;
    }
    CompiledFormat compiled;
    if (!compile_format(bytes_view(format.get()), &compiled)) return -1;
    StructObject* s = as_struct(self);
    *s->compiled = std::move(compiled);
    Object* old = s->s_format;
    s->s_format = format.release();
    decref(old);
    return 0;
}

Object* struct_get_format(Object* self) {
    Object* f = as_struct(self)->s_format;
    if (!is_bytes(f)) return new_ref(f).release();
    return str_from_utf8(bytes_view(f));
}

Object* struct_get_size(Object* self) { return int_from_ssize(as_struct(self)->compiled->size); }

// The bytes a buffer argument holds: bytes or bytearray.
bool readable_buffer(Object* o, std::string_view* out) {
    if (bytes_like_view(o, out)) return true;
    set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(o));
    return false;
}

// s.pack(v1, v2, ...) for a Struct or the module function.
Object* do_pack(StructObject* s, Object* const* values, ssize_t n) {
    const CompiledFormat& f = *s->compiled;
    if (n != f.len) {
        set_error_fmt(struct_error_type(), "pack expected {} items for packing (got {})", f.len, n);
        return nullptr;
    }
    Ref<> result = Ref<>::steal(bytes_new(f.size));
    if (!result || !pack_values(f, values, bytes_data(result.get()))) return nullptr;
    return result.release();
}


// Where `size` bytes go in a buffer of `buflen` at `offset` (a negative
// one counts from the end): the offset from the start, or false with
// CPython's struct.error for pack_into (packing) or unpack_from.
bool place_in_buffer(ssize_t* offset, ssize_t size, ssize_t buflen, bool packing) {
    if (*offset < 0) {
        if (*offset + size > 0) {
            if (packing)
                set_error_fmt(struct_error_type(), "no space to pack {} bytes at offset {}", size, *offset);
            else
                set_error_fmt(struct_error_type(), "not enough data to unpack {} bytes at offset {}", size, *offset);
            return false;
        }
        if (*offset + buflen < 0) {
            set_error_fmt(struct_error_type(), "offset {} out of range for {}-byte buffer", *offset, buflen);
            return false;
        }
        *offset += buflen;
    }
    if (buflen - *offset < size) {
        set_error_fmt(struct_error_type(),
                      "{} requires a buffer of at least {} bytes for {} {} bytes at offset {} (actual buffer size is {})",
                      packing ? "pack_into" : "unpack_from", size + *offset, packing ? "packing" : "unpacking", size,
                      *offset, buflen);
        return false;
    }
    return true;
}

// pack_into(buffer, offset, v1, v2, ...): args as given after the format.
Object* do_pack_into(StructObject* s, Object* const* args, ssize_t nargs) {
    const CompiledFormat& f = *s->compiled;
    if (nargs != f.len + 2) {
        if (nargs == 0) {
            set_error(struct_error_type(), "pack_into expected buffer argument");
        } else if (nargs == 1) {
            set_error(struct_error_type(), "pack_into expected offset argument");
        } else {
            set_error_fmt(struct_error_type(), "pack_into expected {} items for packing (got {})", f.len, nargs - 2);
        }
        return nullptr;
    }
    if (!is_bytearray(args[0])) {
        set_error_fmt(&exc::TypeError, "argument must be read-write bytes-like object, not {}", type_name(args[0]));
        return nullptr;
    }
    // PyNumber_AsSsize_t(offset, PyExc_IndexError).
    ssize_t offset;
    if (!index_as_ssize(args[1], &offset)) {
        if (error_matches(&exc::OverflowError)) {
            clear_error();
            set_error_fmt(&exc::IndexError, "cannot fit '{}' into an index-sized integer", type_name(args[1]));
        }
        return nullptr;
    }
    ssize_t buflen = bytes_size(args[0]);
    if (!place_in_buffer(&offset, f.size, buflen, true)) return nullptr;
    // The values are packed into a copy first: converting one may run
    // Python code (__index__) that resizes the bytearray.  Like CPython,
    // which packs in place, a failure leaves the items before it written.
    std::string packed(f.size, '\0');
    bool ok = pack_values(f, args + 2, packed.data());
    auto* a = static_cast<ByteArrayObject*>(args[0]);
    if (a->ob_size - offset < f.size) {
        if (ok) set_error(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
        return nullptr;
    }
    std::copy(packed.begin(), packed.end(), a->ob_start + offset);
    return ok ? none_ref() : nullptr;
}

Object* do_unpack(StructObject* s, Object* buffer) {
    std::string_view data;
    if (!readable_buffer(buffer, &data)) return nullptr;
    const CompiledFormat& f = *s->compiled;
    if (static_cast<ssize_t>(data.size()) != f.size) {
        set_error_fmt(struct_error_type(), "unpack requires a buffer of {} bytes", f.size);
        return nullptr;
    }
    return unpack_values(f, data.data());
}

Object* do_unpack_from(StructObject* s, Object* buffer, ssize_t offset) {
    std::string_view data;
    if (!readable_buffer(buffer, &data)) return nullptr;
    const CompiledFormat& f = *s->compiled;
    ssize_t buflen = static_cast<ssize_t>(data.size());
    if (!place_in_buffer(&offset, f.size, buflen, false)) return nullptr;
    return unpack_values(f, data.data() + offset);
}

// unpack_from(buffer, offset=0): the arguments after self (or the format).
Object* unpack_from_args(StructObject* s, Object* const* args, ssize_t nargs, Object* kwnames, int first_pos) {
    static constexpr const char* kw[] = {"buffer", "offset"};
    static constexpr const char* module_kw[] = {"", "buffer", "offset"};
    // Struct.unpack_from(buffer, offset=0); module unpack_from(format, /, buffer, offset=0)
    static constexpr ArgParser method_parser{"unpack_from", kw, 1, 2, 0};
    static constexpr ArgParser module_parser{"unpack_from", module_kw, 2, 3, 0};
    Object* argv[3] = {};
    const ArgParser& parser = first_pos ? module_parser : method_parser;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    Object* buffer = argv[first_pos];
    ssize_t offset = 0;
    if (argv[first_pos + 1] && !arg_ssize(argv[first_pos + 1], &offset)) return nullptr;
    return do_unpack_from(s, buffer, offset);
}

Object* make_unpack_iterator(StructObject* s, Object* buffer);

Object* struct_pack(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("Struct.pack", kwnames)) return nullptr;
    return do_pack(as_struct(self), args, nargs);
}

Object* struct_pack_into(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("Struct.pack_into", kwnames)) return nullptr;
    return do_pack_into(as_struct(self), args, nargs);
}

Object* struct_unpack(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("Struct.unpack", nargs, kwnames)) return nullptr;
    return do_unpack(as_struct(self), args[0]);
}

Object* struct_unpack_from(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return unpack_from_args(as_struct(self), args, nargs, kwnames, 0);
}

Object* struct_iter_unpack(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("Struct.iter_unpack", nargs, kwnames)) return nullptr;
    return make_unpack_iterator(as_struct(self), args[0]);
}

Object* struct_sizeof(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("Struct.__sizeof__", nargs, kwnames)) return nullptr;
    // CPython: the object, plus one formatcode (4 words) per code and the terminator.
    ssize_t codes = static_cast<ssize_t>(as_struct(self)->compiled->codes.size()) + 1;
    return int_from_ssize(self->ob_type->tp_basicsize + codes * 4 * static_cast<ssize_t>(sizeof(void*)));
}

const BuiltinDef STRUCT_METHODS[] = {
    {"iter_unpack", struct_iter_unpack,
     "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\n"
     "invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size."},
    {"pack", struct_pack,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\n"
     "to the format string S.format.  See help(struct) for more on format\nstrings."},
    {"pack_into", struct_pack_into,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string "
     "S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the "
     "offset is a required argument.  See\nhelp(struct) for more on format strings."},
    {"unpack", struct_unpack,
     "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The "
     "buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings."},
    {"unpack_from", struct_unpack_from,
     "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string "
     "Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least "
     "Struct.size.\n\nSee help(struct) for more on format strings."},
    {"__sizeof__", struct_sizeof, "S.__sizeof__() -> size of S in memory, in bytes"},
    {nullptr, nullptr, nullptr},
};

const GetSetDef STRUCT_GETSET[] = {
    {"format", struct_get_format, nullptr, "struct format string"},
    {"size", struct_get_size, nullptr, "struct size in bytes"},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_struct_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_struct.Struct";
    t.tp_basicsize = sizeof(StructObject);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_doc =
        "Struct(format) --> a compiled struct object\n\nPacks and unpacks binary data by the format, which is "
        "read once.\nSee help(struct) for the format strings.";
    t.tp_dealloc = struct_dealloc;
    t.tp_traverse = struct_traverse;
    t.tp_new = struct_tp_new;
    t.tp_init = struct_tp_init;
    t.tp_methods = STRUCT_METHODS;
    t.tp_getset = STRUCT_GETSET;
    return t;
}

TypeObject struct_type = make_struct_type();

// ---- iter_unpack's iterator ---------------------------------------------------------------------

struct UnpackIterObject : Object {
    Object* so;      // the Struct
    Object* buffer;  // bytes or bytearray
    ssize_t index;   // where the next item starts
};

UnpackIterObject* as_iter(Object* o) { return static_cast<UnpackIterObject*>(o); }

void unpackiter_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    clear(as_iter(self)->so);
    clear(as_iter(self)->buffer);
    free_object(self);
}

int unpackiter_traverse(Object* self, visitproc visit, void* arg) {
    for (Object* o : {as_iter(self)->so, as_iter(self)->buffer})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

Object* unpackiter_next(Object* self) {
    UnpackIterObject* it = as_iter(self);
    if (!it->so) return nullptr;
    const CompiledFormat& f = *as_struct(it->so)->compiled;
    std::string_view data;
    (void)bytes_like_view(it->buffer, &data);
    if (it->index + f.size > static_cast<ssize_t>(data.size())) {
        clear(it->so);
        clear(it->buffer);
        return nullptr;
    }
    Object* result = unpack_values(f, data.data() + it->index);
    it->index += f.size;
    return result;
}


Object* unpackiter_length_hint(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
    UnpackIterObject* it = as_iter(self);
    if (!it->so) return int_from_ssize(0);
    std::string_view data;
    (void)bytes_like_view(it->buffer, &data);
    ssize_t left = static_cast<ssize_t>(data.size()) - it->index;
    return int_from_ssize(left > 0 ? left / as_struct(it->so)->compiled->size : 0);
}

const BuiltinDef UNPACKITER_METHODS[] = {
    {"__length_hint__", unpackiter_length_hint, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, nullptr},
};

TypeObject make_unpackiter_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_struct.unpack_iterator";
    t.tp_basicsize = sizeof(UnpackIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = unpackiter_dealloc;
    t.tp_traverse = unpackiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = unpackiter_next;
    t.tp_methods = UNPACKITER_METHODS;
    return t;
}

TypeObject unpackiter_type = make_unpackiter_type();

Object* make_unpack_iterator(StructObject* s, Object* buffer) {
    std::string_view data;
    if (!readable_buffer(buffer, &data)) return nullptr;
    const CompiledFormat& f = *s->compiled;
    if (f.size == 0) {
        set_error(struct_error_type(), "cannot iteratively unpack with a struct of length 0");
        return nullptr;
    }
    if (static_cast<ssize_t>(data.size()) % f.size != 0) {
        set_error_fmt(struct_error_type(), "iterative unpacking requires a buffer of a multiple of {} bytes",
                      f.size);
        return nullptr;
    }
    Object* o = alloc_object(&unpackiter_type);
    if (!o) return no_memory();
    UnpackIterObject* it = as_iter(o);
    it->so = new_ref<Object>(s).release();
    it->buffer = new_ref(buffer).release();
    it->index = 0;
    gc::track(interp().gc, o);
    return o;
}

// ---- the module functions -----------------------------------------------------------------------

// The Struct for a format, from the cache or made now (a new reference).
Object* cache_struct(Object* format) {
    StructState& st = state();
    if (!st.cache) {
        if (!(st.cache = dict_new())) return nullptr;
        rt::interp().static_roots.push_back(st.cache);
    }
    Object* found = dict_getitem(st.cache, format);
    if (found) return new_ref(found).release();
    if (error_occurred()) return nullptr;
    Ref<> s = Ref<>::steal(call(&struct_type, &format, 1));
    if (!s) return nullptr;
    if (dict_size(st.cache) >= MAXCACHE) dict_clear(st.cache);
    if (dict_setitem(st.cache, format, s.get()) < 0) return nullptr;
    return s.release();
}

Object* module_pack(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_struct.pack", kwnames)) return nullptr;
    if (nargs < 1) {
        set_error(&exc::TypeError, "missing format argument");
        return nullptr;
    }
    Ref<> s = Ref<>::steal(cache_struct(args[0]));
    if (!s) return nullptr;
    return do_pack(as_struct(s.get()), args + 1, nargs - 1);
}

Object* module_pack_into(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_struct.pack_into", kwnames)) return nullptr;
    if (nargs < 1) {
        set_error(&exc::TypeError, "missing format argument");
        return nullptr;
    }
    Ref<> s = Ref<>::steal(cache_struct(args[0]));
    if (!s) return nullptr;
    return do_pack_into(as_struct(s.get()), args + 1, nargs - 1);
}

Object* module_unpack(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("unpack", kwnames) || !check_positional("unpack", nargs, 2, 2)) return nullptr;
    Ref<> s = Ref<>::steal(cache_struct(args[0]));
    if (!s) return nullptr;
    return do_unpack(as_struct(s.get()), args[1]);
}

Object* module_unpack_from(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (nargs < 1) {  // the format is positional-only: report it as Clinic does
        static constexpr const char* kw[] = {"", "buffer", "offset"};
        static constexpr ArgParser parser{"unpack_from", kw, 2, 3, 0};
        Object* argv[3];
        (void)unpack_keywords(parser, args, nargs, kwnames, argv);
        return nullptr;
    }
    Ref<> s = Ref<>::steal(cache_struct(args[0]));
    if (!s) return nullptr;
    return unpack_from_args(as_struct(s.get()), args, nargs, kwnames, 1);
}

Object* module_iter_unpack(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("iter_unpack", kwnames) || !check_positional("iter_unpack", nargs, 2, 2)) return nullptr;
    Ref<> s = Ref<>::steal(cache_struct(args[0]));
    if (!s) return nullptr;
    return make_unpack_iterator(as_struct(s.get()), args[1]);
}

Object* module_calcsize(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("_struct.calcsize", nargs, kwnames)) return nullptr;
    Ref<> s = Ref<>::steal(cache_struct(args[0]));
    if (!s) return nullptr;
    return int_from_ssize(as_struct(s.get())->compiled->size);
}

Object* module_clearcache(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("_struct._clearcache", nargs, kwnames)) return nullptr;
    if (state().cache) dict_clear(state().cache);
    return none_ref();
}

const BuiltinDef STRUCT_FUNCTIONS[] = {
    {"_clearcache", module_clearcache, "Clear the internal cache."},
    {"calcsize", module_calcsize, "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", module_iter_unpack,
     "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according "
     "to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be "
     "a multiple of the format struct size."},
    {"pack", module_pack,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed "
     "according\nto the format string.  See help(struct) for more on format strings."},
    {"pack_into", module_pack_into,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format "
     "string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the "
     "offset is a required argument.  See help(struct) for more\non format strings."},
    {"unpack", module_unpack,
     "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes "
     "must be calcsize(format).\n\nSee help(struct) for more on format strings."},
    {"unpack_from", module_unpack_from,
     "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus "
     "offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings."},
};

// struct.error: a plain Exception subclass that says it lives in `struct`.
Object* make_error_class() {
    Ref<> name = Ref<>::steal(str_from_utf8("error"));
    Ref<> bases = Ref<>::steal(tuple_pack({&exc::Exception}));
    Ref<> ns = Ref<>::steal(dict_new());
    Ref<> module = Ref<>::steal(str_from_utf8("struct"));
    if (!name || !bases || !ns || !module || dict_setitem_str(ns.get(), "__module__", module.get()) < 0)
        return nullptr;
    Object* args[] = {name.get(), bases.get(), ns.get()};
    return call(&type_type, args, 3);
}

Object* make_struct_module() {
    Ref<> m = Ref<>::steal(module_new("_struct"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : STRUCT_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    if (type_ready(&struct_type) < 0 || type_ready(&unpackiter_type) < 0) return nullptr;
    StructState& st = state();
    if (!st.error) {
        if (!(st.error = make_error_class())) return nullptr;
        rt::interp().static_roots.push_back(st.error);
    }
    if (dict_setitem_str(d, "Struct", &struct_type) < 0 || dict_setitem_str(d, "error", st.error) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

TypeObject* struct_error_type() { return static_cast<TypeObject*>(state().error); }

void register_struct_module() { register_native_module("_struct", make_struct_module); }

}  // namespace glasspy::stdlib
