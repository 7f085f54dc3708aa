// str (CPython: Objects/unicodeobject.c, Include/cpython/unicodeobject.h).
//
// OWNER: the text work (str.cpp and friends).  The first block of functions
// below are the ones the rest of the runtime relies on; keep their
// signatures.
//
// Representation, as CPython 3.11's compact strings (PEP 393): the
// characters are stored inline with 1, 2 or 4 bytes each (the "kind"), the
// smallest kind that holds the widest character, so indexing is O(1).  A
// pure-ASCII string is a 48-byte StrObject header followed by its
// characters and a NUL; any other string has the 72-byte CompactStrObject
// header.  That is why sys.getsizeof('') == 49, sys.getsizeof('a') == 50,
// sys.getsizeof('é') == 74 (72 + 2 * 1), sys.getsizeof('€') == 76 (72 + 2 * 2)
// and sys.getsizeof('😀') == 80 (72 + 2 * 4), as in CPython.
//
// Invariants:
// - A str is immutable once returned to a caller; only the function that
//   allocated it with str_new may write its characters, before anyone else
//   sees it.
// - kind is the smallest of 1/2/4 that holds the widest character, and
//   ascii is set iff every character is < 128: two equal strings therefore
//   always have the same kind, so equality can compare bytes.
// - hash is -1 until first computed (the hash of the text can never be -1).
// - The empty string and every one-character string below U+0100 are shared
//   objects (CPython's unicode_empty and latin-1 singletons): '' is '' and
//   'abc'[0] is 'a'.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject str_type;

// ---- layout ------------------------------------------------------------------------------

// The interned state (CPython: SSTATE_*).  Interned strings are "mortal" as
// in 3.11: the intern table does not own a reference to them, and a dying
// interned string removes itself from the table.
enum StrInterned : unsigned { SSTATE_NOT_INTERNED = 0, SSTATE_INTERNED_MORTAL = 1 };

// CPython's PyASCIIObject: the whole header of an ASCII string.
struct StrObject : Object {
    ssize_t length;  // in code points
    ssize_t hash;    // -1: not computed yet
    struct {
        unsigned int interned : 2;
        unsigned int kind : 3;  // 1, 2 or 4 bytes per character
        unsigned int compact : 1;  // always 1: characters follow the header
        unsigned int ascii : 1;
        unsigned int ready : 1;  // always 1 (PEP 393 "ready"; legacy strings do not exist)
        unsigned int : 24;
    } state;
    // CPython 3.11's deprecated wchar_t* cache (PEP 623).  glasspy never
    // fills it; the field is kept so that the header, and therefore
    // sys.getsizeof, is CPython's.
    wchar_t* wstr;
};

// CPython's PyCompactUnicodeObject: the header of a non-ASCII string.
struct CompactStrObject : StrObject {
    ssize_t utf8_length;  // 0 while utf8 is null
    char* utf8;           // cached UTF-8 (null: not made; glasspy does not cache it yet)
    ssize_t wstr_length;  // belongs with wstr: always 0
};

static_assert(sizeof(StrObject) == 48, "CPython 3.11's PyASCIIObject is 48 bytes");
static_assert(sizeof(CompactStrObject) == 72, "CPython 3.11's PyCompactUnicodeObject is 72 bytes");

inline const StrObject* as_str(const Object* s) { return static_cast<const StrObject*>(s); }
inline int str_kind(const Object* s) { return as_str(s)->state.kind; }
inline bool str_is_ascii(const Object* s) { return as_str(s)->state.ascii; }
// The characters, str_kind(s) bytes each, followed by a NUL character.
inline void* str_data(Object* s) {
    auto* a = static_cast<StrObject*>(s);
    return a->state.ascii ? static_cast<void*>(a + 1)
                          : static_cast<void*>(static_cast<CompactStrObject*>(a) + 1);
}
inline const void* str_data(const Object* s) { return str_data(const_cast<Object*>(s)); }

// ---- the API the rest of the runtime relies on ---------------------------------------------

// A new str from UTF-8 text (invalid UTF-8 is a UnicodeDecodeError) or from
// code points (lone surrogates allowed, as in Python).  Code that works on
// str should not go through code points: str_kind.hpp has the tools to work
// on a string's own 1-, 2- or 4-byte storage.
Object* str_from_utf8(std::string_view utf8);
Object* str_from_code_points(std::u32string_view code_points);
// The text as UTF-8 (surrogates in their 3-byte form).
std::string str_to_utf8(const Object* s);
// Inline: the interpreter and every str method ask these constantly.
inline ssize_t str_length(const Object* s) { return as_str(s)->length; }
inline char32_t str_at(const Object* s, ssize_t index) {  // no bounds check
    switch (str_kind(s)) {
        case 1: return static_cast<const std::uint8_t*>(str_data(s))[index];
        case 2: return static_cast<const std::uint16_t*>(str_data(s))[index];
        default: return static_cast<const char32_t*>(str_data(s))[index];
    }
}
inline bool is_str(const Object* o) { return has_flag(o->ob_type, TPFLAGS_UNICODE_SUBCLASS); }
// Whether s equals the ASCII text (fast, no allocation): for names.
bool str_equals_ascii(const Object* s, std::string_view ascii);
// An interned str (one object per distinct text, as sys.intern): for
// identifiers and attribute names.  A new reference.
Object* str_intern(std::string_view utf8);

// ---- more construction and access ----------------------------------------------------------

// A new, unshared str of `length` characters able to hold maxchar, its
// characters uninitialised (the caller fills them through str_data before
// anyone sees it; CPython: PyUnicode_New).  Null with MemoryError.
Object* str_new(ssize_t length, char32_t maxchar);
// From Latin-1 bytes (each byte one code point).
Object* str_from_latin1(std::string_view latin1);
// The text as code points.
std::u32string str_to_u32(const Object* s);
// sys.intern(s): the interned str equal to s (s itself if it becomes the
// interned one).  Takes over the caller's reference to s; returns a new one.
Object* str_intern_object(Object* s);
bool str_is_interned(const Object* s);
// The header and characters of a str, in bytes (where a subclass's
// __dict__ pointer goes after them).
std::size_t str_content_size(const Object* s);
// An instance of `type` (a str subclass) with value's characters; takes
// over the reference to value (may be null).
Object* str_subtype_copy(TypeObject* type, Object* value);
// sys.getsizeof(s) without the GC header (str has none).
ssize_t str_sizeof(const Object* s);
// Whether two str are equal (same length, same characters).
bool str_equal(const Object* a, const Object* b);
// Code-point order: <0, 0, >0.
int str_compare(const Object* a, const Object* b);

// ---- the slots ---------------------------------------------------------------------------
Object* str_repr(Object* s);                     // tp_repr
ssize_t str_hash(Object* s);                     // tp_hash: SipHash-1-3 of the characters
Object* str_richcompare(Object* a, Object* b, int op);
Object* str_concat(Object* a, Object* b);        // sq_concat: TypeError unless b is a str
Object* str_repeat(Object* s, ssize_t n);        // sq_repeat
Object* str_iter(Object* s);                     // tp_iter: a str_ascii_iterator or str_iterator (text_iterators.cpp)
Object* str_item(Object* s, ssize_t i);          // sq_item: "string index out of range"
int str_contains(Object* s, Object* sub);        // sq_contains
Object* str_subscript(Object* s, Object* key);   // mp_subscript: integers and slices

// ---- hashing (CPython: Python/pyhash.c) -------------------------------------------------------
// SipHash-1-3 of raw bytes with the process's key, as CPython's
// _Py_HashBytes: 0 for no bytes, never -1.  str and bytes with the same
// content hash alike because both hash their raw data.  The key is zero
// when PYTHONHASHSEED=0, derived from the seed by CPython's LCG when it is
// another number, random otherwise: so hash('abc') matches CPython's run
// with the same PYTHONHASHSEED.  str_hash.cpp.
ssize_t hash_bytes(const void* data, ssize_t size);
std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const void* data, ssize_t size);

// ---- codecs (str_codecs.cpp) -------------------------------------------------------------------
// bytes.decode / str.encode for 'utf-8', 'ascii' and 'latin-1' (and their
// aliases) with errors='strict'.  Unknown encodings are LookupError
// "unknown encoding: x"; other error handlers are not there yet (#text).
Object* str_decode(std::string_view data, std::string_view encoding = "utf-8",
                   std::string_view errors = "strict");
Object* str_encode(Object* s, std::string_view encoding = "utf-8",
                   std::string_view errors = "strict");
// The text of UnicodeDecodeError / UnicodeEncodeError as CPython's
// UnicodeDecodeError_str / UnicodeEncodeError_str write it from the
// exception's fields (end is exclusive): for the exception types' __str__.
std::string unicode_decode_error_message(std::string_view encoding, std::string_view object,
                                         ssize_t start, ssize_t end, std::string_view reason);
std::string unicode_encode_error_message(std::string_view encoding, std::u32string_view object,
                                         ssize_t start, ssize_t end, std::string_view reason);

}  // namespace glasspy::rt

#include "runtime/str_methods.hpp"
