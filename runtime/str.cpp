// The str type: PEP 393 compact strings, their allocation, the shared empty
// and one-character strings, interning, the type's slots, and the building
// blocks of str_kind.hpp that work on a string's own storage (CPython:
// Objects/unicodeobject.c: PyUnicode_New, unicode_dealloc, unicode_result,
// get_latin1_char, PyUnicode_InternInPlace, unicode_repr, unicode_hash,
// PyUnicode_RichCompare, PyUnicode_Concat, unicode_repeat, unicode_getitem,
// PyUnicode_Substring, PyUnicode_FromKindAndData,
// _PyUnicode_FastCopyCharacters).
//
// Invariants (see str.hpp for the layout): every str that leaves this file is
// in canonical form (smallest kind, ascii flag exact); the empty and latin-1
// one-character strings are made once, kept alive by the cache that holds
// one reference to each, and returned instead of a new object wherever a
// result has that value.  Nothing here goes through code points: results
// are copied, widened or narrowed straight between the kinds.
//
// Where the caches (and the pool of freed small strings) live: the interpreter state would be their natural home
// (STYLE: no globals), but there is one interpreter per process and str is
// needed before the state is complete, so they are function-local statics
// here, as CPython 3.11 keeps them in _PyRuntime's static strings.  Move them
// into InterpreterState when subinterpreters appear.
#include "runtime/str.hpp"

#include "runtime/slice.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/str_search.hpp"
#include "runtime/str_writer.hpp"

#include <cstdlib>
#include <cstring>
#include <type_traits>
#include <unordered_set>

#include "gc/gc_head.hpp"
#include "runtime/alloc.hpp"
#include "runtime/obmalloc.hpp"
#include "runtime/state.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/type_methods.hpp"
#include "runtime/unicode.hpp"

namespace glasspy::rt {

namespace {

// The kind and ascii flag that the widest character calls for.
int kind_for(char32_t maxchar) { return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4; }

void write_char(Object* s, ssize_t i, char32_t c) {
    void* data = str_data(s);
    switch (str_kind(s)) {
        case 1: static_cast<std::uint8_t*>(data)[i] = static_cast<std::uint8_t>(c); break;
        case 2: static_cast<std::uint16_t*>(data)[i] = static_cast<std::uint16_t>(c); break;
        default: static_cast<std::uint32_t*>(data)[i] = static_cast<std::uint32_t>(c); break;
    }
}

// The shared '' and the one-character strings U+0000..U+00FF.
Object*& empty_slot() {
    static Object* empty = nullptr;
    return empty;
}

Object* get_empty() {
    Object*& e = empty_slot();
    if (!e) {
        e = str_new(0, 0);
        if (!e) return nullptr;
        interp().static_roots.push_back(e);
    }
    incref(e);
    return e;
}

Object* get_latin1_char(char32_t c) {
    static Object* latin1[256] = {};
    Object*& slot = latin1[c];
    if (!slot) {
        slot = str_new(1, c);
        if (!slot) return nullptr;
        write_char(slot, 0, c);
        interp().static_roots.push_back(slot);
    }
    incref(slot);
    return slot;
}

// ---- the intern table ----------------------------------------------------------------------
// A set of str compared by content.  It holds borrowed pointers: an interned
// str is "mortal" (CPython 3.11 SSTATE_INTERNED_MORTAL) and str_dealloc
// removes it from the table when its last reference goes, so
// sys.getrefcount of an interned name counts only real references.
struct ContentHash {
    std::size_t operator()(Object* s) const { return static_cast<std::size_t>(str_hash(s)); }
};
struct ContentEqual {
    bool operator()(Object* a, Object* b) const { return str_equal(a, b); }
};
using InternTable = std::unordered_set<Object*, ContentHash, ContentEqual>;

InternTable& interned() {
    static InternTable table;
    return table;
}

// ---- memory ------------------------------------------------------------------------------------
// A str's header and characters are one block from the small-object
// allocator (obmalloc.cpp), as CPython's come from pymalloc: a split's dozen
// pieces are made and freed without touching malloc.

void str_dealloc(Object* self) {
    auto* s = static_cast<StrObject*>(self);
    if (s->state.interned == SSTATE_INTERNED_MORTAL) {
        // The table's lookup hashes and compares the dying string: give it a
        // count again for that moment, as CPython's unicode_dealloc does.
        s->ob_refcnt = 1;
        interned().erase(self);
        s->ob_refcnt = 0;
    }
    if (!s->state.ascii) std::free(static_cast<CompactStrObject*>(s)->utf8);
    free_object(self);
}

// str.__str__: an exact str is itself; an instance of a subclass gives an
// exact copy, so str(S('x')) is a str (CPython: unicode_str,
// unicode_result_unchanged).  A subclass that defines __str__ does not get here.
Object* str_str(Object* self) { return str_substring(self, 0, str_length(self)); }

ssize_t str_len(Object* self) { return as_str(self)->length; }

// `format % args`: only when the left operand is a str; otherwise the other
// operand's __rmod__ gets its turn (CPython: unicode_mod).
Object* str_remainder(Object* left, Object* right) {
    if (!is_str(left)) {
        incref(NotImplemented());
        return NotImplemented();
    }
    return str_percent_format(left, right);
}

TypeObject make_str_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "str";
    // CPython's str.__basicsize__ is sizeof(PyUnicodeObject) (80), the layout of
    // subclass instances; exact str objects are sized by str_new.
    t.tp_basicsize = sizeof(CompactStrObject) + sizeof(void*);
    t.tp_itemsize = 0;
    t.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS;
    t.tp_doc =
        "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
        "Create a new string object from the given object.";
    t.tp_dealloc = str_dealloc;
    t.tp_repr = str_repr;
    t.tp_str = str_str;
    t.tp_hash = str_hash;
    t.tp_richcompare = str_richcompare;
    t.sq_length = str_len;
    t.sq_concat = str_concat;
    t.sq_repeat = str_repeat;
    t.sq_item = str_item;
    t.tp_iter = str_iter;
    t.sq_contains = str_contains;
    t.mp_length = str_len;
    t.mp_subscript = str_subscript;
    // format % args (printf-style formatting, str_percent_format)
    t.nb_remainder = str_remainder;
    // The Python face of the type: its methods and str(...) (str_type.cpp).
    t.tp_methods = str_method_table;
    t.tp_new = str_tp_new;
    return t;
}

}  // namespace

TypeObject str_type = make_str_type();

// ---- allocation ------------------------------------------------------------------------------

Object* str_new(ssize_t length, char32_t maxchar) {
    if (length < 0) return bad_internal_call("str_new: negative length");
    int kind = kind_for(maxchar);
    bool ascii = maxchar < 0x80;
    std::size_t header = ascii ? sizeof(StrObject) : sizeof(CompactStrObject);
    if (static_cast<std::size_t>(length) > (SIZE_MAX - header) / 4 - 1) return no_memory();
    // The characters and their NUL terminator follow the header, in one
    // block from object_malloc, as alloc_object's for types without a GC
    // header, so that free_object releases it; str_new sets the header the
    // same way.
    std::size_t size = header + static_cast<std::size_t>(length + 1) * static_cast<std::size_t>(kind);
    auto* s = static_cast<StrObject*>(object_malloc(size));
    if (!s) return no_memory();
    s->ob_refcnt = 1;
    s->ob_type = &str_type;
    incref(&str_type);
    s->length = length;
    s->hash = -1;
    s->state.interned = SSTATE_NOT_INTERNED;
    s->state.kind = static_cast<unsigned>(kind);
    s->state.compact = 1;
    s->state.ascii = ascii;
    s->state.ready = 1;
    s->wstr = nullptr;
    if (!ascii) {
        auto* c = static_cast<CompactStrObject*>(s);
        c->utf8_length = 0;
        c->utf8 = nullptr;
        c->wstr_length = 0;
    }
    write_char(s, length, 0);
    if (tracing::wants(tracing::ALLOC)) tracing::object_allocated(s);
    return s;
}

std::size_t str_content_size(const Object* s) {
    const StrObject* a = as_str(s);
    std::size_t header = a->state.ascii ? sizeof(StrObject) : sizeof(CompactStrObject);
    return header + static_cast<std::size_t>(a->length + 1) * a->state.kind;
}

Object* str_subtype_copy(TypeObject* type, Object* value) {
    if (!value) return nullptr;
    Ref<> held = Ref<>::steal(value);
    // The characters stay inline after the header, as in a str; the
    // instance's __dict__ pointer follows them (dict_slot).
    std::size_t content = (str_content_size(value) + sizeof(Object*) - 1) & ~(sizeof(Object*) - 1);
    std::size_t size = content + sizeof(Object*);
    Object* o = has_flag(type, TPFLAGS_HAVE_GC) ? gc::alloc(interp().gc, size) : static_cast<Object*>(object_malloc(size));
    if (!o) return no_memory();
    std::memcpy(static_cast<void*>(o), static_cast<const void*>(value), str_content_size(value));
    o->ob_refcnt = 1;
    o->ob_type = type;
    incref(type);
    auto* s = static_cast<StrObject*>(o);
    s->state.interned = SSTATE_NOT_INTERNED;
    if (!s->state.ascii) {
        static_cast<CompactStrObject*>(s)->utf8 = nullptr;
        static_cast<CompactStrObject*>(s)->utf8_length = 0;
    }
    *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + content) = nullptr;
    if (tracing::wants(tracing::ALLOC)) tracing::object_allocated(o);
    if (has_flag(type, TPFLAGS_HAVE_GC)) gc::track(interp().gc, o);
    return o;
}

Object* str_from_code_points(std::u32string_view cps) {
    return str_from_kind_data(4, cps.data(), static_cast<ssize_t>(cps.size()));
}

Object* str_from_latin1(std::string_view latin1) {
    return str_from_kind_data(1, latin1.data(), static_cast<ssize_t>(latin1.size()));
}

// ---- building from native storage (str_kind.hpp) ---------------------------------------------

Object* str_empty() { return get_empty(); }
Object* str_latin1_char(char32_t c) { return get_latin1_char(c); }

Object* str_from_char(char32_t c) {
    if (c < 0x100) return get_latin1_char(c);
    Object* s = str_new(1, c);
    if (s) write_char(s, 0, c);
    return s;
}

namespace {

template <typename To, typename From> void convert_chars(To* dst, const From* src, ssize_t n) {
    if constexpr (sizeof(To) == sizeof(From)) {
        std::memcpy(dst, src, static_cast<std::size_t>(n) * sizeof(To));
    } else {
        for (ssize_t i = 0; i < n; ++i) dst[i] = static_cast<To>(src[i]);
    }
}

template <typename To> void convert_from_kind(To* dst, const void* src, int src_kind, ssize_t n) {
    switch (src_kind) {
        case 1: convert_chars(dst, static_cast<const std::uint8_t*>(src), n); break;
        case 2: convert_chars(dst, static_cast<const std::uint16_t*>(src), n); break;
        default: convert_chars(dst, static_cast<const char32_t*>(src), n); break;
    }
}

// The bits of every character ORed together: since the kind thresholds
// (0x80, 0x100, 0x10000) are powers of two, this tells the range of the
// widest character as exactly as a maximum would, and vectorises better.
template <typename Char> std::uint32_t or_of_chars(const Char* p, ssize_t n) {
    std::uint32_t bits = 0;
    for (ssize_t i = 0; i < n; ++i) bits |= p[i];
    return bits;
}

}  // namespace

void copy_kind_chars(void* dst, int dst_kind, const void* src, int src_kind, ssize_t n) {
    switch (dst_kind) {
        case 1: convert_from_kind(static_cast<std::uint8_t*>(dst), src, src_kind, n); break;
        case 2: convert_from_kind(static_cast<std::uint16_t*>(dst), src, src_kind, n); break;
        default: convert_from_kind(static_cast<char32_t*>(dst), src, src_kind, n); break;
    }
}

char32_t kind_data_bound(int kind, const void* data, ssize_t n) {
    switch (kind) {
        case 1: return char_max_bound(or_of_chars(static_cast<const std::uint8_t*>(data), n));
        case 2: return char_max_bound(or_of_chars(static_cast<const std::uint16_t*>(data), n));
        default: return char_max_bound(or_of_chars(static_cast<const char32_t*>(data), n));
    }
}

Object* str_from_kind_data(int kind, const void* data, ssize_t n) {
    if (n == 0) return get_empty();
    char32_t bound = kind_data_bound(kind, data, n);
    if (n == 1 && bound <= 0xFF) return get_latin1_char(static_cast<const std::uint8_t*>(data)[0]);
    Object* s = str_new(n, bound);
    if (!s) return nullptr;
    copy_kind_chars(str_data(s), str_kind(s), data, kind, n);
    return s;
}

void str_copy_chars(Object* to, ssize_t to_start, const Object* from, ssize_t from_start, ssize_t n) {
    int to_kind = str_kind(to), from_kind = str_kind(from);
    if (to_kind == from_kind) {
        std::memcpy(static_cast<char*>(str_data(to)) + to_start * to_kind,
                    static_cast<const char*>(str_data(from)) + from_start * from_kind,
                    static_cast<std::size_t>(n * to_kind));
        return;
    }
    copy_kind_chars(static_cast<char*>(str_data(to)) + to_start * to_kind, to_kind,
                    static_cast<const char*>(str_data(from)) + from_start * from_kind, from_kind, n);
}

Object* str_substring(Object* s, ssize_t start, ssize_t end) {
    ssize_t n = end - start;
    if (n <= 0) return get_empty();
    if (n == str_length(s) && s->ob_type == &str_type) {
        incref(s);
        return s;
    }
    if (n == 1) return str_from_char(str_at(s, start));
    int kind = str_kind(s);
    const char* from = static_cast<const char*>(str_data(s)) + start * kind;
    if (str_is_ascii(s)) {
        // An ASCII string's pieces are ASCII: no scan needed.
        Object* r = str_new(n, 0x7F);
        if (r) std::memcpy(str_data(r), from, static_cast<std::size_t>(n));
        return r;
    }
    return str_from_kind_data(kind, from, n);
}

Object* str_from_utf8(std::string_view utf8) {
    // Pure ASCII, the common case for names and literals, copies straight in.
    bool ascii = true;
    for (char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (!ascii) return str_decode(utf8, "utf-8", "strict");
    auto n = static_cast<ssize_t>(utf8.size());
    if (n <= 1) return n == 0 ? get_empty() : get_latin1_char(static_cast<unsigned char>(utf8[0]));
    Object* s = str_new(n, 0x7F);
    if (s) std::memcpy(str_data(s), utf8.data(), utf8.size());
    return s;
}

// ---- access --------------------------------------------------------------------------------------

std::u32string str_to_u32(const Object* s) {
    ssize_t n = str_length(s);
    std::u32string out(static_cast<std::size_t>(n), U'\0');
    copy_kind_chars(out.data(), 4, str_data(s), str_kind(s), n);
    return out;
}

std::string str_to_utf8(const Object* s) {
    if (str_is_ascii(s))
        return std::string(static_cast<const char*>(str_data(s)), static_cast<std::size_t>(str_length(s)));
    std::string out;
    out.reserve(static_cast<std::size_t>(str_length(s)) * 2);
    with_str_chars(s, [&](const auto* p) {
        for (ssize_t i = 0, n = str_length(s); i < n; ++i) unicode::append_utf8(out, p[i]);
    });
    return out;
}

bool str_equals_ascii(const Object* s, std::string_view ascii) {
    return str_is_ascii(s) && static_cast<std::size_t>(str_length(s)) == ascii.size() &&
           std::memcmp(str_data(s), ascii.data(), ascii.size()) == 0;
}

bool str_equal(const Object* a, const Object* b) {
    if (a == b) return true;
    // Canonical kinds: equal text means equal kind, so the bytes decide.
    if (str_length(a) != str_length(b) || str_kind(a) != str_kind(b)) return false;
    return std::memcmp(str_data(a), str_data(b),
                       static_cast<std::size_t>(str_length(a) * str_kind(a))) == 0;
}

namespace {

template <typename A, typename B> int compare_chars(const A* a, const B* b, ssize_t n) {
    if constexpr (std::is_same_v<A, std::uint8_t> && std::is_same_v<B, std::uint8_t>) {
        // Bytes compare as unsigned, which is code-point order for kind 1.
        int c = std::memcmp(a, b, static_cast<std::size_t>(n));
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    } else {
        for (ssize_t i = 0; i < n; ++i)
            if (a[i] != b[i]) return static_cast<char32_t>(a[i]) < static_cast<char32_t>(b[i]) ? -1 : 1;
        return 0;
    }
}

}  // namespace

int str_compare(const Object* a, const Object* b) {
    ssize_t na = str_length(a), nb = str_length(b), n = std::min(na, nb);
    int c = with_str_chars(a, [&](const auto* pa) {
        return with_str_chars(b, [&](const auto* pb) { return compare_chars(pa, pb, n); });
    });
    if (c != 0) return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

ssize_t str_sizeof(const Object* s) {
    // CPython's unicode___sizeof___impl: header, characters and NUL, plus
    // the UTF-8 cache when one was made.
    const StrObject* a = as_str(s);
    ssize_t size = a->state.ascii ? static_cast<ssize_t>(sizeof(StrObject))
                                  : static_cast<ssize_t>(sizeof(CompactStrObject));
    size += (a->length + 1) * a->state.kind;
    if (!a->state.ascii && static_cast<const CompactStrObject*>(a)->utf8)
        size += static_cast<const CompactStrObject*>(a)->utf8_length + 1;
    return size;
}

// ---- interning ------------------------------------------------------------------------------------

Object* str_intern_object(Object* s) {
    auto* a = static_cast<StrObject*>(s);
    if (a->state.interned) return s;
    InternTable& table = interned();
    auto found = table.find(s);
    if (found != table.end()) {
        Object* existing = *found;
        incref(existing);
        decref(s);
        return existing;
    }
    table.insert(s);
    a->state.interned = SSTATE_INTERNED_MORTAL;
    return s;
}

Object* str_intern(std::string_view utf8) {
    Object* s = str_from_utf8(utf8);
    if (!s) return nullptr;
    return str_intern_object(s);
}

bool str_is_interned(const Object* s) { return as_str(s)->state.interned != SSTATE_NOT_INTERNED; }

// ---- the slots ---------------------------------------------------------------------------------------

namespace {

// A character that repr writes as itself, with nothing to check: printable
// ASCII other than the backslash and the quote.
inline bool repr_plain(char32_t c, char32_t quote) { return c >= 0x20 && c < 0x7F && c != quote && c != '\\'; }

// One character that repr escapes, or a non-ASCII one it may keep.
void repr_char(StrWriter& out, char32_t c, char32_t quote) {
    static constexpr char HEX[] = "0123456789abcdef";
    auto hex = [&](const char* prefix, int digits) {
        char buf[12];
        int n = 0;
        for (const char* p = prefix; *p; ++p) buf[n++] = *p;
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) buf[n++] = HEX[(c >> shift) & 0xF];
        out.append_ascii(std::string_view(buf, static_cast<std::size_t>(n)));
    };
    if (c == quote || c == '\\') {
        out.append_char('\\');
        out.append_char(c);
    } else if (c == '\t') {
        out.append_ascii("\\t");
    } else if (c == '\n') {
        out.append_ascii("\\n");
    } else if (c == '\r') {
        out.append_ascii("\\r");
    } else if (c < ' ' || c == 0x7F) {
        hex("\\x", 2);
    } else if (unicode::is_printable(c)) {
        out.append_char(c);
    } else if (c <= 0xFF) {
        hex("\\x", 2);
    } else if (c <= 0xFFFF) {
        hex("\\u", 4);
    } else {
        hex("\\U", 8);
    }
}

// CPython's unicode_repr: single quotes unless the text holds a single quote
// and no double quote; runs of plain characters are copied whole.
template <typename Char> Object* repr_chars(Object* s, const Char* p, ssize_t n) {
    bool single = false, dbl = false;
    for (ssize_t i = 0; i < n; ++i) {
        if (p[i] == '\'') single = true;
        else if (p[i] == '"') dbl = true;
    }
    char32_t quote = single && !dbl ? '"' : '\'';
    StrWriter out;
    out.reserve(n + 2);
    out.append_char(quote);
    for (ssize_t i = 0; i < n;) {
        ssize_t start = i;
        while (i < n && repr_plain(p[i], quote)) ++i;
        out.append_substr(s, start, i);
        if (i < n) repr_char(out, p[i++], quote);
    }
    out.append_char(quote);
    return out.finish();
}

}  // namespace

Object* str_repr(Object* s) {
    return with_str_chars(s, [&](const auto* p) { return repr_chars(s, p, str_length(s)); });
}

ssize_t str_hash(Object* s) {
    auto* a = static_cast<StrObject*>(s);
    if (a->hash != -1) return a->hash;
    // The raw characters, kind bytes each: '€' hashes its two UCS-2 bytes,
    // as CPython's unicode_hash does.
    a->hash = hash_bytes(str_data(s), a->length * a->state.kind);
    return a->hash;
}

Object* str_richcompare(Object* a, Object* b, int op) {
    if (!is_str(a) || !is_str(b)) {
        incref(NotImplemented());
        return NotImplemented();
    }
    bool result;
    if (op == EQ || op == NE) {
        result = str_equal(a, b) == (op == EQ);
    } else {
        int c = str_compare(a, b);
        result = op == LT ? c < 0 : op == LE ? c <= 0 : op == GT ? c > 0 : c >= 0;
    }
    return bool_from(result);
}

Object* str_concat(Object* a, Object* b) {
    if (!is_str(b)) {
        set_error_fmt(&exc::TypeError, "can only concatenate str (not \"{}\") to str", b->ob_type->tp_name);
        return nullptr;
    }
    if (str_length(a) == 0 && b->ob_type == &str_type) return incref(b), b;
    if (str_length(b) == 0 && a->ob_type == &str_type) return incref(a), a;
    ssize_t na = str_length(a), nb = str_length(b);
    if (na > PTRDIFF_MAX / 4 - nb) {
        set_error(&exc::OverflowError, "strings are too large to concat");
        return nullptr;
    }
    // Both operands are canonical, so the result needs exactly the wider of
    // their kinds: each part is copied (or widened) straight in.
    Object* r = str_new(na + nb, std::max(str_max_char_bound(a), str_max_char_bound(b)));
    if (!r) return nullptr;
    str_copy_chars(r, 0, a, 0, na);
    str_copy_chars(r, na, b, 0, nb);
    return r;
}

Object* str_repeat(Object* s, ssize_t n) {
    if (n < 0) n = 0;
    ssize_t len = str_length(s);
    if (n == 1 && s->ob_type == &str_type) return incref(s), s;
    if (len == 0 || n == 0) return get_empty();
    if (len > PTRDIFF_MAX / 4 / n) {
        set_error(&exc::OverflowError, "repeated string is too long");
        return nullptr;
    }
    Object* r = str_new(len * n, str_max_char_bound(s));
    if (!r) return nullptr;
    auto chunk = static_cast<std::size_t>(len * str_kind(s));
    auto* dst = static_cast<char*>(str_data(r));
    if (len == 1 && str_kind(s) == 1) {
        std::memset(dst, *static_cast<const std::uint8_t*>(str_data(s)), static_cast<std::size_t>(n));
        return r;
    }
    // Doubling copies, as CPython's _PyBytes_Repeat: log2(n) memcpy calls.
    std::memcpy(dst, str_data(s), chunk);
    std::size_t done = chunk, total = chunk * static_cast<std::size_t>(n);
    while (done < total) {
        std::size_t step = std::min(done, total - done);
        std::memcpy(dst + done, dst, step);
        done += step;
    }
    return r;
}

Object* str_item(Object* s, ssize_t i) {
    if (i < 0 || i >= str_length(s)) {
        set_error(&exc::IndexError, "string index out of range");
        return nullptr;
    }
    return str_from_char(str_at(s, i));
}

namespace {

// s[start::step] for n characters, step != 1, gathered in s's own kind and
// then narrowed to what the chosen characters need.
Object* str_slice_step(Object* s, ssize_t start, ssize_t step, ssize_t n) {
    return with_str_chars(s, [&](const auto* p) -> Object* {
        using Char = std::remove_cv_t<std::remove_pointer_t<decltype(p)>>;
        std::basic_string<Char> out(static_cast<std::size_t>(n), Char{});
        for (ssize_t k = 0, i = start; k < n; ++k, i += step) out[static_cast<std::size_t>(k)] = p[i];
        return str_from_kind_data(static_cast<int>(sizeof(Char)), out.data(), n);
    });
}

}  // namespace

Object* str_subscript(Object* s, Object* key) {
    if (is_int(key)) {
        ssize_t i;
        if (!int_as_ssize(key, &i)) {
            // CPython: "cannot fit 'int' into an index-sized integer".
            if (error_matches(&exc::OverflowError)) {
                clear_error();
                set_error(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return nullptr;
        }
        if (i < 0) i += str_length(s);
        return str_item(s, i);
    }
    if (is_slice(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, str_length(s), &start, &stop, &step);
        if (n < 0) return nullptr;
        if (n == 0) return get_empty();
        if (step == 1) return str_substring(s, start, start + n);
        return str_slice_step(s, start, step, n);
    }
    set_error_fmt(&exc::TypeError, "string indices must be integers, not '{}'", key->ob_type->tp_name);
    return nullptr;
}

int str_contains(Object* s, Object* sub) {
    if (!is_str(sub)) {
        set_error_fmt(&exc::TypeError, "'in <string>' requires string as left operand, not {}",
                      sub->ob_type->tp_name);
        return -1;
    }
    return str_find_range(s, sub, 0, str_length(s)) >= 0;
}

}  // namespace glasspy::rt
