// The parser entry points: runs the PEGTL grammar (interp/grammar/) with the
// tree-building control, then the Builder, and turns any GrammarError into
// SyntaxErrorInfo.
#include "interp/parser.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "interp/ast_build.hpp"
#include "interp/grammar/errors.hpp"
#include "interp/grammar/tree.hpp"
#include "runtime/deep_stack.hpp"

namespace glasspy::interp {

namespace pegtl = tao::pegtl;

namespace {

template <typename Rule> struct no_action : pegtl::nothing<Rule> {};

// The expression inside an f-string's braces: parsed as if in parentheses,
// as CPython 3.11 does, so it may span lines.
struct fstring_expression
    : pegtl::seq<grammar::sor<grammar::yield_expr, grammar::star_expressions>, grammar::_, pegtl::eof> {};

// Number of code points in the UTF-8 text [0, bytes).
int chars_in(std::string_view line, std::size_t bytes) {
    int n = 0;
    for (std::size_t i = 0; i < bytes && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
    return n;
}

SyntaxErrorInfo to_info(const grammar::GrammarError& e, std::string_view source,
                        std::string_view filename) {
    SyntaxErrorInfo info;
    if (!e.field_text.empty()) {
        info.msg = e.message;
        info.filename = filename;
        info.lineno = info.end_lineno = static_cast<int>(e.field_line);
        info.text = e.field_text + "\n";
        info.columns_final = true;  // the field is parsed as a str of its own
        info.offset = chars_in(e.field_text, e.offset) + 1;
        info.end_offset = e.end == grammar::GrammarError::End::range ? chars_in(e.field_text, e.end_offset) + 1
                                                                      : info.offset;
        return info;
    }
    using Type = grammar::GrammarError::Type;
    info.type = e.type == Type::TabError           ? "TabError"
                : e.type == Type::IndentationError ? "IndentationError"
                : e.type == Type::MemoryError      ? "MemoryError"
                                                   : "SyntaxError";
    info.msg = e.message;
    info.filename = filename;
    std::uint32_t offset = std::min<std::uint32_t>(e.offset, static_cast<std::uint32_t>(source.size()));
    std::size_t line_start = offset == 0 ? std::string_view::npos : source.rfind('\n', offset - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (offset == source.size() && offset > 0 && source[offset - 1] == '\n') {
        // At the very end: CPython reports the last line.
        std::size_t prev = source.rfind('\n', offset >= 2 ? offset - 2 : 0);
        line_start = (prev == std::string_view::npos || offset < 2) ? 0 : prev + 1;
        offset = static_cast<std::uint32_t>(source.size() - 1);
    }
    std::size_t line_end = source.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = source.size();
    std::string_view line = source.substr(line_start, line_end - line_start);
    info.lineno = 1 + static_cast<int>(std::count(source.begin(), source.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
    info.text = std::string(line);
    if (!e.raw_line) info.text += '\n';
    // The tokenizer's own errors count characters (or, for a few, bytes)
    // whatever the source's form; the parser's follow the source.
    info.columns_final =
        e.columns_in_bytes || (e.origin == grammar::GrammarError::Origin::tokenizer && !e.parser_columns);
    info.offset = e.columns_in_bytes ? static_cast<int>(offset - line_start) + 1 : chars_in(line, offset - line_start) + 1;
    info.end_lineno = info.lineno;
    using End = grammar::GrammarError::End;
    switch (e.end) {
        case End::range: {
            std::uint32_t end = std::min<std::uint32_t>(e.end_offset, static_cast<std::uint32_t>(line_end));
            info.end_offset = e.end_in_bytes || e.columns_in_bytes ? static_cast<int>(end - line_start) + 1 : chars_in(line, end - line_start) + 1;
            break;
        }
        case End::point: info.end_offset = info.offset; break;
        case End::minus_one: info.end_offset = -1; break;
        case End::zero: info.end_offset = 0; break;
    }
    if (e.no_location) info.offset = info.end_offset = 0;
    info.draw_caret = !e.no_caret;
    return info;
}

}  // namespace

std::string normalize_newlines(std::string_view source) {
    std::string out;
    out.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\r') {
            out += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
        } else {
            out += source[i];
        }
    }
    return out;
}

namespace {

// One run of the grammar from its start rule (file or eval_input) over the
// source; throws GrammarError.
template <typename Start>
void run_grammar(grammar::ParseState& ps, std::string_view source, std::string_view filename) {
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf> in(source.data(), source.size(),
                                                                      filename);
    bool ok = pegtl::parse<Start, no_action, grammar::tree_control>(in, ps);
    if (!ok || ps.pending.size() != 1) {
        grammar::GrammarError e{grammar::GrammarError::Type::SyntaxError, "invalid syntax", ps.furthest};
        e.generic = true;
        throw e;
    }
}

// What CPython does with a SyntaxError its parser raised
// (_PyPegen_tokenize_full_source_to_check_for_errors): it tokenizes the rest
// of the file, and an error the tokenizer finds there is reported instead; a
// bracket still open at the end replaces an error on a later line.
grammar::GrammarError prefer_tokenizer_errors(const grammar::GrammarError& e, std::string_view source) {
    grammar::TokenCheck check = grammar::check_tokens(source);
    if (check.error) return *check.error;
    if (check.unclosed_at &&
        grammar::line_of(source, e.offset) > grammar::line_of(source, *check.unclosed_at))
        return grammar::unclosed_error(source, *check.unclosed_at).as_read();
    return e;
}

// What CPython reports for a source its first pass could not parse
// (_PyPegen_run_parser, _Pypegen_set_syntax_error): a second pass with the
// invalid_* rules on may find a specific message; otherwise "invalid syntax"
// at the furthest
// token the first pass reached.  Errors from the parser then give way to
// tokenizer errors (prefer_tokenizer_errors).
template <typename Start>
grammar::GrammarError diagnose(const grammar::GrammarError& first, std::string_view source,
                               std::string_view filename) {
    if (!first.generic) return prefer_tokenizer_errors(first, source);
    grammar::ParseState ps;
    ps.source = source;
    ps.error_pass = true;
    try {
        run_grammar<Start>(ps, source, filename);
    } catch (const grammar::GrammarError& e) {
        if (e.origin == grammar::GrammarError::Origin::tokenizer) return e;
        if (!e.generic) return prefer_tokenizer_errors(e, source);
    }
    grammar::GrammarError generic = first;
    generic.end_offset = grammar::token_end(source, first.offset);
    generic.end = generic.end_offset > generic.offset ? grammar::GrammarError::End::range
                                                      : grammar::GrammarError::End::point;
    return prefer_tokenizer_errors(generic, source);
}

}  // namespace

ParseResult parse_module(std::string_view source, std::string_view filename) {
    return rt::with_deep_stack([&] { return parse_module_here(source, filename); });
}

namespace {

// The two start rules share the passes: parse, diagnose a failure, build.
template <typename Start, typename Build>
ParseResult parse_from(std::string_view source, std::string_view filename, Build build) {
    ParseResult result;
    result.arena = std::make_unique<ast::Arena>();
    grammar::ParseState ps;
    ps.source = source;
    try {
        try {
            run_grammar<Start>(ps, source, filename);
        } catch (const grammar::GrammarError& e) {
            if (e.origin == grammar::GrammarError::Origin::tokenizer) throw;
            throw diagnose<Start>(e, source, filename);
        }
        try {
            Builder builder(ps, source, *result.arena);
            build(builder, ps.pending.back(), result);
        } catch (const grammar::GrammarError& e) {
            // CPython raises these in the parser's actions, during the parse.
            if (e.origin == grammar::GrammarError::Origin::tokenizer) throw;
            throw prefer_tokenizer_errors(e, source);
        }
    } catch (const grammar::GrammarError& e) {
        result.error = to_info(e, source, filename);
        result.module = nullptr;
        result.expression = nullptr;
    }
    return result;
}

}  // namespace

ParseResult parse_module_here(std::string_view source, std::string_view filename) {
    return parse_from<grammar::file>(source, filename, [](Builder& b, auto node, ParseResult& r) {
        r.module = b.module(node);
    });
}

ParseResult parse_eval(std::string_view source, std::string_view filename) {
    return rt::with_deep_stack([&] {
        return parse_from<grammar::eval_input>(source, filename, [&](Builder& b, auto node, ParseResult& r) {
            auto* expr = r.arena->make<ast::Expression>();
            expr->body = b.expr(node);
            r.expression = expr;
        });
    });
}

namespace {

// A field that does not parse: CPython 3.11 reports it on the field's text
// in parentheses, "(a b)", with the message of its second pass prefixed by
// "f-string: ".
grammar::GrammarError fstring_field_error(const grammar::ParseState& first, std::string_view source,
                                          std::string_view text, std::uint32_t offset) {
    grammar::ParseState ps;
    ps.source = source;
    ps.depth = 1;
    ps.nested = true;
    ps.error_pass = true;
    // By default: "invalid syntax" at the furthest token, which past the end
    // of the text is the closing parenthesis.
    grammar::GrammarError e{grammar::GrammarError::Type::SyntaxError, "invalid syntax", first.furthest};
    e.end_offset = first.furthest >= text.size() ? first.furthest + 1 : grammar::token_end(text, first.furthest);
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf> sub(source.data() + offset, text.size(),
                                                                       "<fstring>");
    try {
        (void)pegtl::parse<fstring_expression, no_action, grammar::tree_control>(sub, ps);
    } catch (const grammar::GrammarError& found) {
        if (!found.generic) e = found;
    }
    // Offsets are within `text`; one more for the opening parenthesis.
    e.message = "f-string: " + e.message;
    e.offset += 1;
    e.end_offset = std::max(e.end_offset + 1, e.offset);
    e.end = grammar::GrammarError::End::range;
    if (e.end_offset == e.offset) e.end = grammar::GrammarError::End::point;
    e.located = true;
    e.field_text = "(" + std::string(text) + ")";
    e.field_line = static_cast<std::uint32_t>(grammar::line_of(source, offset));
    return e;
}

}  // namespace

ast::Node* parse_fstring_expression(Builder& outer, std::string_view text, std::uint32_t offset) {
    grammar::ParseState ps;
    ps.source = outer.source();
    ps.depth = 1;
    ps.nested = true;
    // Parse within the outer source so offsets (and error positions) are
    // those of the whole file.
    const char* base = outer.source().data();
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf> sub(base + offset, text.size(), "<fstring>");
    bool ok = false;
    try {
        ok = pegtl::parse<fstring_expression, no_action, grammar::tree_control>(sub, ps) &&
             ps.pending.size() == 1;
    } catch (grammar::GrammarError& e) {
        if (!e.generic) {
            e.located = true;
            throw;
        }
    }
    if (!ok) throw fstring_field_error(ps, outer.source(), text, offset);
    // Node offsets are relative to `sub`; rebase them onto the whole source.
    for (auto* v : {&ps.pending, &ps.store})
        for (grammar::CNode& n : *v) {
            n.begin += offset;
            n.end += offset;
        }
    Builder inner(ps, outer);
    ast::Node* e = inner.expr(ps.pending.back());
    // CPython 3.11 parses the field as "(" + text + ")", so a bare tuple
    // there takes the place of those parentheses: the braces.
    if (e->kind == ast::Kind::Tuple && ps.pending.back().id == grammar::RuleId::tuple_list)
        inner.set_pos(e, offset - 1, offset + static_cast<std::uint32_t>(text.size()) + 1);
    return e;
}

std::string format_syntax_error(const SyntaxErrorInfo& e) {
    // The parser's stack guard: CPython raises a bare MemoryError there.
    if (e.type == "MemoryError") return "MemoryError\n";
    std::string out = fmt::format("  File \"{}\", line {}\n", e.filename, e.lineno);
    // The source line and the caret line, drawn as CPython's traceback
    // printer draws them (Python/pythonrun.c: print_exception and
    // print_error_text): leading whitespace is stripped and the offset moves
    // with it; a caret that would fall left of the text is not drawn; the
    // carets run from offset to end_offset, at least one.
    std::string_view line = e.text;
    while (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    std::size_t strip = line.find_first_not_of(" \t\f");
    if (strip == std::string_view::npos) strip = line.size();
    std::string_view shown = line.substr(strip);
    if (!e.text.empty()) out += fmt::format("    {}\n", shown);
    // CPython measures the text in UTF-8 bytes here (its newline included,
    // when it has one), while the offsets may count characters: on a line
    // with non-ASCII text the carets shift as CPython's do.
    int line_size = static_cast<int>(e.text.size());
    // Only a SyntaxError proper has its end read; the subclasses
    // (IndentationError, TabError) get one caret.
    int end_offset = e.type == "SyntaxError" ? e.end_offset : -1;
    if (e.type == "SyntaxError" && e.end_lineno > e.lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    int carets = (end_offset > 0 && end_offset > e.offset) ? end_offset - e.offset : 1;
    int col = e.offset - 1 - static_cast<int>(strip);
    col = std::min(col, static_cast<int>(shown.size()));
    if (!e.text.empty() && col >= 0 && e.draw_caret) {
        out += fmt::format("    {}{}\n", std::string(static_cast<std::size_t>(col), ' '),
                           std::string(static_cast<std::size_t>(carets), '^'));
    }
    out += fmt::format("{}: {}\n", e.type, e.msg);
    return out;
}

namespace {

// 1 + the bytes of the first `chars - 1` characters of the UTF-8 `line`.
int byte_offset(std::string_view line, int chars) {
    std::size_t i = 0;
    for (int n = 1; n < chars && i < line.size(); ++n) {
        ++i;
        while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
    }
    return static_cast<int>(i) + 1 + std::max(0, chars - 1 - chars_in(line, line.size()));
}

}  // namespace

bool declares_encoding(std::string_view source) {
    // PEP 263: a comment matching coding[:=] on line 1 or 2.
    std::size_t start = 0;
    for (int line = 0; line < 2 && start <= source.size(); ++line) {
        std::size_t end = source.find('\n', start);
        std::string_view text = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        std::size_t hash = text.find_first_not_of(" \t\f");
        if (hash != std::string_view::npos && text[hash] == '#') {
            std::size_t at = text.find("coding", hash);
            if (at != std::string_view::npos && at + 6 < text.size() && (text[at + 6] == ':' || text[at + 6] == '='))
                return true;
        } else if (hash != std::string_view::npos) {
            return false;  // code before any cookie: none can follow
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return false;
}

void use_source_offsets(std::optional<SyntaxErrorInfo>& error, std::string_view source, bool from_bytes) {
    if (!error || !from_bytes || error->columns_final || declares_encoding(source) || error->offset <= 0) return;
    std::string_view text = error->text;
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    error->offset = byte_offset(text, error->offset);
    if (error->end_offset > 0) {
        std::string end_line = error->end_lineno == error->lineno ? std::string(text) : std::string();
        if (error->end_lineno != error->lineno) {
            std::size_t start = 0;
            for (int n = 1; n < error->end_lineno && start != std::string_view::npos; ++n) {
                start = source.find('\n', start);
                if (start != std::string_view::npos) ++start;
            }
            if (start != std::string_view::npos) {
                std::size_t end = source.find('\n', start);
                end_line = std::string(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
            }
        }
        error->end_offset = byte_offset(end_line, error->end_offset);
    }
}

}  // namespace glasspy::interp
