// The tokenizer the pattern parser and the template parser share (CPython:
// re/_parser.py class Tokenizer): a token is one character, or a backslash
// and the character after it.
//
// Like CPython's, it reads one token ahead (`next`), and the error for a
// pattern ending in a lone backslash is raised when that token is read, that
// is when the token before it is consumed: the order in which errors are
// found, and so which one is reported, follows CPython's.
//
// Errors are thrown as PatternError and caught at the parsers' entry points
// (translate, parse_template); nothing is thrown past them.
#pragma once

#include <string>
#include <string_view>

#include "runtime/repr.hpp"
#include "runtime/unicode.hpp"
#include "stdlib/re/parser.hpp"

namespace glasspy::stdlib::re {

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_octdigit(char32_t c) { return c >= '0' && c <= '7'; }
inline bool is_hexdigit(char32_t c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// str.isidentifier() (group names must be identifiers).
inline bool is_identifier(std::u32string_view s) {
    if (s.empty() || !(s[0] == '_' || rt::unicode::is_xid_start(s[0]))) return false;
    for (char32_t c : s.substr(1))
        if (!rt::unicode::is_xid_continue(c)) return false;
    return true;
}

// Text of a token or a name for a message, as UTF-8.
inline std::string utf8(std::u32string_view s) { return rt::unicode::to_utf8(s); }

class Tokenizer {
public:
    struct Token {
        char32_t ch = 0;      // the character (after the backslash for an escape)
        bool escape = false;  // a backslash came first
        bool end = true;      // no token: the end of the pattern
        bool is(char32_t c) const { return !end && !escape && ch == c; }
        std::u32string text() const {
            if (end) return {};
            return escape ? std::u32string{U'\\', ch} : std::u32string{ch};
        }
        ssize_t size() const { return end ? 0 : escape ? 2 : 1; }
    };

    Tokenizer(std::u32string_view source, bool is_text) : source_(source), is_text_(is_text) { advance(); }

    bool is_text() const { return is_text_; }
    const Token& next() const { return next_; }
    // Whether the next token is the plain character c; if so, consume it.
    bool match(char32_t c) {
        if (!next_.is(c)) return false;
        advance();
        return true;
    }
    Token get() {
        Token t = next_;
        advance();
        return t;
    }
    // The next token's position (CPython: Tokenizer.tell).
    ssize_t tell() const { return static_cast<ssize_t>(index_) - next_.size(); }
    void seek(ssize_t index) {
        index_ = static_cast<std::size_t>(index);
        advance();
    }
    // Up to n plain characters for which pred holds (CPython: getwhile).
    template <typename Pred> std::u32string get_while(int n, Pred pred) {
        std::u32string out;
        for (int i = 0; i < n && !next_.end && !next_.escape && pred(next_.ch); ++i) out += get().ch;
        return out;
    }
    // The text up to the terminator, which is consumed (CPython: getuntil):
    // a group name, a character name.
    std::u32string get_until(char32_t terminator, const char* what) {
        std::u32string result;
        for (;;) {
            Token t = get();
            if (t.end) {
                if (result.empty()) fail(std::string("missing ") + what);
                fail(fmt_missing(terminator), static_cast<ssize_t>(result.size()));
            }
            if (t.is(terminator)) {
                if (result.empty()) fail(std::string("missing ") + what, 1);
                return result;
            }
            result += t.text();
        }
    }

    // Throws re.error at tell() - offset.  For a bytes pattern, characters
    // beyond ASCII in the message are written \xhh (CPython encodes the
    // message with 'backslashreplace').
    [[noreturn]] void fail(std::string message, ssize_t offset = 0) const {
        throw PatternError{ErrorKind::Pattern, is_text_ ? std::move(message) : ascii_only(message), tell() - offset};
    }
    [[noreturn]] void fail_at(std::string message, ssize_t pos) const {
        throw PatternError{ErrorKind::Pattern, is_text_ ? std::move(message) : ascii_only(message), pos};
    }
    // A group name must be an identifier: "bad character in group name 'x'".
    void check_group_name(std::u32string_view name, ssize_t offset) const {
        if (!is_identifier(name))
            fail("bad character in group name " + rt::repr_str(name), static_cast<ssize_t>(name.size()) + offset);
    }

private:
    static std::string fmt_missing(char32_t terminator) {
        std::string s = "missing ";
        rt::unicode::append_utf8(s, terminator);
        return s + ", unterminated name";
    }
    static std::string ascii_only(const std::string& utf8_message) {
        std::u32string cps;
        if (!rt::unicode::decode_utf8_surrogatepass(utf8_message, cps)) return utf8_message;
        std::string out;
        static const char hex[] = "0123456789abcdef";
        for (char32_t c : cps) {
            if (c < 0x80) {
                out += static_cast<char>(c);
            } else if (c < 0x100) {
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                rt::unicode::append_utf8(out, c);
            }
        }
        return out;
    }
    void advance() {
        std::size_t i = index_;
        if (i >= source_.size()) {
            next_ = Token{};
            return;
        }
        Token t{source_[i], false, false};
        if (t.ch == '\\') {
            ++i;
            if (i >= source_.size())
                throw PatternError{ErrorKind::Pattern, "bad escape (end of pattern)",
                                   static_cast<ssize_t>(source_.size()) - 1};
            t = Token{source_[i], true, false};
        }
        index_ = i + 1;
        next_ = t;
    }

    std::u32string_view source_;
    bool is_text_;
    std::size_t index_ = 0;
    Token next_;
};

}  // namespace glasspy::stdlib::re
