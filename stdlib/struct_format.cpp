// Compiling struct formats and packing values by them; see struct_format.hpp.
//
// Which message an out-of-range integer gets depends on the code and the
// byte order, because CPython packs each (code, order) with its own C
// function: the native ones (np_byte, np_short, np_int ...) name the C type
// ("short format requires ..."), the standard big-endian ones the code
// ("'h' format requires ...").  On a little-endian machine the '<' and '='
// tables reuse the native function wherever the sizes agree, so '<h' speaks
// as native 'h' does, while '<l' (4 bytes, native long is 8) does not.  The
// integer first has to fit the C type the function reads it into (long or
// unsigned long), else "argument out of range": that is why '@H' says
// "ushort format requires 0 <= number <= 65535" for -1 (read as a long)
// and '>H' says "argument out of range" (read as an unsigned long).
#include "stdlib/struct_format.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool struct_error(std::string_view message) {
    set_error(struct_error_type(), message);
    return false;
}

// ---- the codes ---------------------------------------------------------------------------------

struct CodeDef {
    char code;
    ssize_t size;
    ssize_t align;  // 1 in the standard modes
};

// Native sizes and alignments are the C types' own (CPython's native_table).
constexpr CodeDef NATIVE_CODES[] = {
    {'x', 1, 1},
    {'c', 1, 1},
    {'b', 1, 1},
    {'B', 1, 1},
    {'?', sizeof(bool), alignof(bool)},
    {'h', sizeof(short), alignof(short)},
    {'H', sizeof(unsigned short), alignof(unsigned short)},
    {'i', sizeof(int), alignof(int)},
    {'I', sizeof(unsigned), alignof(unsigned)},
    {'l', sizeof(long), alignof(long)},
    {'L', sizeof(unsigned long), alignof(unsigned long)},
    {'q', sizeof(long long), alignof(long long)},
    {'Q', sizeof(unsigned long long), alignof(unsigned long long)},
    {'n', sizeof(ssize_t), alignof(ssize_t)},
    {'N', sizeof(std::size_t), alignof(std::size_t)},
    {'e', 2, 2},  // C has no half float; CPython aligns it as a short
    {'f', sizeof(float), alignof(float)},
    {'d', sizeof(double), alignof(double)},
    {'s', 1, 1},
    {'p', 1, 1},
    {'P', sizeof(void*), alignof(void*)},
};

// The standard sizes, the same for '<', '=', '>' and '!' (no n, N, P).
constexpr CodeDef STANDARD_CODES[] = {
    {'x', 1, 1}, {'c', 1, 1}, {'b', 1, 1}, {'B', 1, 1}, {'?', 1, 1}, {'h', 2, 1}, {'H', 2, 1},
    {'i', 4, 1}, {'I', 4, 1}, {'l', 4, 1}, {'L', 4, 1}, {'q', 8, 1}, {'Q', 8, 1}, {'e', 2, 1},
    {'f', 4, 1}, {'d', 8, 1}, {'s', 1, 1}, {'p', 1, 1},
};

const CodeDef* find_code(ByteOrder order, char c) {
    if (order == ByteOrder::Native) {
        for (const CodeDef& d : NATIVE_CODES)
            if (d.code == c) return &d;
    } else {
        for (const CodeDef& d : STANDARD_CODES)
            if (d.code == c) return &d;
    }
    return nullptr;
}

bool is_little(ByteOrder order) {
    return order == ByteOrder::Little || (order == ByteOrder::Native && std::endian::native == std::endian::little);
}

// Python's isspace for bytes (Py_ISSPACE): the C locale's white space.
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr ssize_t SSIZE_MAX_ = std::numeric_limits<ssize_t>::max();

bool too_long() { return struct_error("total struct size too long"); }

}  // namespace

// ---- compiling (CPython: prepare_s) -------------------------------------------------------------

bool compile_format(std::string_view format, CompiledFormat* out) {
    if (format.find('\0') != std::string_view::npos) return struct_error("embedded null character");
    CompiledFormat f;
    std::size_t i = 0;
    if (!format.empty()) {
        switch (format[0]) {
            case '<': case '=': f.order = ByteOrder::Little; ++i; break;
            case '>': case '!': f.order = ByteOrder::Big; ++i; break;
            case '@': ++i; break;
            default: break;
        }
        // '=' means the machine's order with standard sizes.
        if (format[0] == '=' && std::endian::native == std::endian::big) f.order = ByteOrder::Big;
    }
    ssize_t size = 0;
    while (i < format.size()) {
        char c = format[i++];
        if (is_space(c)) continue;
        ssize_t num = 1;
        if (is_digit(c)) {
            num = c - '0';
            while (i < format.size() && is_digit(format[i])) {
                int d = format[i++] - '0';
                if (num > (SSIZE_MAX_ - d) / 10) return too_long();
                num = num * 10 + d;
            }
            if (i == format.size()) return struct_error("repeat count given without format specifier");
            c = format[i++];
        }
        const CodeDef* def = find_code(f.order, c);
        if (!def) return struct_error("bad char in struct format");
        // Native alignment: the item starts at a multiple of its alignment,
        // even with a count of 0 ('0q' pads the end to a multiple of 8).
        if (def->align > 1) {
            ssize_t rem = size % def->align;
            if (rem) {
                if (size > SSIZE_MAX_ - (def->align - rem)) return too_long();
                size += def->align - rem;
            }
        }
        if (num > (SSIZE_MAX_ - size) / def->size) return too_long();
        if (c == 's' || c == 'p') {
            f.codes.push_back({c, size, num, 1});
            ++f.len;
        } else if (c != 'x' && num > 0) {
            f.codes.push_back({c, size, def->size, num});
            f.len += num;
        }
        size += num * def->size;
    }
    f.size = size;
    *out = std::move(f);
    return true;
}

namespace {

// ---- integers -----------------------------------------------------------------------------------

// An integer argument as CPython's get_long and get_ulong read it: whether
// it fits a signed or an unsigned 64-bit word, and its value there.
struct IntArg {
    bool fits_signed = false;
    std::int64_t s = 0;
    bool fits_unsigned = false;
    std::uint64_t u = 0;
};

// get_pylong: an int, or whatever __index__ makes of the argument.
bool int_arg(Object* v, IntArg* out) {
    Ref<> n;
    if (is_int(v)) {
        n = new_ref(v);
    } else if (v->ob_type->nb_index) {
        n = Ref<>::steal(v->ob_type->nb_index(v));
        if (!n) return false;
    } else {
        return struct_error("required argument is not an integer");
    }
    if (int_fits_i64(n.get(), &out->s)) {
        out->fits_signed = true;
        out->fits_unsigned = out->s >= 0;
        out->u = static_cast<std::uint64_t>(out->s);
    } else if (int_sign(n.get()) > 0 && int_bit_length(n.get()) <= 64) {
        std::string bytes;
        if (!int_to_bytes(n.get(), 8, true, false, &bytes)) return false;
        for (int k = 7; k >= 0; --k) out->u = (out->u << 8) | static_cast<unsigned char>(bytes[k]);
        out->fits_unsigned = true;
    }
    return true;
}

void store(char* p, std::uint64_t bits, ssize_t size, bool little) {
    for (ssize_t k = 0; k < size; ++k) {
        unsigned char byte = static_cast<unsigned char>(bits >> (8 * k));
        p[little ? k : size - 1 - k] = static_cast<char>(byte);
    }
}

std::uint64_t load(const char* p, ssize_t size, bool little) {
    std::uint64_t bits = 0;
    for (ssize_t k = size - 1; k >= 0; --k)
        bits = (bits << 8) | static_cast<unsigned char>(p[little ? k : size - 1 - k]);
    return bits;
}

// The error for a value outside an item's range, as the C function that
// packs (code, order) words it (see the comment at the top).
bool range_error(char code, ByteOrder order, ssize_t size) {
    bool big = order == ByteOrder::Big;
    if (code == 'b') return struct_error("byte format requires -128 <= number <= 127");
    if (code == 'B') return struct_error("ubyte format requires 0 <= number <= 255");
    if (code == 'h' && !big) return struct_error("short format requires -32768 <= number <= 32767");
    if (code == 'H' && !big) return struct_error("ushort format requires 0 <= number <= 65535");
    std::uint64_t largest = (std::uint64_t{1} << (8 * size)) - 1;
    if (code >= 'A' && code <= 'Z') {
        set_error_fmt(struct_error_type(), "'{}' format requires 0 <= number <= {}", code, largest);
    } else {
        std::int64_t high = static_cast<std::int64_t>(largest >> 1);
        set_error_fmt(struct_error_type(), "'{}' format requires {} <= number <= {}", code, -high - 1, high);
    }
    return false;
}

// Packs an integer item: the code's C type decides whether the value is
// read as signed or unsigned, then the item's size bounds it.
bool pack_int(char code, ByteOrder order, ssize_t size, Object* v, char* p) {
    IntArg a;
    if (!int_arg(v, &a)) return false;
    bool little = is_little(order);
    if (code == 'P') {  // PyLong_AsVoidPtr: negative values as signed
        if (!(a.fits_signed || a.fits_unsigned)) return struct_error("int too large to convert");
        store(p, a.fits_signed ? static_cast<std::uint64_t>(a.s) : a.u, size, little);
        return true;
    }
    // I, L, Q, N are read as unsigned long everywhere; H only by '>' and '!'.
    bool read_unsigned = code == 'I' || code == 'L' || code == 'Q' || code == 'N' ||
                         (code == 'H' && order == ByteOrder::Big);
    if (read_unsigned ? !a.fits_unsigned : !a.fits_signed) {
        // The big-endian q and Q let PyLong_AsLongLong's OverflowError
        // through, which pack_values reports as "int too large to convert".
        if (order == ByteOrder::Big && (code == 'q' || code == 'Q'))
            return struct_error("int too large to convert");
        return struct_error("argument out of range");
    }
    if (size < 8) {
        bool is_unsigned = code >= 'A' && code <= 'Z';
        std::int64_t lo = is_unsigned ? 0 : -(std::int64_t{1} << (8 * size - 1));
        std::int64_t hi = is_unsigned ? (std::int64_t{1} << (8 * size)) - 1 : (std::int64_t{1} << (8 * size - 1)) - 1;
        bool in_range = read_unsigned ? a.u <= static_cast<std::uint64_t>(hi) : a.s >= lo && a.s <= hi;
        if (!in_range) return range_error(code, order, size);
    }
    store(p, read_unsigned ? a.u : static_cast<std::uint64_t>(a.s), size, little);
    return true;
}

// ---- floats -------------------------------------------------------------------------------------

// PyFloat_AsDouble: float, int, or anything with __float__ or __index__;
// any failure is "required argument is not a float".
bool float_arg(Object* v, double* out) {
    bool ok;
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        ok = int_as_double(v, out);
    } else if (v->ob_type->nb_float || v->ob_type->nb_index) {
        Object* arg = v;
        Ref<> f = Ref<>::steal(call(&float_type, &arg, 1));
        ok = static_cast<bool>(f);
        if (ok) *out = float_value(f.get());
    } else {
        ok = false;
    }
    if (ok) return true;
    clear_error();
    return struct_error("required argument is not a float");
}

bool float_overflow(char code) {
    set_error_fmt(&exc::OverflowError, "float too large to pack with {} format", code);
    return false;
}

// IEEE 754 binary16 from a double, rounding half to even (CPython:
// PyFloat_Pack2).  A NaN becomes the quiet NaN with x's sign.
bool pack_half(double x, std::uint16_t* out) {
    unsigned sign = std::signbit(x) ? 1 : 0;
    unsigned e = 0, bits = 0;
    double ax = std::fabs(x);
    if (std::isnan(x)) {
        e = 0x1f;
        bits = 0x200;
    } else if (std::isinf(x)) {
        e = 0x1f;
    } else if (ax != 0.0) {
        int exp;
        double f = std::frexp(ax, &exp);  // ax = f * 2**exp, 0.5 <= f < 1
        f *= 2.0;                         // now 1 <= f < 2
        exp -= 1;
        if (exp >= 16) return float_overflow('e');
        if (exp < -25) {  // below half the smallest subnormal: rounds to 0
            f = 0.0;
            exp = 0;
        } else if (exp < -14) {  // a subnormal: no implicit leading 1
            f = std::ldexp(f, 14 + exp);
            exp = 0;
        } else {
            exp += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = static_cast<unsigned>(f);
        double rest = f - bits;
        if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
            if (++bits == 1024) {  // the mantissa carried into the exponent
                bits = 0;
                if (++exp == 31) return float_overflow('e');
            }
        }
        e = static_cast<unsigned>(exp);
    }
    *out = static_cast<std::uint16_t>((sign << 15) | (e << 10) | bits);
    return true;
}

double unpack_half(std::uint16_t h) {
    bool negative = h >> 15;
    int e = (h >> 10) & 0x1f;
    unsigned f = h & 0x3ff;
    double x;
    if (e == 0x1f)
        x = f == 0 ? std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
    else if (e == 0)
        x = std::ldexp(static_cast<double>(f), -24);
    else
        x = std::ldexp(1.0 + f / 1024.0, e - 15);
    return negative ? -x : x;
}

bool pack_float(char code, ByteOrder order, Object* v, char* p) {
    double x;
    if (!float_arg(v, &x)) return false;
    bool little = is_little(order);
    if (code == 'd') {
        store(p, std::bit_cast<std::uint64_t>(x), 8, little);
    } else if (code == 'f') {
        float y = static_cast<float>(x);
        // Native 'f' is a plain C cast; the standard one refuses to overflow.
        if (order != ByteOrder::Native && std::isinf(y) && !std::isinf(x)) return float_overflow('f');
        store(p, std::bit_cast<std::uint32_t>(y), 4, little);
    } else {
        std::uint16_t h;
        if (!pack_half(x, &h)) return false;
        store(p, h, 2, little);
    }
    return true;
}

// ---- one item -----------------------------------------------------------------------------------

bool bytes_arg(Object* v, std::string_view* out) {
    if (is_bytes(v)) {
        *out = bytes_view(v);
        return true;
    }
    if (is_bytearray(v)) {
        *out = bytearray_view(v);
        return true;
    }
    return false;
}

bool pack_item(const FormatCode& c, ByteOrder order, Object* v, char* p) {
    switch (c.code) {
        case 'c':
            if (!is_bytes(v) || bytes_size(v) != 1)
                return struct_error("char format requires a bytes object of length 1");
            *p = bytes_view(v)[0];
            return true;
        case '?': {
            int t = is_true(v);
            if (t < 0) return false;
            *p = static_cast<char>(t);
            return true;
        }
        case 's':
        case 'p': {
            std::string_view data;
            if (!bytes_arg(v, &data)) {
                set_error_fmt(struct_error_type(), "argument for '{}' must be a bytes object", c.code);
                return false;
            }
            if (c.code == 's') {
                std::memcpy(p, data.data(), std::min<std::size_t>(data.size(), c.size));
                return true;
            }
            if (c.size == 0) return true;
            // A Pascal string: a length byte (at most 255), then the data.
            std::size_t n = std::min<std::size_t>(data.size(), c.size - 1);
            std::memcpy(p + 1, data.data(), n);
            *p = static_cast<char>(std::min<std::size_t>(n, 255));
            return true;
        }
        case 'e':
        case 'f':
        case 'd':
            return pack_float(c.code, order, v, p);
        default:
            return pack_int(c.code, order, c.size, v, p);
    }
}

Object* unpack_item(const FormatCode& c, ByteOrder order, const char* p) {
    bool little = is_little(order);
    switch (c.code) {
        case 'c': return bytes_from(std::string_view(p, 1));
        case '?': return bool_from(*p != 0);
        case 's': return bytes_from(std::string_view(p, c.size));
        case 'p': {
            ssize_t n = static_cast<unsigned char>(*p);
            if (n >= c.size) n = c.size - 1;
            if (n < 0) {  // '0p': CPython asks PyBytes_FromStringAndSize for -1 bytes
                set_error(&exc::SystemError, "Negative size passed to PyBytes_FromStringAndSize");
                return nullptr;
            }
            return bytes_from(std::string_view(p + 1, n));
        }
        case 'e': return float_from_double(unpack_half(static_cast<std::uint16_t>(load(p, 2, little))));
        case 'f': return float_from_double(std::bit_cast<float>(static_cast<std::uint32_t>(load(p, 4, little))));
        case 'd': return float_from_double(std::bit_cast<double>(load(p, 8, little)));
        case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
            std::uint64_t bits = load(p, c.size, little);
            int shift = static_cast<int>(64 - 8 * c.size);  // sign-extend from the item's top bit
            return int_from_i64(static_cast<std::int64_t>(bits << shift) >> shift);
        }
        default: return int_from_u64(load(p, c.size, little));
    }
}

}  // namespace

// ---- whole formats ------------------------------------------------------------------------------

bool pack_values(const CompiledFormat& f, Object* const* values, char* buf) {
    std::memset(buf, 0, f.size);
    ssize_t k = 0;
    for (const FormatCode& c : f.codes) {
        for (ssize_t j = 0; j < c.repeat; ++j) {
            Object* v = values[k++];
            if (pack_item(c, f.order, v, buf + c.offset + j * c.size)) continue;
            // CPython's s_pack_internal: an int too big for the C type the
            // pack function converts it to is a struct.error.
            if (is_int(v) && error_matches(&exc::OverflowError)) {
                clear_error();
                struct_error("int too large to convert");
            }
            return false;
        }
    }
    return true;
}

Object* unpack_values(const CompiledFormat& f, const char* buf) {
    Ref<> result = Ref<>::steal(tuple_new(f.len));
    if (!result) return nullptr;
    ssize_t k = 0;
    for (const FormatCode& c : f.codes) {
        for (ssize_t j = 0; j < c.repeat; ++j) {
            Object* item = unpack_item(c, f.order, buf + c.offset + j * c.size);
            if (!item) return nullptr;
            tuple_items(result.get())[k++] = item;
        }
    }
    return result.release();
}

}  // namespace glasspy::stdlib
