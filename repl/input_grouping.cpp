// Grouping typed lines into inputs; see input_grouping.hpp.  The parser is
// the judge: its error message says whether the input stopped too soon.
#include "repl/input_grouping.hpp"

#include <algorithm>

#include "interp/parser.hpp"

namespace glasspy::repl {

namespace {

using interp::ParseResult;

// The parse failed only because the input stopped inside brackets or a
// triple-quoted string (then even an empty line continues it).
bool inside_open_token(const ParseResult& r) {
    if (!r.error) return false;
    const std::string& m = r.error->msg;
    return m.ends_with("was never closed") || m.starts_with("unterminated triple-quoted string") ||
           m == "unexpected EOF while parsing";
}

// It failed because a block header, the last line typed, has no block yet.
bool awaiting_block(const ParseResult& r, const std::string& source) {
    auto lines = static_cast<int>(std::count(source.begin(), source.end(), '\n'));
    return r.error && r.error->type == "IndentationError" &&
           r.error->msg.starts_with("expected an indented block") && r.error->lineno == lines;
}

bool has_compound_statement(const ParseResult& r) {
    for (const interp::ast::Node* s : r.module->body) {
        switch (s->kind) {
            case interp::ast::Kind::FunctionDef:
            case interp::ast::Kind::AsyncFunctionDef:
            case interp::ast::Kind::ClassDef:
            case interp::ast::Kind::For:
            case interp::ast::Kind::AsyncFor:
            case interp::ast::Kind::While:
            case interp::ast::Kind::If:
            case interp::ast::Kind::With:
            case interp::ast::Kind::AsyncWith:
            case interp::ast::Kind::Match:
            case interp::ast::Kind::Try:
            case interp::ast::Kind::TryStar:
                return true;
            default:
                break;
        }
    }
    return false;
}

// Where a statement's text starts: a decorated definition at its first
// decorator (the node's own line is the `def` or `class`).
int first_line(const interp::ast::Node* s) {
    const interp::ast::NodeList* decorators = nullptr;
    if (auto f = s->as<interp::ast::FunctionDef>()) decorators = &f->decorator_list;
    if (auto f = s->as<interp::ast::AsyncFunctionDef>()) decorators = &f->decorator_list;
    if (auto c = s->as<interp::ast::ClassDef>()) decorators = &c->decorator_list;
    int line = s->lineno;
    if (decorators)
        for (const interp::ast::Node* d : *decorators) line = std::min(line, d->lineno);
    return line;
}

// A line continued by a backslash is never whole.
bool ends_with_backslash(const std::string& source) {
    return source.size() >= 2 && source[source.size() - 2] == '\\';
}

}  // namespace

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\r\n\f") == std::string::npos; }

bool input_complete(const std::string& source, bool last_line_blank) {
    if (ends_with_backslash(source)) return false;
    ParseResult r = interp::parse_module(interp::normalize_newlines(source), "<stdin>");
    if (inside_open_token(r) || (awaiting_block(r, source) && !last_line_blank)) return false;
    if (!r.error && has_compound_statement(r) && !last_line_blank) return false;
    return true;
}

bool ends_too_soon(const std::string& source) {
    if (ends_with_backslash(source)) return true;
    ParseResult r = interp::parse_module(interp::normalize_newlines(source), "<stdin>");
    return inside_open_token(r) || awaiting_block(r, source);
}

std::vector<std::string> split_statements(const std::string& source) {
    std::string text = interp::normalize_newlines(source);
    ParseResult r = interp::parse_module(text, "<stdin>");
    if (r.error || r.module->body.empty()) return {text};
    std::vector<std::string_view> lines;  // each with its '\n'
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = std::min(text.find('\n', at), text.size() - 1) + 1;
        lines.push_back(std::string_view(text).substr(at, end - at));
        at = end;
    }
    std::vector<std::string> statements;
    int first = 0, last = 0;  // the 1-based lines of the statement being gathered
    auto flush = [&] {
        std::string chunk(static_cast<std::size_t>(first - 1), '\n');
        for (int i = first; i <= last && i <= static_cast<int>(lines.size()); ++i) chunk += lines[i - 1];
        statements.push_back(std::move(chunk));
    };
    for (const interp::ast::Node* s : r.module->body) {
        int start = first_line(s);
        if (first && start > last) flush();
        if (!first || start > last) first = start;
        last = std::max(last, s->end_lineno);
    }
    flush();
    return statements;
}

std::string next_indent(const std::string& line) {
    std::string indent = line.substr(0, line.find_first_not_of(" \t"));
    if (is_blank(line)) return "";
    // The code part of the line: a ':' inside a trailing comment does not count.
    std::string code = line;
    bool in_string = false;
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == quote) in_string = false;
        } else if (c == '"' || c == '\'') {
            in_string = true;
            quote = c;
        } else if (c == '#') {
            code = line.substr(0, i);
            break;
        }
    }
    std::size_t last = code.find_last_not_of(" \t");
    if (last != std::string::npos && code[last] == ':') indent += "    ";
    return indent;
}

}  // namespace glasspy::repl
