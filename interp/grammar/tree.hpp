// Which grammar rules become concrete-syntax-tree nodes, and the PEGTL
// control that builds the tree while parsing.
//
// The tree is built on a flat stack: when a selected rule starts, the stack
// height is remembered (on the C++ stack, in match); when it succeeds, the
// nodes pushed since then become its children; when it fails they are
// dropped.  Backtracking can never leave a
// node of an abandoned alternative behind (every rule that fails truncates
// the stack to where it started).  A "fold" rule with exactly one
// child is replaced by that child (so `x` is not wrapped in the nineteen
// levels of the precedence ladder).  Lookaheads (at, not_at) run with
// apply_mode::nothing and build nothing.
#pragma once

#include "interp/grammar/statements.hpp"

namespace glasspy::interp::grammar {

enum class Select : std::uint8_t { no, store, fold };

template <typename Rule> struct selection {
    static constexpr RuleId id = RuleId::none;
    static constexpr Select mode = Select::no;
};

#define GP_SELECT(rule, rule_id, how)                                                              \
    template <> struct selection<rule> {                                                           \
        static constexpr RuleId id = RuleId::rule_id;                                              \
        static constexpr Select mode = Select::how;                                                \
    };

// ---- tokens and markers
GP_SELECT(NAME, NAME, store)
GP_SELECT(NUMBER, NUMBER, store)
GP_SELECT(STRING, STRING, store)
GP_SELECT(kw_True, kw_True, store)
GP_SELECT(kw_False, kw_False, store)
GP_SELECT(kw_None, kw_None, store)
GP_SELECT(ELLIPSIS, ELLIPSIS, store)
GP_SELECT(async_marker, async_marker, store)
GP_SELECT(tuple_comma, tuple_comma, store)
GP_SELECT(kv_sep, kv_sep, store)
GP_SELECT(slice_colon, slice_colon, store)
GP_SELECT(unary_op, unary_op, store)
GP_SELECT(comp_op, comp_op, store)
GP_SELECT(augassign_op, augassign_op, store)
GP_SELECT(import_dots, import_dots, store)
GP_SELECT(import_star, import_star, store)
GP_SELECT(except_star, except_star, store)
GP_SELECT(pattern_neg, pattern_neg, store)
GP_SELECT(pattern_sign, pattern_sign, store)
GP_SELECT(term_op, binop, store)
GP_SELECT(sum_op, binop, store)
GP_SELECT(shift_op, binop, store)
GP_SELECT(bitwise_and_op, binop, store)
GP_SELECT(bitwise_xor_op, binop, store)
GP_SELECT(bitwise_or_op, binop, store)

// ---- expressions
GP_SELECT(term, binary, fold)
GP_SELECT(sum, binary, fold)
GP_SELECT(shift_expr, binary, fold)
GP_SELECT(bitwise_and, binary, fold)
GP_SELECT(bitwise_xor, binary, fold)
GP_SELECT(bitwise_or, binary, fold)
GP_SELECT(power, power, fold)
GP_SELECT(comparison, comparison, fold)
GP_SELECT(conjunction, conjunction, fold)
GP_SELECT(disjunction, disjunction, fold)
GP_SELECT(conditional, conditional, fold)
GP_SELECT(primary, primary, fold)
GP_SELECT(star_expressions, tuple_list, fold)
GP_SELECT(target_list, tuple_list, fold)
GP_SELECT(strings, strings, store)
GP_SELECT(paren_atom, paren_atom, store)
GP_SELECT(list_atom, list_atom, store)
GP_SELECT(brace_atom, brace_atom, store)
GP_SELECT(dict_unpack, dict_unpack, store)
GP_SELECT(comp_for, comp_for, store)
GP_SELECT(attr_trailer, attr_trailer, store)
GP_SELECT(call_trailer, call_trailer, store)
GP_SELECT(subscript_trailer, subscript_trailer, store)
GP_SELECT(await_expr, await_expr, store)
GP_SELECT(unary, unary, store)
GP_SELECT(not_expr, not_expr, store)
GP_SELECT(lambdef, lambdef, store)
GP_SELECT(walrus, walrus, store)
GP_SELECT(starred, starred, store)
GP_SELECT(yield_expr, yield_expr, store)
GP_SELECT(yield_from, yield_from, store)
GP_SELECT(kwarg, kwarg, store)
GP_SELECT(star_arg, star_arg, store)
GP_SELECT(dstar_arg, dstar_arg, store)
GP_SELECT(param_annotation, param_annotation, store)
GP_SELECT(star_annotation, param_annotation, store)
GP_SELECT(param_default, param_default, store)
GP_SELECT(param, param, store)
GP_SELECT(lambda_param, param, store)
GP_SELECT(param_slash, param_slash, store)
GP_SELECT(param_star, param_star, store)
GP_SELECT(lambda_star, param_star, store)
GP_SELECT(param_dstar, param_dstar, store)
GP_SELECT(lambda_dstar, param_dstar, store)
GP_SELECT(parameters, parameters, store)
GP_SELECT(lambda_params, parameters, store)

// ---- statements
GP_SELECT(expr_stmt, expr_stmt, store)
GP_SELECT(annassign_tail, annassign_tail, store)
GP_SELECT(augassign_tail, augassign_tail, store)
GP_SELECT(return_stmt, return_stmt, store)
GP_SELECT(raise_stmt, raise_stmt, store)
GP_SELECT(global_stmt, global_stmt, store)
GP_SELECT(nonlocal_stmt, nonlocal_stmt, store)
GP_SELECT(del_stmt, del_stmt, store)
GP_SELECT(assert_stmt, assert_stmt, store)
GP_SELECT(pass_stmt, pass_stmt, store)
GP_SELECT(break_stmt, break_stmt, store)
GP_SELECT(continue_stmt, continue_stmt, store)
GP_SELECT(dotted_name, dotted_name, store)
GP_SELECT(dotted_as_name, dotted_as_name, store)
GP_SELECT(import_name, import_name, store)
GP_SELECT(import_as_name, import_as_name, store)
GP_SELECT(import_from, import_from, store)
template <typename What> struct selection<block_of<What>> {
    static constexpr RuleId id = RuleId::block;
    static constexpr Select mode = Select::store;
};
GP_SELECT(else_clause, else_clause, store)
GP_SELECT(decorators, decorators, store)
GP_SELECT(returns, returns, store)
GP_SELECT(function_def, function_def, store)
GP_SELECT(class_args, class_args, store)
GP_SELECT(class_def, class_def, store)
GP_SELECT(elif_clause, elif_clause, store)
GP_SELECT(if_stmt, if_stmt, store)
GP_SELECT(while_stmt, while_stmt, store)
GP_SELECT(for_stmt, for_stmt, store)
GP_SELECT(with_item, with_item, store)
GP_SELECT(with_stmt, with_stmt, store)
GP_SELECT(except_clause, except_clause, store)
GP_SELECT(finally_clause, finally_clause, store)
GP_SELECT(try_stmt, try_stmt, store)
GP_SELECT(subject, tuple_list, fold)
GP_SELECT(guard, guard, store)
GP_SELECT(case_block, case_block, store)
GP_SELECT(match_stmt, match_stmt, store)
GP_SELECT(file, file, store)
GP_SELECT(eval_expressions, tuple_list, fold)

// ---- patterns
GP_SELECT(number_pattern, number_pattern, store)
GP_SELECT(keyword_pattern, keyword_pattern, store)
GP_SELECT(class_pattern_args, class_pattern_args, store)
GP_SELECT(name_pattern, name_pattern, store)
GP_SELECT(star_pattern, star_pattern, store)
GP_SELECT(paren_pattern, paren_pattern, store)
GP_SELECT(bracket_pattern, bracket_pattern, store)
GP_SELECT(double_star_pattern, double_star_pattern, store)
GP_SELECT(mapping_key, mapping_key, store)
GP_SELECT(key_value_pattern, key_value_pattern, store)
GP_SELECT(mapping_pattern, mapping_pattern, store)
GP_SELECT(or_pattern, or_pattern, fold)
GP_SELECT(as_pattern, as_pattern, fold)
GP_SELECT(patterns, open_sequence, fold)

#undef GP_SELECT

// Moves the nodes pushed since `mark` under a new node of kind `id`.
inline void reduce(ParseState& ps, RuleId id, Select mode, std::size_t mark, std::uint32_t begin,
                   std::uint32_t end) {
    auto count = static_cast<std::uint32_t>(ps.pending.size() - mark);
    if (mode == Select::fold && count == 1) return;
    CNode node{id, begin, end, static_cast<std::uint32_t>(ps.store.size()), count};
    ps.store.insert(ps.store.end(), ps.pending.begin() + static_cast<std::ptrdiff_t>(mark),
                    ps.pending.end());
    ps.pending.resize(mark);
    ps.pending.push_back(node);
}

template <typename Rule> struct tree_control : pegtl::normal<Rule> {
    template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
              template <typename...> class Control, typename Input, typename... States>
    [[nodiscard]] static bool match(Input& in, States&&... st) {
        if constexpr (A == pegtl::apply_mode::action) {
            // Every rule, selected or not, drops on failure what its
            // sub-rules built: an unselected seq may fail after a selected
            // part of it matched.
            ParseState& ps = parse_state(st...);
            std::size_t mark = ps.pending.size();
            [[maybe_unused]] auto begin = static_cast<std::uint32_t>(in.current() - in.begin());
            if (pegtl::match<Rule, A, M, Action, Control>(in, st...)) {
                if constexpr (selection<Rule>::mode != Select::no) {
                    reduce(ps, selection<Rule>::id, selection<Rule>::mode, mark, begin,
                           static_cast<std::uint32_t>(in.current() - in.begin()));
                }
                return true;
            }
            if (ps.pending.size() != mark) ps.pending.resize(mark);
            return false;
        } else {
            return pegtl::match<Rule, A, M, Action, Control>(in, st...);
        }
    }
};

}  // namespace glasspy::interp::grammar
