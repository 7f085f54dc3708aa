// Substring search on a str's own storage (CPython: Objects/stringlib/
// fastsearch.h and the any_find_slice / anylib_count / tailmatch helpers of
// Objects/unicodeobject.c).
//
// Every function takes bounds already clamped to 0 <= start <= end <= len(s)
// (CPython's ADJUST_INDICES is the caller's job).  A needle of a wider kind
// than the haystack cannot occur in it (str.hpp's canonical kinds), so it is
// rejected before any scan; a narrower one is widened to the haystack's kind
// once, and the scan then compares characters of one type: memchr/memmem
// for 1-byte strings, a first-character scan with memcmp for the others.
#pragma once

#include "runtime/str.hpp"

namespace glasspy::rt {

// The index of the first (last) occurrence of sub in s[start:end], -1 if none.
ssize_t str_find_range(const Object* s, const Object* sub, ssize_t start, ssize_t end);
ssize_t str_rfind_range(const Object* s, const Object* sub, ssize_t start, ssize_t end);
// How many non-overlapping occurrences of sub are in s[start:end], stopping
// at maxcount; sub must not be empty.
ssize_t str_count_range(const Object* s, const Object* sub, ssize_t start, ssize_t end, ssize_t maxcount);
// Whether s[pos:pos + len(sub)] equals sub; the range must lie within s.
bool str_match_at(const Object* s, ssize_t pos, const Object* sub);
// The index of the first (last) character c in s[start:end], -1 if none.
ssize_t str_find_char(const Object* s, char32_t c, ssize_t start, ssize_t end);
ssize_t str_rfind_char(const Object* s, char32_t c, ssize_t start, ssize_t end);

}  // namespace glasspy::rt
