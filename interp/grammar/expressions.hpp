// Expressions, following the "Expressions" sections of CPython 3.11's
// Grammar/python.gram: one struct per production, named as there, from the
// loosest binding (star_expressions) down to atoms.
//
// Where python.gram backtracks over a whole sub-expression (try a target, else
// an expression; try a slice, else an expression) this grammar parses the
// common prefix once and lets the tail decide, so no input makes it
// backtrack exponentially; the tree builder then checks what python.gram's
// alternatives would have rejected (ast_build_targets.cpp).
#pragma once

#include "interp/grammar/errors.hpp"

namespace glasspy::interp::grammar {

struct expression;
struct named_expression;
struct star_expressions;
struct star_named_expression;
struct bitwise_or;
struct disjunction;
struct yield_expr;
struct comp_for;
struct arguments;
struct slices;
struct lambda_params;
struct factor;
struct inversion;

// ---- markers the tree builder reads -------------------------------------------------

struct tuple_comma : COMMA {};    // a comma that makes a tuple ("a, b", "(a,)", "x[1,]")
struct kv_sep : COLON {};         // the ':' between a dict key and value
struct slice_colon : COLON {};    // a ':' inside a subscript
struct async_marker : kw_async {};

// ---- atoms -----------------------------------------------------------------------------

// strings: STRING+ (adjacent literals concatenate)
struct strings : plus<STRING> {};

struct comp_fors : plus<comp_for> {};

// tuple | group | genexp:  '(' [yield_expr | star_named_expression (genexp-tail | tuple-tail)] ')'
struct paren_body
    : opt<sor<yield_expr, seq<star_named_expression,
                              sor<comp_fors, seq<star<tuple_comma, star_named_expression>,
                                                 opt<tuple_comma>>>>>> {};
struct paren_atom : bracketed<'(', paren_body, ')'> {};

// list | listcomp
struct list_body
    : opt<seq<star_named_expression,
              sor<comp_fors, seq<star<COMMA, star_named_expression>, opt<COMMA>>>>> {};
struct list_atom : bracketed<'[', list_body, ']'> {};

// dict | set | dictcomp | setcomp: the first item decides which.
struct dict_unpack : seq<DOUBLESTAR, bitwise_or> {};
struct dict_item : sor<dict_unpack, seq<expression, kv_sep, expression>> {};
struct dict_rest : seq<star<COMMA, sor<dict_item, key_without_value<COLON>>>, opt<COMMA>> {};
struct brace_body
    : opt<sor<seq<dict_unpack, dict_rest>,
              seq<star_named_expression,
                  sor<seq<kv_sep, expression, sor<comp_fors, dict_rest>>, comp_fors,
                      seq<star<COMMA, star_named_expression>, opt<COMMA>>>>>> {};
struct brace_atom : bracketed<'{', brace_body, '}'> {};

struct atom : sor<strings, NAME, NUMBER, kw_True, kw_False, kw_None, paren_atom, list_atom,
                  brace_atom, ELLIPSIS> {};

// ---- primary: atom followed by .name, (args), [slices] ---------------------------------

struct attr_trailer : seq<DOT, NAME> {};
struct call_trailer : bracketed<'(', opt<arguments>, ')'> {};
struct subscript_trailer : bracketed<'[', slices, ']'> {};
struct primary : seq<atom, star<sor<attr_trailer, call_trailer, subscript_trailer>>> {};

// await_primary: AWAIT primary | primary
struct await_expr : seq<kw_await, primary> {};
struct await_primary : sor<await_expr, primary> {};

// ---- arithmetic ladder ---------------------------------------------------------------

// power: await_primary '**' factor
struct power : seq<await_primary, opt<DOUBLESTAR, nesting_guard<factor>>> {};
// factor: ('+' | '-' | '~') factor | power
struct unary_op : sor<PLUS, MINUS, TILDE> {};
struct unary : seq<unary_op, nesting_guard<factor>> {};
struct factor : sor<unary, power> {};

struct term_op : sor<STAR, SLASH, DOUBLESLASH, PERCENT, AT> {};
struct term : seq<factor, star<term_op, factor>> {};
struct sum_op : sor<PLUS, MINUS> {};
struct sum : seq<term, star<sum_op, term>> {};
struct shift_op : sor<LEFTSHIFT, RIGHTSHIFT> {};
struct shift_expr : seq<sum, star<shift_op, sum>> {};
struct bitwise_and_op : AMPER {};
struct bitwise_and : seq<shift_expr, star<bitwise_and_op, shift_expr>> {};
struct bitwise_xor_op : CIRCUMFLEX {};
struct bitwise_xor : seq<bitwise_and, star<bitwise_xor_op, bitwise_and>> {};
struct bitwise_or_op : VBAR {};
struct bitwise_or : seq<bitwise_xor, star<bitwise_or_op, bitwise_xor>> {};

// ---- comparisons and boolean operators -------------------------------------------------

struct comp_op : sor<EQEQUAL, NOTEQUAL, LESSEQUAL, LESS, GREATEREQUAL, GREATER, seq<kw_not, kw_in>,
                     kw_in, seq<kw_is, kw_not>, kw_is> {};
struct comparison : seq<bitwise_or, star<comp_op, bitwise_or>> {};
// inversion: 'not' inversion | comparison
struct not_expr : seq<kw_not, nesting_guard<inversion>> {};
struct inversion : sor<not_expr, comparison> {};
struct conjunction : seq<inversion, star<kw_and, inversion>> {};
struct disjunction : seq<conjunction, star<kw_or, conjunction>> {};

// ---- expression, lambda, walrus, starred, yield ------------------------------------------

struct lambdef : seq<kw_lambda, opt<lambda_params>, COLON, expression> {};
// disjunction ['if' disjunction 'else' expression]
struct conditional
    : sor<seq<disjunction, opt<kw_if, disjunction, kw_else, expression>>> {};
struct checked_conditional : sor<if_without_else<kw_if, kw_else, COLON>, conditional> {};
struct expression : nesting_guard<sor<lambdef, no_juxtaposition<checked_conditional>>> {};

// assignment_expression: NAME ':=' expression
struct walrus : seq<NAME, COLONEQUAL, expression> {};
struct named_expression : sor<walrus, no_assignment_after<expression, EQUAL, COLONEQUAL>> {};

struct starred : seq<STAR, bitwise_or> {};
struct star_named_expression : sor<starred, named_expression> {};
struct star_expression : sor<starred, expression> {};
// star_expressions: a tuple when there is a comma
struct star_expressions : seq<star_expression, star<tuple_comma, star_expression>, opt<tuple_comma>> {};

struct yield_from : seq<kw_from, expression> {};
struct yield_expr : seq<kw_yield, sor<yield_from, opt<star_expressions>>> {};
struct yield_or_star_expressions : sor<yield_expr, star_expressions> {};

// Targets (for, comprehensions, del, with ... as) are parsed as expressions at
// the level python.gram's star_targets reaches (no comparisons, so 'in'
// stays a keyword) and checked when the tree is built.
struct target_item : sor<starred, bitwise_or> {};
struct target_list : seq<target_item, star<tuple_comma, target_item>, opt<tuple_comma>> {};

// for_if_clause: ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*
struct comp_for
    : seq<opt<async_marker>, kw_for, target_list, kw_in, disjunction, star<kw_if, disjunction>> {};

// ---- call arguments ------------------------------------------------------------------

struct kwarg : seq<NAME, EQUAL, expression> {};
struct star_arg : seq<STAR, expression> {};
struct dstar_arg : seq<DOUBLESTAR, expression> {};
struct positional_arg : seq<named_expression, opt<comp_fors>> {};
struct argument : sor<star_arg, dstar_arg, kwarg, invalid_kwarg<EQUAL>, positional_arg> {};
struct arguments : seq<argument, star<COMMA, argument>, opt<COMMA>> {};

// ---- subscripts --------------------------------------------------------------------------

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
struct slice_rest : seq<opt<expression>, opt<slice_colon, opt<expression>>> {};
struct slice_item
    : sor<seq<slice_colon, slice_rest>, seq<sor<starred, named_expression>, opt<slice_colon, slice_rest>>> {};
struct slices : seq<slice_item, star<tuple_comma, slice_item>, opt<tuple_comma>> {};

// ---- parameters (def and lambda) ------------------------------------------------------------

struct param_annotation : seq<COLON, expression> {};
struct star_annotation : seq<COLON, star_expression> {};
struct param_default : seq<EQUAL, expression> {};
struct param : seq<NAME, opt<param_annotation>, opt<param_default>> {};
struct param_slash : SLASH {};
struct param_star : seq<STAR, opt<NAME, opt<star_annotation>>> {};
struct param_dstar : seq<DOUBLESTAR, NAME, opt<param_annotation>, opt<param_default>> {};
struct param_item : sor<param_slash, param_dstar, param_star, param> {};
struct params : seq<param_item, star<COMMA, param_item>, opt<COMMA>> {};
struct parameters : bracketed<'(', opt<params>, ')'> {};

struct lambda_param : seq<NAME, opt<param_default>> {};
struct lambda_star : seq<STAR, opt<NAME>> {};
struct lambda_dstar : seq<DOUBLESTAR, NAME, opt<param_default>> {};
struct lambda_item : sor<param_slash, lambda_dstar, lambda_star, lambda_param> {};
struct lambda_params : seq<lambda_item, star<COMMA, lambda_item>, opt<COMMA>> {};

}  // namespace glasspy::interp::grammar
