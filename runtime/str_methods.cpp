// str methods that join, split, strip, search and replace (CPython:
// Objects/unicodeobject.c unicode_join, split, rsplit, splitlines,
// do_strip/do_argstrip, replace, any_find_slice, unicode_count,
// tailmatch, partition; Objects/stringlib/split.h, partition.h).
//
// The methods work on each string's own storage (str_kind.hpp): pieces are
// cut with str_substring, which copies the range and narrows the kind when
// the piece no longer holds the widest characters; searches go through
// str_search.hpp; results that are built go through StrWriter.  Where
// CPython returns the very object it was given (a split that found no
// separator, a strip or replace that changed nothing, a partition that found
// nothing), so do these, since `is` can observe it.
//
// Invariant: every function either returns a new reference or returns null
// with the exception set; no reference is leaked on the error paths.
#include <algorithm>
#include <cstring>
#include <type_traits>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/str_search.hpp"
#include "runtime/str_writer.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

bool exact_str(const Object* o) { return o->ob_type == &str_type; }

// self when it is an exact str, else an exact copy (CPython: unicode_result_unchanged).
Object* unchanged(Object* self) { return str_substring(self, 0, str_length(self)); }

// self[start:end] as a new string, even when that spans all of self
// (CPython's SPLIT_ADD makes a new one): the cases that hand back self
// itself say so explicitly.
Object* new_piece(Object* self, ssize_t start, ssize_t end) {
    if (start == 0 && end == str_length(self)) return str_from_kind_data(str_kind(self), str_data(self), end);
    return str_substring(self, start, end);
}

// Appends self[start:end] to the list; false with the exception set.
bool add_piece(Object* list, Object* self, ssize_t start, ssize_t end) {
    Object* piece = new_piece(self, start, end);
    if (!piece) return false;
    int r = list_append(list, piece);
    decref(piece);
    return r == 0;
}

Object* list_of_self(Object* self) {
    Object* list = list_new(0);
    if (list && list_append(list, self) < 0) clear(list);
    return list;
}

// The result list of split and rsplit, built as CPython's stringlib split.h
// builds it: room for PREALLOC_SIZE(maxcount) pieces made up front and
// filled in place, appends past that, and the size cut to the count at the
// end.  Besides saving reallocations this gives the list CPython's
// allocation, which list.__sizeof__ shows.
class PieceList {
public:
    static constexpr ssize_t MAX_PREALLOC = 12;  // CPython's MAX_PREALLOC, "12 * 8 = 96 bytes"

    explicit PieceList(ssize_t maxcount) : list_(list_new(maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1)) {}
    ~PieceList() {
        if (list_) decref(release());
    }
    PieceList(const PieceList&) = delete;
    PieceList& operator=(const PieceList&) = delete;

    bool ok() const { return list_ != nullptr; }
    // Takes over a new reference; false with the exception set (also when
    // piece is null because making it failed).
    bool add(Object* piece) {
        if (!piece) return false;
        if (count_ < list_size(list_)) {
            list_items(list_)[count_++] = piece;
            return true;
        }
        int r = list_append(list_, piece);
        decref(piece);
        if (r < 0) return false;
        ++count_;
        return true;
    }
    bool add_piece(Object* self, ssize_t start, ssize_t end) { return add(new_piece(self, start, end)); }
    bool add_self(Object* self) {
        incref(self);
        return add(self);
    }
    // The list, its unused preallocated slots cut off (FIX_PREALLOC_SIZE).
    Object* release() {
        if (count_ < list_size(list_)) static_cast<VarObject*>(list_)->ob_size = count_;
        Object* list = list_;
        list_ = nullptr;
        return list;
    }

private:
    Object* list_;
    ssize_t count_ = 0;
};

// [self] when the separator cannot occur (CPython's split() answers so
// before any search, with a list of one).
Object* one_item_list(Object* self) {
    Object* list = list_new(1);
    if (!list) return nullptr;
    incref(self);
    list_items(list)[0] = self;
    return list;
}

// The separator argument of split & co.: a str, or null/None.
bool sep_arg(Object* sep, bool* whitespace) {
    *whitespace = !sep || sep == None();
    if (*whitespace) return true;
    if (!is_str(sep)) {
        set_error_fmt(&exc::TypeError, "must be str or None, not {}", sep->ob_type->tp_name);
        return false;
    }
    if (str_length(sep) == 0) {
        set_error(&exc::ValueError, "empty separator");
        return false;
    }
    return true;
}

// CPython's ADJUST_INDICES: slice-like bounds for find & co.
void adjust_indices(ssize_t& start, ssize_t& end, ssize_t len) {
    if (end > len) end = len;
    else if (end < 0) end = std::max<ssize_t>(end + len, 0);
    if (start < 0) start = std::max<ssize_t>(start + len, 0);
}

bool str_arg(Object* o, const char* what) {
    if (!is_str(o)) {
        set_error_fmt(&exc::TypeError, "{}must be str, not {}", what, o->ob_type->tp_name);
        return false;
    }
    return true;
}

// Py_UNICODE_ISSPACE with the ASCII answers inline: split() and strip()
// ask it of every character.
inline bool is_space_char(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return unicode_class::is_space(c);
}

}  // namespace

// ---- join ----------------------------------------------------------------------------------

namespace {

// The items of iterable as an array: a list's or tuple's own, else collected
// into a new list (CPython: PySequence_Fast).  *holder owns what must be
// released afterwards.
bool sequence_fast(Object* iterable, Object** holder, Object* const** items, ssize_t* n) {
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
        incref(iterable);
        *holder = iterable;
    } else {
        Object* list = list_new(0);
        if (!list) return false;
        Object* it = get_iter(iterable);
        if (!it) {
            decref(list);
            if (error_matches(&exc::TypeError)) {
                clear_error();
                set_error(&exc::TypeError, "can only join an iterable");
            }
            return false;
        }
        while (Object* item = iter_next(it)) {
            int r = list_append(list, item);
            decref(item);
            if (r < 0) break;
        }
        decref(it);
        if (error_occurred()) return decref(list), false;
        *holder = list;
    }
    if (is_list_exact(*holder)) {
        *items = list_items(*holder);
        *n = list_size(*holder);
    } else {
        *items = tuple_items(*holder);
        *n = tuple_size(*holder);
    }
    return true;
}

// sep.join(items): sized and typed in one pass, copied in a second, into a
// str of exactly the widest kind among them (CPython: _PyUnicode_JoinArray).
Object* join_array(Object* sep, Object* const* items, ssize_t n) {
    if (n == 0) return str_empty();
    if (n == 1 && exact_str(items[0])) {
        incref(items[0]);
        return items[0];
    }
    ssize_t seplen = str_length(sep), total = 0;
    char32_t bound = n > 1 && seplen ? str_max_char_bound(sep) : 0x7F;
    for (ssize_t i = 0; i < n; ++i) {
        Object* item = items[i];
        if (!is_str(item)) {
            set_error_fmt(&exc::TypeError, "sequence item {}: expected str instance, {} found", i,
                          item->ob_type->tp_name);
            return nullptr;
        }
        ssize_t add = str_length(item) + (i ? seplen : 0);
        if (total > PTRDIFF_MAX / 4 - add) {
            set_error(&exc::OverflowError, "join() result is too long for a Python string");
            return nullptr;
        }
        total += add;
        bound = std::max(bound, str_max_char_bound(item));
    }
    if (total == 0) return str_empty();
    if (total == 1 && bound <= 0xFF) {
        for (ssize_t i = 0; i < n; ++i)
            if (str_length(items[i])) return str_latin1_char(str_at(items[i], 0));
        return str_latin1_char(str_at(sep, 0));
    }
    Object* r = str_new(total, bound);
    if (!r) return nullptr;
    ssize_t at = 0;
    for (ssize_t i = 0; i < n; ++i) {
        if (i && seplen) {
            str_copy_chars(r, at, sep, 0, seplen);
            at += seplen;
        }
        ssize_t len = str_length(items[i]);
        str_copy_chars(r, at, items[i], 0, len);
        at += len;
    }
    return r;
}

}  // namespace

Object* str_join(Object* sep, Object* iterable) {
    Object* holder;
    Object* const* items;
    ssize_t n;
    if (!sequence_fast(iterable, &holder, &items, &n)) return nullptr;
    Object* r = join_array(sep, items, n);
    decref(holder);
    return r;
}

Object* str_join_array(Object* const* items, ssize_t n) {
    Object* empty = str_empty();
    Object* r = join_array(empty, items, n);
    decref(empty);
    return r;
}

// ---- split ----------------------------------------------------------------------------------

namespace {

// stringlib split_whitespace: runs of whitespace separate, and none makes an
// empty piece; past maxsplit the rest is one piece without its leading
// whitespace.
template <typename Char>
bool split_whitespace(PieceList& list, Object* self, const Char* s, ssize_t n, ssize_t maxsplit) {
    ssize_t i = 0, j;
    for (; maxsplit-- > 0;) {
        while (i < n && is_space_char(s[i])) ++i;
        if (i == n) break;
        j = i++;
        while (i < n && !is_space_char(s[i])) ++i;
        if (j == 0 && i == n && exact_str(self)) return list.add_self(self);  // no whitespace at all
        if (!list.add_piece(self, j, i)) return false;
    }
    if (i < n) {
        while (i < n && is_space_char(s[i])) ++i;
        if (i != n && !list.add_piece(self, i, n)) return false;
    }
    return true;
}

// The next ch in s[from:n], or n.  1-byte text uses memchr, which pays off
// on long pieces (the lines of a file); the others a plain loop.
template <typename Char> ssize_t next_char(const Char* s, ssize_t from, ssize_t n, char32_t ch) {
    if constexpr (sizeof(Char) == 1) {
        const void* r = std::memchr(s + from, static_cast<int>(ch), static_cast<std::size_t>(n - from));
        return r ? static_cast<const Char*>(r) - s : n;
    } else {
        while (from < n && s[from] != ch) ++from;
        return from;
    }
}

// stringlib split_char: a one-character separator, found without the
// general substring search.  *rest is where the last piece starts.
template <typename Char>
bool split_char(PieceList& list, Object* self, const Char* s, ssize_t n, char32_t ch, ssize_t maxsplit,
                ssize_t* rest) {
    ssize_t i = 0;
    for (ssize_t j; maxsplit > 0 && (j = next_char(s, i, n, ch)) < n; --maxsplit) {
        if (!list.add_piece(self, i, j)) return false;
        i = j + 1;
    }
    *rest = i;
    return true;
}

// stringlib rsplit_whitespace, collecting (start, end) pairs from the right.
template <typename Char>
void rsplit_whitespace(const Char* s, ssize_t n, ssize_t maxsplit,
                       std::vector<std::pair<ssize_t, ssize_t>>& pieces, bool* whole) {
    ssize_t i = n - 1, j;
    for (; maxsplit-- > 0;) {
        while (i >= 0 && is_space_char(s[i])) --i;
        if (i < 0) break;
        j = i--;
        while (i >= 0 && !is_space_char(s[i])) --i;
        if (j == n - 1 && i < 0) *whole = true;
        pieces.emplace_back(i + 1, j + 1);
    }
    if (i >= 0) {
        while (i >= 0 && is_space_char(s[i])) --i;
        if (i >= 0) pieces.emplace_back(0, i + 1);
    }
}

}  // namespace

Object* str_split(Object* self, Object* sep, ssize_t maxsplit) {
    bool whitespace;
    if (!sep_arg(sep, &whitespace)) return nullptr;
    if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
    ssize_t n = str_length(self);
    if (!whitespace && (str_kind(sep) > str_kind(self) || str_length(sep) > n)) return one_item_list(self);
    PieceList list(maxsplit);
    if (!list.ok()) return nullptr;
    if (whitespace) {
        bool ok = with_str_chars(self, [&](const auto* s) { return split_whitespace(list, self, s, n, maxsplit); });
        return ok ? list.release() : nullptr;
    }
    ssize_t i = 0, pos, m = str_length(sep);
    if (m == 1) {
        bool ok = with_str_chars(self, [&](const auto* s) {
            return split_char(list, self, s, n, str_at(sep, 0), maxsplit, &i);
        });
        if (!ok) return nullptr;
    } else {
        while (maxsplit-- > 0 && (pos = str_find_range(self, sep, i, n)) >= 0) {
            if (!list.add_piece(self, i, pos)) return nullptr;
            i = pos + m;
        }
    }
    bool ok = i == 0 && exact_str(self) ? list.add_self(self) : list.add_piece(self, i, n);
    return ok ? list.release() : nullptr;
}

Object* str_rsplit(Object* self, Object* sep, ssize_t maxsplit) {
    bool whitespace;
    if (!sep_arg(sep, &whitespace)) return nullptr;
    if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
    ssize_t n = str_length(self), maxcount = maxsplit;
    if (!whitespace && (str_kind(sep) > str_kind(self) || str_length(sep) > n)) return one_item_list(self);
    // Pieces are found from the right and put in the list in reverse, as
    // stringlib rsplit reverses its list at the end.
    std::vector<std::pair<ssize_t, ssize_t>> pieces;
    bool whole = false;
    if (whitespace) {
        with_str_chars(self, [&](const auto* s) { rsplit_whitespace(s, n, maxsplit, pieces, &whole); });
    } else {
        ssize_t end = n, pos, m = str_length(sep);
        while (maxsplit-- > 0 && (pos = str_rfind_range(self, sep, 0, end)) >= 0) {
            pieces.emplace_back(pos + m, end);
            end = pos;
        }
        whole = end == n;
        pieces.emplace_back(0, end);
    }
    PieceList list(maxcount);
    if (!list.ok()) return nullptr;
    if (whole && pieces.size() == 1 && exact_str(self)) return list.add_self(self) ? list.release() : nullptr;
    for (auto p = pieces.rbegin(); p != pieces.rend(); ++p)
        if (!list.add_piece(self, p->first, p->second)) return nullptr;
    return list.release();
}

namespace {

template <typename Char> bool splitlines_in(Object* list, Object* self, const Char* s, ssize_t n, bool keepends,
                                            bool* whole) {
    ssize_t i = 0;
    while (i < n) {
        ssize_t j = i;
        while (i < n && !unicode_class::is_linebreak(s[i])) ++i;
        ssize_t eol = i;
        if (i < n) {
            // "\r\n" is one line break.
            if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
            else ++i;
            if (keepends) eol = i;
        }
        if (j == 0 && eol == n && exact_str(self)) {
            *whole = true;
            return true;
        }
        if (!add_piece(list, self, j, eol)) return false;
    }
    return true;
}

}  // namespace

Object* str_splitlines(Object* self, bool keepends) {
    Object* list = list_new(0);
    if (!list) return nullptr;
    bool whole = false;
    bool ok = with_str_chars(self, [&](const auto* s) {
        return splitlines_in(list, self, s, str_length(self), keepends, &whole);
    });
    if (!ok) return decref(list), nullptr;
    if (whole) return decref(list), list_of_self(self);
    return list;
}

// ---- strip ----------------------------------------------------------------------------------

namespace {

enum { LEFTSTRIP = 1, RIGHTSTRIP = 2, BOTHSTRIP = 3 };

// The bounds [i, j) of s once the characters that `strips` accepts are gone
// from the ends asked for.
template <typename Char, typename Pred>
void strip_bounds(const Char* s, ssize_t n, int striptype, Pred strips, ssize_t* i, ssize_t* j) {
    *i = 0;
    *j = n;
    if (striptype & LEFTSTRIP)
        while (*i < *j && strips(s[*i])) ++*i;
    if (striptype & RIGHTSTRIP)
        while (*j > *i && strips(s[*j - 1])) --*j;
}

Object* do_strip(Object* self, Object* chars, int striptype) {
    bool whitespace = !chars || chars == None();
    if (!whitespace && !is_str(chars)) {
        set_error(&exc::TypeError, "strip arg must be None or str");
        return nullptr;
    }
    ssize_t n = str_length(self), i, j;
    with_str_chars(self, [&](const auto* s) {
        if (whitespace) {
            strip_bounds(s, n, striptype, [](char32_t c) { return is_space_char(c); }, &i, &j);
        } else if (str_length(chars) == 1) {
            char32_t only = str_at(chars, 0);
            strip_bounds(s, n, striptype, [only](char32_t c) { return c == only; }, &i, &j);
        } else {
            ssize_t m = str_length(chars);
            strip_bounds(s, n, striptype, [chars, m](char32_t c) { return str_find_char(chars, c, 0, m) >= 0; },
                         &i, &j);
        }
    });
    return str_substring(self, i, j);
}

}  // namespace

Object* str_strip(Object* self, Object* chars) { return do_strip(self, chars, BOTHSTRIP); }
Object* str_lstrip(Object* self, Object* chars) { return do_strip(self, chars, LEFTSTRIP); }
Object* str_rstrip(Object* self, Object* chars) { return do_strip(self, chars, RIGHTSTRIP); }

// ---- replace --------------------------------------------------------------------------------

namespace {

// Replacing with a string of the same length (CPython's len1 == len2 case):
// a copy of self with each match overwritten in place.  Only when the
// result's kind is known without a scan, which it is unless the matches may
// hold self's widest characters and new_ is narrower.
Object* replace_same_length(Object* self, Object* old, Object* new_, ssize_t first, ssize_t count) {
    ssize_t n = str_length(self), m = str_length(old);
    Object* r = str_new(n, std::max(str_max_char_bound(self), str_max_char_bound(new_)));
    if (!r) return nullptr;
    str_copy_chars(r, 0, self, 0, n);
    for (ssize_t pos = first, done = 0; pos >= 0 && done < count; ++done) {
        str_copy_chars(r, pos, new_, 0, m);
        pos = str_find_range(self, old, pos + m, n);
    }
    return r;
}

bool replace_may_shrink(Object* self, Object* old, Object* new_) {
    char32_t bound_old = str_max_char_bound(old);
    return str_max_char_bound(new_) < bound_old && str_max_char_bound(self) == bound_old;
}

}  // namespace

Object* str_replace(Object* self, Object* old, Object* new_, ssize_t count) {
    if (!str_arg(old, "replace() argument 1 ") || !str_arg(new_, "replace() argument 2 ")) return nullptr;
    if (count < 0) count = PTRDIFF_MAX;
    ssize_t n = str_length(self), m = str_length(old);
    // CPython's replace() leaves self alone, before any search, when nothing
    // can change: no count, the same object for both, or '' for ''.
    if (count == 0 || old == new_ || (m == 0 && str_length(new_) == 0)) return unchanged(self);
    StrWriter out;
    if (m == 0) {
        // An empty old string matches before every character and at the end.
        ssize_t i = 0;
        for (; i <= n && i < count; ++i) {
            out.append_str(new_);
            if (i < n) out.append_substr(self, i, i + 1);
        }
        out.append_substr(self, std::min(i, n), n);
        return out.finish();
    }
    ssize_t pos = str_find_range(self, old, 0, n);
    if (pos < 0) return unchanged(self);
    if (m == str_length(new_) && n > 1 && !replace_may_shrink(self, old, new_))
        return replace_same_length(self, old, new_, pos, count);
    ssize_t i = 0;
    for (ssize_t done = 0; pos >= 0 && done < count; ++done) {
        out.append_substr(self, i, pos);
        out.append_str(new_);
        i = pos + m;
        pos = str_find_range(self, old, i, n);
    }
    out.append_substr(self, i, n);
    return out.finish();
}

// ---- searching -------------------------------------------------------------------------------

namespace {

// The match position of sub in self[start:end], or -1; -2 on a bad argument.
ssize_t find_in(Object* self, Object* sub, ssize_t start, ssize_t end, bool reverse) {
    if (!str_arg(sub, "")) return -2;
    adjust_indices(start, end, str_length(self));
    if (end - start < str_length(sub)) return -1;
    return reverse ? str_rfind_range(self, sub, start, end) : str_find_range(self, sub, start, end);
}

}  // namespace

ssize_t str_find(Object* self, Object* sub, ssize_t start, ssize_t end) {
    return find_in(self, sub, start, end, false);
}

ssize_t str_rfind(Object* self, Object* sub, ssize_t start, ssize_t end) {
    return find_in(self, sub, start, end, true);
}

ssize_t str_index(Object* self, Object* sub, ssize_t start, ssize_t end) {
    ssize_t r = find_in(self, sub, start, end, false);
    if (r == -1) set_error(&exc::ValueError, "substring not found");
    return r < 0 ? -1 : r;
}

ssize_t str_rindex(Object* self, Object* sub, ssize_t start, ssize_t end) {
    ssize_t r = find_in(self, sub, start, end, true);
    if (r == -1) set_error(&exc::ValueError, "substring not found");
    return r < 0 ? -1 : r;
}

ssize_t str_count(Object* self, Object* sub, ssize_t start, ssize_t end) {
    if (!str_arg(sub, "")) return -2;
    adjust_indices(start, end, str_length(self));
    if (end - start < str_length(sub)) return 0;
    // An empty substring occurs between every two characters and at both ends.
    if (str_length(sub) == 0) return end - start + 1;
    return str_count_range(self, sub, start, end, PTRDIFF_MAX);
}

namespace {

// CPython's tailmatch: whether self[start:end] starts (or ends) with sub.
bool tailmatch(Object* self, Object* sub, ssize_t start, ssize_t end, bool at_end) {
    adjust_indices(start, end, str_length(self));
    end -= str_length(sub);
    if (end < start) return false;
    return str_match_at(self, at_end ? end : start, sub);
}

int starts_or_ends(Object* self, Object* arg, ssize_t start, ssize_t end, bool at_end) {
    const char* name = at_end ? "endswith" : "startswith";
    if (is_tuple(arg)) {
        for (ssize_t i = 0, n = tuple_size(arg); i < n; ++i) {
            Object* item = tuple_item(arg, i);
            if (!is_str(item)) {
                set_error_fmt(&exc::TypeError, "tuple for {} must only contain str, not {}", name,
                              item->ob_type->tp_name);
                return -1;
            }
            if (tailmatch(self, item, start, end, at_end)) return 1;
        }
        return 0;
    }
    if (!is_str(arg)) {
        set_error_fmt(&exc::TypeError, "{} first arg must be str or a tuple of str, not {}", name,
                      arg->ob_type->tp_name);
        return -1;
    }
    return tailmatch(self, arg, start, end, at_end);
}

}  // namespace

int str_startswith(Object* self, Object* prefix, ssize_t start, ssize_t end) {
    return starts_or_ends(self, prefix, start, end, false);
}

int str_endswith(Object* self, Object* suffix, ssize_t start, ssize_t end) {
    return starts_or_ends(self, suffix, start, end, true);
}

// ---- partition --------------------------------------------------------------------------------

namespace {

Object* do_partition(Object* self, Object* sep, bool reverse) {
    if (!str_arg(sep, "")) return nullptr;
    ssize_t n = str_length(self), m = str_length(sep);
    if (m == 0) {
        set_error(&exc::ValueError, "empty separator");
        return nullptr;
    }
    ssize_t pos = reverse ? str_rfind_range(self, sep, 0, n) : str_find_range(self, sep, 0, n);
    Object* parts[3] = {};
    if (pos < 0) {
        // Not found: (self, '', '') or ('', '', self).
        Object* empty = str_empty();
        incref(empty);
        incref(self);
        parts[0] = reverse ? empty : self;
        parts[1] = empty;
        parts[2] = reverse ? self : empty;
    } else {
        parts[0] = str_substring(self, 0, pos);
        parts[1] = sep;
        incref(sep);
        parts[2] = str_substring(self, pos + m, n);
    }
    Object* result = parts[0] && parts[2] ? tuple_pack({parts[0], parts[1], parts[2]}) : nullptr;
    for (Object* p : parts) xdecref(p);
    return result;
}

}  // namespace

Object* str_partition(Object* self, Object* sep) { return do_partition(self, sep, false); }
Object* str_rpartition(Object* self, Object* sep) { return do_partition(self, sep, true); }

}  // namespace glasspy::rt
