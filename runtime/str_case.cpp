// str case mapping, character-class predicates and padding (CPython:
// Objects/unicodeobject.c do_upper/do_lower/do_title/do_capitalize/
// do_swapcase/do_casefold, handle_capital_sigma, unicode_isupper & co., pad,
// unicode_center/zfill/expandtabs; Objects/unicodectype.c for the
// per-character tables, which here come from ICU).
//
// Case mapping is per character with the full mappings of SpecialCasing.txt
// ('ß'.upper() == 'SS', 'ﬁ'.title() == 'Fi'), as CPython's
// _PyUnicode_ToUpperFull & co.; the only context CPython looks at is the
// final sigma ('ΟΔΟΣ'.lower() == 'οδος'), handled here exactly as its
// handle_capital_sigma does.  ICU is asked one character at a time, in the
// root locale, so none of its language-specific rules (Turkish i, Greek
// accents, Lithuanian dots) apply: CPython has none either.
//
// The predicates mirror CPython's flags from makeunicodedata.py: islower and
// isupper use the derived Lowercase/Uppercase properties, istitle the Lt
// category, isalpha the L* categories, and the numeric ones Numeric_Type.
#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/str.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/str_search.hpp"
#include "runtime/str_writer.hpp"
#include "runtime/unicode.hpp"

namespace glasspy::rt {

// ---- character classes -----------------------------------------------------------------------

namespace unicode_class {

bool is_space(char32_t c) {
    // CPython's _Py_ascii_whitespace and _PyUnicode_IsWhitespace: bidi class
    // WS, B or S, or category Zs.  The list is short and fixed, so it is
    // written out (what python3 reports as isspace()).
    switch (c) {
        case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
        case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
        case 0x85: case 0xA0: case 0x1680:
        case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return c >= 0x2000 && c <= 0x200A;
    }
}

bool is_linebreak(char32_t c) {
    // CPython's _PyUnicode_IsLinebreak: bidi class B or a Line_Break
    // property of BK/CR/LF/NL.
    switch (c) {
        case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
        case 0x85: case 0x2028: case 0x2029:
            return true;
        default:
            return false;
    }
}

bool is_decimal(char32_t c) {
    return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE) == U_NT_DECIMAL;
}

bool is_digit(char32_t c) {
    int t = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE);
    return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}

bool is_numeric(char32_t c) {
    return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

bool is_alpha(char32_t c) {
    switch (u_charType(static_cast<UChar32>(c))) {
        case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
        case U_MODIFIER_LETTER: case U_OTHER_LETTER:
            return true;
        default:
            return false;
    }
}

bool is_cased(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASED); }

bool is_case_ignorable(char32_t c) {
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASE_IGNORABLE);
}

}  // namespace unicode_class

namespace {

using unicode_class::is_case_ignorable;
using unicode_class::is_cased;

bool is_lower(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_LOWERCASE); }
bool is_upper(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_UPPERCASE); }
bool is_title(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_TITLECASE_LETTER; }

// ---- full case mapping of one character ----------------------------------------------------------

enum class Case { upper, lower, title, fold };

// Appends the full mapping of c; ICU works in UTF-16.
void map_char(char32_t c, Case how, std::u32string& out) {
    if (c < 0x80 && how != Case::title) {
        // ASCII: the mapping is the simple one (fold is lower).
        if (how == Case::upper && c >= 'a' && c <= 'z') c -= 32;
        else if (how != Case::upper && c >= 'A' && c <= 'Z') c += 32;
        out += c;
        return;
    }
    UChar src[2] = {0, 0};
    int32_t n = 0;
    UBool error = false;
    U16_APPEND(src, n, 2, static_cast<UChar32>(c), error);
    UChar dst[16];
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = 0;
    switch (how) {
        case Case::upper: len = u_strToUpper(dst, 16, src, n, "", &status); break;
        case Case::lower: len = u_strToLower(dst, 16, src, n, "", &status); break;
        case Case::fold: len = u_strFoldCase(dst, 16, src, n, U_FOLD_CASE_DEFAULT, &status); break;
        case Case::title: {
            // The whole one-character string is one "word" whose first
            // character gets its titlecase mapping.
            static UCaseMap* csm = [] {
                UErrorCode st = U_ZERO_ERROR;
                return ucasemap_open("", U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_LOWERCASE |
                                             U_TITLECASE_NO_BREAK_ADJUSTMENT, &st);
            }();
            len = ucasemap_toTitle(csm, dst, 16, src, n, &status);
            break;
        }
    }
    if (U_FAILURE(status) || error) {
        out += c;
        return;
    }
    for (int32_t i = 0; i < len;) {
        UChar32 m;
        U16_NEXT(dst, i, len, m);
        out += static_cast<char32_t>(m);
    }
}

// CPython's handle_capital_sigma: Σ at i becomes final ς when a cased letter
// precedes it and none follows (case-ignorable characters skipped both ways).
char32_t capital_sigma(const std::u32string& s, std::size_t i) {
    std::size_t j = i;
    char32_t c = 0;
    bool found = false;
    while (j-- > 0) {
        c = s[j];
        if (!is_case_ignorable(c)) {
            found = true;
            break;
        }
    }
    bool final_sigma = found && is_cased(c);
    if (final_sigma && i + 1 < s.size()) {
        std::size_t k = i + 1;
        for (; k < s.size(); ++k) {
            c = s[k];
            if (!is_case_ignorable(c)) break;
        }
        final_sigma = k == s.size() || !is_cased(c);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

// CPython's lower_ucs4: the lower mapping with the sigma rule.
void lower_at(const std::u32string& s, std::size_t i, std::u32string& out) {
    if (s[i] == 0x3A3) out += capital_sigma(s, i);
    else map_char(s[i], Case::lower, out);
}

template <typename F> Object* map_string(Object* self, F per_char) {
    std::u32string s = str_to_u32(self), out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) per_char(s, i, out);
    return str_from_code_points(out);
}

// ASCII text maps byte by byte, with no table lookups and no code points
// (CPython: ascii_upper_or_lower, ascii_do_capitalize & co. for
// PyUnicode_IS_ASCII strings); the result is ASCII too.
template <typename F> Object* map_ascii(Object* self, F map_byte) {
    ssize_t n = str_length(self);
    if (n <= 1) {
        if (n == 0) return str_empty();
        return str_latin1_char(map_byte(*static_cast<const unsigned char*>(str_data(self)), 0));
    }
    Object* r = str_new(n, 0x7F);
    if (!r) return nullptr;
    auto* src = static_cast<const unsigned char*>(str_data(self));
    auto* dst = static_cast<unsigned char*>(str_data(r));
    for (ssize_t i = 0; i < n; ++i) dst[i] = map_byte(src[i], i);
    return r;
}

unsigned char ascii_upper(unsigned char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

}  // namespace

Object* str_upper(Object* self) {
    if (str_is_ascii(self)) return map_ascii(self, [](unsigned char c, ssize_t) { return ascii_upper(c); });
    return map_string(self, [](auto& s, std::size_t i, auto& out) { map_char(s[i], Case::upper, out); });
}

Object* str_lower(Object* self) {
    if (str_is_ascii(self)) return map_ascii(self, [](unsigned char c, ssize_t) { return ascii_lower(c); });
    return map_string(self, lower_at);
}

Object* str_casefold(Object* self) {
    if (str_is_ascii(self)) return map_ascii(self, [](unsigned char c, ssize_t) { return ascii_lower(c); });
    return map_string(self, [](auto& s, std::size_t i, auto& out) { map_char(s[i], Case::fold, out); });
}

Object* str_swapcase(Object* self) {
    if (str_is_ascii(self))
        return map_ascii(self, [](unsigned char c, ssize_t) { return c >= 'a' ? ascii_upper(c) : ascii_lower(c); });
    return map_string(self, [](auto& s, std::size_t i, auto& out) {
        if (is_upper(s[i])) lower_at(s, i, out);
        else if (is_lower(s[i])) map_char(s[i], Case::upper, out);
        else out += s[i];
    });
}

Object* str_capitalize(Object* self) {
    // Since 3.8 the first character is titlecased, not uppercased (the same
    // for ASCII).
    if (str_is_ascii(self))
        return map_ascii(self, [](unsigned char c, ssize_t i) { return i == 0 ? ascii_upper(c) : ascii_lower(c); });
    return map_string(self, [](auto& s, std::size_t i, auto& out) {
        if (i == 0) map_char(s[i], Case::title, out);
        else lower_at(s, i, out);
    });
}

Object* str_title(Object* self) {
    bool previous_is_cased = false;
    if (str_is_ascii(self)) {
        return map_ascii(self, [&](unsigned char c, ssize_t) {
            unsigned char mapped = previous_is_cased ? ascii_lower(c) : ascii_upper(c);
            previous_is_cased = ascii_lower(c) != ascii_upper(c);
            return mapped;
        });
    }
    return map_string(self, [&](auto& s, std::size_t i, auto& out) {
        if (previous_is_cased) lower_at(s, i, out);
        else map_char(s[i], Case::title, out);
        previous_is_cased = is_cased(s[i]);
    });
}

// ---- predicates ---------------------------------------------------------------------------------

namespace {

// True for a non-empty string whose every character passes.
template <typename F> bool all_chars(const Object* self, F test) {
    ssize_t n = str_length(self);
    if (n == 0) return false;
    for (ssize_t i = 0; i < n; ++i)
        if (!test(str_at(self, i))) return false;
    return true;
}

}  // namespace

bool str_isdecimal(const Object* self) { return all_chars(self, unicode_class::is_decimal); }
bool str_isdigit(const Object* self) { return all_chars(self, unicode_class::is_digit); }
bool str_isnumeric(const Object* self) { return all_chars(self, unicode_class::is_numeric); }
bool str_isalpha(const Object* self) { return all_chars(self, unicode_class::is_alpha); }
bool str_isspace(const Object* self) { return all_chars(self, unicode_class::is_space); }

bool str_isalnum(const Object* self) {
    return all_chars(self, [](char32_t c) {
        return unicode_class::is_alpha(c) || unicode_class::is_numeric(c);
    });
}

bool str_isascii(const Object* self) { return str_is_ascii(self); }

bool str_isprintable(const Object* self) {
    for (ssize_t i = 0, n = str_length(self); i < n; ++i)
        if (!unicode::is_printable(str_at(self, i))) return false;
    return true;
}

bool str_isidentifier(const Object* self) {
    ssize_t n = str_length(self);
    if (n == 0 || !unicode::is_xid_start(str_at(self, 0))) return false;
    for (ssize_t i = 1; i < n; ++i)
        if (!unicode::is_xid_continue(str_at(self, i))) return false;
    return true;
}

bool str_isupper(const Object* self) {
    bool cased = false;
    for (ssize_t i = 0, n = str_length(self); i < n; ++i) {
        char32_t c = str_at(self, i);
        if (is_lower(c) || is_title(c)) return false;
        if (is_upper(c)) cased = true;
    }
    return cased;
}

bool str_islower(const Object* self) {
    bool cased = false;
    for (ssize_t i = 0, n = str_length(self); i < n; ++i) {
        char32_t c = str_at(self, i);
        if (is_upper(c) || is_title(c)) return false;
        if (is_lower(c)) cased = true;
    }
    return cased;
}

bool str_istitle(const Object* self) {
    // Uppercase and titlecase characters may only follow uncased ones,
    // lowercase only cased ones.
    bool cased = false, previous_is_cased = false;
    for (ssize_t i = 0, n = str_length(self); i < n; ++i) {
        char32_t c = str_at(self, i);
        if (is_upper(c) || is_title(c)) {
            if (previous_is_cased) return false;
            previous_is_cased = cased = true;
        } else if (is_lower(c)) {
            if (!previous_is_cased) return false;
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return cased;
}

// ---- padding ------------------------------------------------------------------------------------

namespace {

bool fill_arg(Object* fillchar, char32_t* out) {
    if (!fillchar) {
        *out = U' ';
        return true;
    }
    if (!is_str(fillchar)) {
        set_error_fmt(&exc::TypeError, "The fill character must be a unicode character, not {}",
                      fillchar->ob_type->tp_name);
        return false;
    }
    if (str_length(fillchar) != 1) {
        set_error(&exc::TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *out = str_at(fillchar, 0);
    return true;
}

// CPython's pad(): left and right copies of fill around the text.
Object* pad(Object* self, ssize_t left, ssize_t right, char32_t fill) {
    if (left <= 0 && right <= 0 && self->ob_type == &str_type) {
        incref(self);
        return self;
    }
    StrWriter out;
    out.append_fill(fill, left);
    out.append_str(self);
    out.append_fill(fill, right);
    return out.finish();
}

}  // namespace

Object* str_center(Object* self, ssize_t width, Object* fillchar) {
    char32_t fill;
    if (!fill_arg(fillchar, &fill)) return nullptr;
    ssize_t marg = width - str_length(self);
    if (marg <= 0) return pad(self, 0, 0, fill);
    // CPython puts the odd extra character on the left only when both the
    // margin and the width are odd.
    ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

Object* str_ljust(Object* self, ssize_t width, Object* fillchar) {
    char32_t fill;
    if (!fill_arg(fillchar, &fill)) return nullptr;
    return pad(self, 0, width - str_length(self), fill);
}

Object* str_rjust(Object* self, ssize_t width, Object* fillchar) {
    char32_t fill;
    if (!fill_arg(fillchar, &fill)) return nullptr;
    return pad(self, width - str_length(self), 0, fill);
}

Object* str_zfill(Object* self, ssize_t width) {
    ssize_t fill = width - str_length(self);
    if (fill <= 0) return pad(self, 0, 0, U'0');
    // A sign moves in front of the zeros.
    char32_t first = str_length(self) ? str_at(self, 0) : 0;
    bool sign = first == U'+' || first == U'-';
    StrWriter out;
    if (sign) out.append_char(first);
    out.append_fill(U'0', fill);
    out.append_substr(self, sign ? 1 : 0, str_length(self));
    return out.finish();
}

Object* str_expandtabs(Object* self, ssize_t tabsize) {
    if (str_find_char(self, U'\t', 0, str_length(self)) < 0 && self->ob_type == &str_type) {
        incref(self);
        return self;
    }
    std::u32string s = str_to_u32(self), out;
    ssize_t column = 0;
    for (char32_t c : s) {
        if (c == U'\t') {
            if (tabsize > 0) {
                ssize_t incr = tabsize - column % tabsize;
                column += incr;
                out.append(static_cast<std::size_t>(incr), U' ');
            }
        } else {
            ++column;
            out += c;
            if (c == U'\n' || c == U'\r') column = 0;
        }
    }
    return str_from_code_points(out);
}

}  // namespace glasspy::rt
