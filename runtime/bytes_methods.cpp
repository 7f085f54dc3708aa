// The methods bytes and bytearray share (CPython: Objects/bytesobject.c,
// Objects/bytearrayobject.c, Objects/bytes_methods.c, Objects/stringlib/*.h,
// Python/pystrhex.c for hex()).
//
// They work on the content as a std::string_view and return an object of
// self's type (bytes for bytes, bytearray for bytearray), as CPython's
// stringlib templates do for both types.  Whitespace for split()/strip() is
// ASCII whitespace (Py_ISSPACE: space, \t \n \v \f \r), not str's.  bytes
// returns itself where CPython does (a strip that removed nothing, a split
// that found nothing); a bytearray result is always a new object.
#include <algorithm>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

using View = std::string_view;

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// self itself for an exact bytes whose result is all of it, else a copy.
Object* piece(Object* self, View whole, std::size_t start, std::size_t end) {
    if (start == 0 && end == whole.size() && self->ob_type == &bytes_type) return incref(self), self;
    return bytes_like_new(self, whole.substr(start, end - start));
}

bool buffer_arg(Object* o, View* out) {
    if (bytes_like_view(o, out)) return true;
    set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", o->ob_type->tp_name);
    return false;
}

bool append_piece(Object* list, Object* self, View whole, std::size_t start, std::size_t end) {
    Object* p = piece(self, whole, start, end);
    if (!p) return false;
    int r = list_append(list, p);
    decref(p);
    return r == 0;
}

void adjust_indices(ssize_t& start, ssize_t& end, ssize_t len) {
    if (end > len) end = len;
    else if (end < 0) end = std::max<ssize_t>(end + len, 0);
    if (start < 0) start = std::max<ssize_t>(start + len, 0);
}

}  // namespace

Object* bytes_decode(Object* self, std::string_view encoding, std::string_view errors) {
    return str_decode(bytes_content(self), encoding, errors);
}

Object* bytes_join(Object* self, Object* iterable) {
    Object* it = get_iter(iterable);
    if (!it) return nullptr;
    std::string out;
    View sep = bytes_content(self);
    ssize_t i = 0;
    while (Object* item = iter_next(it)) {
        View v;
        if (!bytes_like_view(item, &v)) {
            set_error_fmt(&exc::TypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                          item->ob_type->tp_name);
            decref(item);
            decref(it);
            return nullptr;
        }
        if (i++) out += sep;
        out += v;
        decref(item);
    }
    decref(it);
    if (error_occurred()) return nullptr;
    return bytes_like_new(self, out);
}

Object* bytes_split(Object* self, Object* sep, ssize_t maxsplit) {
    View s = bytes_content(self), sp;
    bool whitespace = !sep || sep == None();
    if (!whitespace) {
        if (!buffer_arg(sep, &sp)) return nullptr;
        if (sp.empty()) return set_error(&exc::ValueError, "empty separator"), nullptr;
    }
    if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
    Object* list = list_new(0);
    if (!list) return nullptr;
    std::size_t n = s.size(), i = 0, j;
    if (whitespace) {
        for (; maxsplit-- > 0;) {
            while (i < n && is_space(s[i])) ++i;
            if (i == n) break;
            j = i++;
            while (i < n && !is_space(s[i])) ++i;
            if (!append_piece(list, self, s, j, i)) return decref(list), nullptr;
        }
        if (i < n) {
            while (i < n && is_space(s[i])) ++i;
            if (i != n && !append_piece(list, self, s, i, n)) return decref(list), nullptr;
        }
        return list;
    }
    std::size_t pos;
    while (maxsplit-- > 0 && (pos = s.find(sp, i)) != View::npos) {
        if (!append_piece(list, self, s, i, pos)) return decref(list), nullptr;
        i = pos + sp.size();
    }
    if (!append_piece(list, self, s, i, n)) return decref(list), nullptr;
    return list;
}

Object* bytes_rsplit(Object* self, Object* sep, ssize_t maxsplit) {
    View s = bytes_content(self), sp;
    bool whitespace = !sep || sep == None();
    if (!whitespace) {
        if (!buffer_arg(sep, &sp)) return nullptr;
        if (sp.empty()) return set_error(&exc::ValueError, "empty separator"), nullptr;
    }
    if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    if (whitespace) {
        auto i = static_cast<ssize_t>(s.size()) - 1, j = i;
        auto at = [&](ssize_t k) { return s[static_cast<std::size_t>(k)]; };
        for (; maxsplit-- > 0;) {
            while (i >= 0 && is_space(at(i))) --i;
            if (i < 0) break;
            j = i--;
            while (i >= 0 && !is_space(at(i))) --i;
            pieces.emplace_back(i + 1, j + 1);
        }
        if (i >= 0) {
            while (i >= 0 && is_space(at(i))) --i;
            if (i >= 0) pieces.emplace_back(0, i + 1);
        }
    } else {
        std::size_t end = s.size(), pos;
        while (maxsplit-- > 0 && end >= sp.size() && (pos = s.rfind(sp, end - sp.size())) != View::npos) {
            pieces.emplace_back(pos + sp.size(), end);
            end = pos;
        }
        pieces.emplace_back(0, end);
    }
    Object* list = list_new(0);
    if (!list) return nullptr;
    for (auto p = pieces.rbegin(); p != pieces.rend(); ++p)
        if (!append_piece(list, self, s, p->first, p->second)) return decref(list), nullptr;
    return list;
}

namespace {

Object* do_strip(Object* self, Object* chars, bool left, bool right) {
    View s = bytes_content(self), set;
    bool whitespace = !chars || chars == None();
    if (!whitespace && !buffer_arg(chars, &set)) return nullptr;
    auto strips = [&](char c) { return whitespace ? is_space(c) : set.find(c) != View::npos; };
    std::size_t i = 0, j = s.size();
    if (left)
        while (i < j && strips(s[i])) ++i;
    if (right)
        while (j > i && strips(s[j - 1])) --j;
    return piece(self, s, i, j);
}

}  // namespace

Object* bytes_strip(Object* self, Object* chars) { return do_strip(self, chars, true, true); }
Object* bytes_lstrip(Object* self, Object* chars) { return do_strip(self, chars, true, false); }
Object* bytes_rstrip(Object* self, Object* chars) { return do_strip(self, chars, false, true); }

Object* bytes_replace(Object* self, Object* old, Object* new_, ssize_t count) {
    View s = bytes_content(self), from, to;
    if (!buffer_arg(old, &from) || !buffer_arg(new_, &to)) return nullptr;
    if (count < 0) count = PTRDIFF_MAX;
    std::string out;
    ssize_t done = 0;
    if (from.empty()) {
        std::size_t i = 0;
        for (; i <= s.size() && done < count; ++i, ++done) {
            out += to;
            if (i < s.size()) out += s[i];
        }
        if (i < s.size()) out += s.substr(i);
    } else {
        std::size_t i = 0, pos;
        while (done < count && (pos = s.find(from, i)) != View::npos) {
            out += s.substr(i, pos - i);
            out += to;
            i = pos + from.size();
            ++done;
        }
        out += s.substr(i);
    }
    if (done == 0) return piece(self, s, 0, s.size());
    return bytes_like_new(self, out);
}

namespace {

// The sub argument of find & co.: bytes-like, or an int 0..255.
bool sub_arg(Object* sub, std::string* out) {
    View v;
    if (bytes_like_view(sub, &v)) {
        *out = v;
        return true;
    }
    if (is_int(sub)) {
        ssize_t b;
        if (!int_as_ssize(sub, &b) || b < 0 || b > 255) {
            clear_error();
            set_error(&exc::ValueError, "byte must be in range(0, 256)");
            return false;
        }
        *out = std::string(1, static_cast<char>(b));
        return true;
    }
    set_error_fmt(&exc::TypeError, "argument should be integer or bytes-like object, not '{}'",
                  sub->ob_type->tp_name);
    return false;
}

ssize_t find_in(Object* self, Object* sub, ssize_t start, ssize_t end, bool reverse) {
    std::string needle;
    if (!sub_arg(sub, &needle)) return -2;
    View s = bytes_content(self);
    adjust_indices(start, end, static_cast<ssize_t>(s.size()));
    if (end - start < static_cast<ssize_t>(needle.size())) return -1;
    View w = s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    std::size_t pos = reverse ? w.rfind(needle) : w.find(needle);
    return pos == View::npos ? -1 : start + static_cast<ssize_t>(pos);
}

}  // namespace

ssize_t bytes_find(Object* self, Object* sub, ssize_t start, ssize_t end) {
    return find_in(self, sub, start, end, false);
}
ssize_t bytes_rfind(Object* self, Object* sub, ssize_t start, ssize_t end) {
    return find_in(self, sub, start, end, true);
}
ssize_t bytes_index(Object* self, Object* sub, ssize_t start, ssize_t end) {
    ssize_t r = find_in(self, sub, start, end, false);
    if (r == -1) set_error(&exc::ValueError, "subsection not found");
    return r < 0 ? -1 : r;
}
ssize_t bytes_rindex(Object* self, Object* sub, ssize_t start, ssize_t end) {
    ssize_t r = find_in(self, sub, start, end, true);
    if (r == -1) set_error(&exc::ValueError, "subsection not found");
    return r < 0 ? -1 : r;
}

ssize_t bytes_count(Object* self, Object* sub, ssize_t start, ssize_t end) {
    std::string needle;
    if (!sub_arg(sub, &needle)) return -2;
    View s = bytes_content(self);
    adjust_indices(start, end, static_cast<ssize_t>(s.size()));
    if (end - start < static_cast<ssize_t>(needle.size())) return 0;
    if (needle.empty()) return end - start + 1;
    ssize_t count = 0;
    auto i = static_cast<std::size_t>(start);
    std::size_t pos;
    while ((pos = s.find(needle, i)) != View::npos && pos + needle.size() <= static_cast<std::size_t>(end)) {
        ++count;
        i = pos + needle.size();
    }
    return count;
}

namespace {

bool tailmatch(View s, View sub, ssize_t start, ssize_t end, bool at_end) {
    adjust_indices(start, end, static_cast<ssize_t>(s.size()));
    end -= static_cast<ssize_t>(sub.size());
    if (end < start) return false;
    if (sub.empty()) return true;
    return s.substr(static_cast<std::size_t>(at_end ? end : start), sub.size()) == sub;
}

int starts_or_ends(Object* self, Object* arg, ssize_t start, ssize_t end, bool at_end) {
    const char* name = at_end ? "endswith" : "startswith";
    View s = bytes_content(self), v;
    if (is_tuple(arg)) {
        for (ssize_t i = 0, n = tuple_size(arg); i < n; ++i) {
            if (!bytes_like_view(tuple_item(arg, i), &v)) {
                set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'",
                              tuple_item(arg, i)->ob_type->tp_name);
                return -1;
            }
            if (tailmatch(s, v, start, end, at_end)) return 1;
        }
        return 0;
    }
    if (!bytes_like_view(arg, &v)) {
        set_error_fmt(&exc::TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                      arg->ob_type->tp_name);
        return -1;
    }
    return tailmatch(s, v, start, end, at_end);
}

}  // namespace

int bytes_startswith(Object* self, Object* prefix, ssize_t start, ssize_t end) {
    return starts_or_ends(self, prefix, start, end, false);
}
int bytes_endswith(Object* self, Object* suffix, ssize_t start, ssize_t end) {
    return starts_or_ends(self, suffix, start, end, true);
}

Object* bytes_upper(Object* self) {
    std::string s(bytes_content(self));
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return bytes_like_new(self, s);
}

Object* bytes_lower(Object* self) {
    std::string s(bytes_content(self));
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return bytes_like_new(self, s);
}

Object* bytes_hex(Object* self, Object* sep, ssize_t bytes_per_sep) {
    // Python/pystrhex.c: a separator every |bytes_per_sep| bytes, counted
    // from the right when positive, from the left when negative.
    View s = bytes_content(self);
    char32_t sepchar = 0;
    if (sep && sep != None()) {
        View sv;
        std::string text;
        if (is_str(sep)) text = str_to_utf8(sep), sv = text;
        else if (!bytes_like_view(sep, &sv)) {
            set_error(&exc::TypeError, "sep must be str or bytes.");
            return nullptr;
        }
        if (is_str(sep) ? str_length(sep) != 1 : sv.size() != 1) {
            set_error(&exc::ValueError, "sep must be length 1.");
            return nullptr;
        }
        sepchar = is_str(sep) ? str_at(sep, 0) : static_cast<unsigned char>(sv[0]);
        if (sepchar > 0x7F) {
            set_error(&exc::ValueError, "sep must be ASCII.");
            return nullptr;
        }
    }
    static constexpr char HEX[] = "0123456789abcdef";
    std::string out;
    auto n = static_cast<ssize_t>(s.size());
    ssize_t group = bytes_per_sep < 0 ? -bytes_per_sep : bytes_per_sep;
    for (ssize_t i = 0; i < n; ++i) {
        if (sepchar && group > 0 && i > 0) {
            bool boundary = bytes_per_sep > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += static_cast<char>(sepchar);
        }
        auto b = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
        out += HEX[b >> 4];
        out += HEX[b & 0xF];
    }
    return str_from_latin1(out);
}

Object* bytes_fromhex(TypeObject* type, Object* s) {
    if (!is_str(s)) {
        set_error_fmt(&exc::TypeError, "fromhex() argument must be str, not {}", s->ob_type->tp_name);
        return nullptr;
    }
    std::u32string t = str_to_u32(s);
    std::string out;
    auto digit = [](char32_t c) -> int {
        if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
        if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
        if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
        return -1;
    };
    for (std::size_t i = 0; i < t.size();) {
        // Whitespace (ASCII) may separate bytes, never the two digits of one.
        if (t[i] < 0x80 && is_space(static_cast<char>(t[i]))) {
            ++i;
            continue;
        }
        int hi = digit(t[i]);
        int lo = i + 1 < t.size() ? digit(t[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            std::size_t bad = hi < 0 ? i : i + 1;
            set_error_fmt(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position {}", bad);
            return nullptr;
        }
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return type == &bytearray_type ? bytearray_from(out) : bytes_from(out);
}

}  // namespace glasspy::rt
