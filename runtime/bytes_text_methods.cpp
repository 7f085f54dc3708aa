// The methods bytes and bytearray have because their content is often
// ASCII text: the is...() tests, case changes, padding, partition,
// removeprefix/removesuffix, splitlines, expandtabs, translate and
// maketrans (CPython: Objects/bytes_methods.c, the stringlib templates).
// Only ASCII letters, digits and whitespace count: b'\xe9'.isalpha() is
// False.  Results have self's type; an exact bytes that a method leaves
// unchanged is returned itself, as CPython does.
#include <fmt/format.h>

#include <array>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/bytes_text_methods.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

using View = std::string_view;


// self for an exact bytes left as it is, else a new object of its type.
Object* unchanged(Object* self) {
    if (self->ob_type == &bytes_type) return incref(self), self;
    return bytes_like_new(self, bytes_content(self));
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

bool buffer_arg(Object* o, View* out) {
    if (bytes_like_view(o, out)) return true;
    set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", o->ob_type->tp_name);
    return false;
}

bool no_kwargs(Object* self, const char* name, Object* kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    return check_no_kwargs(fmt::format("{}.{}", type_name(self), name), kwnames);
}

// ---- tests -------------------------------------------------------------------------------------

// "bytes.isalpha" or "bytearray.isalpha", for the calling-convention messages.
std::string qualname(Object* self, const char* name) { return fmt::format("{}.{}", type_name(self), name); }

template <bool (*Test)(char)>
Object* all_of(Object* self, Object* const*, ssize_t nargs, Object* kwnames, const char* name) {
    if (!check_no_args(qualname(self, name), nargs, kwnames)) return nullptr;
    View s = bytes_content(self);
    if (s.empty()) return bool_from(false);
    for (char c : s)
        if (!Test(c)) return bool_from(false);
    return bool_from(true);
}

bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

Object* meth_isascii(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "isascii"), nargs, kwnames)) return nullptr;
    for (char c : bytes_content(self))
        if (static_cast<unsigned char>(c) >= 0x80) return bool_from(false);
    return bool_from(true);
}

// islower/isupper: some cased byte, and none of the other case.
template <bool (*Case)(char), bool (*Other)(char)>
Object* cased(Object* self, Object* const*, ssize_t nargs, Object* kwnames, const char* name) {
    if (!check_no_args(qualname(self, name), nargs, kwnames)) return nullptr;
    bool seen = false;
    for (char c : bytes_content(self)) {
        if (Other(c)) return bool_from(false);
        seen = seen || Case(c);
    }
    return bool_from(seen);
}

// Upper case only after an uncased byte, lower case only after a cased one.
Object* meth_istitle(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "istitle"), nargs, kwnames)) return nullptr;
    bool previous_cased = false, seen = false;
    for (char c : bytes_content(self)) {
        if (is_upper(c)) {
            if (previous_cased) return bool_from(false);
            previous_cased = seen = true;
        } else if (is_lower(c)) {
            if (!previous_cased) return bool_from(false);
            previous_cased = seen = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_from(seen);
}

// ---- case ---------------------------------------------------------------------------------------

Object* meth_capitalize(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "capitalize"), nargs, kwnames)) return nullptr;
    std::string s(bytes_content(self));
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? to_upper(s[i]) : to_lower(s[i]);
    return bytes_like_new(self, s);
}

Object* meth_swapcase(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "swapcase"), nargs, kwnames)) return nullptr;
    std::string s(bytes_content(self));
    for (char& c : s) c = is_upper(c) ? to_lower(c) : to_upper(c);
    return bytes_like_new(self, s);
}

Object* meth_title(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "title"), nargs, kwnames)) return nullptr;
    std::string s(bytes_content(self));
    bool previous_cased = false;
    for (char& c : s) {
        c = previous_cased ? to_lower(c) : to_upper(c);
        previous_cased = is_alpha(c);
    }
    return bytes_like_new(self, s);
}

// ---- padding ------------------------------------------------------------------------------------

// (width[, fillchar]) of ljust, rjust and center.
bool pad_args(Object* self, const char* name, Object* const* args, ssize_t nargs, Object* kwnames, ssize_t* width,
              char* fill) {
    if (!no_kwargs(self, name, kwnames) || !check_positional(name, nargs, 1, 2)) return false;
    if (!arg_ssize(args[0], width)) return false;
    *fill = ' ';
    if (nargs == 2) {
        View f;
        if (!bytes_like_view(args[1], &f) || f.size() != 1) {
            set_error_fmt(&exc::TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name,
                          args[1]->ob_type->tp_name);
            return false;
        }
        *fill = f[0];
    }
    return true;
}

Object* pad(Object* self, ssize_t left, ssize_t right, char fill) {
    View s = bytes_content(self);
    if (left <= 0 && right <= 0) return unchanged(self);
    std::string out(static_cast<std::size_t>(std::max<ssize_t>(left, 0)), fill);
    out += s;
    out.append(static_cast<std::size_t>(std::max<ssize_t>(right, 0)), fill);
    return bytes_like_new(self, out);
}

template <int Where>  // 0 ljust, 1 rjust, 2 center
Object* justify(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* names[] = {"ljust", "rjust", "center"};
    ssize_t width;
    char fill;
    if (!pad_args(self, names[Where], args, nargs, kwnames, &width, &fill)) return nullptr;
    auto len = static_cast<ssize_t>(bytes_content(self).size());
    ssize_t margin = width - len;
    if (margin <= 0) return unchanged(self);
    if (Where == 0) return pad(self, 0, margin, fill);
    if (Where == 1) return pad(self, margin, 0, fill);
    // CPython's rounding: the odd byte goes left when width is odd too.
    ssize_t left = margin / 2 + (margin & width & 1);
    return pad(self, left, margin - left, fill);
}

Object* meth_zfill(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "zfill"), nargs, kwnames)) return nullptr;
    ssize_t width;
    if (!arg_ssize(args[0], &width)) return nullptr;
    View s = bytes_content(self);
    auto len = static_cast<ssize_t>(s.size());
    if (width <= len) return unchanged(self);
    std::string out(static_cast<std::size_t>(width - len), '0');
    out += s;
    // A sign moves in front of the zeros.
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        out[0] = s[0];
        out[static_cast<std::size_t>(width - len)] = '0';
    }
    return bytes_like_new(self, out);
}

// ---- partition, prefixes ---------------------------------------------------------------------

template <bool FromRight>
Object* partition(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    const char* name = FromRight ? "rpartition" : "partition";
    if (!check_one_arg(qualname(self, name), nargs, kwnames)) return nullptr;
    View sep;
    if (!buffer_arg(args[0], &sep)) return nullptr;
    if (sep.empty()) {
        set_error(&exc::ValueError, "empty separator");
        return nullptr;
    }
    View s = bytes_content(self);
    std::size_t at = FromRight ? s.rfind(sep) : s.find(sep);
    Ref<> empty = Ref<>::steal(bytes_like_new(self, View()));
    if (!empty) return nullptr;
    if (at == View::npos) {
        Ref<> whole = Ref<>::steal(unchanged(self));
        if (!whole) return nullptr;
        Ref<> other = Ref<>::steal(bytes_like_new(self, View()));
        if (!other) return nullptr;
        return FromRight ? tuple_pack({empty.get(), other.get(), whole.get()})
                         : tuple_pack({whole.get(), empty.get(), other.get()});
    }
    Ref<> head = Ref<>::steal(bytes_like_new(self, s.substr(0, at)));
    Ref<> middle = Ref<>::steal(bytes_like_new(self, sep));
    Ref<> tail = Ref<>::steal(bytes_like_new(self, s.substr(at + sep.size())));
    if (!head || !middle || !tail) return nullptr;
    return tuple_pack({head.get(), middle.get(), tail.get()});
}

template <bool Suffix>
Object* remove_affix(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    const char* name = Suffix ? "removesuffix" : "removeprefix";
    if (!check_one_arg(qualname(self, name), nargs, kwnames)) return nullptr;
    View affix;
    if (!buffer_arg(args[0], &affix)) return nullptr;
    View s = bytes_content(self);
    if (affix.empty() || !(Suffix ? s.ends_with(affix) : s.starts_with(affix))) return unchanged(self);
    return bytes_like_new(self, Suffix ? s.substr(0, s.size() - affix.size()) : s.substr(affix.size()));
}

// ---- lines and tabs -----------------------------------------------------------------------------

Object* meth_splitlines(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"keepends"};
    static constexpr ArgParser parser{"splitlines", kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int keepends = 0;
    if (argv[0] && !arg_int(argv[0], &keepends)) return nullptr;
    View s = bytes_content(self);
    Ref<> lines = Ref<>::steal(list_new(0));
    if (!lines) return nullptr;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t end = i;
        while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
        std::size_t next = end;
        if (next < s.size()) next += (s[next] == '\r' && next + 1 < s.size() && s[next + 1] == '\n') ? 2 : 1;
        // The whole of an exact bytes without line breaks is itself.
        Ref<> line = Ref<>::steal(i == 0 && next == s.size() && (keepends || end == s.size())
                                      ? unchanged(self)
                                      : bytes_like_new(self, s.substr(i, (keepends ? next : end) - i)));
        if (!line || list_append(lines.get(), line.get()) < 0) return nullptr;
        i = next;
    }
    return lines.release();
}

Object* meth_expandtabs(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"tabsize"};
    static constexpr ArgParser parser{"expandtabs", kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int tabsize = 8;
    if (argv[0] && !arg_int(argv[0], &tabsize)) return nullptr;
    std::string out;
    std::size_t column = 0;
    for (char c : bytes_content(self)) {
        if (c == '\t') {
            if (tabsize > 0) {
                std::size_t spaces = static_cast<std::size_t>(tabsize) - column % static_cast<std::size_t>(tabsize);
                out.append(spaces, ' ');
                column += spaces;
            }
        } else {
            out += c;
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return bytes_like_new(self, out);
}

// ---- translate ----------------------------------------------------------------------------------

Object* meth_translate(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"", "delete"};
    static constexpr ArgParser parser{"translate", kw, 1, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    View table;
    bool has_table = argv[0] != None();
    if (has_table) {
        if (!buffer_arg(argv[0], &table)) return nullptr;
        if (table.size() != 256) {
            set_error(&exc::ValueError, "translation table must be 256 characters long");
            return nullptr;
        }
    }
    View deleted;
    if (argv[1] && !buffer_arg(argv[1], &deleted)) return nullptr;
    std::array<bool, 256> drop{};
    for (char c : deleted) drop[static_cast<unsigned char>(c)] = true;
    std::string out;
    for (char c : bytes_content(self)) {
        auto byte = static_cast<unsigned char>(c);
        if (!drop[byte]) out += has_table ? table[byte] : c;
    }
    if (!has_table && deleted.empty()) return unchanged(self);
    return bytes_like_new(self, out);
}

// bytes.maketrans(frm, to), a static method: the 256-byte table translate() takes.
Object* meth_maketrans(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("maketrans", kwnames) || !check_positional("maketrans", nargs, 2, 2)) return nullptr;
    View from, to;
    if (!buffer_arg(args[0], &from) || !buffer_arg(args[1], &to)) return nullptr;
    if (from.size() != to.size()) {
        set_error(&exc::ValueError, "maketrans arguments must have same length");
        return nullptr;
    }
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[static_cast<std::size_t>(i)] = static_cast<char>(i);
    for (std::size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
    return bytes_from(table);
}

}  // namespace

Object* bytes_text_isalnum(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return all_of<is_alnum>(self, args, nargs, kwnames, "isalnum");
}

Object* bytes_text_isalpha(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return all_of<is_alpha>(self, args, nargs, kwnames, "isalpha");
}

Object* bytes_text_isdigit(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return all_of<is_digit>(self, args, nargs, kwnames, "isdigit");
}

Object* bytes_text_isspace(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return all_of<is_space>(self, args, nargs, kwnames, "isspace");
}

Object* bytes_text_isascii(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_isascii(self, args, nargs, kwnames);
}

Object* bytes_text_islower(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return cased<is_lower, is_upper>(self, args, nargs, kwnames, "islower");
}

Object* bytes_text_isupper(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return cased<is_upper, is_lower>(self, args, nargs, kwnames, "isupper");
}

Object* bytes_text_istitle(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_istitle(self, args, nargs, kwnames);
}

Object* bytes_text_capitalize(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_capitalize(self, args, nargs, kwnames);
}

Object* bytes_text_swapcase(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_swapcase(self, args, nargs, kwnames);
}

Object* bytes_text_title(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_title(self, args, nargs, kwnames);
}

Object* bytes_text_ljust(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return justify<0>(self, args, nargs, kwnames);
}

Object* bytes_text_rjust(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return justify<1>(self, args, nargs, kwnames);
}

Object* bytes_text_center(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return justify<2>(self, args, nargs, kwnames);
}

Object* bytes_text_zfill(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_zfill(self, args, nargs, kwnames);
}

Object* bytes_text_partition(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return partition<false>(self, args, nargs, kwnames);
}

Object* bytes_text_rpartition(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return partition<true>(self, args, nargs, kwnames);
}

Object* bytes_text_removeprefix(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return remove_affix<false>(self, args, nargs, kwnames);
}

Object* bytes_text_removesuffix(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return remove_affix<true>(self, args, nargs, kwnames);
}

Object* bytes_text_splitlines(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_splitlines(self, args, nargs, kwnames);
}

Object* bytes_text_expandtabs(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_expandtabs(self, args, nargs, kwnames);
}

Object* bytes_text_translate(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_translate(self, args, nargs, kwnames);
}

Object* bytes_text_maketrans(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return meth_maketrans(self, args, nargs, kwnames);
}

}  // namespace glasspy::rt
