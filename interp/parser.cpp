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
        info.text = e.field_text;
        info.offset = chars_in(e.field_text, e.offset) + 1;
        info.end_offset = chars_in(e.field_text, e.end_offset) + 1;
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
    info.offset = chars_in(line, offset - line_start) + 1;
    info.end_lineno = info.lineno;
    if (e.end_offset > e.offset) {
        std::uint32_t end = std::min<std::uint32_t>(e.end_offset, static_cast<std::uint32_t>(line_end));
        info.end_offset = chars_in(line, end - line_start) + 1;
        if (e.end_offset > line_end) info.end_offset = chars_in(line, line.size()) + 1;
    } else {
        info.end_offset = info.offset + 1;
    }
    if (e.no_caret) info.offset = info.end_offset = 0;
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

// One run of the grammar over the source; throws GrammarError.
void run_grammar(grammar::ParseState& ps, std::string_view source, std::string_view filename) {
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf> in(source.data(), source.size(),
                                                                      filename);
    bool ok = pegtl::parse<grammar::file, no_action, grammar::tree_control>(in, ps);
    if (!ok || ps.pending.size() != 1)
        throw grammar::GrammarError{grammar::GrammarError::Type::SyntaxError, "invalid syntax",
                                    ps.furthest, 0, false, true};
}

// What CPython reports for a source that did not parse: a second pass with
// the invalid_* rules on may find a specific message; failing that, an error
// the tokenizer finds anywhere in the source; failing that, "invalid syntax"
// at the furthest token the parser reached.
grammar::GrammarError diagnose(const grammar::GrammarError& first, std::string_view source,
                               std::string_view filename) {
    grammar::ParseState ps;
    ps.source = source;
    ps.error_pass = true;
    grammar::GrammarError found = first;
    try {
        run_grammar(ps, source, filename);
    } catch (const grammar::GrammarError& e) {
        found = e;
    }
    if (!found.generic) return found;
    if (auto tokenizer_error = grammar::check_tokens(source)) return *tokenizer_error;
    found.offset = first.offset;
    found.end_offset = grammar::token_end(source, found.offset);
    return found;
}

}  // namespace

ParseResult parse_module(std::string_view source, std::string_view filename) {
    return rt::with_deep_stack([&] { return parse_module_here(source, filename); });
}

ParseResult parse_module_here(std::string_view source, std::string_view filename) {
    ParseResult result;
    result.arena = std::make_unique<ast::Arena>();
    grammar::ParseState ps;
    ps.source = source;
    try {
        try {
            run_grammar(ps, source, filename);
        } catch (const grammar::GrammarError& e) {
            if (!e.generic) throw;
            throw diagnose(e, source, filename);
        }
        Builder builder(ps, source, *result.arena);
        result.module = builder.module(ps.pending.back());
    } catch (const grammar::GrammarError& e) {
        result.error = to_info(e, source, filename);
        result.module = nullptr;
    }
    return result;
}

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
    if (!ok) {
        // CPython 3.11 reports the field as "(text)" with the caret inside.
        grammar::GrammarError e{grammar::GrammarError::Type::SyntaxError, "f-string: invalid syntax",
                                ps.furthest + 1};
        e.end_offset = e.offset + 1;
        e.located = true;
        e.field_text = "(" + std::string(text) + ")";
        e.field_line = static_cast<std::uint32_t>(grammar::line_of(outer.source(), offset));
        throw e;
    }
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
    std::string_view line = e.text;
    std::size_t strip = line.find_first_not_of(" \t\f");
    if (strip == std::string_view::npos) strip = line.size();
    std::string_view shown = line.substr(strip);
    while (!shown.empty() && shown.back() == '\n') shown.remove_suffix(1);
    if (!shown.empty()) {
        out += fmt::format("    {}\n", shown);
    }
    if (!shown.empty() && e.offset > 0) {
        int stripped = chars_in(line, strip);
        int col = std::max(e.offset - 1 - stripped, 0);
        // A range that runs onto later lines is drawn to the end of this one.
        int end = e.end_lineno > e.lineno ? static_cast<int>(chars_in(line, line.size())) + 1 : e.end_offset;
        int width = std::max(end - e.offset, 1);
        out += fmt::format("    {}{}\n", std::string(static_cast<std::size_t>(col), ' '),
                           std::string(static_cast<std::size_t>(width), '^'));
    }
    out += fmt::format("{}: {}\n", e.type, e.msg);
    return out;
}

}  // namespace glasspy::interp
