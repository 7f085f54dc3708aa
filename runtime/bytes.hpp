// bytes and bytearray (CPython: Objects/bytesobject.c, Objects/bytearrayobject.c,
// Include/cpython/bytesobject.h, bytearrayobject.h).
//
// OWNER: the text work (bytes.cpp, bytes_methods.cpp).
//
// bytes is immutable: a variable-size object whose ob_size bytes follow the
// header inline, NUL-terminated, with a cached hash (CPython's
// PyBytesObject).  The header is 32 bytes and the type's basicsize 33 (the
// NUL), so sys.getsizeof(b'') == 33 and sys.getsizeof(b'abc') == 36 as in
// CPython.  The empty bytes and the 256 one-byte bytes are shared.
//
// bytearray is mutable: a 56-byte header pointing at a separate buffer of
// ob_alloc bytes (with room to grow, as CPython's PyByteArray_Resize
// over-allocates), so sys.getsizeof(bytearray()) == 56 and
// sys.getsizeof(bytearray(b'abc')) == 60 (56 + 3 + the NUL).
//
// Invariants: ob_start == ob_bytes (glasspy does not yet keep the deleted
// prefix of `del ba[:n]` as CPython does); the buffer always has a NUL after
// ob_size bytes when ob_alloc > 0; an empty bytearray may have no buffer.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject bytes_type;
extern TypeObject bytearray_type;

struct BytesObject : VarObject {
    ssize_t ob_shash;  // -1 until computed
    char ob_sval[1];   // ob_size bytes and a NUL
};

struct ByteArrayObject : VarObject {
    ssize_t ob_alloc;    // bytes allocated at ob_bytes (0: no buffer)
    char* ob_bytes;      // the buffer (owned), or null
    char* ob_start;      // where the content starts within it
    ssize_t ob_exports;  // how many buffer views are open (resizing is refused then)
};

// ---- bytes ---------------------------------------------------------------------------------
Object* bytes_from(std::string_view data);  // a new reference (maybe a shared one)
// A new, unshared bytes of n uninitialised bytes for the caller to fill.
Object* bytes_new(ssize_t n);
bool is_bytes(const Object* o);
inline char* bytes_data(Object* b) { return static_cast<BytesObject*>(b)->ob_sval; }
inline ssize_t bytes_size(const Object* b) { return static_cast<const VarObject*>(b)->ob_size; }
inline std::string_view bytes_view(const Object* b) {
    return {static_cast<const BytesObject*>(b)->ob_sval, static_cast<std::size_t>(bytes_size(b))};
}
ssize_t bytes_sizeof(const Object* b);
// tp_iter of bytes and bytearray: a bytes_iterator, a bytearray_iterator (text_iterators.cpp).
Object* bytes_iter(Object* b);
Object* bytearray_iter(Object* b);

// ---- bytearray -------------------------------------------------------------------------------
Object* bytearray_from(std::string_view data);
bool is_bytearray(const Object* o);
inline std::string_view bytearray_view(const Object* b) {
    auto* a = static_cast<const ByteArrayObject*>(b);
    return {a->ob_start ? a->ob_start : "", static_cast<std::size_t>(a->ob_size)};
}
// Sets the size, growing the buffer as CPython's PyByteArray_Resize does:
// 0, or -1 with MemoryError / BufferError.
int bytearray_resize(Object* b, ssize_t size);
int bytearray_append(Object* b, int byte);  // bytearray.append for 0..255
ssize_t bytearray_sizeof(const Object* b);
// b[i] = v, b[i:j] = data, del b[...] (bytearray_mutation.cpp), and the
// methods that change a bytearray in place.
int bytearray_ass_subscript(Object* self, Object* key, Object* value);
Object* bytearray_extend(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
Object* bytearray_insert(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
Object* bytearray_pop(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
Object* bytearray_remove(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
Object* bytearray_reverse(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
Object* bytearray_clear(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
Object* bytearray_copy(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);

// The content of a bytes or bytearray (for methods that take either, the
// "bytes-like objects" of CPython's messages); false if o is neither.
bool bytes_like_view(const Object* o, std::string_view* out);
// The content of self, a bytes or bytearray a method was called on.
inline std::string_view bytes_content(const Object* self) {
    std::string_view v;
    (void)bytes_like_view(self, &v);
    return v;
}
// A new object of self's kind (bytes or bytearray) holding data: what a
// method of both returns.
inline Object* bytes_like_new(const Object* self, std::string_view data) {
    return is_bytearray(self) ? bytearray_from(data) : bytes_from(data);
}

// ---- slots shared by both types ----------------------------------------------------------------
Object* bytes_repr(Object* b);  // b'...' / bytearray(b'...')
ssize_t bytes_hash(Object* b);  // same as hash() of the equal ASCII str
Object* bytes_richcompare(Object* a, Object* b, int op);
Object* bytes_concat(Object* a, Object* b);
Object* bytes_repeat(Object* b, ssize_t n);
Object* bytes_item(Object* b, ssize_t i);  // an int: "index out of range"
int bytes_contains(Object* b, Object* x);  // an int 0..255 or bytes-like
Object* bytes_subscript(Object* b, Object* key);

// ---- methods (bytes_methods.cpp).  Each returns the same type as self: bytes
// for bytes, bytearray for bytearray.  Optional arguments: null = absent/None.
Object* bytes_decode(Object* self, std::string_view encoding = "utf-8",
                     std::string_view errors = "strict");
Object* bytes_join(Object* self, Object* iterable);
Object* bytes_split(Object* self, Object* sep = nullptr, ssize_t maxsplit = -1);
Object* bytes_rsplit(Object* self, Object* sep = nullptr, ssize_t maxsplit = -1);
Object* bytes_strip(Object* self, Object* chars = nullptr);
Object* bytes_lstrip(Object* self, Object* chars = nullptr);
Object* bytes_rstrip(Object* self, Object* chars = nullptr);
Object* bytes_replace(Object* self, Object* old, Object* new_, ssize_t count = -1);
// find/rfind/count: -1 if absent, -2 on error; index/rindex: -1 on error
// (ValueError "subsequence not found").  start/end as in a slice.
ssize_t bytes_find(Object* self, Object* sub, ssize_t start = 0, ssize_t end = PTRDIFF_MAX);
ssize_t bytes_rfind(Object* self, Object* sub, ssize_t start = 0, ssize_t end = PTRDIFF_MAX);
ssize_t bytes_index(Object* self, Object* sub, ssize_t start = 0, ssize_t end = PTRDIFF_MAX);
ssize_t bytes_rindex(Object* self, Object* sub, ssize_t start = 0, ssize_t end = PTRDIFF_MAX);
ssize_t bytes_count(Object* self, Object* sub, ssize_t start = 0, ssize_t end = PTRDIFF_MAX);
// prefix: bytes-like or a tuple of them; 1, 0, or -1 on error.
int bytes_startswith(Object* self, Object* prefix, ssize_t start = 0, ssize_t end = PTRDIFF_MAX);
int bytes_endswith(Object* self, Object* suffix, ssize_t start = 0, ssize_t end = PTRDIFF_MAX);
Object* bytes_upper(Object* self);
Object* bytes_lower(Object* self);
// bytes.hex([sep[, bytes_per_sep]]); sep null: none.
Object* bytes_hex(Object* self, Object* sep = nullptr, ssize_t bytes_per_sep = 1);
// bytes.fromhex(s) / bytearray.fromhex(s) (type: &bytes_type or &bytearray_type).
Object* bytes_fromhex(TypeObject* type, Object* s);

}  // namespace glasspy::rt
