// Significant indentation and bracket nesting as parse state (CPython does
// both in Parser/tokenizer.c, producing INDENT/DEDENT tokens and ignoring
// newlines inside brackets; a PEG over characters does it with these rules).
//
// Invariant: each rule here that changes ParseState::indents or ::depth
// restores it before returning, matched or not, so an alternative that fails
// and backtracks leaves the state as it found it.
#pragma once

#include "interp/grammar/lexical.hpp"

namespace glasspy::interp::grammar {

// CPython's tokenizer refuses more than 200 nested brackets (MAXLEVEL).
inline constexpr int MAX_BRACKET_DEPTH = 200;

// The indentation of the line starting at p: tabs advance `col` to the next
// multiple of 8 and `altcol` by one; a form feed resets both.
IndentLevel measure_indent(const char* p, const char* end);

[[noreturn]] void throw_error(GrammarError::Type type, std::string message, std::uint32_t offset,
                              std::uint32_t end_offset = 0);
// The same for the errors CPython's tokenizer raises (final: nothing found
// later in the file replaces them).
[[noreturn]] void throw_tokenizer_error(GrammarError::Type type, std::string message,
                                        std::uint32_t offset, std::uint32_t end_offset = 0);

// Compares a line's indentation with a level, raising TabError when the tab
// and space counts disagree about the order (Parser/tokenizer.c: indenterror).
int compare_indent(const IndentLevel& line, const IndentLevel& level, std::uint32_t offset);

// Open Inner Close, with Inner parsed at one more bracket depth (newlines
// inside are whitespace).  Open and Close are single characters.
template <char Open, typename Inner, char Close> struct bracketed {
    GP_CUSTOM_RULE(bracketed);
    GP_MATCH_SIGNATURE {
        auto marker = in.template mark<pegtl::rewind_mode::required>();
        (void)_::match<A, M, Action, Control>(in, st...);
        if (in.empty() || in.peek_char() != Open) return marker(false);
        ParseState& ps = parse_state(st...);
        if (ps.depth >= MAX_BRACKET_DEPTH)
            throw_tokenizer_error(GrammarError::Type::SyntaxError, "too many nested parentheses",
                        static_cast<std::uint32_t>(in.current() - in.begin()));
        ps.open_brackets.push_back(static_cast<std::uint32_t>(in.current() - in.begin()));
        in.bump(1);
        ++ps.depth;
        bool ok = Control<Inner>::template match<A, pegtl::rewind_mode::active, Action, Control>(in, st...);
        if (ok) {
            (void)_::match<A, M, Action, Control>(in, st...);
            ok = !in.empty() && in.peek_char() == Close;
            if (ok) in.bump(1);
        }
        --ps.depth;
        ps.open_brackets.pop_back();
        return marker(ok);
    }
};

// At the start of a statement: the line is indented exactly as the current
// block.  Fails at the end of the input.
struct samedent {
    GP_CUSTOM_RULE(samedent);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (in.empty()) return false;
        IndentLevel line = measure_indent(in.current(), in.end());
        auto offset = static_cast<std::uint32_t>(in.current() - in.begin());
        return compare_indent(line, ps.indents.back(), offset) == 0;
    }
};

// What ends a block: after its statements the next line must be indented
// less (a DEDENT to a level that exists) or be the end of the input.
void check_dedent(ParseState& ps, const char* p, const char* begin, const char* end);

// An indented block (NEWLINE INDENT Body DEDENT): the next line is indented
// deeper than the enclosing block; Body is parsed with that indentation
// pushed, and the block ends where a line is indented less.
template <typename Body> struct indented {
    GP_CUSTOM_RULE(indented);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (in.empty()) return false;
        IndentLevel line = measure_indent(in.current(), in.end());
        auto offset = static_cast<std::uint32_t>(in.current() - in.begin());
        if (compare_indent(line, ps.indents.back(), offset) <= 0) return false;
        // A GrammarError thrown inside ends the whole parse, so the push needs
        // no unwinding on that path.
        ps.indents.push_back(line);
        bool ok = Control<Body>::template match<A, M, Action, Control>(in, st...);
        if (ok) check_dedent(ps, in.current(), in.begin(), in.end());
        ps.indents.pop_back();
        return ok;
    }
};

// Guards the recursion of nested expressions so that no input overflows the
// C++ stack.  CPython's parser has the same guard (MAXSTACK in
// Parser/parser.c) and raises MemoryError past it; its limit is 6000 levels
// of its own rules, which is about 1500 of these.
inline constexpr std::uint32_t MAX_NESTING = 1500;

template <typename Inner> struct nesting_guard {
    GP_CUSTOM_RULE(nesting_guard);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (++ps.nesting > MAX_NESTING)
            throw_tokenizer_error(GrammarError::Type::MemoryError, "",
                        static_cast<std::uint32_t>(in.current() - in.begin()));
        bool ok = Control<Inner>::template match<A, M, Action, Control>(in, st...);
        --ps.nesting;
        return ok;
    }
};

}  // namespace glasspy::interp::grammar
