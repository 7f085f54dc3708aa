// StrWriter (see str_writer.hpp; CPython: _PyUnicodeWriter_Prepare,
// _PyUnicodeWriter_WriteStr, _PyUnicodeWriter_Finish).
//
// Growth doubles the capacity, as CPython's writer over-allocates, so n
// appends cost O(n) copying in total.
#include "runtime/str_writer.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/str_kind.hpp"

namespace glasspy::rt {

namespace {

int kind_of_bound(char32_t bound) { return bound <= 0xFF ? 1 : bound <= 0xFFFF ? 2 : 4; }

}  // namespace

StrWriter::~StrWriter() {
    if (buffer_ != inline_) std::free(buffer_);
    xdecref(kept_);
}

bool StrWriter::unshare() {
    Object* s = std::exchange(kept_, nullptr);
    length_ = 0;
    bound_ = 0x7F;
    append_str(s);
    decref(s);
    return !failed_;
}

bool StrWriter::prepare(ssize_t n, char32_t bound) {
    // Room for nothing changes nothing, as in CPython's _PyUnicodeWriter_Prepare
    // (false: there is nothing for the caller to write).
    if (n <= 0 || failed_ || (kept_ && !unshare())) return false;
    touched_ = true;
    int kind = std::max(kind_, kind_of_bound(bound));
    bound_ = std::max(bound_, bound);
    if (length_ > PTRDIFF_MAX / 4 - n) {
        failed_ = true;
        return false;
    }
    ssize_t needed = length_ + n;
    if (kind == kind_ && needed <= capacity_) return true;
    ssize_t capacity = std::max(needed, kind == kind_ ? capacity_ * 2 : capacity_);
    auto* fresh = static_cast<unsigned char*>(std::malloc(static_cast<std::size_t>(capacity * kind)));
    if (!fresh) {
        failed_ = true;
        return false;
    }
    // A wider kind converts what is already written, once.
    copy_kind_chars(fresh, kind, buffer_, kind_, length_);
    if (buffer_ != inline_) std::free(buffer_);
    buffer_ = fresh;
    capacity_ = capacity;
    kind_ = kind;
    return true;
}

void StrWriter::reserve(ssize_t n) { prepare(n, bound_); }

void StrWriter::append_str(Object* s) {
    ssize_t n = str_length(s);
    if (n == 0) return;  // CPython writes nothing, so an empty str is never kept
    if (share_ && !touched_ && !failed_) {
        incref(s);
        kept_ = s;
        touched_ = true;
        length_ = n;
        bound_ = str_max_char_bound(s);
        return;
    }
    if (!prepare(n, str_max_char_bound(s))) return;
    copy_kind_chars(end_ptr(), kind_, str_data(s), str_kind(s), n);
    length_ += n;
}

void StrWriter::append_substr(const Object* s, ssize_t start, ssize_t end) {
    ssize_t n = end - start;
    if (n <= 0) return;
    int kind = str_kind(s);
    const char* from = static_cast<const char*>(str_data(s)) + start * kind;
    // A piece of a wide string may be narrow: its own characters decide.
    char32_t bound = str_is_ascii(s) ? 0x7F : kind_data_bound(kind, from, n);
    if (!prepare(n, bound)) return;
    copy_kind_chars(end_ptr(), kind_, from, kind, n);
    length_ += n;
}

void StrWriter::append_char(char32_t c) {
    if (!prepare(1, char_max_bound(c))) return;
    switch (kind_) {
        case 1: buffer_[length_] = static_cast<std::uint8_t>(c); break;
        case 2: reinterpret_cast<std::uint16_t*>(buffer_)[length_] = static_cast<std::uint16_t>(c); break;
        default: reinterpret_cast<char32_t*>(buffer_)[length_] = c; break;
    }
    ++length_;
}

void StrWriter::append_fill(char32_t c, ssize_t n) {
    if (n <= 0 || !prepare(n, char_max_bound(c))) return;
    switch (kind_) {
        case 1: std::memset(end_ptr(), static_cast<int>(c), static_cast<std::size_t>(n)); break;
        case 2: std::fill_n(static_cast<std::uint16_t*>(end_ptr()), n, static_cast<std::uint16_t>(c)); break;
        default: std::fill_n(static_cast<char32_t*>(end_ptr()), n, c); break;
    }
    length_ += n;
}

void StrWriter::append_ascii(std::string_view ascii) {
    auto n = static_cast<ssize_t>(ascii.size());
    if (!prepare(n, 0x7F)) return;
    copy_kind_chars(end_ptr(), kind_, ascii.data(), 1, n);
    length_ += n;
}

void StrWriter::append_code_points(std::u32string_view text) {
    auto n = static_cast<ssize_t>(text.size());
    if (!prepare(n, kind_data_bound(4, text.data(), n))) return;
    copy_kind_chars(end_ptr(), kind_, text.data(), 4, n);
    length_ += n;
}

bool small_int_value(const Object* o, std::int64_t* value) {
    if (!is_int_exact(o)) return false;
    ssize_t size = int_size(o);
    if (size < -2 || size > 2) return false;
    const digit* d = int_digits(o);
    std::int64_t magnitude = 0;
    if (size != 0) magnitude = d[0];
    if (size == 2 || size == -2) magnitude |= static_cast<std::int64_t>(d[1]) << INT_SHIFT;
    *value = size < 0 ? -magnitude : magnitude;
    return true;
}

bool StrWriter::append_small_int(const Object* o) {
    std::int64_t value;
    if (!small_int_value(o, &value)) return false;
    auto magnitude = static_cast<std::uint64_t>(value < 0 ? -value : value);
    char buf[24];
    char* p = buf + sizeof buf;
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0) *--p = '-';
    append_ascii(std::string_view(p, static_cast<std::size_t>(buf + sizeof buf - p)));
    return true;
}

char32_t StrWriter::at(ssize_t i) const {
    if (kept_) return str_at(kept_, i);
    switch (kind_) {
        case 1: return buffer_[i];
        case 2: return reinterpret_cast<const std::uint16_t*>(buffer_)[i];
        default: return reinterpret_cast<const char32_t*>(buffer_)[i];
    }
}

Object* StrWriter::finish() {
    if (failed_) return no_memory();
    if (kept_) return std::exchange(kept_, nullptr);
    ssize_t n = length_;
    if (n == 0) return str_empty();
    if (n == 1 && bound_ <= 0xFF) return str_latin1_char(at(0));
    Object* s = str_new(n, bound_);
    if (s) std::memcpy(str_data(s), buffer_, static_cast<std::size_t>(n * kind_));
    return s;
}

}  // namespace glasspy::rt
