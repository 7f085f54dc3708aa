// The built-in functions about numbers and characters: abs, round, divmod,
// pow, bin, oct, hex, chr, ord (CPython: Python/bltinmodule.c, with
// divmod's and pow's dispatch from Objects/abstract.c).
//
// round, divmod and pow follow the number protocol: the operand types'
// slots decide, and a TypeError naming the operation is raised when none
// applies.  chr and ord convert between a code point and a one-character
// str; bin/oct/hex accept anything with __index__.
#include <string_view>

#include "runtime/abstract.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/builtins_internal.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// abs(x)
Object* builtin_abs(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("abs", nargs, kwnames)) return nullptr;
    if (unaryfunc f = args[0]->ob_type->nb_absolute) return f(args[0]);
    set_error_fmt(&exc::TypeError, "bad operand type for abs(): '{}'", type_name(args[0]));
    return nullptr;
}

// round(number, ndigits=None): number.__round__(ndigits), with int and
// float handled here directly.
Object* builtin_round(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* a[2];
    if (!unpack_keywords({"round", {"number", "ndigits"}, 1, 2}, args, nargs, kwnames, a)) return nullptr;
    Object* number = a[0];
    Ref<> ndigits;
    if (a[1] && a[1] != None()) {
        if (is_int(number) || is_float(number)) {
            // Both __round__ methods take the digits through __index__.
            ndigits = Ref<>::steal(number_index(a[1]));
            if (!ndigits) return nullptr;
        } else {
            ndigits = new_ref(a[1]);
        }
    }
    if (is_float(number)) return float_round(float_value(number), ndigits.get());
    if (is_int(number)) return int_round(number, ndigits.get());
    Ref<> name = Ref<>::steal(str_intern("__round__"));
    if (!name) return nullptr;
    if (!type_lookup(number->ob_type, name.get())) {
        set_error_fmt(&exc::TypeError, "type {} doesn't define __round__ method", number->ob_type->tp_name);
        return nullptr;
    }
    Ref<> method = Ref<>::steal(get_attr(number, name.get()));
    if (!method) return nullptr;
    Object* digits = ndigits.get();
    return call(method.get(), &digits, digits ? 1 : 0);
}

// One binary number slot tried CPython's way (binary_op1 in abstract.c):
// the left operand's, unless the right operand's type is a proper subclass
// with its own, which goes first; NotImplemented passes the turn.
Object* binary_slot(Object* v, Object* w, binaryfunc TypeObject::*slot) {
    binaryfunc slotv = v->ob_type->*slot;
    binaryfunc slotw = w->ob_type != v->ob_type ? w->ob_type->*slot : nullptr;
    if (slotw == slotv) slotw = nullptr;
    if (slotv) {
        if (slotw && is_subtype(w->ob_type, v->ob_type)) {
            Object* r = slotw(v, w);
            if (r != NotImplemented()) return r;
            decref(r);
            slotw = nullptr;
        }
        Object* r = slotv(v, w);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (slotw) return slotw(v, w);
    incref(NotImplemented());
    return NotImplemented();
}

// divmod(x, y)
Object* builtin_divmod(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("divmod", kwnames) || !check_positional("divmod", nargs, 2, 2)) return nullptr;
    Object* r = binary_slot(args[0], args[1], &TypeObject::nb_divmod);
    if (r != NotImplemented()) return r;
    decref(r);
    set_error_fmt(&exc::TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(args[0]),
                  type_name(args[1]));
    return nullptr;
}

// pow(base, exp, mod): the three-operand form of CPython's ternary_op,
// which also offers the modulus's type a turn.
Object* ternary_power(Object* v, Object* w, Object* z) {
    ternaryfunc slotv = v->ob_type->nb_power;
    ternaryfunc slotw = w->ob_type != v->ob_type ? w->ob_type->nb_power : nullptr;
    if (slotw == slotv) slotw = nullptr;
    auto attempt = [&](ternaryfunc f, Object** out) {
        *out = f(v, w, z);
        if (*out != NotImplemented()) return true;
        decref(*out);
        return false;
    };
    Object* r;
    if (slotv) {
        if (slotw && is_subtype(w->ob_type, v->ob_type)) {
            if (attempt(slotw, &r)) return r;
            slotw = nullptr;
        }
        if (attempt(slotv, &r)) return r;
    }
    if (slotw && attempt(slotw, &r)) return r;
    ternaryfunc slotz = z->ob_type->nb_power;
    if (slotz && slotz != slotv && slotz != slotw && attempt(slotz, &r)) return r;
    set_error_fmt(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", type_name(v),
                  type_name(w), type_name(z));
    return nullptr;
}

// pow(base, exp, mod=None)
Object* builtin_pow(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* a[3];
    if (!unpack_keywords({"pow", {"base", "exp", "mod"}, 2, 3}, args, nargs, kwnames, a)) return nullptr;
    if (!a[2] || a[2] == None()) return binary_op(a[0], a[1], BinaryOp::Power);
    return ternary_power(a[0], a[1], a[2]);
}

// bin(), oct(), hex(): the index's digits with a 0b/0o/0x prefix
// (CPython: PyNumber_ToBase).
Object* to_base(const char* name, Object* const* args, ssize_t nargs, Object* kwnames, int base) {
    if (!exactly_one(name, nargs, kwnames)) return nullptr;
    Ref<> index = Ref<>::steal(number_index(args[0]));
    if (!index) return nullptr;
    return int_format_prefixed(index.get(), base);
}

Object* builtin_bin(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return to_base("bin", args, nargs, kwnames, 2);
}
Object* builtin_oct(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return to_base("oct", args, nargs, kwnames, 8);
}
Object* builtin_hex(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return to_base("hex", args, nargs, kwnames, 16);
}

// chr(i): the one-character str for code point i.  The argument goes
// through a C int first, as in CPython, hence the OverflowError's wording.
Object* builtin_chr(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("chr", nargs, kwnames)) return nullptr;
    Ref<> index = Ref<>::steal(number_index(args[0]));
    if (!index) return nullptr;
    ssize_t v;
    if (!int_as_ssize(index.get(), &v) || v < INT32_MIN || v > INT32_MAX) {
        clear_error();
        set_error(&exc::OverflowError, "Python int too large to convert to C int");
        return nullptr;
    }
    if (v < 0 || v > 0x10ffff) {
        set_error(&exc::ValueError, "chr() arg not in range(0x110000)");
        return nullptr;
    }
    char32_t c = static_cast<char32_t>(v);
    return str_from_code_points(std::u32string_view(&c, 1));
}

// ord(c): the code point of a one-character str, or the value of a
// one-byte bytes or bytearray.
Object* builtin_ord(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("ord", nargs, kwnames)) return nullptr;
    Object* c = args[0];
    ssize_t size;
    if (is_str(c)) {
        size = str_length(c);
        if (size == 1) return int_from_ssize(static_cast<ssize_t>(str_at(c, 0)));
    } else if (is_bytes(c) || is_bytearray(c)) {
        std::string_view data = is_bytes(c) ? bytes_view(c) : bytearray_view(c);
        size = static_cast<ssize_t>(data.size());
        if (size == 1) return int_from_ssize(static_cast<unsigned char>(data[0]));
    } else {
        set_error_fmt(&exc::TypeError, "ord() expected string of length 1, but {} found", type_name(c));
        return nullptr;
    }
    set_error_fmt(&exc::TypeError, "ord() expected a character, but string of length {} found", size);
    return nullptr;
}

const BuiltinDef FUNCTIONS[] = {
    {"abs", builtin_abs,
     "abs($module, x, /)\n--\n\n"
     "Return the absolute value of the argument."},
    {"bin", builtin_bin,
     "bin($module, number, /)\n--\n\n"
     "Return the binary representation of an integer."},
    {"chr", builtin_chr,
     "chr($module, i, /)\n--\n\n"
     "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"divmod", builtin_divmod,
     "divmod($module, x, y, /)\n--\n\n"
     "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"hex", builtin_hex,
     "hex($module, number, /)\n--\n\n"
     "Return the hexadecimal representation of an integer."},
    {"oct", builtin_oct,
     "oct($module, number, /)\n--\n\n"
     "Return the octal representation of an integer."},
    {"ord", builtin_ord,
     "ord($module, c, /)\n--\n\n"
     "Return the Unicode code point for a one-character string."},
    {"pow", builtin_pow,
     "pow($module, /, base, exp, mod=None)\n--\n\n"
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", builtin_round,
     "round($module, /, number, ndigits=None)\n--\n\n"
     "Round a number to a given precision in decimal digits."},
};

}  // namespace

std::span<const BuiltinDef> numeric_builtins() { return FUNCTIONS; }

}  // namespace glasspy::stdlib
