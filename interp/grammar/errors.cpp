// The token-level side of syntax errors (CPython: Parser/tokenizer.c and
// _PyPegen_tokenize_full_source_to_check_for_errors): the extent of the
// token an "invalid syntax" caret points at, and a tokenizer pass over the
// whole source that finds what only a tokenizer can see (brackets that never
// close or do not match, characters that are no token), which CPython reports
// instead of a plain "invalid syntax".
#include "interp/grammar/errors.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "runtime/unicode.hpp"

namespace glasspy::interp::grammar {

namespace {

std::pair<char32_t, std::size_t> decode_at(const char* p, const char* end) {
    std::u32string cps;
    auto b = static_cast<unsigned char>(*p);
    std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    n = std::min<std::size_t>(n, static_cast<std::size_t>(end - p));
    if (!rt::unicode::decode_utf8(std::string_view(p, n), cps) || cps.size() != 1) return {0xFFFD, 1};
    return {cps[0], n};
}

// Length of the operator or delimiter at p (longest first), 0 if none.
std::size_t operator_length(const char* p, const char* end) {
    static constexpr std::array<std::string_view, 47> ops = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
        "/=",  ":=",  "<<",  "<=",  "==",  ">=", ">>", "@=", "^=", "|=", "%", "&", "(", ")",
        "*",   "+",   ",",   "-",   ".",   "/",  ":",  ";",  "<",  "=",  ">", "@", "[", "]",
        "^",   "{",   "|",   "}",   "~"};
    std::string_view rest(p, static_cast<std::size_t>(end - p));
    for (auto op : ops)
        if (rest.substr(0, op.size()) == op) return op.size();
    return 0;
}

}  // namespace

int line_of(std::string_view source, std::uint32_t offset) {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(source.size()));
    return 1 + static_cast<int>(std::count(source.begin(), source.begin() + offset, '\n'));
}

bool is_bitwise_or_level(const ParseState& ps) {
    if (ps.pending.empty()) return false;
    const CNode& top = ps.pending.back();
    switch (top.id) {
        case RuleId::comparison:
        case RuleId::conjunction:
        case RuleId::disjunction:
        case RuleId::not_expr:
        case RuleId::conditional:
        case RuleId::lambdef:
        case RuleId::list_atom:
        case RuleId::kw_True:
        case RuleId::kw_False:
        case RuleId::kw_None:
            return false;
        case RuleId::paren_atom: {
            if (top.count != 1) return false;  // () or a tuple or a genexp
            return true;
        }
        default:
            return true;
    }
}

std::string_view expression_kind(const ParseState& ps, const CNode*& node) {
    while (node->id == RuleId::paren_atom && node->count == 1) node = &ps.store[node->first];
    const CNode& n = *node;
    switch (n.id) {
        case RuleId::NAME: return "name";
        case RuleId::NUMBER:
        case RuleId::STRING:
        case RuleId::strings: return "literal";
        case RuleId::ELLIPSIS: return "ellipsis";
        case RuleId::await_expr: return "await expression";
        case RuleId::lambdef: return "lambda";
        case RuleId::primary: {
            if (n.count == 0) return "expression";
            switch (ps.store[n.first + n.count - 1].id) {
                case RuleId::attr_trailer: return "attribute";
                case RuleId::call_trailer: return "function call";
                case RuleId::subscript_trailer: return "subscript";
                default: return "expression";
            }
        }
        default: return "expression";
    }
}

bool starts_expression(const char* p, const char* end) {
    if (p >= end) return false;
    char c = *p;
    if (c == '(' || c == '[' || c == '{' || c == '~' || c == '\'' || c == '"') return true;
    if (c >= '0' && c <= '9') return true;
    if (c == '.' && p + 1 < end && p[1] >= '0' && p[1] <= '9') return true;
    if (c == '.' && end - p >= 3 && p[1] == '.' && p[2] == '.') return true;
    std::size_t n = scan_identifier(p, end);
    if (n == 0) return false;
    std::string_view word(p, n);
    if (!is_keyword(word)) return true;
    return word == "True" || word == "False" || word == "None" || word == "lambda" || word == "not" ||
           word == "await";
}

std::uint32_t token_end(std::string_view source, std::uint32_t offset) {
    const char* begin = source.data();
    const char* end = begin + source.size();
    const char* p = begin + std::min<std::size_t>(offset, source.size());
    if (p >= end || *p == '\n') return offset;
    try {
        if (const char* e = scan_string(p, begin, end)) return static_cast<std::uint32_t>(e - begin);
        if (const char* e = scan_number(p, begin, end)) return static_cast<std::uint32_t>(e - begin);
    } catch (const GrammarError&) {
        return offset + 1;
    }
    if (std::size_t n = scan_identifier(p, end)) return offset + static_cast<std::uint32_t>(n);
    if (std::size_t n = operator_length(p, end)) return offset + static_cast<std::uint32_t>(n);
    return offset + static_cast<std::uint32_t>(decode_at(p, end).second);
}

TokenCheck check_tokens(std::string_view source) {
    const char* begin = source.data();
    const char* end = begin + source.size();
    struct Open {
        char c;
        const char* at;
    };
    std::vector<Open> open;
    auto at = [&](const char* p) { return static_cast<std::uint32_t>(p - begin); };
    auto error = [&](std::string message, const char* p, GrammarError::End e = GrammarError::End::point) {
        TokenCheck result;
        result.error = GrammarError{GrammarError::Type::SyntaxError, std::move(message), at(p)}
                           .from_tokenizer()
                           .as_read()
                           .with_end(e);
        return result;
    };
    // The two continuation errors are pegen's (its text has the newline).
    auto continuation_error = [&](std::string message, const char* p, GrammarError::End e) {
        TokenCheck result = error(std::move(message), p, e);
        result.error->raw_line = false;
        return result;
    };
    const char* p = begin;
    try {
        while (p < end) {
            p = skip_whitespace(p, end, true);
            if (p >= end) break;
            char c = *p;
            if (c == '\\') {
                if (p + 1 >= end)
                    return continuation_error("unexpected EOF while parsing", p + 1,
                                              GrammarError::End::minus_one);
                return continuation_error("unexpected character after line continuation character", p + 1,
                                          GrammarError::End::zero);
            }
            if (c == '\n') {
                ++p;
                continue;
            }
            if (const char* e = scan_string(p, begin, end)) {
                p = e;
                continue;
            }
            if (const char* e = scan_number(p, begin, end)) {
                p = e;
                continue;
            }
            if (std::size_t n = scan_identifier(p, end)) {
                p += n;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (open.size() >= static_cast<std::size_t>(MAX_BRACKET_DEPTH))
                    return error("too many nested parentheses", p);
                open.push_back({c, p});
                ++p;
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                if (open.empty()) return error(fmt::format("unmatched '{}'", c), p);
                Open o = open.back();
                open.pop_back();
                char expected = o.c == '(' ? ')' : o.c == '[' ? ']' : '}';
                if (c != expected) {
                    int open_line = line_of(source, at(o.at)), close_line = line_of(source, at(p));
                    if (open_line != close_line)
                        return error(fmt::format("closing parenthesis '{}' does not match opening "
                                                 "parenthesis '{}' on line {}",
                                                 c, o.c, open_line),
                                     p);
                    return error(fmt::format("closing parenthesis '{}' does not match opening "
                                             "parenthesis '{}'",
                                             c, o.c),
                                 p);
                }
                ++p;
                continue;
            }
            if (std::size_t n = operator_length(p, end)) {
                p += n;
                continue;
            }
            auto [cp, len] = decode_at(p, end);
            if (cp >= 0x80) {
                if (!rt::unicode::is_printable(cp))
                    return error(fmt::format("invalid non-printable character U+{:04X}", static_cast<unsigned>(cp)), p);
                std::string shown(p, len);
                return error(fmt::format("invalid character '{}' (U+{:04X})", shown, static_cast<unsigned>(cp)), p);
            }
            p += len;  // '$', '?', '!' ...: the parser's plain "invalid syntax" stands
        }
    } catch (const GrammarError& e) {
        TokenCheck result;
        result.error = e;
        result.error->origin = GrammarError::Origin::tokenizer;
        return result;
    }
    TokenCheck result;
    if (!open.empty()) result.unclosed_at = at(open.back().at);
    return result;
}

}  // namespace glasspy::interp::grammar
