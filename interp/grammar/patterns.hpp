// Patterns of the match statement (PEP 634), following the "Patterns" section
// of CPython 3.11's Grammar/python.gram.  A dotted name is parsed once and its
// tail decides between a capture, a value and a class pattern.
#pragma once

#include "interp/grammar/expressions.hpp"

namespace glasspy::interp::grammar {

struct pattern;
struct maybe_star_pattern;

struct pattern_neg : MINUS {};
struct pattern_sign : sor<PLUS, MINUS> {};
// signed_number ['+' | '-' imaginary]: -1, 1.5, 1+2j, -3-4j
struct number_pattern : seq<opt<pattern_neg>, NUMBER, opt<pattern_sign, NUMBER>> {};
struct literal_pattern : sor<number_pattern, strings, kw_None, kw_True, kw_False> {};

struct keyword_pattern : seq<NAME, EQUAL, pattern> {};
struct class_pattern_args
    : bracketed<'(', opt<seq<list<sor<keyword_pattern, pattern>, COMMA>, opt<COMMA>>>, ')'> {};
// capture_pattern | wildcard_pattern | value_pattern | class_pattern
struct name_pattern : seq<list<NAME, DOT>, opt<class_pattern_args>> {};

struct star_pattern : seq<STAR, NAME> {};
struct maybe_star_pattern : sor<star_pattern, pattern> {};
struct maybe_sequence : seq<list<maybe_star_pattern, tuple_comma>, opt<tuple_comma>> {};
struct paren_pattern : bracketed<'(', opt<maybe_sequence>, ')'> {};
struct bracket_pattern : bracketed<'[', opt<maybe_sequence>, ']'> {};

struct double_star_pattern : seq<DOUBLESTAR, NAME> {};
struct mapping_key : sor<literal_pattern, list<NAME, DOT>> {};
struct key_value_pattern : seq<mapping_key, COLON, pattern> {};
struct mapping_pattern
    : bracketed<'{', opt<seq<list<sor<double_star_pattern, key_value_pattern>, COMMA>, opt<COMMA>>>, '}'> {};

struct closed_pattern
    : sor<literal_pattern, name_pattern, paren_pattern, bracket_pattern, mapping_pattern> {};
struct or_pattern : list<closed_pattern, bitwise_or_op> {};
// as_pattern: or_pattern 'as' NAME
struct as_pattern : seq<or_pattern, opt<kw_as, NAME>> {};
struct pattern : nesting_guard<as_pattern> {};

// patterns: open_sequence_pattern | pattern
struct patterns : seq<maybe_star_pattern, star<tuple_comma, maybe_star_pattern>, opt<tuple_comma>> {};

}  // namespace glasspy::interp::grammar
