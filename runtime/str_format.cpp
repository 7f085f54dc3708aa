// printf-style formatting: format % args for str (CPython:
// Objects/unicodeobject.c PyUnicode_Format and its helpers
// unicode_format_arg_parse, unicode_format_arg_format,
// unicode_format_arg_output, mainformatlong, _PyUnicode_FormatLong,
// formatfloat, formatchar).
//
// Each conversion goes through the same three steps as in CPython: parse
// "%[(key)][flags][width][.precision][hlL]type", turn the argument into text
// (with its sign, and for %#x/%#o its prefix), then lay the text out in the
// width: zero padding goes between the sign/prefix and the digits, space
// padding in front of them, '-' pads on the right with spaces.
//
// Invariant: the argument cursor follows CPython's (arglen -1 and argidx -2
// for a single non-tuple argument), so "not enough arguments for format
// string" and "not all arguments converted during string formatting"
// appear in exactly the same cases.
#include <cctype>
#include <climits>
#include <cmath>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/str_writer.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

enum Flags { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

struct Formatter {
    std::u32string_view fmt;
    std::size_t pos = 0;
    Object* args;        // borrowed, or owned when args_owned
    bool args_owned = false;
    Object* dict;        // borrowed mapping for %(key)s, or null
    ssize_t arglen, argidx;
    StrWriter out;

    ~Formatter() {
        if (args_owned) decref(args);
    }

    // A borrowed reference to the next argument.
    Object* next_arg() {
        ssize_t i = argidx;
        if (i < arglen) {
            ++argidx;
            return arglen < 0 ? args : tuple_item(args, i);
        }
        set_error(&exc::TypeError, "not enough arguments for format string");
        return nullptr;
    }
};

struct Arg {
    int flags = 0;
    ssize_t width = -1;
    int prec = -1;
    char32_t ch = 0;
    bool sign = false;
};

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Reads the next character of the spec into a.ch; false at the end.
bool read(Formatter& f, Arg& a) {
    if (f.pos >= f.fmt.size()) return false;
    a.ch = f.fmt[f.pos++];
    return true;
}

bool star_arg(Formatter& f, ssize_t* out) {
    Object* v = f.next_arg();
    if (!v) return false;
    if (!is_int(v)) {
        set_error(&exc::TypeError, "* wants int");
        return false;
    }
    return int_as_ssize(v, out);
}

// unicode_format_arg_parse: key, flags, width, precision, type.
bool parse(Formatter& f, Arg& a) {
    if (f.fmt[f.pos] == U'(') {
        if (!f.dict) {
            set_error(&exc::TypeError, "format requires a mapping");
            return false;
        }
        std::size_t start = ++f.pos;
        int depth = 1;
        while (depth > 0 && f.pos < f.fmt.size()) {
            if (f.fmt[f.pos] == U')') --depth;
            else if (f.fmt[f.pos] == U'(') ++depth;
            ++f.pos;
        }
        if (depth > 0) {
            set_error(&exc::ValueError, "incomplete format key");
            return false;
        }
        Object* key = str_from_code_points(std::u32string_view(f.fmt).substr(start, f.pos - start - 1));
        if (!key) return false;
        Object* value = get_item(f.dict, key);
        decref(key);
        if (!value) return false;
        if (f.args_owned) decref(f.args);
        f.args = value;
        f.args_owned = true;
        f.arglen = -1;
        f.argidx = -2;
    }
    bool more;
    while ((more = read(f, a))) {
        switch (a.ch) {
            case U'-': a.flags |= F_LJUST; continue;
            case U'+': a.flags |= F_SIGN; continue;
            case U' ': a.flags |= F_BLANK; continue;
            case U'#': a.flags |= F_ALT; continue;
            case U'0': a.flags |= F_ZERO; continue;
        }
        break;
    }
    if (more && a.ch == U'*') {
        if (!star_arg(f, &a.width)) return false;
        if (a.width < 0) {
            a.flags |= F_LJUST;
            a.width = -a.width;
        }
        more = read(f, a);
    } else if (more && is_digit(a.ch)) {
        a.width = a.ch - U'0';
        while ((more = read(f, a)) && is_digit(a.ch)) {
            if (a.width > (PTRDIFF_MAX - (a.ch - U'0')) / 10) {
                set_error(&exc::ValueError, "width too big");
                return false;
            }
            a.width = a.width * 10 + (a.ch - U'0');
        }
    }
    if (more && a.ch == U'.') {
        a.prec = 0;
        more = read(f, a);
        if (more && a.ch == U'*') {
            ssize_t p;
            if (!star_arg(f, &p)) return false;
            if (p > INT_MAX || p < INT_MIN) {
                set_error(&exc::OverflowError, "Python int too large to convert to C int");
                return false;
            }
            a.prec = p < 0 ? 0 : static_cast<int>(p);
            more = read(f, a);
        } else if (more && is_digit(a.ch)) {
            a.prec = static_cast<int>(a.ch - U'0');
            while ((more = read(f, a)) && is_digit(a.ch)) {
                if (a.prec > (INT_MAX - static_cast<int>(a.ch - U'0')) / 10) {
                    set_error(&exc::ValueError, "precision too big");
                    return false;
                }
                a.prec = a.prec * 10 + static_cast<int>(a.ch - U'0');
            }
        }
    }
    // "%ld" and friends: the length modifier is accepted and ignored.
    if (more && (a.ch == U'h' || a.ch == U'l' || a.ch == U'L')) more = read(f, a);
    if (!more) {
        set_error(&exc::ValueError, "incomplete format");
        return false;
    }
    return true;
}

// The argument of %d/%x/%o as an int: floats are truncated for %d only
// (CPython: PyNumber_Long vs _PyNumber_Index).  A new reference.
Object* integer_of(Object* v, char32_t type) {
    if (is_int(v)) return incref(v), v;
    auto wrong = [&]() -> Object* {
        if (type == U'o' || type == U'x' || type == U'X')
            set_error_fmt(&exc::TypeError, "%{} format: an integer is required, not {}", static_cast<char>(type),
                          v->ob_type->tp_name);
        else
            set_error_fmt(&exc::TypeError, "%{} format: a real number is required, not {}",
                          static_cast<char>(type), v->ob_type->tp_name);
        return nullptr;
    };
    bool index_only = type == U'o' || type == U'x' || type == U'X';
    unaryfunc conv = index_only ? v->ob_type->nb_index : v->ob_type->nb_int ? v->ob_type->nb_int : v->ob_type->nb_index;
    if (!conv) {
        if (index_only && (v->ob_type->nb_int || v->ob_type->nb_float)) return wrong();
        if (!index_only && is_float(v)) return int_from_double(float_value(v));
        return wrong();
    }
    return conv(v);
}

// _PyUnicode_FormatLong: sign, optional 0x/0X/0o prefix, precision zeros, digits.
bool format_long(Object* v, const Arg& a, std::u32string* text) {
    int base = a.ch == U'o' ? 8 : (a.ch == U'x' || a.ch == U'X') ? 16 : 10;
    std::string digits;
    if (!int_to_string(v, base, &digits)) return false;
    bool negative = !digits.empty() && digits[0] == '-';
    if (negative) digits.erase(0, 1);
    if (a.ch == U'X')
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string result = negative ? "-" : "";
    if ((a.flags & F_ALT) && base != 10) {
        result += '0';
        result += static_cast<char>(a.ch);
    }
    if (a.prec > static_cast<int>(digits.size())) result.append(static_cast<std::size_t>(a.prec) - digits.size(), '0');
    result += digits;
    text->assign(result.begin(), result.end());
    return true;
}

bool format_float(Object* v, const Arg& a, std::u32string* text) {
    double x;
    if (is_float(v)) {
        x = float_value(v);
    } else if (is_int(v)) {
        if (!int_as_double(v, &x)) return false;
    } else if (v->ob_type->nb_float) {
        Object* fv = v->ob_type->nb_float(v);
        if (!fv) return false;
        x = float_value(fv);
        decref(fv);
    } else {
        set_error_fmt(&exc::TypeError, "must be real number, not {}", v->ob_type->tp_name);
        return false;
    }
    // The digits are PyOS_double_to_string's, which format() shares.
    FormatSpec spec;
    spec.type = a.ch;
    spec.precision = a.prec < 0 ? 6 : a.prec;
    spec.alternate = (a.flags & F_ALT) != 0;
    FormatResult<std::u32string> r = format_float_internal(x, spec);
    if (!r.ok()) {
        set_error(&exc::ValueError, r.error().message);
        return false;
    }
    *text = r.value();
    return true;
}

bool format_char(Object* v, std::u32string* text) {
    if (is_str(v)) {
        if (str_length(v) == 1) {
            *text = str_at(v, 0);
            return true;
        }
    } else if (is_int(v)) {
        ssize_t x;
        if (!int_as_ssize(v, &x) || x < 0 || x > 0x10FFFF) {
            clear_error();
            set_error(&exc::OverflowError, "%c arg not in range(0x110000)");
            return false;
        }
        *text = static_cast<char32_t>(x);
        return true;
    }
    set_error(&exc::TypeError, "%c requires int or char");
    return false;
}

// unicode_format_arg_format: the argument as text.  For %s, %r and %a the
// str object is kept in *as_str as well, for output to write whole.
bool format_arg(Formatter& f, Arg& a, std::u32string* text, Ref<>* as_str) {
    Object* v = f.next_arg();
    if (!v) return false;
    switch (a.ch) {
        case U's': case U'r': case U'a': {
            *as_str = Ref<>::steal(a.ch == U's' ? str(v) : a.ch == U'r' ? repr(v) : ascii(v));
            if (!*as_str) return false;
            *text = str_to_u32(as_str->get());
            return true;
        }
        case U'i': case U'd': case U'u': case U'o': case U'x': case U'X': {
            Object* iv = integer_of(v, a.ch);
            if (!iv) return false;
            bool ok = format_long(iv, a, text);
            decref(iv);
            a.sign = true;
            return ok;
        }
        case U'e': case U'E': case U'f': case U'F': case U'g': case U'G':
            a.sign = true;
            return format_float(v, a, text);
        case U'c':
            return format_char(v, text);
        default: {
            char shown = a.ch >= 31 && a.ch <= 126 ? static_cast<char>(a.ch) : '?';
            set_error_fmt(&exc::ValueError, "unsupported format character '{}' (0x{:x}) at index {}", shown,
                          static_cast<unsigned>(a.ch), f.pos - 1);
            return false;
        }
    }
}

// unicode_format_arg_output: sign, prefix and padding around the text.
// as_str: the text as a str object, or null.
void output(Formatter& f, Arg& a, const std::u32string& text, Object* as_str) {
    char32_t fill = a.sign && (a.flags & F_ZERO) ? U'0' : U' ';
    auto len = static_cast<ssize_t>(text.size());
    if ((a.width == -1 || a.width <= len) && (a.prec == -1 || a.prec >= len) &&
        !(a.flags & (F_SIGN | F_BLANK))) {
        // Whole, as CPython writes the str object (which the writer may keep).
        if (as_str)
            f.out.append_str(as_str);
        else
            f.out.append_code_points(text);
        return;
    }
    if ((a.ch == U's' || a.ch == U'r' || a.ch == U'a') && a.prec >= 0 && len > a.prec) len = a.prec;
    std::size_t pindex = 0;
    char32_t signchar = 0;
    if (a.sign) {
        char32_t c = text.empty() ? 0 : text[0];
        if (c == U'-' || c == U'+') {
            signchar = c;
            --len;
            ++pindex;
        } else if (a.flags & F_SIGN) {
            signchar = U'+';
        } else if (a.flags & F_BLANK) {
            signchar = U' ';
        } else {
            a.sign = false;
        }
    }
    if (a.width < len) a.width = len;
    if (signchar) {
        if (fill != U' ') f.out.append_char(signchar);
        if (a.width > len) --a.width;
    }
    bool prefix = (a.flags & F_ALT) && (a.ch == U'x' || a.ch == U'X' || a.ch == U'o');
    if (prefix) {
        if (fill != U' ') {
            f.out.append_code_points(std::u32string_view(text).substr(pindex, 2));
            pindex += 2;
        }
        a.width = std::max<ssize_t>(a.width - 2, 0);
        len -= 2;
    }
    if (a.width > len && !(a.flags & F_LJUST)) {
        f.out.append_fill(fill, a.width - len);
        a.width = len;
    }
    if (fill == U' ') {
        if (signchar) f.out.append_char(signchar);
        if (prefix) {
            f.out.append_code_points(std::u32string_view(text).substr(pindex, 2));
            pindex += 2;
        }
    }
    if (len > 0) f.out.append_code_points(std::u32string_view(text).substr(pindex, static_cast<std::size_t>(len)));
    if (a.width > len) f.out.append_fill(U' ', a.width - len);
}

// The common conversions written straight into the output, as CPython's
// unicode_format_arg_format does for an exact str under %s: %s of a str
// and %d of a small int, with no flags, width or precision.  False, nothing
// consumed, for anything else (including a missing argument, which the
// general path reports).
bool format_simple(Formatter& f, const Arg& a) {
    if (a.flags || a.width != -1 || a.prec != -1 || f.argidx >= f.arglen) return false;
    if (a.ch != U's' && a.ch != U'd' && a.ch != U'i' && a.ch != U'u') return false;
    Object* v = f.arglen < 0 ? f.args : tuple_item(f.args, f.argidx);
    if (a.ch == U's') {
        if (v->ob_type != &str_type) return false;
        f.out.append_str(v);
    } else if (!f.out.append_small_int(v)) {
        return false;
    }
    ++f.argidx;
    return true;
}

}  // namespace

Object* str_percent_format(Object* format, Object* args) {
    CodePoints text(format);
    Formatter f;
    f.fmt = text.view();
    f.args = args;
    if (is_tuple(args)) {
        f.arglen = tuple_size(args);
        f.argidx = 0;
    } else {
        f.arglen = -1;
        f.argidx = -2;
    }
    // A mapping (anything subscriptable but a tuple or str) serves %(key)s.
    f.dict = args->ob_type->mp_subscript && !is_tuple(args) && !is_str(args) ? args : nullptr;
    // As in CPython, the writer may keep (share_whole_str) what the last
    // piece writes: 'text' % () is the format string itself and '%s' % x
    // whatever str(x) returned, a str subclass instance included.
    while (f.pos < f.fmt.size()) {
        std::size_t next = f.fmt.find(U'%', f.pos);
        if (next == std::u32string_view::npos) next = f.fmt.size();
        if (next == f.fmt.size()) f.out.share_whole_str();
        if (f.pos == 0 && next == f.fmt.size())
            f.out.append_str(format);
        else
            f.out.append_code_points(std::u32string_view(f.fmt).substr(f.pos, next - f.pos));
        f.pos = next;
        if (f.pos >= f.fmt.size()) break;
        ++f.pos;  // the '%'
        if (f.pos >= f.fmt.size()) {
            set_error(&exc::ValueError, "incomplete format");
            return nullptr;
        }
        if (f.fmt[f.pos] == U'%') {
            f.out.append_char(U'%');
            ++f.pos;
            continue;
        }
        Arg a;
        if (!parse(f, a)) return nullptr;
        if (f.pos >= f.fmt.size()) f.out.share_whole_str();
        if (format_simple(f, a)) continue;
        std::u32string text;
        Ref<> as_str;
        if (!format_arg(f, a, &text, &as_str)) return nullptr;
        output(f, a, text, as_str.get());
    }
    if (f.argidx < f.arglen && !f.dict) {
        set_error(&exc::TypeError, "not all arguments converted during string formatting");
        return nullptr;
    }
    return f.out.finish();
}

}  // namespace glasspy::rt
