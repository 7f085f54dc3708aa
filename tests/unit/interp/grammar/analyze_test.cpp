// Runs PEGTL's grammar analyser on the start rule grammar::file: no loop
// (star, plus, list) may repeat a rule that can succeed without consuming
// input, which would make the parser loop forever, and no rule may reach
// itself without consuming (left recursion).
//
// The analyser sees a rule's structure through tao::pegtl::analyze_traits.
// The grammar's hand-written rules (GP_CUSTOM_RULE, whose subs_t is empty)
// hide theirs, so each gets a specialisation below that describes it
// honestly: whether it can succeed without consuming, and which rules it
// runs at its starting position (lookaheads included, since a lookahead that
// recursed into the rule itself would never end either).  A rule that only
// ever fails or throws (an error report) is described as PEGTL describes
// raise<>: "consumes when it succeeds", vacuously true.  Adding a custom rule
// without a specialisation here fails to compile, which is intended.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include "interp/grammar/statements.hpp"

namespace gr = glasspy::interp::grammar;

namespace tao::pegtl {

// ---- lexical.hpp ----------------------------------------------------------------

// `_` skips whitespace and may skip nothing.
template <typename Name> struct analyze_traits<Name, gr::_> : analyze_opt_traits<> {};
// Tokens consume at least one character when they match.
template <typename Name> struct analyze_traits<Name, gr::NAME> : analyze_seq_traits<gr::_, any> {};
template <typename Name> struct analyze_traits<Name, gr::NUMBER> : analyze_seq_traits<gr::_, any> {};
template <typename Name> struct analyze_traits<Name, gr::STRING> : analyze_seq_traits<gr::_, any> {};
template <typename Name, char... C>
struct analyze_traits<Name, gr::kw<C...>> : analyze_seq_traits<gr::_, string<C...>> {};
// Blank lines may be absent.
template <typename Name> struct analyze_traits<Name, gr::blank_lines> : analyze_opt_traits<> {};

// ---- indent.hpp -----------------------------------------------------------------

// Open Inner Close, with whitespace before each bracket.
template <typename Name, char Open, typename Inner, char Close>
struct analyze_traits<Name, gr::bracketed<Open, Inner, Close>>
    : analyze_seq_traits<gr::_, one<Open>, Inner, gr::_, one<Close>> {};
// samedent only compares the line's indentation: it never consumes.
template <typename Name> struct analyze_traits<Name, gr::samedent> : analyze_opt_traits<> {};
// indented<Body> consumes exactly what Body does.
template <typename Name, typename Body>
struct analyze_traits<Name, gr::indented<Body>> : analyze_seq_traits<Body> {};
template <typename Name, typename Inner>
struct analyze_traits<Name, gr::nesting_guard<Inner>> : analyze_seq_traits<Inner> {};

// ---- errors.hpp -----------------------------------------------------------------

template <typename Name, typename Kw>
struct analyze_traits<Name, gr::header<Kw>> : analyze_seq_traits<Kw> {};
// expect<> succeeds only when Tok matched; otherwise it fails or throws.
template <typename Name, typename Tok, char C, bool Always, bool ErrorPassOnly>
struct analyze_traits<Name, gr::expect<Tok, C, Always, ErrorPassOnly>> : analyze_seq_traits<Tok> {};
// These only ever fail or throw.
template <typename Name, typename What>
struct analyze_traits<Name, gr::expected_block<What>> : analyze_any_traits<> {};
template <typename Name> struct analyze_traits<Name, gr::expected_except> : analyze_any_traits<> {};
// E, then a lookahead for `= bitwise_or` not followed by '=' or ':='.
template <typename Name, typename E, typename Eq, typename Walrus>
struct analyze_traits<Name, gr::no_assignment_after<E, Eq, Walrus>>
    : analyze_seq_traits<E, at<Eq, gr::bitwise_or, not_at<sor<Eq, Walrus>>>> {};
// E, then a lookahead for another expression.
template <typename Name, typename E>
struct analyze_traits<Name, gr::no_juxtaposition<E>> : analyze_seq_traits<E, at<gr::disjunction>> {};
// Lookaheads at the rule's own position, then failure (or a throw).
template <typename Name, typename If, typename Else, typename Colon>
struct analyze_traits<Name, gr::if_without_else<If, Else, Colon>>
    : analyze_seq_traits<at<gr::disjunction, If, gr::disjunction, not_at<sor<Else, Colon>>>, failure> {};
template <typename Name, typename Colon>
struct analyze_traits<Name, gr::key_without_value<Colon>>
    : analyze_seq_traits<at<gr::expression, not_at<Colon>>, failure> {};
template <typename Name, typename Eq>
struct analyze_traits<Name, gr::invalid_kwarg<Eq>> : analyze_seq_traits<at<gr::expression, Eq>, failure> {};
template <typename Name>
struct analyze_traits<Name, gr::legacy_print>
    : analyze_seq_traits<at<gr::NAME, gr::star_expressions>, failure> {};

// ---- statements.hpp -------------------------------------------------------------

// Matches only at the end of the input, consuming nothing (like eof).
template <typename Name> struct analyze_traits<Name, gr::end_of_file> : analyze_opt_traits<> {};

}  // namespace tao::pegtl

namespace {

// Deliberately broken grammars: the analyser must see through the
// specialisations above and report them.
struct loop_of_whitespace : tao::pegtl::star<gr::_> {};
struct loop_of_samedent : tao::pegtl::plus<gr::samedent, tao::pegtl::opt<gr::NAME>> {};
struct loop_of_brackets : tao::pegtl::star<gr::bracketed<'(', tao::pegtl::opt<gr::NAME>, ')'>> {};

}  // namespace

TEST_CASE("grammar analyser: grammar::file has no problems", "[grammar][analyze]") {
    CHECK(tao::pegtl::analyze<gr::file>(1) == 0);
}

TEST_CASE("grammar analyser: the custom rules' traits are seen", "[grammar][analyze]") {
    SECTION("a loop of `_` can match empty") { CHECK(tao::pegtl::analyze<loop_of_whitespace>(-1) > 0); }
    SECTION("a loop of samedent can match empty") { CHECK(tao::pegtl::analyze<loop_of_samedent>(-1) > 0); }
    SECTION("a loop of bracketed<> always consumes") {
        CHECK(tao::pegtl::analyze<loop_of_brackets>(-1) == 0);
    }
}
