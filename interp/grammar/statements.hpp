// Statements, following the "STATEMENTS" sections of CPython 3.11's
// Grammar/python.gram (simple statements, compound statements, blocks), and
// the start rule `file`.
//
// A block is either the rest of the line (`if x: pass`) or NEWLINE followed by
// statements indented deeper (indented<>, indent.hpp); each statement of a
// block begins with samedent, which checks the line's indentation.
#pragma once

#include "interp/grammar/expressions.hpp"
#include "interp/grammar/patterns.hpp"

namespace glasspy::interp::grammar {

struct statement;

// ---- simple statements -------------------------------------------------------------

struct annassign_tail : seq<COLON, expression, opt<EQUAL, yield_or_star_expressions>> {};
struct augassign_op : augassign_token {};
struct augassign_tail : seq<augassign_op, yield_or_star_expressions> {};
// assignment | star_expressions: the first expression is parsed once; what
// follows decides between Expr, Assign, AugAssign and AnnAssign.
struct expr_stmt
    : seq<yield_or_star_expressions,
          sor<annassign_tail, augassign_tail, star<EQUAL, yield_or_star_expressions>>> {};

struct return_stmt : seq<kw_return, opt<star_expressions>> {};
struct raise_stmt : seq<kw_raise, opt<expression, opt<kw_from, expression>>> {};
struct global_stmt : seq<kw_global, list<NAME, COMMA>> {};
struct nonlocal_stmt : seq<kw_nonlocal, list<NAME, COMMA>> {};
struct del_stmt : seq<kw_del, target_list, at<sor<SEMI, NEWLINE>>> {};
struct assert_stmt : seq<kw_assert, expression, opt<COMMA, expression>> {};
struct pass_stmt : kw_pass {};
struct break_stmt : kw_break {};
struct continue_stmt : kw_continue {};

// import_name: 'import' dotted_as_names
struct dotted_name : list<NAME, DOT> {};
struct dotted_as_name : seq<dotted_name, opt<kw_as, NAME>> {};
struct import_name : seq<kw_import, list<dotted_as_name, COMMA>> {};

// import_from: 'from' ('.' | '...')* dotted_name 'import' targets
//            | 'from' ('.' | '...')+ 'import' targets
struct import_dots : sor<ELLIPSIS, DOT> {};
struct import_as_name : seq<NAME, opt<kw_as, NAME>> {};
struct import_star : STAR {};
struct import_from_targets
    : sor<bracketed<'(', seq<list<import_as_name, COMMA>, opt<COMMA>>, ')'>, import_star,
          seq<list<import_as_name, COMMA>, not_at<COMMA>>> {};
struct import_from
    : seq<kw_from, sor<seq<star<import_dots>, dotted_name>, plus<import_dots>>, kw_import,
          import_from_targets> {};

struct simple_stmt
    : sor<legacy_print, return_stmt, import_name, import_from, raise_stmt, pass_stmt, del_stmt, assert_stmt,
          break_stmt, continue_stmt, global_stmt, nonlocal_stmt, expr_stmt> {};
struct simple_stmts : seq<simple_stmt, star<SEMI, simple_stmt>, opt<SEMI>, NEWLINE> {};

// ---- blocks ---------------------------------------------------------------------------

struct statements : plus<samedent, statement> {};
// block: NEWLINE INDENT statements DEDENT | simple_stmts; What names the
// statement for "expected an indented block after ...".
template <typename What>
struct block_of : sor<seq<NEWLINE, sor<indented<statements>, expected_block<What>>>, simple_stmts> {};

template <bool Forced = false> struct colon : expect<COLON, ':', Forced> {};

struct else_clause : seq<samedent, header<kw_else>, colon<true>, block_of<after_else>> {};

// ---- compound statements -----------------------------------------------------------------

struct decorators : plus<AT, named_expression, NEWLINE, samedent> {};
struct returns : seq<RARROW, expression> {};
struct lpar_ahead : at<_, one<'('>> {};
struct function_def
    : seq<opt<decorators>, header<seq<opt<async_marker>, kw_def>>, NAME, expect<lpar_ahead, '(', true>,
          parameters, opt<returns>, colon<true>, block_of<after_def>> {};
struct class_args : bracketed<'(', opt<arguments>, ')'> {};
struct class_def
    : seq<opt<decorators>, header<kw_class>, NAME, opt<class_args>, colon<>, block_of<after_class>> {};

struct elif_clause
    : seq<samedent, header<kw_elif>, named_expression, colon<>, block_of<after_elif>> {};
struct if_stmt
    : seq<header<kw_if>, named_expression, colon<>, block_of<after_if>, star<elif_clause>,
          opt<else_clause>> {};
struct while_stmt
    : seq<header<kw_while>, named_expression, colon<>, block_of<after_while>, opt<else_clause>> {};
struct for_stmt
    : seq<header<seq<opt<async_marker>, kw_for>>, target_list, kw_in, star_expressions, colon<>,
          block_of<after_for>, opt<else_clause>> {};

// with_item: expression ['as' star_target]
struct with_item : seq<expression, opt<kw_as, target_item>> {};
struct with_items_parenthesized
    : seq<bracketed<'(', seq<list<with_item, COMMA>, opt<COMMA>>, ')'>, at<COLON>> {};
struct with_stmt
    : seq<header<seq<opt<async_marker>, kw_with>>, sor<with_items_parenthesized, list<with_item, COMMA>>,
          colon<>, block_of<after_with>> {};

struct except_star : STAR {};
struct except_clause
    : seq<samedent, header<kw_except>, opt<except_star>, opt<expression, opt<kw_as, NAME>>, colon<>,
          block_of<after_except>> {};
struct finally_clause : seq<samedent, header<kw_finally>, colon<true>, block_of<after_finally>> {};
struct try_stmt
    : seq<header<kw_try>, colon<true>, block_of<after_try>,
          sor<seq<plus<except_clause>, opt<else_clause>, opt<finally_clause>>, finally_clause,
              expected_except>> {};

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
struct subject : seq<star_named_expression, star<tuple_comma, star_named_expression>, opt<tuple_comma>> {};
struct guard : seq<kw_if, named_expression> {};
struct case_block : seq<header<kw_case>, patterns, opt<guard>, colon<>, block_of<after_case>> {};
struct match_stmt
    : seq<header<kw_match>, subject, expect<COLON, ':', false, true>, NEWLINE, sor<indented<plus<samedent, case_block>>,
                                                           expected_block<after_match>>> {};

struct compound_stmt
    : sor<function_def, if_stmt, class_def, with_stmt, for_stmt, try_stmt, while_stmt, match_stmt> {};

struct statement : sor<compound_stmt, simple_stmts> {};

// ---- the start rule ------------------------------------------------------------------------

// After the last statement only the end of the input may follow.
struct end_of_file {
    GP_CUSTOM_RULE(end_of_file);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (in.empty()) return true;
        check_dedent(ps, in.current(), in.begin(), in.end());
        return false;
    }
};

// file: [statements] ENDMARKER
struct file : seq<blank_lines, star<samedent, statement>, end_of_file> {};

// eval: expressions NEWLINE* ENDMARKER  (what eval() and compile(..., 'eval')
// parse); a tuple when there is a comma.  One NEWLINE stands for the star:
// it takes the blank lines after it, and it matches at the end of input, so
// a star of it would never stop.
struct eval_expressions : seq<expression, star<tuple_comma, expression>, opt<tuple_comma>> {};
// The expression may not be indented: CPython's tokenizer gives the INDENT
// token that no eval rule accepts.
struct not_indented {
    GP_CUSTOM_RULE(not_indented);
    GP_MATCH_SIGNATURE {
        ParseState& ps = parse_state(st...);
        if (in.empty()) return true;
        auto offset = static_cast<std::uint32_t>(in.current() - in.begin());
        if (compare_indent(measure_indent(in.current(), in.end()), ps.indents.back(), offset) > 0)
            check_dedent(ps, in.current(), in.begin(), in.end());  // throws "unexpected indent"
        return true;
    }
};
struct eval_input : seq<blank_lines, not_indented, eval_expressions, opt<NEWLINE>, eof> {};

}  // namespace glasspy::interp::grammar
