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
// parser only) and turned into SyntaxErrorInfo at the parser's one entry.
//
// Offsets are byte offsets into the source.  `end` says what CPython puts in
// SyntaxError.end_offset: the end of a range, the same point as `offset`
// (most tokenizer and forced-token errors), or the -1 / 0 that some tokenizer
// errors leave (CPython's traceback printer reads these to decide how many
// carets to draw).
struct GrammarError {
    enum class Type { SyntaxError, IndentationError, TabError, MemoryError };
    enum class End : std::uint8_t { point, range, minus_one, zero };
    enum class Origin : std::uint8_t {
        parser,     // a parser rule: a tokenizer error later in the file takes precedence
        tokenizer,  // what CPython's tokenizer raises: final
    };
    GrammarError() = default;
    GrammarError(Type t, std::string m, std::uint32_t at, std::uint32_t end_at = 0)
        : type(t), message(std::move(m)), offset(at), end_offset(end_at),
          end(end_at > at ? End::range : End::point) {}

    Type type = Type::SyntaxError;
    std::string message;
    std::uint32_t offset = 0;
    std::uint32_t end_offset = 0;
    End end = End::point;
    Origin origin = Origin::parser;
    bool generic = false;      // plain "invalid syntax": worth a second, diagnosing pass
    bool no_location = false;  // CPython gives offset 0 (the error is not tied to a column)
    bool no_caret = false;     // CPython's file tokenizer reports it with no caret (a block
                               // missing at the end of the file)
    bool located = false;      // inside a string: the offset is already where CPython puts it
    bool raw_line = false;
    bool end_in_bytes = false;      // the end offset counts bytes, not characters (a 3.11 quirk)
    bool columns_in_bytes = false;  // offset and end count bytes even in a str source (a 3.11 quirk)
    bool parser_columns = false;    // found by the tokenizer here, reported by CPython's parser
                                    // (its columns follow the source's form: use_source_offsets)     // raised by CPython's tokenizer itself: SyntaxError.text is the
                               // line as read, without its newline (the parser's have one)
    // An error inside an f-string field is shown on the field's text in
    // parentheses, as CPython 3.11 parses it (then `offset` is within it).
    std::string field_text;
    std::uint32_t field_line = 0;

    GrammarError& from_tokenizer() {
        origin = Origin::tokenizer;
        return *this;
    }
    GrammarError& as_read() {
        raw_line = true;
        return *this;
    }
    GrammarError& with_end(End e) {
        end = e;
        return *this;
    }
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
