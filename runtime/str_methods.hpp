// The methods of str as C++ functions (CPython: Objects/unicodeobject.c and
// Objects/stringlib/*.h; the method table that exposes them to Python as
// str.split & co. is built with the VM).  Included by str.hpp.
//
// Conventions: functions returning Object* return a new reference, or null
// with the exception set.  An optional argument that is absent or None is
// passed as null (Object*) or as its default (ssize_t); start/end are the
// slice bounds of str.find & co., clamped as in a slice (negative counts
// from the end).  Predicates cannot fail and return bool.  Messages are
// CPython 3.11's.
#pragma once

#include <cstddef>

#include "runtime/type.hpp"

namespace glasspy::rt {

inline constexpr ssize_t STR_END = PTRDIFF_MAX;  // "to the end" for end arguments

// ---- str_methods.cpp: joining, splitting, stripping, searching -------------------------
Object* str_join(Object* sep, Object* iterable);  // "sequence item 0: expected str instance, int found"
// ''.join(items[0:n]) without building a sequence (CPython:
// _PyUnicode_JoinArray): for BUILD_STRING and f-strings.
Object* str_join_array(Object* const* items, ssize_t n);
Object* str_split(Object* self, Object* sep = nullptr, ssize_t maxsplit = -1);
Object* str_rsplit(Object* self, Object* sep = nullptr, ssize_t maxsplit = -1);
Object* str_splitlines(Object* self, bool keepends = false);
Object* str_strip(Object* self, Object* chars = nullptr);
Object* str_lstrip(Object* self, Object* chars = nullptr);
Object* str_rstrip(Object* self, Object* chars = nullptr);
Object* str_replace(Object* self, Object* old, Object* new_, ssize_t count = -1);
// find/rfind: the index or -1; count: how many; -2 with the exception set on
// error.  index/rindex: the index, or -1 with ValueError "substring not found".
ssize_t str_find(Object* self, Object* sub, ssize_t start = 0, ssize_t end = STR_END);
ssize_t str_rfind(Object* self, Object* sub, ssize_t start = 0, ssize_t end = STR_END);
ssize_t str_index(Object* self, Object* sub, ssize_t start = 0, ssize_t end = STR_END);
ssize_t str_rindex(Object* self, Object* sub, ssize_t start = 0, ssize_t end = STR_END);
ssize_t str_count(Object* self, Object* sub, ssize_t start = 0, ssize_t end = STR_END);
// prefix: a str or a tuple of str.  1 or 0, -1 with the exception set.
int str_startswith(Object* self, Object* prefix, ssize_t start = 0, ssize_t end = STR_END);
int str_endswith(Object* self, Object* suffix, ssize_t start = 0, ssize_t end = STR_END);
Object* str_partition(Object* self, Object* sep);   // a 3-tuple
Object* str_rpartition(Object* self, Object* sep);

// ---- str_case.cpp: case mapping, character classes, padding ------------------------------
// Full case mapping (SpecialCasing: 'ß'.upper() == 'SS', 'ŉ'.upper() == 'ʼN',
// final sigma in lower()), as CPython's _PyUnicode_ToUpperFull & co.
Object* str_upper(Object* self);
Object* str_lower(Object* self);
Object* str_title(Object* self);
Object* str_capitalize(Object* self);
Object* str_swapcase(Object* self);
Object* str_casefold(Object* self);
bool str_isdigit(const Object* self);
bool str_isdecimal(const Object* self);
bool str_isnumeric(const Object* self);
bool str_isalpha(const Object* self);
bool str_isalnum(const Object* self);
bool str_isspace(const Object* self);
bool str_isupper(const Object* self);
bool str_islower(const Object* self);
bool str_istitle(const Object* self);
bool str_isidentifier(const Object* self);
bool str_isprintable(const Object* self);
bool str_isascii(const Object* self);
// fillchar: null for ' ', else a str of length 1.
Object* str_center(Object* self, ssize_t width, Object* fillchar = nullptr);
Object* str_ljust(Object* self, ssize_t width, Object* fillchar = nullptr);
Object* str_rjust(Object* self, ssize_t width, Object* fillchar = nullptr);
Object* str_zfill(Object* self, ssize_t width);
Object* str_expandtabs(Object* self, ssize_t tabsize = 8);

// The character classes of CPython's unicodectype.c, per code point.
namespace unicode_class {
bool is_space(char32_t c);      // Py_UNICODE_ISSPACE: bidi WS/B/S or category Zs
bool is_linebreak(char32_t c);  // Py_UNICODE_ISLINEBREAK: what splitlines splits at
bool is_decimal(char32_t c);    // Nd
bool is_digit(char32_t c);      // Numeric_Type Decimal or Digit
bool is_numeric(char32_t c);    // any Numeric_Type
bool is_alpha(char32_t c);      // Lu Ll Lt Lm Lo
bool is_cased(char32_t c);      // Lu, Ll or Lt (CPython's "cased" test in isupper & co.)
bool is_case_ignorable(char32_t c);
}  // namespace unicode_class

// ---- str_translate.cpp: character mapping ------------------------------------------------------
// str.maketrans(x[, y[, z]]): the translation dict; y and z are null when
// absent, else str (the caller checks that).
Object* str_maketrans(Object* x, Object* y = nullptr, Object* z = nullptr);
// self.translate(table): each character c replaced by table[ord(c)] (an
// ordinal, a str, or None to delete it), or kept where the lookup raises
// LookupError.
Object* str_translate(Object* self, Object* table);

// ---- str_format.cpp: printf-style formatting ---------------------------------------------------
// format % args (CPython: PyUnicode_Format): %s %r %a %d %i %u %f %F %e %E %g
// %G %x %X %o %c %%, with flags '-+ #0', width and precision ('*' taking them
// from args), mapping keys '%(name)s' with a dict.  args is a tuple, a
// mapping, or a single object.
Object* str_percent_format(Object* format, Object* args);

}  // namespace glasspy::rt
