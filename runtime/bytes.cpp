// The bytes and bytearray types: layout, allocation, the shared empty and
// one-byte bytes, bytearray's growth policy, and the slots both types share
// (CPython: Objects/bytesobject.c _PyBytes_FromSize, bytes_repr, bytes_hash,
// bytes_richcompare, bytes_concat, bytes_repeat, bytes_item; and
// Objects/bytearrayobject.c PyByteArray_Resize, bytearray_repr).
//
// Invariants: see bytes.hpp.  The caches of the empty and one-byte bytes
// (CPython 3.11's bytes_empty and bytes_characters singletons) are
// function-local statics holding one reference each, for the same reason as
// str's (str.cpp).
#include "runtime/bytes.hpp"

#include <cstdlib>
#include <cstring>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/repr.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

namespace {

// CPython's PyBytesObject_SIZE: the header up to ob_sval (refcount, type,
// size, hash: 32 bytes) plus the NUL.
constexpr ssize_t BYTES_HEADER = static_cast<ssize_t>(sizeof(VarObject) + sizeof(ssize_t)) + 1;
static_assert(sizeof(BytesObject) == 40, "ob_sval follows the 32-byte header (padded to 40)");

Object* bytes_alloc(ssize_t n) {
    auto* b = static_cast<BytesObject*>(alloc_object(&bytes_type, n));
    if (!b) return no_memory();
    b->ob_shash = -1;
    b->ob_sval[n] = '\0';
    return b;
}

Object* get_cached(ssize_t n, unsigned char c) {
    static Object* empty = nullptr;
    static Object* characters[256] = {};
    Object*& slot = n == 0 ? empty : characters[c];
    if (!slot) {
        slot = bytes_alloc(n);
        if (!slot) return nullptr;
        if (n == 1) bytes_data(slot)[0] = static_cast<char>(c);
        interp().static_roots.push_back(slot);
    }
    incref(slot);
    return slot;
}

void bytes_dealloc(Object* self) { free_object(self); }

void bytearray_dealloc(Object* self) {
    auto* a = static_cast<ByteArrayObject*>(self);
    std::free(a->ob_bytes);
    free_object(self);
}

ssize_t bytes_len(Object* self) { return static_cast<VarObject*>(self)->ob_size; }

std::string_view view_of(const Object* o) { return is_bytes(o) ? bytes_view(o) : bytearray_view(o); }

// A result of the same type as self (bytes or bytearray) holding data.
Object* same_type(const Object* self, std::string_view data) {
    return is_bytearray(self) ? bytearray_from(data) : bytes_from(data);
}

TypeObject make_bytes_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "bytes";
    t.tp_basicsize = BYTES_HEADER;
    t.tp_itemsize = 1;
    t.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS;
    t.tp_doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
               "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
               "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
               "bytes() -> empty bytes object";
    t.tp_dealloc = bytes_dealloc;
    t.tp_repr = bytes_repr;
    t.tp_hash = bytes_hash;
    t.tp_richcompare = bytes_richcompare;
    t.sq_length = bytes_len;
    t.sq_concat = bytes_concat;
    t.sq_repeat = bytes_repeat;
    t.sq_item = bytes_item;
    t.tp_iter = bytes_iter;
    t.sq_contains = bytes_contains;
    t.mp_length = bytes_len;
    t.mp_subscript = bytes_subscript;
    // The Python face of the type: its methods and bytes(...) (bytes_type.cpp).
    t.tp_methods = bytes_method_table;
    t.tp_new = bytes_tp_new;
    return t;
}

TypeObject make_bytearray_type() {
    TypeObject t = make_bytes_type();
    t.tp_name = "bytearray";
    t.tp_basicsize = sizeof(ByteArrayObject);
    t.tp_itemsize = 0;
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
               "bytearray(string, encoding[, errors]) -> bytearray\n"
               "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
               "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
               "bytearray() -> empty bytes array";
    t.tp_dealloc = bytearray_dealloc;
    t.tp_hash = hash_not_implemented;  // mutable: CPython's PyObject_HashNotImplemented
    t.tp_methods = bytearray_method_table;
    t.tp_iter = bytearray_iter;
    t.mp_ass_subscript = bytearray_ass_subscript;
    t.tp_new = bytearray_tp_new;
    return t;
}

}  // namespace

TypeObject bytes_type = make_bytes_type();
TypeObject bytearray_type = make_bytearray_type();

// ---- bytes -------------------------------------------------------------------------------------

Object* bytes_new(ssize_t n) {
    if (n < 0) return bad_internal_call("bytes_new: negative size");
    return bytes_alloc(n);
}

Object* bytes_from(std::string_view data) {
    auto n = static_cast<ssize_t>(data.size());
    if (n <= 1) return get_cached(n, n ? static_cast<unsigned char>(data[0]) : 0);
    Object* b = bytes_alloc(n);
    if (b) std::memcpy(bytes_data(b), data.data(), data.size());
    return b;
}

bool is_bytes(const Object* o) { return has_flag(o->ob_type, TPFLAGS_BYTES_SUBCLASS); }

ssize_t bytes_sizeof(const Object* b) { return BYTES_HEADER + bytes_size(b); }

// ---- bytearray -------------------------------------------------------------------------------

bool is_bytearray(const Object* o) {
    for (const TypeObject* t = o->ob_type; t; t = t->tp_base)
        if (t == &bytearray_type) return true;
    return false;
}

Object* bytearray_from(std::string_view data) {
    auto* a = static_cast<ByteArrayObject*>(alloc_object(&bytearray_type));
    if (!a) return no_memory();
    a->ob_size = 0;
    a->ob_alloc = 0;
    a->ob_bytes = a->ob_start = nullptr;
    a->ob_exports = 0;
    if (bytearray_resize(a, static_cast<ssize_t>(data.size())) < 0) {
        decref(a);
        return nullptr;
    }
    if (!data.empty()) std::memcpy(a->ob_start, data.data(), data.size());
    return a;
}

int bytearray_resize(Object* self, ssize_t requested) {
    auto* a = static_cast<ByteArrayObject*>(self);
    if (requested == a->ob_size) return 0;
    if (a->ob_exports > 0) {
        set_error(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    auto size = static_cast<std::size_t>(requested);
    auto alloc = static_cast<std::size_t>(a->ob_alloc);
    // CPython 3.11's policy: shrink to fit when less than half is used; grow
    // by about 1/8 (like list_resize) when the growth is moderate, else to
    // the exact size.  The +1 is the NUL after the content.
    if (size + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1;
        } else {
            a->ob_size = requested;
            a->ob_start[size] = '\0';
            return 0;
        }
    } else if (static_cast<double>(size) <= static_cast<double>(alloc) * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    auto* buffer = static_cast<char*>(std::realloc(a->ob_bytes, alloc));
    if (!buffer) {
        no_memory();
        return -1;
    }
    a->ob_bytes = a->ob_start = buffer;
    a->ob_alloc = static_cast<ssize_t>(alloc);
    a->ob_size = requested;
    buffer[size] = '\0';
    return 0;
}

int bytearray_append(Object* self, int byte) {
    ssize_t n = static_cast<ByteArrayObject*>(self)->ob_size;
    if (bytearray_resize(self, n + 1) < 0) return -1;
    static_cast<ByteArrayObject*>(self)->ob_start[n] = static_cast<char>(byte);
    return 0;
}

ssize_t bytearray_sizeof(const Object* b) {
    return static_cast<ssize_t>(sizeof(ByteArrayObject)) + static_cast<const ByteArrayObject*>(b)->ob_alloc;
}

bool bytes_like_view(const Object* o, std::string_view* out) {
    if (is_bytes(o)) *out = bytes_view(o);
    else if (is_bytearray(o)) *out = bytearray_view(o);
    else return false;
    return true;
}

// ---- the slots ---------------------------------------------------------------------------------

Object* bytes_repr(Object* self) {
    if (!is_bytearray(self)) return str_from_utf8(repr_bytes(bytes_view(self)));
    // bytearray_repr differs from bytes' in one detail: it escapes a single
    // quote even when the text is delimited by double quotes.
    std::string text = repr_bytes(bytearray_view(self));
    if (text[1] == '"') {
        std::string escaped = "b\"";
        for (std::size_t i = 2; i + 1 < text.size(); ++i) {
            if (text[i] == '\\') {
                escaped += text.substr(i, 2);
                ++i;
                continue;
            }
            if (text[i] == '\'') escaped += '\\';
            escaped += text[i];
        }
        text = escaped + '"';
    }
    return str_from_utf8(std::string(self->ob_type->tp_name) + "(" + text + ")");
}

ssize_t bytes_hash(Object* self) {
    auto* b = static_cast<BytesObject*>(self);
    if (b->ob_shash == -1) b->ob_shash = hash_bytes(b->ob_sval, b->ob_size);
    return b->ob_shash;
}

Object* bytes_richcompare(Object* a, Object* b, int op) {
    std::string_view x, y;
    if (!bytes_like_view(a, &x) || !bytes_like_view(b, &y)) {
        // bytes == str is False without an error (a BytesWarning under -b).
        incref(NotImplemented());
        return NotImplemented();
    }
    int c = x.compare(y);
    bool r = op == EQ ? c == 0 : op == NE ? c != 0 : op == LT ? c < 0 : op == LE ? c <= 0 : op == GT ? c > 0 : c >= 0;
    return bool_from(r);
}

Object* bytes_concat(Object* a, Object* b) {
    std::string_view x, y;
    if (!bytes_like_view(a, &x) || !bytes_like_view(b, &y)) {
        set_error_fmt(&exc::TypeError, "can't concat {} to {}", b->ob_type->tp_name, a->ob_type->tp_name);
        return nullptr;
    }
    if (is_bytes(a) && y.empty() && a->ob_type == &bytes_type) return incref(a), a;
    std::string joined(x);
    joined += y;
    return same_type(a, joined);
}

Object* bytes_repeat(Object* self, ssize_t n) {
    std::string_view v = view_of(self);
    if (n < 0) n = 0;
    if (n == 1 && self->ob_type == &bytes_type) return incref(self), self;
    if (!v.empty() && n > PTRDIFF_MAX / static_cast<ssize_t>(v.size())) return no_memory();
    std::string out;
    out.reserve(v.size() * static_cast<std::size_t>(n));
    for (ssize_t i = 0; i < n; ++i) out += v;
    return same_type(self, out);
}

Object* bytes_item(Object* self, ssize_t i) {
    std::string_view v = view_of(self);
    if (i < 0 || i >= static_cast<ssize_t>(v.size())) {
        set_error(&exc::IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
        return nullptr;
    }
    return int_from_ssize(static_cast<unsigned char>(v[static_cast<std::size_t>(i)]));
}

Object* bytes_subscript(Object* self, Object* key) {
    if (is_int(key)) {
        ssize_t i;
        if (!int_as_ssize(key, &i)) {
            if (error_matches(&exc::OverflowError)) {
                clear_error();
                set_error(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return nullptr;
        }
        if (i < 0) i += static_cast<ssize_t>(view_of(self).size());
        return bytes_item(self, i);
    }
    if (is_slice(key)) {
        std::string_view v = view_of(self);
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, static_cast<ssize_t>(v.size()), &start, &stop, &step);
        if (n < 0) return nullptr;
        // The whole of a bytes is the bytes itself, as in CPython.
        if (step == 1 && n == static_cast<ssize_t>(v.size()) && self->ob_type == &bytes_type)
            return incref(self), self;
        std::string out;
        out.reserve(static_cast<std::size_t>(n));
        for (ssize_t k = 0, i = start; k < n; ++k, i += step) out += v[static_cast<std::size_t>(i)];
        return same_type(self, out);
    }
    set_error_fmt(&exc::TypeError, "{} indices must be integers or slices, not {}",
                  is_bytearray(self) ? "bytearray" : "byte", key->ob_type->tp_name);
    return nullptr;
}

int bytes_contains(Object* self, Object* x) {
    std::string_view v = view_of(self), sub;
    if (is_int(x)) {
        ssize_t byte;
        if (!int_as_ssize(x, &byte) || byte < 0 || byte > 255) {
            clear_error();
            set_error(&exc::ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return v.find(static_cast<char>(byte)) != std::string_view::npos;
    }
    if (!bytes_like_view(x, &sub)) {
        set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", x->ob_type->tp_name);
        return -1;
    }
    return v.find(sub) != std::string_view::npos;
}

}  // namespace glasspy::rt
