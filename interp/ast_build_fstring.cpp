// String and number literals, implicit concatenation, and f-strings
// (CPython 3.11: Parser/string_parser.c, Parser/action_helpers.c
// _PyPegen_concatenate_strings).  In 3.11 an f-string is one token; its
// replacement fields are found here and each expression is parsed by a
// nested run of the grammar (parse_fstring_expression, parser.cpp).
#include <fmt/format.h>

#include "interp/ast_build.hpp"
#include "interp/grammar/errors.hpp"
#include "interp/grammar/lexical.hpp"
#include "interp/literals.hpp"
#include "interp/parser.hpp"

namespace glasspy::interp {

namespace {

struct Token {
    StringPrefix prefix;
    std::string_view body;
    std::uint32_t body_offset;
};

Token split_string(std::string_view tok, std::uint32_t offset) {
    std::size_t q = tok.find_first_of("'\"");
    Token t;
    t.prefix = parse_prefix(tok.substr(0, q));
    bool triple = tok.size() - q >= 6 && tok[q + 1] == tok[q] && tok[q + 2] == tok[q];
    std::size_t quote = triple ? 3 : 1;
    t.body = tok.substr(q + quote, tok.size() - q - 2 * quote);
    t.body_offset = offset + static_cast<std::uint32_t>(q + quote);
    return t;
}

}  // namespace

ast::Node* Builder::number(const CNode& n) {
    auto* c = make<ast::Constant>(n);
    if (auto err = decode_number(text(n), c->value)) {
        grammar::GrammarError e{grammar::GrammarError::Type::SyntaxError, err->message, start_of(n)};
        // The int-size limit is a ValueError turned SyntaxError by CPython,
        // which gives it no column.
        e.no_location = err->message.starts_with("Exceeds the limit");
        throw e;
    }
    return c;
}

// Errors in string literals are reported where CPython 3.11 reports them:
// at the token after the strings (the parser's last token when the string
// action ran), except those located in the text itself (f-string fields the
// grammar parsed, bytes with non-ASCII characters).
ast::Node* Builder::strings(const CNode& n) {
    try {
        return strings_unlocated(n);
    } catch (grammar::GrammarError& e) {
        if (e.located) throw;
        const char* base = source_.data();
        auto after = static_cast<std::uint32_t>(
            grammar::skip_whitespace(base + n.end, base + source_.size(), false) - base);
        e.offset = after;
        e.end_offset = grammar::token_end(source_, after);
        e.located = true;
        throw;
    }
}

ast::Node* Builder::strings_unlocated(const CNode& n) {
    auto toks = kids(n);
    std::vector<Token> parts;
    bool any_f = false, any_bytes = false, any_str = false;
    for (const CNode& t : toks) {
        parts.push_back(split_string(text(t), start_of(t)));
        any_f |= parts.back().prefix.fstring;
        (parts.back().prefix.bytes ? any_bytes : any_str) = true;
    }
    if (any_bytes && any_str) error("cannot mix bytes and nonbytes literals", start_of(n), n.end);

    if (any_bytes) {
        auto* c = make<ast::Constant>(n);
        c->value.tag = ast::ConstantValue::Tag::Bytes;
        for (const Token& t : parts) {
            std::string piece;
            if (auto err = decode_bytes(t.body, t.prefix.raw, piece)) {
                const CNode& tok = toks[static_cast<std::size_t>(&t - parts.data())];
                grammar::GrammarError located{grammar::GrammarError::Type::SyntaxError, err->message,
                                              start_of(tok), tok.end};
                located.located = err->message.starts_with("bytes can only");
                throw located;
            }
            c->value.bytes += piece;
        }
        return c;
    }
    if (!any_f) {
        auto* c = make<ast::Constant>(n);
        c->value.tag = ast::ConstantValue::Tag::Str;
        for (const Token& t : parts) {
            std::u32string piece;
            if (auto err = decode_str(t.body, t.prefix.raw, piece)) error(err->message, t.body_offset - 1);
            c->value.str += piece;
        }
        // CPython looks at the first character only: U"x" has no kind.
        if (text(toks[0])[0] == 'u') c->kind.emplace(1, 'u');
        return c;
    }
    auto* j = make<ast::JoinedStr>(n);
    std::u32string pending;
    // CPython 3.11 gives the literal parts and the FormattedValues the span
    // of the whole (concatenated) string, a format spec that of its token.
    fstring_span_ = {start_of(n), n.end};
    u_kind_ = text(toks[0])[0] == 'u';
    std::size_t token_index = 0;
    for (const Token& t : parts) {
        const CNode& tok = toks[token_index++];
        token_span_ = {start_of(tok), tok.end};
        if (!t.prefix.fstring) {
            std::u32string piece;
            if (auto err = decode_str(t.body, t.prefix.raw, piece)) error(err->message, t.body_offset - 1);
            pending += piece;
            continue;
        }
        fstring(t.body, 0, t.prefix.raw, t.body_offset, n.end, j->values, pending, 0);
    }
    flush_literal(j->values, pending, fstring_span_.first, fstring_span_.second);
    return j;
}

// Parses the body of one f-string from `i` into `values`; literal text
// accumulates in `pending` so that neighbouring literals become one Constant.
// At depth 0 it runs to the end of the body and '{{' / '}}' are escaped
// braces; inside a format spec (depth > 0) it stops at the '}' that closes
// the field, and every '{' opens a nested field (Parser/string_parser.c:
// fstring_find_literal, fstring_find_expr).
std::size_t Builder::fstring(std::string_view body, std::size_t i, bool raw, std::uint32_t begin,
                             std::uint32_t end, ast::NodeList& values, std::u32string& pending,
                             int depth) {
    auto at = [&](std::size_t k) { return begin + static_cast<std::uint32_t>(k); };
    auto literal = [&](std::size_t from, std::size_t to) {
        std::u32string piece;
        if (auto err = decode_str(body.substr(from, to - from), raw, piece)) error(err->message, at(from));
        pending += piece;
    };
    std::size_t lit = i;
    while (i < body.size()) {
        char ch = body[i];
        if (ch == '\\' && !raw && i + 1 < body.size()) {
            if (body[i + 1] == 'N' && i + 2 < body.size() && body[i + 2] == '{') {
                std::size_t close = body.find('}', i);
                i = close == std::string_view::npos ? body.size() : close + 1;
            } else {
                i += 2;
            }
            continue;
        }
        if (ch != '{' && ch != '}') {
            ++i;
            continue;
        }
        if (depth == 0 && i + 1 < body.size() && body[i + 1] == ch) {
            literal(lit, i + 1);
            i += 2;
            lit = i;
            continue;
        }
        if (ch == '}') {
            if (depth == 0) error("f-string: single '}' is not allowed", at(i));
            break;
        }
        literal(lit, i);
        i = replacement_field(body, i, raw, begin, end, values, pending, depth);
        lit = i;
    }
    literal(lit, i);
    return i;
}

// One '{' expression ['='] ['!' conversion] [':' spec] '}' starting at the
// '{' at `i`; returns the index after its '}'.
std::size_t Builder::replacement_field(std::string_view body, std::size_t i, bool raw,
                                       std::uint32_t begin, std::uint32_t end, ast::NodeList& values,
                                       std::u32string& pending, int depth) {
    auto at = [&](std::size_t k) { return begin + static_cast<std::uint32_t>(k); };
    if (depth >= 2) error("f-string: expressions nested too deeply", at(i));
    std::size_t open = i;
    std::size_t expr_begin = ++i;
    int nest = 0;
    char quote = 0;
    bool triple = false, debug = false;
    auto starts_triple = [&](std::size_t k, char q) {
        return k + 2 < body.size() && body[k] == q && body[k + 1] == q && body[k + 2] == q;
    };
    for (; i < body.size(); ++i) {
        char e = body[i];
        if (e == '\\') error("f-string expression part cannot include a backslash", at(i));
        if (quote) {
            if (e == quote && (!triple || starts_triple(i, quote))) {
                if (triple) i += 2;
                quote = 0;
            }
            continue;
        }
        if (e == '\'' || e == '"') {
            quote = e;
            triple = starts_triple(i, e);
            if (triple) i += 2;
        } else if (e == '[' || e == '(' || e == '{') {
            ++nest;
        } else if (e == ']' || e == ')' || (e == '}' && nest > 0)) {
            --nest;
        } else if (e == '#') {
            error("f-string expression part cannot include '#'", at(i));
        } else if (nest == 0 && (e == '!' || e == '=' || e == '<' || e == '>') && i + 1 < body.size() &&
                   body[i + 1] == '=') {
            ++i;
        } else if (nest == 0 && e == '=' && i > expr_begin) {
            debug = true;
            break;
        } else if (nest == 0 && (e == '}' || e == '!' || e == ':')) {
            break;
        }
    }
    if (quote) error("f-string: unterminated string", at(expr_begin));
    if (i >= body.size()) error("f-string: expecting '}'", at(open));
    std::string_view expr_text = body.substr(expr_begin, i - expr_begin);
    if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos)
        error("f-string: empty expression not allowed", at(open));
    ast::Node* value = parse_fstring_expression(*this, expr_text, at(expr_begin));
    if (debug) {
        ++i;
        while (i < body.size() && std::string_view(" \t\n\f").find(body[i]) != std::string_view::npos) ++i;
        std::u32string echo;
        (void)decode_str(body.substr(expr_begin, i - expr_begin), true, echo);
        pending += echo;
    }
    int conversion = -1;
    if (i < body.size() && body[i] == '!') {
        if (i + 1 >= body.size()) error("f-string: expecting '}'", at(i));
        char conv = body[i + 1];
        if (conv != 's' && conv != 'r' && conv != 'a')
            error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at(i + 1));
        conversion = conv;
        i += 2;
    }
    ast::Node* spec = nullptr;
    if (i < body.size() && body[i] == ':') {
        ++i;
        auto* js = make<ast::JoinedStr>(token_span_.first, token_span_.second);
        std::u32string spec_pending;
        i = fstring(body, i, raw, begin, end, js->values, spec_pending, depth + 1);
        flush_literal(js->values, spec_pending, begin, end);
        // A spec that is only text is one Constant placed on the spec's own
        // token (CPython 3.11 makes it on a different path from the rest).
        if (js->values.size() == 1 && js->values[0]->kind == ast::Kind::Constant) {
            set_pos(js->values[0], token_span_.first, token_span_.second);
            js->values[0]->as<ast::Constant>()->kind.reset();
        }
        spec = js;
    }
    if (i >= body.size() || body[i] != '}') error("f-string: expecting '}'", at(open));
    if (debug && conversion == -1 && !spec) conversion = 'r';
    flush_literal(values, pending, begin, end);
    auto* fv = make<ast::FormattedValue>(fstring_span_.first, fstring_span_.second);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    values.push_back(fv);
    return i + 1;
}

void Builder::flush_literal(ast::NodeList& values, std::u32string& pending, std::uint32_t begin,
                            std::uint32_t end) {
    if (pending.empty()) return;
    (void)begin;
    (void)end;
    auto* c = make<ast::Constant>(fstring_span_.first, fstring_span_.second);
    c->value.tag = ast::ConstantValue::Tag::Str;
    c->value.str = std::move(pending);
    if (u_kind_) c->kind.emplace(1, 'u');
    pending.clear();
    values.push_back(c);
}

}  // namespace glasspy::interp
