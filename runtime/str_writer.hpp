// StrWriter: builds a str piece by piece in the kind its characters need
// (CPython: _PyUnicodeWriter in Objects/unicodeobject.c).
//
// The buffer starts as 1 byte per character and is widened, once, the
// first time a wider character arrives, so a result is written in its final
// kind and finish() is one copy into a new str.  What the buffer must hold is
// tracked as a max_char_bound (str_kind.hpp), not as the exact widest
// character: the bound alone decides the result's kind and ascii flag.
// Short results stay in an inline buffer and cost no allocation besides the
// str itself.
//
// Errors: a failed allocation is remembered and reported by finish() as
// MemoryError, so the appends need no checks; after one, appends do nothing.
//
// Sharing (CPython: the writer's "readonly" buffer): CPython's writer, when
// it does not over-allocate, keeps a str written whole into it while it is
// still empty by reference instead of copying it, and returns that very
// object if nothing else is written.  That is visible: '%s' % x and
// '{}'.format(x) return x's __str__ result itself, str subclass included.
// Callers that reproduce such a CPython path call share_whole_str() first;
// a later append copies the kept str into the buffer and goes on as usual.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/str.hpp"

namespace glasspy::rt {

// The value of an exact int of at most two 30-bit digits (|v| < 2**60),
// read from its digits; false for anything else (bool included).  The
// formatting code writes such ints itself instead of going through str().
bool small_int_value(const Object* o, std::int64_t* value);

class StrWriter {
public:
    StrWriter() = default;
    ~StrWriter();
    StrWriter(const StrWriter&) = delete;
    StrWriter& operator=(const StrWriter&) = delete;

    // Room for n more characters of the current kind, so the appends that
    // follow do not reallocate.  (It takes no bound: claiming a wider one than
    // the text needs would make the result non-canonical.)
    void reserve(ssize_t n);
    // From now on a str appended whole to the still-empty writer is kept
    // rather than copied (CPython: overallocate set to 0 before the last
    // write of PyUnicode_Format or str.format).
    void share_whole_str() { share_ = true; }
    void append_str(Object* s);
    void append_substr(const Object* s, ssize_t start, ssize_t end);
    void append_char(char32_t c);
    void append_fill(char32_t c, ssize_t n);
    // ASCII text, such as digits from a number's formatting.
    void append_ascii(std::string_view ascii);
    void append_code_points(std::u32string_view text);
    // The decimal digits of an exact int of at most two digits (|v| < 2**60),
    // as str(v) writes them; false, with nothing written, for any other
    // object, which must then go through str().
    bool append_small_int(const Object* o);
    ssize_t length() const { return length_; }
    char32_t at(ssize_t i) const;
    // The str written so far (shared for '' and one latin-1 character; the
    // kept str itself when that is all there is), or null with MemoryError.
    // The writer is done: make a new one for more.
    [[nodiscard]] Object* finish();

private:
    // Room for length_ + n characters of at least bound's kind; false (and
    // failed_ set) when memory runs out.
    bool prepare(ssize_t n, char32_t bound);
    void* end_ptr() { return buffer_ + length_ * kind_; }
    // Copies the kept str into the buffer, which then holds it like any
    // other append (CPython: _PyUnicodeWriter_PrepareInternal on a readonly
    // buffer).
    bool unshare();

    static constexpr ssize_t INLINE_BYTES = 256;
    unsigned char* buffer_ = inline_;
    ssize_t capacity_ = INLINE_BYTES;  // in characters of kind_
    ssize_t length_ = 0;
    int kind_ = 1;
    char32_t bound_ = 0x7F;
    bool failed_ = false;
    bool share_ = false;
    bool touched_ = false;       // anything appended or reserved yet
    Object* kept_ = nullptr;     // the shared str (owned), all of what is written
    alignas(char32_t) unsigned char inline_[INLINE_BYTES];
};

}  // namespace glasspy::rt
