// str methods that join, split, strip, search and replace (CPython:
// Objects/unicodeobject.c unicode_join, split, rsplit, splitlines,
// do_strip/do_argstrip, replace, any_find_slice, unicode_count,
// tailmatch, partition; Objects/stringlib/split.h, partition.h).
//
// The methods read the text as code points (str_to_u32) and build results
// with str_from_code_points, which picks the smallest kind; the shared empty
// and one-character strings come back from there.  Where CPython returns the
// very object it was given (a split that found no separator, a strip or
// replace that changed nothing, a partition that found nothing), so do
// these, since `is` can observe it.
//
// Invariant: every function either returns a new reference or returns null
// with the exception set; no reference is leaked on the error paths.
#include <algorithm>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

using Text = std::u32string;

Object* substr(const Text& s, std::size_t start, std::size_t end) {
    return str_from_code_points(std::u32string_view(s).substr(start, end - start));
}

Object* unchanged(Object* self) {
    incref(self);
    return self;
}

bool exact_str(const Object* o) { return o->ob_type == &str_type; }

// Appends s[start:end] to the list; false with the exception set.
bool add_piece(Object* list, const Text& s, std::size_t start, std::size_t end) {
    Object* piece = substr(s, start, end);
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

// The separator argument of split & co.: a str, or null/None.
bool sep_arg(Object* sep, Text* out, bool* whitespace) {
    *whitespace = !sep || sep == None();
    if (*whitespace) return true;
    if (!is_str(sep)) {
        set_error_fmt(&exc::TypeError, "must be str or None, not {}", sep->ob_type->tp_name);
        return false;
    }
    *out = str_to_u32(sep);
    if (out->empty()) {
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

bool str_arg(Object* o, Text* out, const char* what) {
    if (!is_str(o)) {
        set_error_fmt(&exc::TypeError, "{}must be str, not {}", what, o->ob_type->tp_name);
        return false;
    }
    *out = str_to_u32(o);
    return true;
}

}  // namespace

// ---- join ----------------------------------------------------------------------------------

Object* str_join(Object* sep, Object* iterable) {
    // Collect the items first, as CPython's PySequence_Fast does.
    Object* items = list_new(0);
    if (!items) return nullptr;
    Object* it = get_iter(iterable);
    if (!it) {
        decref(items);
        if (error_matches(&exc::TypeError)) {
            clear_error();
            set_error(&exc::TypeError, "can only join an iterable");
        }
        return nullptr;
    }
    while (Object* item = iter_next(it)) {
        int r = list_append(items, item);
        decref(item);
        if (r < 0) break;
    }
    decref(it);
    if (error_occurred()) return decref(items), nullptr;
    ssize_t n = list_size(items);
    if (n == 1 && exact_str(list_item(items, 0))) {
        Object* only = list_item(items, 0);
        incref(only);
        decref(items);
        return only;
    }
    Text sep_text = str_to_u32(sep), out;
    for (ssize_t i = 0; i < n; ++i) {
        Object* item = list_item(items, i);
        if (!is_str(item)) {
            set_error_fmt(&exc::TypeError, "sequence item {}: expected str instance, {} found", i,
                          item->ob_type->tp_name);
            decref(items);
            return nullptr;
        }
        if (i) out += sep_text;
        out += str_to_u32(item);
    }
    decref(items);
    return str_from_code_points(out);
}

// ---- split ----------------------------------------------------------------------------------

Object* str_split(Object* self, Object* sep, ssize_t maxsplit) {
    Text s = str_to_u32(self), sep_text;
    bool whitespace;
    if (!sep_arg(sep, &sep_text, &whitespace)) return nullptr;
    if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
    std::size_t n = s.size(), i = 0, j = 0;
    Object* list = list_new(0);
    if (!list) return nullptr;
    if (whitespace) {
        // stringlib split_whitespace: runs of whitespace separate, and none
        // makes an empty piece; past maxsplit the rest is one piece without
        // its leading whitespace.
        using unicode_class::is_space;
        for (; maxsplit-- > 0;) {
            while (i < n && is_space(s[i])) ++i;
            if (i == n) break;
            j = i++;
            while (i < n && !is_space(s[i])) ++i;
            if (j == 0 && i == n && exact_str(self)) return decref(list), list_of_self(self);
            if (!add_piece(list, s, j, i)) return decref(list), nullptr;
        }
        if (i < n) {
            while (i < n && is_space(s[i])) ++i;
            if (i != n && !add_piece(list, s, i, n)) return decref(list), nullptr;
        }
        return list;
    }
    std::size_t pos;
    while (maxsplit-- > 0 && (pos = s.find(sep_text, i)) != Text::npos) {
        if (!add_piece(list, s, i, pos)) return decref(list), nullptr;
        i = pos + sep_text.size();
    }
    if (i == 0 && exact_str(self)) return decref(list), list_of_self(self);
    if (!add_piece(list, s, i, n)) return decref(list), nullptr;
    return list;
}

Object* str_rsplit(Object* self, Object* sep, ssize_t maxsplit) {
    Text s = str_to_u32(self), sep_text;
    bool whitespace;
    if (!sep_arg(sep, &sep_text, &whitespace)) return nullptr;
    if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
    // Pieces are found from the right and the list reversed at the end, as
    // stringlib rsplit does.
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    auto n = static_cast<ssize_t>(s.size());
    bool whole = false;
    if (whitespace) {
        using unicode_class::is_space;
        ssize_t i = n - 1, j;
        for (; maxsplit-- > 0;) {
            while (i >= 0 && is_space(s[static_cast<std::size_t>(i)])) --i;
            if (i < 0) break;
            j = i--;
            while (i >= 0 && !is_space(s[static_cast<std::size_t>(i)])) --i;
            if (j == n - 1 && i < 0) whole = true;
            pieces.emplace_back(i + 1, j + 1);
        }
        if (i >= 0) {
            while (i >= 0 && is_space(s[static_cast<std::size_t>(i)])) --i;
            if (i >= 0) pieces.emplace_back(0, i + 1);
        }
    } else {
        std::size_t end = s.size(), pos;
        while (maxsplit-- > 0 && end >= sep_text.size() &&
               (pos = s.rfind(sep_text, end - sep_text.size())) != Text::npos) {
            pieces.emplace_back(pos + sep_text.size(), end);
            end = pos;
        }
        whole = end == s.size();
        pieces.emplace_back(0, end);
    }
    if (whole && pieces.size() == 1 && exact_str(self)) return list_of_self(self);
    Object* list = list_new(0);
    if (!list) return nullptr;
    for (auto p = pieces.rbegin(); p != pieces.rend(); ++p)
        if (!add_piece(list, s, p->first, p->second)) return decref(list), nullptr;
    return list;
}

Object* str_splitlines(Object* self, bool keepends) {
    Text s = str_to_u32(self);
    Object* list = list_new(0);
    if (!list) return nullptr;
    std::size_t n = s.size(), i = 0;
    while (i < n) {
        std::size_t j = i;
        while (i < n && !unicode_class::is_linebreak(s[i])) ++i;
        std::size_t eol = i;
        if (i < n) {
            // "\r\n" is one line break.
            if (s[i] == U'\r' && i + 1 < n && s[i + 1] == U'\n') i += 2;
            else ++i;
            if (keepends) eol = i;
        }
        if (j == 0 && eol == n && exact_str(self)) return decref(list), list_of_self(self);
        if (!add_piece(list, s, j, eol)) return decref(list), nullptr;
    }
    return list;
}

// ---- strip ----------------------------------------------------------------------------------

namespace {

enum { LEFTSTRIP = 1, RIGHTSTRIP = 2, BOTHSTRIP = 3 };

Object* do_strip(Object* self, Object* chars, int striptype) {
    Text s = str_to_u32(self), set;
    bool whitespace = !chars || chars == None();
    if (!whitespace) {
        if (!is_str(chars)) {
            set_error(&exc::TypeError, "strip arg must be None or str");
            return nullptr;
        }
        set = str_to_u32(chars);
    }
    auto strips = [&](char32_t c) {
        return whitespace ? unicode_class::is_space(c) : set.find(c) != Text::npos;
    };
    std::size_t i = 0, j = s.size();
    if (striptype & LEFTSTRIP)
        while (i < j && strips(s[i])) ++i;
    if (striptype & RIGHTSTRIP)
        while (j > i && strips(s[j - 1])) --j;
    if (i == 0 && j == s.size() && exact_str(self)) return unchanged(self);
    return substr(s, i, j);
}

}  // namespace

Object* str_strip(Object* self, Object* chars) { return do_strip(self, chars, BOTHSTRIP); }
Object* str_lstrip(Object* self, Object* chars) { return do_strip(self, chars, LEFTSTRIP); }
Object* str_rstrip(Object* self, Object* chars) { return do_strip(self, chars, RIGHTSTRIP); }

// ---- replace --------------------------------------------------------------------------------

Object* str_replace(Object* self, Object* old, Object* new_, ssize_t count) {
    Text s = str_to_u32(self), from, to;
    if (!str_arg(old, &from, "replace() argument 1 ") || !str_arg(new_, &to, "replace() argument 2 "))
        return nullptr;
    if (count < 0) count = PTRDIFF_MAX;
    Text out;
    ssize_t done = 0;
    if (from.empty()) {
        // An empty old string matches before every character and at the end.
        std::size_t i = 0;
        for (; i <= s.size() && done < count; ++i, ++done) {
            out += to;
            if (i < s.size()) out += s[i];
        }
        if (i < s.size()) out.append(s, i, Text::npos);
    } else {
        std::size_t i = 0, pos;
        while (done < count && (pos = s.find(from, i)) != Text::npos) {
            out.append(s, i, pos - i);
            out += to;
            i = pos + from.size();
            ++done;
        }
        out.append(s, i, Text::npos);
    }
    if (done == 0 && exact_str(self)) return unchanged(self);
    return str_from_code_points(out);
}

// ---- searching -------------------------------------------------------------------------------

namespace {

// The match position of sub in self[start:end], or -1; -2 on a bad argument.
ssize_t find_in(Object* self, Object* sub, ssize_t start, ssize_t end, bool reverse) {
    Text needle;
    if (!str_arg(sub, &needle, "")) return -2;
    Text s = str_to_u32(self);
    adjust_indices(start, end, static_cast<ssize_t>(s.size()));
    auto len = static_cast<ssize_t>(needle.size());
    if (end - start < len) return -1;
    std::u32string_view window = std::u32string_view(s).substr(static_cast<std::size_t>(start),
                                                                static_cast<std::size_t>(end - start));
    std::size_t pos = reverse ? window.rfind(needle) : window.find(needle);
    return pos == std::u32string_view::npos ? -1 : start + static_cast<ssize_t>(pos);
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
    Text needle;
    if (!str_arg(sub, &needle, "")) return -2;
    Text s = str_to_u32(self);
    adjust_indices(start, end, static_cast<ssize_t>(s.size()));
    if (end - start < static_cast<ssize_t>(needle.size())) return 0;
    // An empty substring occurs between every two characters and at both ends.
    if (needle.empty()) return end - start + 1;
    ssize_t count = 0;
    auto i = static_cast<std::size_t>(start);
    std::size_t pos;
    while ((pos = s.find(needle, i)) != Text::npos && pos + needle.size() <= static_cast<std::size_t>(end)) {
        ++count;
        i = pos + needle.size();
    }
    return count;
}

namespace {

// CPython's tailmatch: whether self[start:end] starts (or ends) with sub.
bool tailmatch(const Text& s, const Text& sub, ssize_t start, ssize_t end, bool at_end) {
    adjust_indices(start, end, static_cast<ssize_t>(s.size()));
    end -= static_cast<ssize_t>(sub.size());
    if (end < start) return false;
    if (sub.empty()) return true;
    auto at = static_cast<std::size_t>(at_end ? end : start);
    return s.compare(at, sub.size(), sub) == 0;
}

int starts_or_ends(Object* self, Object* arg, ssize_t start, ssize_t end, bool at_end) {
    const char* name = at_end ? "endswith" : "startswith";
    Text s = str_to_u32(self);
    if (is_tuple(arg)) {
        for (ssize_t i = 0, n = tuple_size(arg); i < n; ++i) {
            Object* item = tuple_item(arg, i);
            if (!is_str(item)) {
                set_error_fmt(&exc::TypeError, "tuple for {} must only contain str, not {}", name,
                              item->ob_type->tp_name);
                return -1;
            }
            if (tailmatch(s, str_to_u32(item), start, end, at_end)) return 1;
        }
        return 0;
    }
    if (!is_str(arg)) {
        set_error_fmt(&exc::TypeError, "{} first arg must be str or a tuple of str, not {}", name,
                      arg->ob_type->tp_name);
        return -1;
    }
    return tailmatch(s, str_to_u32(arg), start, end, at_end);
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
    Text s = str_to_u32(self), sep_text;
    if (!str_arg(sep, &sep_text, "")) return nullptr;
    if (sep_text.empty()) {
        set_error(&exc::ValueError, "empty separator");
        return nullptr;
    }
    std::size_t pos = reverse ? s.rfind(sep_text) : s.find(sep_text);
    Object* parts[3] = {};
    if (pos == Text::npos) {
        // Not found: (self, '', '') or ('', '', self).
        Object* empty = str_from_code_points({});
        if (!empty) return nullptr;
        incref(empty);
        incref(self);
        parts[0] = reverse ? empty : self;
        parts[1] = empty;
        parts[2] = reverse ? self : empty;
    } else {
        parts[0] = substr(s, 0, pos);
        parts[1] = sep;
        incref(sep);
        parts[2] = substr(s, pos + sep_text.size(), s.size());
    }
    Object* result = parts[0] && parts[2] ? tuple_pack({parts[0], parts[1], parts[2]}) : nullptr;
    for (Object* p : parts) xdecref(p);
    return result;
}

}  // namespace

Object* str_partition(Object* self, Object* sep) { return do_partition(self, sep, false); }
Object* str_rpartition(Object* self, Object* sep) { return do_partition(self, sep, true); }

}  // namespace glasspy::rt
