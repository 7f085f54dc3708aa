// The tree builder: turns the concrete syntax tree that the grammar left in
// ParseState into the AST of ast.def, doing what python.gram's actions do
// (CPython: Parser/action_helpers.c) and the checks its invalid_* rules make.
//
// Split by area: ast_build.cpp (positions, module), ast_build_expr.cpp,
// ast_build_stmt.cpp, ast_build_targets.cpp (assignment targets and their
// errors), ast_build_fstring.cpp (string literals and f-strings),
// ast_build_pattern.cpp (match patterns).  Errors are thrown as
// grammar::GrammarError and become SyntaxError at parse_module.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "interp/ast.hpp"
#include "interp/grammar/state.hpp"

namespace glasspy::interp {

using grammar::CNode;
using grammar::RuleId;

class Builder {
public:
    Builder(const grammar::ParseState& ps, std::string_view source, ast::Arena& arena);
    // A builder for a nested parse of the same source (an f-string field):
    // shares the outer one's line table.
    Builder(const grammar::ParseState& ps, const Builder& outer);

    ast::Module* module(const CNode& file);
    ast::Node* expr(const CNode& n);

    // ---- positions and text (ast_build.cpp)
    std::span<const CNode> kids(const CNode& n) const {
        return {ps_.store.data() + n.first, n.count};
    }
    std::uint32_t start_of(const CNode& n) const;  // first token, after leading whitespace
    std::string_view text(const CNode& n) const;   // the node's text without leading whitespace
    void set_pos(ast::Node* node, std::uint32_t begin, std::uint32_t end) const;
    template <typename T> T* make(std::uint32_t begin, std::uint32_t end) {
        T* node = arena_.make<T>();
        set_pos(node, begin, end);
        return node;
    }
    template <typename T> T* make(const CNode& n) { return make<T>(start_of(n), n.end); }
    std::uint32_t offset_of(int lineno, int col) const;
    std::uint32_t end_offset(const ast::Node* node) const {
        return offset_of(node->end_lineno, node->end_col_offset);
    }
    std::uint32_t begin_offset(const ast::Node* node) const {
        return offset_of(node->lineno, node->col_offset);
    }
    [[noreturn]] void error(std::string message, std::uint32_t begin, std::uint32_t end = 0) const;
    [[noreturn]] void error_at(std::string message, const ast::Node* node) const;
    std::string identifier(const CNode& name) const;

    // ---- expressions (ast_build_expr.cpp)
    ast::Node* binary(const CNode& n);
    ast::Node* primary(const CNode& n);
    ast::Node* paren(const CNode& n);
    ast::Node* list_display(const CNode& n);
    ast::Node* brace(const CNode& n);
    ast::Node* slices(const CNode& trailer);
    void call_arguments(std::span<const CNode> items, std::uint32_t paren_begin,
                        std::uint32_t paren_end, ast::NodeList& args, ast::NodeList& keywords);
    ast::NodeList comprehensions(std::span<const CNode> items);
    ast::arguments* parameters(const CNode* n, std::uint32_t at);
    ast::Node* tuple(const CNode& n, ast::ExprContext ctx);

    // ---- targets (ast_build_targets.cpp)
    enum class TargetUse { assign, assign_here, del, for_loop, with_item, comprehension };
    ast::Node* set_context(ast::Node* e, ast::ExprContext ctx, TargetUse use);
    static std::string_view describe(const ast::Node* e);

    // ---- literals (ast_build_fstring.cpp)
    ast::Node* strings(const CNode& n);
    ast::Node* strings_unlocated(const CNode& n);
    ast::Node* number(const CNode& n);

    // ---- statements (ast_build_stmt.cpp)
    ast::Node* stmt(const CNode& n);
    ast::NodeList block(const CNode& n);
    void statements_into(std::span<const CNode> items, ast::NodeList& out);

    // ---- patterns (ast_build_pattern.cpp)
    ast::Node* pattern(const CNode& n);

    std::string_view source() const { return source_; }
    ast::Arena& arena() { return arena_; }

private:
    ast::Node* compound_stmt(const CNode& n);
    ast::Node* simple_stmt(const CNode& n);
    ast::Node* expr_stmt(const CNode& n);
    ast::Node* import_from(const CNode& n);
    ast::NodeList decorators(const CNode& n, std::size_t& i, std::uint32_t& begin);
    ast::Node* function_def(const CNode& n);
    ast::Node* class_def(const CNode& n);
    ast::Node* if_stmt(const CNode& n, std::size_t first);
    ast::Node* try_stmt(const CNode& n);
    ast::Node* with_stmt(const CNode& n);
    ast::Node* match_stmt(const CNode& n);
    ast::Node* pattern_value(const CNode& n);
    std::size_t fstring(std::string_view body, std::size_t i, bool raw, std::uint32_t begin,
                        std::uint32_t end, ast::NodeList& values, std::u32string& pending, int depth);
    std::size_t replacement_field(std::string_view body, std::size_t i, bool raw, std::uint32_t begin,
                                  std::uint32_t end, ast::NodeList& values, std::u32string& pending,
                                  int depth);
    void flush_literal(ast::NodeList& values, std::u32string& pending, std::uint32_t begin,
                       std::uint32_t end);

    std::pair<std::uint32_t, std::uint32_t> fstring_span_{}, token_span_{};  // see strings()
    bool u_kind_ = false;  // the f-string's first token is u"...": its Constants get kind='u' 
    const grammar::ParseState& ps_;
    std::string_view source_;
    ast::Arena& arena_;
    std::vector<std::uint32_t> own_line_starts_;
    const std::vector<std::uint32_t>& line_starts_;
};

}  // namespace glasspy::interp
