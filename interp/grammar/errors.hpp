// Syntax errors with CPython 3.11's own messages: the "expected ':'" style
// forced tokens, "expected an indented block after ...", and the invalid_*
// rules of Grammar/python.gram that recognise common mistakes ("Maybe you
// meant '==' ...", "Perhaps you forgot a comma?", "Missing parentheses in
// call to 'print'").
//
// As in CPython, the invalid_* checks only run in a second pass over a
// source that already failed to parse (ParseState::error_pass), so they can
// never reject a valid program; forced tokens and missing blocks are errors
// in any pass because the statement keyword before them has committed.
#pragma once

#include <optional>

#include <fmt/format.h>

#include "interp/grammar/indent.hpp"

namespace glasspy::interp::grammar {

struct bitwise_or;
struct disjunction;
struct star_expressions;
struct expression;

// ---- the message table -------------------------------------------------------------

namespace msg {
inline constexpr std::string_view maybe_equal =
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
inline constexpr std::string_view forgot_comma = "invalid syntax. Perhaps you forgot a comma?";
inline constexpr std::string_view kwarg_assignment =
    "expression cannot contain assignment, perhaps you meant \"==\"?";
inline constexpr std::string_view expected_except = "expected 'except' or 'finally' block";
}  // namespace msg

// What a block follows, for "expected an indented block after X on line N".
struct after_if { static constexpr std::string_view what = "'if' statement"; };
struct after_elif { static constexpr std::string_view what = "'elif' statement"; };
struct after_else { static constexpr std::string_view what = "'else' statement"; };
struct after_while { static constexpr std::string_view what = "'while' statement"; };
struct after_for { static constexpr std::string_view what = "'for' statement"; };
struct after_with { static constexpr std::string_view what = "'with' statement"; };
struct after_try { static constexpr std::string_view what = "'try' statement"; };
struct after_except { static constexpr std::string_view what = "'except' statement"; };
struct after_finally { static constexpr std::string_view what = "'finally' statement"; };
struct after_def { static constexpr std::string_view what = "function definition"; };
struct after_class { static constexpr std::string_view what = "class definition"; };
struct after_match { static constexpr std::string_view what = "'match' statement"; };
struct after_case { static constexpr std::string_view what = "'case' statement"; };

// ---- helpers -------------------------------------------------------------------------

template <typename Input> std::uint32_t offset_in(const Input& in, const char* p) {
    return static_cast<std::uint32_t>(p - in.begin());
}
// Where the next token starts (whitespace skipped as `_` would).
template <typename Input> const char* next_token(const Input& in, const ParseState& ps) {
    return skip_whitespace(in.current(), in.end(), ps.depth > 0);
}
// Whether the expression just built (the top of the CST stack) is one that
// python.gram's invalid_named_expression can name on the left of '=': a
// bitwise_or that is not a list, tuple, generator expression or keyword
// constant.
bool is_bitwise_or_level(const ParseState& ps);
// What an expression node is, as CPython's _PyPegen_get_expr_name names it
// in "cannot assign to ... here" ("name", "literal", "attribute", "function
// call", "subscript", "expression", ...); parentheses around one
// expression are looked through (`node` becomes the inner one).
std::string_view expression_kind(const ParseState& ps, const CNode*& node);
// Whether a token that can begin an expression starts at p.
bool starts_expression(const char* p, const char* end);
int line_of(std::string_view source, std::uint32_t offset);
// The end of the token at offset (what an "invalid syntax" caret covers).
std::uint32_t token_end(std::string_view source, std::uint32_t offset);
// What a tokenizer finds in the whole source: its first error, and where
// the innermost bracket still open at the end of the file is.
struct TokenCheck {
    std::optional<GrammarError> error;
    std::optional<std::uint32_t> unclosed_at;
};
TokenCheck check_tokens(std::string_view source);

// Matches R without building anything and without consuming input; returns
// where R would end, or null.
template <typename R, template <typename...> class Action, template <typename...> class Control,
          typename Input, typename... States>
const char* lookahead_end(Input& in, States&... st) {
    auto m = in.template mark<pegtl::rewind_mode::required>();
    const char* end = nullptr;
    if (Control<R>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...))
        end = in.current();
    (void)m(false);
    return end;
}

// ---- forced tokens -----------------------------------------------------------------

// Records where a compound statement's keyword is, for the "on line N" of a
// missing block.
template <typename Kw> struct header {
    GP_CUSTOM_RULE(header);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        auto at = offset_in(in, next_token(in, ps));
        if (!Control<Kw>::template match<A, M, Action, Control>(in, st...)) return false;
        ps.header = at;
        return true;
    }
};

// Tok, or "expected 'x'" where the header ended.  `Always` forces the token
// (python.gram's &&); otherwise the error is only given at the end of the
// line, and anything else there is plain invalid syntax.
// `ErrorPassOnly` is for soft keywords, whose statement may turn out to be
// an expression (`match(x)`).
template <typename Tok, char C, bool Always, bool ErrorPassOnly = false> struct expect {
    GP_CUSTOM_RULE(expect);
    GP_MATCH_SIGNATURE {
        if (Control<Tok>::template match<A, M, Action, Control>(in, st...)) return true;
        ParseState& ps = parse_state(st...);
        if (ErrorPassOnly && !ps.error_pass) return false;
        const char* p = next_token(in, ps);
        if (p == in.end() || *p == '\n')
            throw_error(GrammarError::Type::SyntaxError, fmt::format("expected '{}'", C), offset_in(in, p));
        if (Always) {
            auto at = offset_in(in, p);
            throw_error(GrammarError::Type::SyntaxError, fmt::format("expected '{}'", C), at,
                        token_end(ps.source, at));
        }
        return false;
    }
};

// "expected an indented block after X on line N": after a header's NEWLINE
// the next line is not indented deeper.
template <typename What> struct expected_block {
    GP_CUSTOM_RULE(expected_block);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        // An indented line whose statement failed to parse is another error.
        if (!in.empty() && compare_indent(measure_indent(in.current(), in.end()), ps.indents.back(),
                                          offset_in(in, in.current())) > 0)
            return false;
        std::string message = fmt::format("expected an indented block after {} on line {}", What::what,
                                          line_of(ps.source, ps.header));
        const char* p = skip_whitespace(in.current(), in.end(), false);
        if (p == in.end()) {
            // At the end of the file CPython points past the header's line
            // and draws no caret.
            const char* eol = in.begin() + ps.header;
            while (eol < in.end() && *eol != '\n') ++eol;
            GrammarError e{GrammarError::Type::IndentationError, std::move(message), offset_in(in, eol)};
            e.end = GrammarError::End::minus_one;
            e.no_caret = true;
            throw e;
        }
        auto at = offset_in(in, p);
        throw_error(GrammarError::Type::IndentationError, std::move(message), at, token_end(ps.source, at));
    }
};

// "expected 'except' or 'finally' block" at the token after a try block.
struct expected_except {
    GP_CUSTOM_RULE(expected_except);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        auto at = offset_in(in, skip_whitespace(in.current(), in.end(), true));
        throw_error(GrammarError::Type::SyntaxError, std::string(msg::expected_except), at,
                    token_end(ps.source, at));
    }
};

// ---- the invalid_* rules (error pass only) ------------------------------------------------

// E, then in the error pass: E '=' bitwise_or !('=' | ':=') is
// invalid_named_expression's "Maybe you meant '==' or ':='".
template <typename E, typename Eq, typename Walrus> struct no_assignment_after {
    GP_CUSTOM_RULE(no_assignment_after);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        auto start = offset_in(in, next_token(in, ps));
        if (!Control<E>::template match<A, M, Action, Control>(in, st...)) return false;
        if (!ps.error_pass || !is_bitwise_or_level(ps)) return true;
        auto m = in.template mark<pegtl::rewind_mode::required>();
        if (Control<Eq>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...) &&
            Control<bitwise_or>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...)) {
            auto end = offset_in(in, in.current());
            if (!lookahead_end<pegtl::sor<Eq, Walrus>, Action, Control>(in, st...)) {
                // A bare name may have meant == or :=; anything else can
                // only have meant == (CPython's two invalid_named_expression
                // alternatives).
                const CNode* target = &ps.pending.back();
                if (target->id == RuleId::NAME)
                    throw_error(GrammarError::Type::SyntaxError, std::string(msg::maybe_equal), start, end);
                std::string_view kind = expression_kind(ps, target);
                std::uint32_t from = target == &ps.pending.back() ? start : target->begin;
                GrammarError e{GrammarError::Type::SyntaxError,
                               fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", kind),
                               from, target->end};
                e.end = GrammarError::End::range;
                e.end_in_bytes = true;  // CPython 3.11 reports this end in bytes
                throw e;
            }
        }
        (void)m(false);
        return true;
    }
};

// E, then in the error pass inside brackets: another expression right after
// it is invalid_expression's "Perhaps you forgot a comma?".
template <typename E> struct no_juxtaposition {
    GP_CUSTOM_RULE(no_juxtaposition);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        const char* first = next_token(in, ps);
        if (!Control<E>::template match<A, M, Action, Control>(in, st...)) return false;
        if (!ps.error_pass || ps.depth == 0) return true;
        const char* next = next_token(in, ps);
        if (!starts_expression(next, in.end())) return true;
        // NAME STRING (a string prefix typo) and soft keywords are exempt.
        std::size_t n = scan_identifier(first, in.end());
        std::string_view word(first, n);
        if (n > 0 && first + n == in.current() &&
            (word == "match" || word == "case" || word == "_" || *next == '"' || *next == '\''))
            return true;
        if (const char* end = lookahead_end<disjunction, Action, Control>(in, st...))
            throw_error(GrammarError::Type::SyntaxError, std::string(msg::forgot_comma),
                        offset_in(in, first), offset_in(in, end));
        return true;
    }
};

// invalid_expression's "expected 'else' after 'if' expression": a
// disjunction, 'if', a disjunction, and no 'else' (nor ':', as in a lambda
// or a dict key).
template <typename If, typename Else, typename Colon> struct if_without_else {
    GP_CUSTOM_RULE(if_without_else);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (!ps.error_pass) return false;
        const char* first = next_token(in, ps);
        auto m = in.template mark<pegtl::rewind_mode::required>();
        bool found = Control<disjunction>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...) &&
                     Control<If>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...) &&
                     Control<disjunction>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...);
        if (found && !lookahead_end<pegtl::sor<Else, Colon>, Action, Control>(in, st...))
            throw_error(GrammarError::Type::SyntaxError, "expected 'else' after 'if' expression",
                        offset_in(in, first), offset_in(in, in.current()));
        return m(false);
    }
};

// invalid_kvpair: a dict item without ':' after the key; CPython points at
// the key's last character.
template <typename Colon> struct key_without_value {
    GP_CUSTOM_RULE(key_without_value);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (!ps.error_pass) return false;
        auto m = in.template mark<pegtl::rewind_mode::required>();
        if (Control<expression>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...) &&
            !lookahead_end<Colon, Action, Control>(in, st...))
            throw GrammarError{GrammarError::Type::SyntaxError, "':' expected after dictionary key",
                               offset_in(in, in.current()) - 1}
                .with_end(GrammarError::End::zero);
        return m(false);
    }
};

// invalid_kwarg: f(a.b=1), f(True=1).
template <typename Eq> struct invalid_kwarg {
    GP_CUSTOM_RULE(invalid_kwarg);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (!ps.error_pass) return false;
        const char* first = next_token(in, ps);
        auto m = in.template mark<pegtl::rewind_mode::required>();
        bool found = Control<expression>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...) &&
                     Control<Eq>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::active, Action, Control>(in, st...);
        if (found) {
            std::string_view lhs(first, static_cast<std::size_t>(in.current() - first) - 1);
            while (!lhs.empty() && (lhs.back() == ' ' || lhs.back() == '\t')) lhs.remove_suffix(1);
            std::string message = lhs == "True" || lhs == "False" || lhs == "None"
                                      ? fmt::format("cannot assign to {}", lhs)
                                      : std::string(msg::kwarg_assignment);
            throw_error(GrammarError::Type::SyntaxError, std::move(message), offset_in(in, first),
                        offset_in(in, in.current()));
        }
        return m(false);
    }
};

// invalid_legacy_expression at the start of a statement: print "x".
struct legacy_print {
    GP_CUSTOM_RULE(legacy_print);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (!ps.error_pass) return false;
        const char* first = next_token(in, ps);
        std::size_t n = scan_identifier(first, in.end());
        std::string_view word(first, n);
        if (word != "print" && word != "exec") return false;
        auto m = in.template mark<pegtl::rewind_mode::required>();
        in.bump(static_cast<std::size_t>(first + n - in.current()));
        const char* next = next_token(in, ps);
        if (*next != '(' && starts_expression(next, in.end())) {
            if (const char* end = lookahead_end<star_expressions, Action, Control>(in, st...)) {
                throw_error(GrammarError::Type::SyntaxError,
                            fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", word, word),
                            offset_in(in, first), offset_in(in, end));
            }
        }
        return m(false);
    }
};

}  // namespace glasspy::interp::grammar
