// Working on a str's characters in their own storage kind, without going
// through code points (CPython: the PyUnicode_1BYTE_DATA & co. accessors,
// PyUnicode_MAX_CHAR_VALUE, PyUnicode_Substring, _PyUnicode_FastCopyCharacters,
// PyUnicode_FromKindAndData in Objects/unicodeobject.c).
//
// The str methods are written once as templates over the character type
// (std::uint8_t, std::uint16_t, char32_t, as CPython's stringlib is over
// STRINGLIB_CHAR) and dispatched on str_kind.  What makes this safe is the
// canonical form of str.hpp: a string's kind and ascii flag tell exactly
// which range its widest character lies in, so a result that only
// concatenates whole strings gets its kind from theirs, without a scan, and
// a needle of a wider kind than the haystack can never occur in it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/str.hpp"

namespace glasspy::rt {

// The characters of s as the unsigned type of its kind.
template <typename Char> const Char* str_chars(const Object* s) {
    return static_cast<const Char*>(str_data(s));
}
template <typename Char> Char* str_chars(Object* s) { return static_cast<Char*>(str_data(s)); }

// Calls f with a pointer to s's characters typed for its kind.
template <typename F> decltype(auto) with_str_chars(const Object* s, F&& f) {
    switch (str_kind(s)) {
        case 1: return f(str_chars<std::uint8_t>(s));
        case 2: return f(str_chars<std::uint16_t>(s));
        default: return f(str_chars<char32_t>(s));
    }
}

// The widest character s's kind and ascii flag allow (CPython:
// PyUnicode_MAX_CHAR_VALUE): 0x7F, 0xFF, 0xFFFF or 0x10FFFF.  Since str is
// canonical, a string built from whole strings needs exactly the largest of
// their bounds.
inline char32_t str_max_char_bound(const Object* s) {
    if (str_is_ascii(s)) return 0x7F;
    switch (str_kind(s)) {
        case 1: return 0xFF;
        case 2: return 0xFFFF;
        default: return 0x10FFFF;
    }
}

// The same bound for one character: what it alone asks of a result.
inline char32_t char_max_bound(char32_t c) {
    return c < 0x80 ? 0x7F : c < 0x100 ? 0xFF : c < 0x10000 ? 0xFFFF : 0x10FFFF;
}

// The shared '' and the shared one-character strings below U+0100 (CPython:
// unicode_new_empty, get_latin1_char).  New references.
Object* str_empty();
Object* str_latin1_char(char32_t c);
// A str of the one character c: shared below U+0100.
Object* str_from_char(char32_t c);

// s[start:end] with 0 <= start <= end <= len(s) (CPython: PyUnicode_Substring):
// s itself when that is all of an exact str, a shared string when it is
// empty or one latin-1 character, else a new str narrowed to the kind its
// characters need.
Object* str_substring(Object* s, ssize_t start, ssize_t end);

// A new canonical str from n characters of the given kind (CPython:
// PyUnicode_FromKindAndData): the widest character decides the result's kind.
Object* str_from_kind_data(int kind, const void* data, ssize_t n);

// Copies n characters between buffers of any two kinds, widening or
// narrowing each (the caller knows they fit in dst_kind).
void copy_kind_chars(void* dst, int dst_kind, const void* src, int src_kind, ssize_t n);

// The smallest max_char_bound that holds every character of data[0:n].
char32_t kind_data_bound(int kind, const void* data, ssize_t n);

// Copies n characters of from (starting at from_start) into to at to_start;
// to's kind must be at least from's characters' (CPython:
// _PyUnicode_FastCopyCharacters).  Only for a str that is still being built.
void str_copy_chars(Object* to, ssize_t to_start, const Object* from, ssize_t from_start, ssize_t n);

// A str's characters as code points for a parser that reads them one by one
// (str.format, %): copied into an inline buffer when short, as format
// strings are, so reading one costs no allocation.
class CodePoints {
public:
    explicit CodePoints(const Object* s) {
        ssize_t n = str_length(s);
        char32_t* out = inline_;
        if (n > INLINE) {
            heap_.resize(static_cast<std::size_t>(n));
            out = heap_.data();
        }
        copy_kind_chars(out, 4, str_data(s), str_kind(s), n);
        view_ = std::u32string_view(out, static_cast<std::size_t>(n));
    }
    CodePoints(const CodePoints&) = delete;
    CodePoints& operator=(const CodePoints&) = delete;
    std::u32string_view view() const { return view_; }

private:
    static constexpr ssize_t INLINE = 96;
    char32_t inline_[INLINE];
    std::u32string heap_;
    std::u32string_view view_;
};

}  // namespace glasspy::rt
