// Parse state shared by the grammar's custom rules and the tree builder:
// the indentation stack, the bracket depth, the furthest token reached (for
// "invalid syntax" carets), and the concrete syntax tree being built.
//
// Invariants: custom rules that change indentation or bracket depth restore
// it before they return, whether they match or not, so backtracking never
// leaves the state of an abandoned alternative behind (PEGTL does not undo
// state changes of rules that fail).  The CST only grows by `reduce` in
// tree_control (tree.hpp), which truncates `pending` when a rule fails.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "interp/grammar/rule_ids.hpp"

namespace glasspy::interp::grammar {

// One node of the concrete syntax tree: a selected rule that matched
// [begin, end) (byte offsets; begin may include leading whitespace), with its
// children stored contiguously in ParseState::store.
struct CNode {
    RuleId id;
    std::uint32_t begin, end;
    std::uint32_t first, count;
};

// One level of the indentation stack.  `col` counts a tab as reaching the next
// multiple of 8 and `altcol` counts it as 1; CPython's tokenizer raises
// TabError when the two orders disagree (Parser/tokenizer.c).
struct IndentLevel {
    int col = 0, altcol = 0;
};

// A syntax error found while parsing; thrown (as a C++ exception inside the
// parser only) and turned into SyntaxError at the parser's one entry point.
struct GrammarError {
    enum class Type { SyntaxError, IndentationError, TabError, MemoryError };
    GrammarError() = default;
    GrammarError(Type t, std::string m, std::uint32_t at, std::uint32_t end = 0, bool caretless = false,
                 bool plain = false)
        : type(t), message(std::move(m)), offset(at), end_offset(end), no_caret(caretless), generic(plain) {}

    Type type = Type::SyntaxError;
    std::string message;
    std::uint32_t offset = 0;      // byte offset of the caret
    std::uint32_t end_offset = 0;  // 0 = one column
    bool no_caret = false;         // CPython prints no caret for some tokenizer errors
    bool generic = false;          // plain "invalid syntax": worth a second, diagnosing pass
    bool located = false;          // inside a string: the offset is already where CPython puts it
    // An error inside an f-string field is shown on the field's text in
    // parentheses, as CPython 3.11 parses it (then `offset` is within it).
    std::string field_text;
    std::uint32_t field_line = 0;
};

struct ParseState {
    std::string_view source;
    std::vector<IndentLevel> indents{IndentLevel{}};
    int depth = 0;                  // open brackets around the current position
    std::vector<std::uint32_t> open_brackets;  // where each of them is
    bool nested = false;            // parsing an f-string field, not a file
    std::uint32_t furthest = 0;     // start of the furthest token the parser tried
    std::uint32_t nesting = 0;      // recursion of nested expressions (see guard)
    std::uint32_t header = 0;       // where the last compound statement's keyword is
    bool error_pass = false;        // second pass: the invalid_* rules are on (errors.hpp)

    std::vector<CNode> pending;  // finished nodes not yet owned by a parent
    std::vector<CNode> store;    // children, contiguous per parent

    void note_token(std::uint32_t offset) {
        if (offset > furthest) furthest = offset;
    }
};

// Custom rules receive every parser state; this finds ours among them.
inline ParseState* pick_state(ParseState& s) { return &s; }
template <typename T> inline ParseState* pick_state(T&) { return nullptr; }
template <typename... States> inline ParseState& parse_state(States&... st) {
    ParseState* found = nullptr;
    ((found = found ? found : pick_state(st)), ...);
    return *found;
}

}  // namespace glasspy::interp::grammar
