// The built-in codecs between str and bytes: UTF-8, ASCII and Latin-1, with
// the standard error handlers (CPython: Objects/unicodeobject.c
// PyUnicode_Decode / PyUnicode_AsEncodedString fast paths, unicode_decode_utf8,
// unicode_encode_ucs1, unicode_encode_utf8; Objects/stringlib/codecs.h for
// the UTF-8 state machine; Objects/exceptions.c UnicodeDecodeError_str and
// UnicodeEncodeError_str for the messages).
//
// Invariants: a decode error covers the byte range CPython's decoder reports
// (so 'replace' puts one U+FFFD per range and the message names the same
// positions); an encode error covers the run of consecutive unencodable
// characters, as CPython collects them.  The exception raised is
// UnicodeDecodeError(encoding, object, start, end, reason) with CPython's
// five arguments; its text is unicode_decode_error_message of those.
#include <fmt/format.h>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/unicode.hpp"

namespace glasspy::rt {

namespace {

enum class Codec { utf8, ascii, latin1, unknown };

// The codec an encoding name denotes, as Python's codec lookup normalises it
// (lower case, '_' and ' ' as '-') and the aliases of encodings/aliases.py.
Codec lookup_codec(std::string_view encoding, const char** name) {
    std::string n;
    for (char c : encoding) n.push_back(c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(c)));
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "utf8-ucs2" || n == "utf8-ucs4" ||
        n == "cp65001") {
        *name = "utf-8";
        return Codec::utf8;
    }
    if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us" || n == "ansi-x3.4-1968" ||
        n == "ansi-x3.4-1986" || n == "iso646-us" || n == "cp367" || n == "csascii" || n == "ibm367" ||
        n == "iso-ir-6") {
        *name = "ascii";
        return Codec::ascii;
    }
    if (n == "latin-1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso-8859-1" ||
        n == "iso8859-1" || n == "8859" || n == "cp819" || n == "iso-ir-100" || n == "csisolatin1" ||
        n == "ibm819" || n == "iso-8859-1:1987") {
        *name = "latin-1";
        return Codec::latin1;
    }
    return Codec::unknown;
}

// A decoding failure at bytes [start, end).
struct DecodeError {
    ssize_t start, end;
    const char* reason;
};

// One step of the UTF-8 decoder at s[pos]: the code point and its length, or
// the error CPython's decoder reports there (stringlib/codecs.h utf8_decode:
// InvalidStart covers 1 byte, InvalidContinuationK covers K bytes, and a
// truncated sequence at the end covers the rest of the input).
bool utf8_step(std::string_view s, ssize_t pos, char32_t& c, ssize_t& len, DecodeError& err,
               bool surrogatepass) {
    auto at = [&](ssize_t i) { return static_cast<unsigned char>(s[static_cast<std::size_t>(i)]); };
    auto cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    ssize_t size = static_cast<ssize_t>(s.size()), left = size - pos;
    unsigned char ch = at(pos);
    auto invalid = [&](ssize_t n, const char* why) {
        err = {pos, pos + n, why};
        return false;
    };
    const char* bad_cont = "invalid continuation byte";
    if (ch < 0x80) {
        c = ch, len = 1;
        return true;
    }
    if (ch < 0xC2 || ch >= 0xF5) return invalid(1, "invalid start byte");
    if (ch < 0xE0) {
        if (left < 2) return invalid(left, "unexpected end of data");
        if (!cont(at(pos + 1))) return invalid(1, bad_cont);
        c = ((ch & 0x1Fu) << 6) | (at(pos + 1) & 0x3Fu), len = 2;
        return true;
    }
    if (ch < 0xF0) {
        // E0 needs a second byte >= A0 (no overlong forms); ED < A0 (no
        // surrogates) unless surrogatepass lets them through.
        auto second_ok = [&](unsigned char c2) {
            if (!cont(c2)) return false;
            if (ch == 0xE0) return c2 >= 0xA0;
            if (ch == 0xED && !surrogatepass) return c2 < 0xA0;
            return true;
        };
        if (left < 3) {
            if (left >= 2 && !second_ok(at(pos + 1))) return invalid(1, bad_cont);
            return invalid(left, "unexpected end of data");
        }
        if (!second_ok(at(pos + 1))) return invalid(1, bad_cont);
        if (!cont(at(pos + 2))) return invalid(2, bad_cont);
        c = ((ch & 0x0Fu) << 12) | ((at(pos + 1) & 0x3Fu) << 6) | (at(pos + 2) & 0x3Fu), len = 3;
        return true;
    }
    // F0 needs >= 90 (no overlong forms); F4 < 90 (nothing past U+10FFFF).
    auto second_ok = [&](unsigned char c2) {
        return cont(c2) && (ch == 0xF0 ? c2 >= 0x90 : ch == 0xF4 ? c2 < 0x90 : true);
    };
    if (left < 4) {
        if (left >= 2 && !second_ok(at(pos + 1))) return invalid(1, bad_cont);
        if (left >= 3 && !cont(at(pos + 2))) return invalid(2, bad_cont);
        return invalid(left, "unexpected end of data");
    }
    if (!second_ok(at(pos + 1))) return invalid(1, bad_cont);
    if (!cont(at(pos + 2))) return invalid(2, bad_cont);
    if (!cont(at(pos + 3))) return invalid(3, bad_cont);
    c = ((ch & 0x07u) << 18) | ((at(pos + 1) & 0x3Fu) << 12) | ((at(pos + 2) & 0x3Fu) << 6) |
        (at(pos + 3) & 0x3Fu);
    len = 4;
    return true;
}

void raise_unicode_error(TypeObject* type, const char* encoding, Object* object, ssize_t start,
                         ssize_t end, const char* reason) {
    Object* enc = str_from_utf8(encoding);
    Object* st = int_from_ssize(start);
    Object* en = int_from_ssize(end);
    Object* re = str_from_utf8(reason);
    if (enc && st && en && re) {
        Object* args = tuple_pack({enc, object, st, en, re});
        if (args) {
            set_error_object(type, args);
            decref(args);
        }
    }
    xdecref(enc), xdecref(st), xdecref(en), xdecref(re);
}

void raise_decode_error(const char* encoding, std::string_view data, const DecodeError& e) {
    Object* object = bytes_from(data);
    if (!object) return;
    raise_unicode_error(&exc::UnicodeDecodeError, encoding, object, e.start, e.end, e.reason);
    decref(object);
}

void raise_encode_error(const char* encoding, Object* s, ssize_t start, ssize_t end, const char* reason) {
    raise_unicode_error(&exc::UnicodeEncodeError, encoding, s, start, end, reason);
}

void unknown_error_handler(std::string_view errors) {
    set_error_fmt(&exc::LookupError, "unknown error handler name '{}'", errors);
}

void append_hex_escape(std::u32string& out, unsigned value, int digits, char prefix) {
    out += U'\\';
    out += static_cast<char32_t>(prefix);
    static constexpr char HEX[] = "0123456789abcdef";
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += static_cast<char32_t>(HEX[(value >> shift) & 0xF]);
}

// Applies a decode error handler to [e.start, e.end); false with the
// exception set for 'strict' and unknown handlers.
bool handle_decode_error(std::string_view errors, const char* encoding, std::string_view data,
                         const DecodeError& e, std::u32string& out) {
    if (errors == "strict") {
        raise_decode_error(encoding, data, e);
        return false;
    }
    if (errors == "ignore") return true;
    if (errors == "replace") {
        out += U'\uFFFD';
        return true;
    }
    if (errors == "surrogateescape" || errors == "backslashreplace") {
        for (ssize_t i = e.start; i < e.end; ++i) {
            auto b = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
            if (errors == "backslashreplace") append_hex_escape(out, b, 2, 'x');
            else if (b < 0x80) return raise_decode_error(encoding, data, e), false;
            else out += static_cast<char32_t>(0xDC00 + b);
        }
        return true;
    }
    unknown_error_handler(errors);
    return false;
}

Object* decode_utf8(std::string_view data, std::string_view errors) {
    std::u32string out;
    out.reserve(data.size());
    bool surrogatepass = errors == "surrogatepass";
    ssize_t size = static_cast<ssize_t>(data.size());
    for (ssize_t pos = 0; pos < size;) {
        char32_t c;
        ssize_t len;
        DecodeError e{};
        if (utf8_step(data, pos, c, len, e, surrogatepass)) {
            out += c;
            pos += len;
            continue;
        }
        if (!handle_decode_error(surrogatepass ? "strict" : errors, "utf-8", data, e, out)) return nullptr;
        pos = e.end;
    }
    return str_from_code_points(out);
}

Object* decode_ascii(std::string_view data, std::string_view errors) {
    std::u32string out;
    out.reserve(data.size());
    for (ssize_t i = 0, n = static_cast<ssize_t>(data.size()); i < n; ++i) {
        auto b = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
        if (b < 0x80) {
            out += b;
            continue;
        }
        DecodeError e{i, i + 1, "ordinal not in range(128)"};
        if (!handle_decode_error(errors, "ascii", data, e, out)) return nullptr;
    }
    return str_from_code_points(out);
}

// Encodes the characters in [start, end) that the codec cannot represent,
// by the error handler; false with the exception set if it cannot.
bool handle_encode_error(std::string_view errors, const char* encoding, Object* s, ssize_t start,
                         ssize_t end, const char* reason, char32_t limit, std::string& out) {
    if (errors == "strict") return raise_encode_error(encoding, s, start, end, reason), false;
    if (errors == "ignore") return true;
    for (ssize_t i = start; i < end; ++i) {
        char32_t c = str_at(s, i);
        if (errors == "replace") {
            out += '?';
        } else if (errors == "backslashreplace") {
            std::u32string esc;
            if (c < 0x100) append_hex_escape(esc, c, 2, 'x');
            else if (c < 0x10000) append_hex_escape(esc, c, 4, 'u');
            else append_hex_escape(esc, c, 8, 'U');
            for (char32_t e : esc) out += static_cast<char>(e);
        } else if (errors == "xmlcharrefreplace") {
            out += fmt::format("&#{};", static_cast<unsigned>(c));
        } else if (errors == "surrogateescape") {
            if (c < 0xDC80 || c > 0xDCFF || (c - 0xDC00) < 0x80)
                return raise_encode_error(encoding, s, start, end, reason), false;
            out += static_cast<char>(c - 0xDC00);
        } else if (errors == "surrogatepass" && limit == 0x110000 && c >= 0xD800 && c <= 0xDFFF) {
            unicode::append_utf8(out, c);
        } else if (errors == "surrogatepass") {
            return raise_encode_error(encoding, s, start, end, reason), false;
        } else {
            unknown_error_handler(errors);
            return false;
        }
    }
    return true;
}

bool is_ascii_bytes(std::string_view data) {
    unsigned char bits = 0;
    for (char c : data) bits |= static_cast<unsigned char>(c);
    return bits < 0x80;
}

bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// Characters below limit are encoded as one byte each (ASCII, Latin-1); for
// UTF-8 (limit 0x110000) only surrogates are unencodable.
Object* encode(Object* s, const char* encoding, char32_t limit, std::string_view errors) {
    // An ASCII str's bytes are its encoding in all three codecs.
    if (str_is_ascii(s))
        return bytes_from(std::string_view(static_cast<const char*>(str_data(s)), static_cast<std::size_t>(str_length(s))));
    std::string out;
    ssize_t n = str_length(s);
    out.reserve(static_cast<std::size_t>(n));
    bool utf8 = limit == 0x110000;
    auto bad = [&](char32_t c) { return utf8 ? is_surrogate(c) : c >= limit; };
    const char* reason = utf8 ? "surrogates not allowed"
                              : limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
    for (ssize_t i = 0; i < n;) {
        char32_t c = str_at(s, i);
        if (!bad(c)) {
            if (utf8) unicode::append_utf8(out, c);
            else out += static_cast<char>(c);
            ++i;
            continue;
        }
        ssize_t end = i + 1;
        while (end < n && bad(str_at(s, end))) ++end;
        if (!handle_encode_error(errors, encoding, s, i, end, reason, limit, out)) return nullptr;
        i = end;
    }
    return bytes_from(out);
}

}  // namespace

Object* str_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
    const char* name = nullptr;
    Codec codec = lookup_codec(encoding, &name);
    // ASCII bytes are the same text in all three codecs, with no error to
    // handle: they become a 1-byte str directly.
    if (codec != Codec::unknown && is_ascii_bytes(data)) return str_from_latin1(data);
    switch (codec) {
        case Codec::utf8: return decode_utf8(data, errors);
        case Codec::ascii: return decode_ascii(data, errors);
        case Codec::latin1: return str_from_latin1(data);
        case Codec::unknown: break;
    }
    set_error_fmt(&exc::LookupError, "unknown encoding: {}", encoding);
    return nullptr;
}

Object* str_encode(Object* s, std::string_view encoding, std::string_view errors) {
    const char* name = nullptr;
    switch (lookup_codec(encoding, &name)) {
        case Codec::utf8: return encode(s, name, 0x110000, errors);
        case Codec::ascii: return encode(s, name, 0x80, errors);
        case Codec::latin1: return encode(s, name, 0x100, errors);
        case Codec::unknown: break;
    }
    set_error_fmt(&exc::LookupError, "unknown encoding: {}", encoding);
    return nullptr;
}

std::string unicode_decode_error_message(std::string_view encoding, std::string_view object, ssize_t start,
                                         ssize_t end, std::string_view reason) {
    if (start < static_cast<ssize_t>(object.size()) && end == start + 1)
        return fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", encoding,
                           static_cast<unsigned char>(object[static_cast<std::size_t>(start)]), start,
                           reason);
    return fmt::format("'{}' codec can't decode bytes in position {}-{}: {}", encoding, start, end - 1,
                       reason);
}

std::string unicode_encode_error_message(std::string_view encoding, std::u32string_view object,
                                         ssize_t start, ssize_t end, std::string_view reason) {
    if (start < static_cast<ssize_t>(object.size()) && end == start + 1) {
        auto c = static_cast<unsigned>(object[static_cast<std::size_t>(start)]);
        std::string shown = c <= 0xFF     ? fmt::format("\\x{:02x}", c)
                            : c <= 0xFFFF ? fmt::format("\\u{:04x}", c)
                                          : fmt::format("\\U{:08x}", c);
        return fmt::format("'{}' codec can't encode character '{}' in position {}: {}", encoding, shown,
                           start, reason);
    }
    return fmt::format("'{}' codec can't encode characters in position {}-{}: {}", encoding, start,
                       end - 1, reason);
}

}  // namespace glasspy::rt
