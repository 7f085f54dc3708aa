// The lexical level of the grammar: whitespace and comments, identifiers and
// keywords, operators, and the scanners for number and string tokens
// (CPython: Parser/tokenizer.c, Grammar/Tokens).
//
// Convention: every token rule skips the whitespace *before* it (rule `_`),
// and gives it back when the token is not there (a hand-written rule must
// rewind on failure itself, as PEGTL's combinators do), so
// a node's text ends exactly at its last token; its start is found by skipping
// that leading whitespace again (cst.hpp).  Inside brackets `_` also skips
// newlines: that is Python's implicit line joining, decided by
// ParseState::depth, which only bracketed<> (indent.hpp) changes.
#pragma once

#include <string_view>

#include <tao/pegtl.hpp>

#include "interp/grammar/state.hpp"

namespace glasspy::interp::grammar {

namespace pegtl = tao::pegtl;
using pegtl::at;
using pegtl::eof;
using pegtl::list;
using pegtl::not_at;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::string;

// Boilerplate of a hand-written rule: it has no sub-rules for PEGTL to see.
#define GP_CUSTOM_RULE(name)                                                                       \
    using rule_t = name;                                                                           \
    using subs_t = ::tao::pegtl::empty_list

#define GP_MATCH_SIGNATURE                                                                         \
    template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,      \
              template <typename...> class Control, typename Input, typename... States>            \
    [[nodiscard]] static bool match(Input& in, States&... st)

// ---- character classes ----------------------------------------------------------

inline bool is_ascii_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_ascii_ident_continue(char c) {
    return is_ascii_ident_start(c) || (c >= '0' && c <= '9');
}

// Length of the identifier starting at p (0 if none).  Non-ASCII letters are
// decided by Unicode's XID properties (PEP 3131).
std::size_t scan_identifier(const char* p, const char* end);
// Whether the identifier text is one of Python's 35 hard keywords.
bool is_keyword(std::string_view word);
// Skips whitespace, comments and line continuations from p; newlines too when
// `in_brackets`.  Returns the first position that is none of these.
const char* skip_whitespace(const char* p, const char* end, bool in_brackets);

// Scanners for the two tokens with their own little languages.  Each returns
// the end of the token, or null when there is no such token at p; a malformed
// token throws GrammarError with CPython's tokenizer message.
const char* scan_number(const char* p, const char* begin, const char* end);
const char* scan_string(const char* p, const char* begin, const char* end);

// "'(' was never closed" for the bracket at `at` (CPython's end_offset: 0).
GrammarError unclosed_error(std::string_view source, std::uint32_t at);

// ---- whitespace ---------------------------------------------------------------------

// `_`: the whitespace between tokens (never fails).
struct _ {
    GP_CUSTOM_RULE(_);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        const char* p = skip_whitespace(in.current(), in.end(), ps.depth > 0);
        in.bump(static_cast<std::size_t>(p - in.current()));
        ps.note_token(static_cast<std::uint32_t>(in.current() - in.begin()));
        // Reading the end of the file inside brackets is where CPython's
        // tokenizer stops the parse (pegen's tokenizer_error for E_EOF).
        if (p == in.end() && ps.depth > 0 && !ps.nested)
            throw unclosed_error(ps.source, ps.open_brackets.back()).from_tokenizer();
        return true;
    }
};

// ---- names and keywords ------------------------------------------------------------

// NAME: an identifier that is not a hard keyword.
struct NAME {
    GP_CUSTOM_RULE(NAME);
    GP_MATCH_SIGNATURE {
        auto marker = in.template mark<M>();
        (void)_::match<A, M, Action, Control>(in, st...);
        std::size_t n = scan_identifier(in.current(), in.end());
        if (n == 0 || is_keyword(std::string_view(in.current(), n))) return marker(false);
        in.bump(n);
        return marker(true);
    }
};

// A keyword (hard or soft): the word, not followed by an identifier character.
template <char... C> struct kw {
    GP_CUSTOM_RULE(kw);
    GP_MATCH_SIGNATURE {
        auto marker = in.template mark<M>();
        (void)_::match<A, M, Action, Control>(in, st...);
        static constexpr char word[] = {C...};
        constexpr std::size_t n = sizeof...(C);
        if (in.size(n) < n || std::string_view(in.current(), n) != std::string_view(word, n))
            return marker(false);
        if (scan_identifier(in.current(), in.end()) != n) return marker(false);
        in.bump(n);
        return marker(true);
    }
};

struct kw_False : kw<'F', 'a', 'l', 's', 'e'> {};
struct kw_None : kw<'N', 'o', 'n', 'e'> {};
struct kw_True : kw<'T', 'r', 'u', 'e'> {};
struct kw_and : kw<'a', 'n', 'd'> {};
struct kw_as : kw<'a', 's'> {};
struct kw_assert : kw<'a', 's', 's', 'e', 'r', 't'> {};
struct kw_async : kw<'a', 's', 'y', 'n', 'c'> {};
struct kw_await : kw<'a', 'w', 'a', 'i', 't'> {};
struct kw_break : kw<'b', 'r', 'e', 'a', 'k'> {};
struct kw_class : kw<'c', 'l', 'a', 's', 's'> {};
struct kw_continue : kw<'c', 'o', 'n', 't', 'i', 'n', 'u', 'e'> {};
struct kw_def : kw<'d', 'e', 'f'> {};
struct kw_del : kw<'d', 'e', 'l'> {};
struct kw_elif : kw<'e', 'l', 'i', 'f'> {};
struct kw_else : kw<'e', 'l', 's', 'e'> {};
struct kw_except : kw<'e', 'x', 'c', 'e', 'p', 't'> {};
struct kw_finally : kw<'f', 'i', 'n', 'a', 'l', 'l', 'y'> {};
struct kw_for : kw<'f', 'o', 'r'> {};
struct kw_from : kw<'f', 'r', 'o', 'm'> {};
struct kw_global : kw<'g', 'l', 'o', 'b', 'a', 'l'> {};
struct kw_if : kw<'i', 'f'> {};
struct kw_import : kw<'i', 'm', 'p', 'o', 'r', 't'> {};
struct kw_in : kw<'i', 'n'> {};
struct kw_is : kw<'i', 's'> {};
struct kw_lambda : kw<'l', 'a', 'm', 'b', 'd', 'a'> {};
struct kw_nonlocal : kw<'n', 'o', 'n', 'l', 'o', 'c', 'a', 'l'> {};
struct kw_not : kw<'n', 'o', 't'> {};
struct kw_or : kw<'o', 'r'> {};
struct kw_pass : kw<'p', 'a', 's', 's'> {};
struct kw_raise : kw<'r', 'a', 'i', 's', 'e'> {};
struct kw_return : kw<'r', 'e', 't', 'u', 'r', 'n'> {};
struct kw_try : kw<'t', 'r', 'y'> {};
struct kw_while : kw<'w', 'h', 'i', 'l', 'e'> {};
struct kw_with : kw<'w', 'i', 't', 'h'> {};
struct kw_yield : kw<'y', 'i', 'e', 'l', 'd'> {};
// Soft keywords: names everywhere except where these rules look for them.
struct kw_match : kw<'m', 'a', 't', 'c', 'h'> {};
struct kw_case : kw<'c', 'a', 's', 'e'> {};
struct kw_underscore : kw<'_'> {};

// ---- operators and delimiters ------------------------------------------------------

// A token: the text Str, not followed by Not (so '*' is not the start of
// '**' or '*=').
template <typename Str, typename Not = pegtl::failure> struct op : seq<_, Str, not_at<Not>> {};

struct COMMA : op<string<','>> {};
struct SEMI : op<string<';'>> {};
struct COLON : op<string<':'>, one<'='>> {};
struct COLONEQUAL : op<string<':', '='>> {};
struct DOT : op<string<'.'>, pegtl::ascii::digit> {};
struct ELLIPSIS : op<string<'.', '.', '.'>> {};
struct EQUAL : op<string<'='>, one<'='>> {};
struct RARROW : op<string<'-', '>'>> {};
struct STAR : op<string<'*'>, one<'*', '='>> {};
struct DOUBLESTAR : op<string<'*', '*'>, one<'='>> {};
struct AT : op<string<'@'>, one<'='>> {};
struct PLUS : op<string<'+'>, one<'='>> {};
struct MINUS : op<string<'-'>, one<'=', '>'>> {};
struct SLASH : op<string<'/'>, one<'/', '='>> {};
struct DOUBLESLASH : op<string<'/', '/'>, one<'='>> {};
struct PERCENT : op<string<'%'>, one<'='>> {};
struct LEFTSHIFT : op<string<'<', '<'>, one<'='>> {};
struct RIGHTSHIFT : op<string<'>', '>'>, one<'='>> {};
struct AMPER : op<string<'&'>, one<'='>> {};
struct VBAR : op<string<'|'>, one<'='>> {};
struct CIRCUMFLEX : op<string<'^'>, one<'='>> {};
struct TILDE : op<string<'~'>> {};
struct EQEQUAL : op<string<'=', '='>> {};
struct NOTEQUAL : op<string<'!', '='>> {};
struct LESSEQUAL : op<string<'<', '='>> {};
struct LESS : op<string<'<'>, one<'<', '='>> {};
struct GREATEREQUAL : op<string<'>', '='>> {};
struct GREATER : op<string<'>'>, one<'>', '='>> {};
struct BANG : op<string<'!'>, one<'='>> {};

// The augmented assignment operators ('+=' ... '//='), longest first.
struct augassign_token
    : seq<_, sor<string<'*', '*', '='>, string<'/', '/', '='>, string<'<', '<', '='>,
                 string<'>', '>', '='>, seq<one<'+', '-', '*', '@', '/', '%', '&', '|', '^'>, one<'='>>>> {};

// ---- the end of a logical line ---------------------------------------------------------

// Blank lines (only whitespace and a comment) are not statements.
struct blank_lines {
    GP_CUSTOM_RULE(blank_lines);
    GP_MATCH_SIGNATURE {
        (void)sizeof...(st);
        const char* p = in.current();
        const char* end = in.end();
        for (;;) {
            const char* q = skip_whitespace(p, end, false);
            if (q < end && *q == '\n') {
                p = q + 1;
                continue;
            }
            if (q == end) p = q;  // trailing spaces or a comment at the end of the file
            break;
        }
        in.bump(static_cast<std::size_t>(p - in.current()));
        return true;
    }
};

// NEWLINE: the end of a simple statement line (or of the file).
struct NEWLINE : seq<_, sor<one<'\n'>, eof>, blank_lines> {};

// ---- literal tokens ---------------------------------------------------------------------

struct NUMBER {
    GP_CUSTOM_RULE(NUMBER);
    GP_MATCH_SIGNATURE {
        auto marker = in.template mark<M>();
        (void)_::match<A, M, Action, Control>(in, st...);
        const char* e = scan_number(in.current(), in.begin(), in.end());
        if (!e) return marker(false);
        in.bump(static_cast<std::size_t>(e - in.current()));
        return marker(true);
    }
};

// STRING: one string token with its prefix and quotes (an f-string is one
// token too, as in 3.11; its fields are parsed when the tree is built).
struct STRING {
    GP_CUSTOM_RULE(STRING);
    GP_MATCH_SIGNATURE {
        auto marker = in.template mark<M>();
        (void)_::match<A, M, Action, Control>(in, st...);
        const char* e = scan_string(in.current(), in.begin(), in.end());
        if (!e) return marker(false);
        in.bump(static_cast<std::size_t>(e - in.current()));
        return marker(true);
    }
};

}  // namespace glasspy::interp::grammar
