// The tree builder's common part: positions (CPython's lineno/col_offset are
// 1-based lines and 0-based UTF-8 byte columns), identifiers, errors, and the
// module itself.  See ast_build.hpp for the split by area.
#include "interp/ast_build.hpp"

#include <algorithm>

#include "interp/grammar/indent.hpp"
#include "interp/grammar/lexical.hpp"
#include "runtime/unicode.hpp"

namespace glasspy::interp {

Builder::Builder(const grammar::ParseState& ps, std::string_view source, ast::Arena& arena)
    : ps_(ps), source_(source), arena_(arena), line_starts_(own_line_starts_) {
    own_line_starts_.push_back(0);
    for (std::uint32_t i = 0; i < source.size(); ++i)
        if (source[i] == '\n') own_line_starts_.push_back(i + 1);
}

Builder::Builder(const grammar::ParseState& ps, const Builder& outer)
    : ps_(ps), source_(outer.source_), arena_(outer.arena_), line_starts_(outer.line_starts_) {}

std::uint32_t Builder::start_of(const CNode& n) const {
    const char* begin = source_.data();
    const char* p = grammar::skip_whitespace(begin + n.begin, begin + n.end, true);
    return static_cast<std::uint32_t>(p - begin);
}

std::string_view Builder::text(const CNode& n) const {
    std::uint32_t b = start_of(n);
    return source_.substr(b, n.end - b);
}

void Builder::set_pos(ast::Node* node, std::uint32_t begin, std::uint32_t end) const {
    auto locate = [&](std::uint32_t offset, int& line, int& col) {
        auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        auto index = static_cast<int>(it - line_starts_.begin()) - 1;
        line = index + 1;
        col = static_cast<int>(offset - line_starts_[static_cast<std::size_t>(index)]);
    };
    locate(begin, node->lineno, node->col_offset);
    locate(end, node->end_lineno, node->end_col_offset);
}

std::uint32_t Builder::offset_of(int lineno, int col) const {
    int index = lineno - 1;
    if (index < 0 || static_cast<std::size_t>(index) >= line_starts_.size()) return 0;
    return line_starts_[static_cast<std::size_t>(index)] + static_cast<std::uint32_t>(std::max(col, 0));
}

void Builder::error(std::string message, std::uint32_t begin, std::uint32_t end) const {
    grammar::throw_error(grammar::GrammarError::Type::SyntaxError, std::move(message), begin, end);
}

void Builder::error_at(std::string message, const ast::Node* node) const {
    error(std::move(message), begin_offset(node), end_offset(node));
}

// Identifiers are normalised to NFKC (PEP 3131); ASCII ones already are.
std::string Builder::identifier(const CNode& name) const {
    std::string_view t = text(name);
    bool ascii = std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return ascii ? std::string(t) : rt::unicode::nfkc(t);
}

ast::Module* Builder::module(const CNode& file) {
    auto* mod = arena_.make<ast::Module>();
    statements_into(kids(file), mod->body);
    return mod;
}

}  // namespace glasspy::interp
