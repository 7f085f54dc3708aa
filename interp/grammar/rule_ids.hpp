// The kinds of concrete-syntax-tree node: the grammar rules that the tree
// builder sees (selection.hpp maps each selected rule to one of these; several
// rules may share a kind, e.g. every binary-operator token is `binop`).
#pragma once

#include <cstdint>

namespace glasspy::interp::grammar {

enum class RuleId : std::uint8_t {
    none,
    NAME, NUMBER, STRING, kw_True, kw_False, kw_None, ELLIPSIS, async_marker, tuple_comma, kv_sep,
    slice_colon, unary_op, comp_op, augassign_op, import_dots, import_star, except_star,
    pattern_neg, pattern_sign, binop, binary, power, comparison, conjunction, disjunction,
    conditional, primary, tuple_list, or_pattern, as_pattern, open_sequence, strings, paren_atom,
    list_atom, brace_atom, dict_unpack, comp_for, attr_trailer, call_trailer, subscript_trailer,
    await_expr, unary, not_expr, lambdef, walrus, starred, yield_expr, yield_from, kwarg, star_arg,
    dstar_arg, param_annotation, param_default, param, param_slash, param_star, param_dstar,
    parameters, expr_stmt, annassign_tail, augassign_tail, return_stmt, raise_stmt, global_stmt,
    nonlocal_stmt, del_stmt, assert_stmt, pass_stmt, break_stmt, continue_stmt, dotted_name,
    dotted_as_name, import_name, import_as_name, import_from, block, else_clause, decorators,
    returns, function_def, class_args, class_def, elif_clause, if_stmt, while_stmt, for_stmt,
    with_item, with_stmt, except_clause, finally_clause, try_stmt, guard, case_block, match_stmt,
    file, number_pattern, keyword_pattern, class_pattern_args, name_pattern, star_pattern,
    paren_pattern, bracket_pattern, double_star_pattern, mapping_key, key_value_pattern,
    mapping_pattern,
};

}  // namespace glasspy::interp::grammar
