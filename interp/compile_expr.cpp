// Expressions: compiler_visit_expr and its helpers (CPython 3.11:
// Python/compile.c — compiler_jump_if, compiler_boolop, compiler_compare,
// compiler_call with maybe_optimize_method_call and compiler_call_helper,
// starunpack_helper, compiler_dict, compiler_joined_str,
// compiler_formatted_value, compiler_subscript, compiler_slice, yield,
// await and yield from).
//
// Locations: visit_expr gives each sub-expression its own location and
// restores the caller's afterwards, so an instruction's line is that of the
// innermost expression that emitted it.
#include <algorithm>

#include "interp/compile_internal.hpp"

namespace glasspy::interp {

using ast::ExprContext;
using ast::Kind;

static int binop(ast::Operator o) {
    static const int table[] = {0, 10, 5, 4, 11, 6, 8, 3, 9, 7, 12, 1, 2};
    return table[static_cast<int>(o)];
}

bool is_const_expr(const ast::Node* e) {
    if (!e) return false;
    if (e->kind == Kind::Constant) return true;
    auto* t = e->as<ast::Tuple>();
    if (!t || t->ctx != ExprContext::Load) return false;
    for (auto* elt : t->elts)
        if (!is_const_expr(elt)) return false;
    return true;
}

Const const_of(const ast::Node* e) {
    if (auto* c = e->as<ast::Constant>()) return Const::from_ast(c->value);
    Const t;
    t.tag = Const::Tag::Tuple;
    for (auto* elt : e->as<ast::Tuple>()->elts) t.items.push_back(const_of(elt));
    return t;
}

void Compiler::visit_expr(const ast::Node* e) {
    Location old = u->u_loc;
    set_loc(e);
    visit_expr1(e);
    u->u_loc = old;
}

void Compiler::update_start_location_to_match_attr(const ast::Attribute* e) {
    if (u->u_loc.lineno != e->end_lineno) {
        u->u_loc.lineno = e->end_lineno;
        int len = static_cast<int>(e->attr.size());
        if (len <= e->end_col_offset) {
            u->u_loc.col_offset = e->end_col_offset - len;
        } else {
            u->u_loc.col_offset = -1;
            u->u_loc.end_col_offset = -1;
        }
        u->u_loc.end_lineno = std::max(u->u_loc.lineno, u->u_loc.end_lineno);
    }
}

void Compiler::visit_expr1(const ast::Node* e) {
    switch (e->kind) {
    case Kind::NamedExpr: {
        auto* n = e->as<ast::NamedExpr>();
        visit_expr(n->value);
        addop(op(Opcode::COPY), 1);
        visit_expr(n->target);
        break;
    }
    case Kind::BoolOp: compile_boolop(e->as<ast::BoolOp>()); break;
    case Kind::BinOp: {
        auto* b = e->as<ast::BinOp>();
        visit_expr(b->left);
        visit_expr(b->right);
        addop(op(Opcode::BINARY_OP), binop(b->op));
        break;
    }
    case Kind::UnaryOp: {
        auto* un = e->as<ast::UnaryOp>();
        visit_expr(un->operand);
        static const Opcode ops[] = {Opcode::UNARY_INVERT, Opcode::UNARY_NOT, Opcode::UNARY_POSITIVE,
                                     Opcode::UNARY_NEGATIVE};
        addop(op(ops[static_cast<int>(un->op)]));
        break;
    }
    case Kind::Lambda: compile_lambda(e->as<ast::Lambda>()); break;
    case Kind::IfExp: compile_ifexp(e->as<ast::IfExp>()); break;
    case Kind::Dict: compile_dict(e->as<ast::Dict>()); break;
    case Kind::Set:
        starunpack_helper(e->as<ast::Set>()->elts, 0, op(Opcode::BUILD_SET), op(Opcode::SET_ADD),
                          op(Opcode::SET_UPDATE), false);
        break;
    case Kind::GeneratorExp: {
        auto* g = e->as<ast::GeneratorExp>();
        compile_comprehension(e, COMP_GENEXP, "<genexpr>", g->generators, g->elt, nullptr);
        break;
    }
    case Kind::ListComp: {
        auto* g = e->as<ast::ListComp>();
        compile_comprehension(e, COMP_LISTCOMP, "<listcomp>", g->generators, g->elt, nullptr);
        break;
    }
    case Kind::SetComp: {
        auto* g = e->as<ast::SetComp>();
        compile_comprehension(e, COMP_SETCOMP, "<setcomp>", g->generators, g->elt, nullptr);
        break;
    }
    case Kind::DictComp: {
        auto* g = e->as<ast::DictComp>();
        compile_comprehension(e, COMP_DICTCOMP, "<dictcomp>", g->generators, g->key, g->value);
        break;
    }
    case Kind::Yield: {
        auto* y = e->as<ast::Yield>();
        if (u->u_ste->ste_type != BlockType::FunctionBlock) return error(e, "'yield' outside function");
        if (y->value) visit_expr(y->value);
        else addop_load_const(Const::none());
        addop_yield();
        break;
    }
    case Kind::YieldFrom: {
        if (u->u_ste->ste_type != BlockType::FunctionBlock) return error(e, "'yield' outside function");
        visit_expr(e->as<ast::YieldFrom>()->value);
        addop(op(Opcode::GET_YIELD_FROM_ITER));
        addop_load_const(Const::none());
        compile_yield_from(false);
        break;
    }
    case Kind::Await:
        visit_expr(e->as<ast::Await>()->value);
        addop(op(Opcode::GET_AWAITABLE), 0);
        addop_load_const(Const::none());
        compile_yield_from(true);
        break;
    case Kind::Compare: compile_compare(e->as<ast::Compare>()); break;
    case Kind::Call: compile_call(e->as<ast::Call>()); break;
    case Kind::Constant: addop_load_const(Const::from_ast(e->as<ast::Constant>()->value)); break;
    case Kind::JoinedStr: compile_joined_str(e->as<ast::JoinedStr>()); break;
    case Kind::FormattedValue: compile_formatted_value(e->as<ast::FormattedValue>()); break;
    case Kind::Attribute: compile_attribute(e->as<ast::Attribute>()); break;
    case Kind::Subscript: compile_subscript(e->as<ast::Subscript>()); break;
    case Kind::Starred: {
        auto* s = e->as<ast::Starred>();
        if (s->ctx == ExprContext::Store) return error(e, "starred assignment target must be in a list or tuple");
        return error(e, "can't use starred expression here");
    }
    case Kind::Slice: compile_slice(e->as<ast::Slice>()); break;
    case Kind::Name: {
        auto* n = e->as<ast::Name>();
        nameop(n->id, n->ctx);
        break;
    }
    case Kind::List: {
        auto* l = e->as<ast::List>();
        if (l->ctx == ExprContext::Store) assignment_helper(l->elts);
        else if (l->ctx == ExprContext::Load)
            starunpack_helper(l->elts, 0, op(Opcode::BUILD_LIST), op(Opcode::LIST_APPEND), op(Opcode::LIST_EXTEND), false);
        else visit_exprs(l->elts);
        break;
    }
    case Kind::Tuple: {
        auto* t = e->as<ast::Tuple>();
        if (is_const_expr(t)) addop_load_const(const_of(t));
        else if (t->ctx == ExprContext::Store) assignment_helper(t->elts);
        else if (t->ctx == ExprContext::Load)
            starunpack_helper(t->elts, 0, op(Opcode::BUILD_LIST), op(Opcode::LIST_APPEND), op(Opcode::LIST_EXTEND), true);
        else visit_exprs(t->elts);
        break;
    }
    default: error(e, "glasspy: unexpected expression"); break;
    }
}

void Compiler::addop_yield() {
    if (u->u_ste->ste_generator && u->u_ste->ste_coroutine) addop(op(Opcode::ASYNC_GEN_WRAP));
    addop(op(Opcode::YIELD_VALUE));
    addop(op(Opcode::RESUME), 1);
}

// compiler_add_yield_from: the SEND loop of yield from / await.
void Compiler::compile_yield_from(bool await) {
    BasicBlock* start = new_block();
    BasicBlock* resume = new_block();
    BasicBlock* exit = new_block();
    use_next_block(start);
    addop_j(op(Opcode::SEND), exit);
    use_next_block(resume);
    addop(op(Opcode::YIELD_VALUE));
    addop(op(Opcode::RESUME), await ? 3 : 2);
    addop_j(JUMP_NO_INTERRUPT, start);
    use_next_block(exit);
}

// ==== conditions ==============================================================

void Compiler::jump_if(const ast::Node* e, BasicBlock* next, bool cond) {
    switch (e->kind) {
    case Kind::UnaryOp: {
        auto* un = e->as<ast::UnaryOp>();
        if (un->op == ast::UnaryOperator::Not) return jump_if(un->operand, next, !cond);
        break;
    }
    case Kind::BoolOp: {
        auto* b = e->as<ast::BoolOp>();
        std::size_t n = b->values.size() - 1;
        bool cond2 = b->op == ast::BoolOperator::Or;
        BasicBlock* next2 = next;
        if (cond2 != cond) next2 = new_block();
        for (std::size_t i = 0; i < n; ++i) jump_if(b->values[i], next2, cond2);
        jump_if(b->values[n], next, cond);
        if (next2 != next) use_next_block(next2);
        return;
    }
    case Kind::IfExp: {
        auto* ie = e->as<ast::IfExp>();
        BasicBlock* end = new_block();
        BasicBlock* next2 = new_block();
        jump_if(ie->test, next2, false);
        jump_if(ie->body, next, cond);
        addop_j(JUMP, end, true);
        use_next_block(next2);
        jump_if(ie->orelse, next, cond);
        use_next_block(end);
        return;
    }
    case Kind::Compare: {
        auto* c = e->as<ast::Compare>();
        std::size_t n = c->ops.size() - 1;
        if (n > 0) {
            check_compare(c);
            BasicBlock* cleanup = new_block();
            visit_expr(c->left);
            for (std::size_t i = 0; i < n; i++) {
                visit_expr(c->comparators[i]);
                addop(op(Opcode::SWAP), 2);
                addop(op(Opcode::COPY), 2);
                addop_compare(c->ops[i]);
                addop_j(POP_JUMP_IF_FALSE, cleanup);
            }
            visit_expr(c->comparators[n]);
            addop_compare(c->ops[n]);
            addop_j(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
            BasicBlock* end = new_block();
            addop_j(JUMP, end, true);
            use_next_block(cleanup);
            addop(op(Opcode::POP_TOP));
            if (!cond) addop_j(JUMP, next, true);
            use_next_block(end);
            return;
        }
        break;
    }
    default: break;
    }
    visit_expr(e);
    addop_j(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

void Compiler::compile_boolop(const ast::BoolOp* e) {
    int jumpi = op(e->op == ast::BoolOperator::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP);
    BasicBlock* end = new_block();
    std::size_t n = e->values.size() - 1;
    for (std::size_t i = 0; i < n; ++i) {
        visit_expr(e->values[i]);
        addop_j(jumpi, end);
    }
    visit_expr(e->values[n]);
    use_next_block(end);
}

void Compiler::addop_compare(ast::CmpOp o) {
    using ast::CmpOp;
    switch (o) {
    case CmpOp::Is: addop(op(Opcode::IS_OP), 0); return;
    case CmpOp::IsNot: addop(op(Opcode::IS_OP), 1); return;
    case CmpOp::In: addop(op(Opcode::CONTAINS_OP), 0); return;
    case CmpOp::NotIn: addop(op(Opcode::CONTAINS_OP), 1); return;
    case CmpOp::Lt: addop(op(Opcode::COMPARE_OP), 0); return;
    case CmpOp::LtE: addop(op(Opcode::COMPARE_OP), 1); return;
    case CmpOp::Eq: addop(op(Opcode::COMPARE_OP), 2); return;
    case CmpOp::NotEq: addop(op(Opcode::COMPARE_OP), 3); return;
    case CmpOp::Gt: addop(op(Opcode::COMPARE_OP), 4); return;
    case CmpOp::GtE: addop(op(Opcode::COMPARE_OP), 5); return;
    }
}

void Compiler::compile_compare(const ast::Compare* e) {
    check_compare(e);
    visit_expr(e->left);
    std::size_t n = e->ops.size() - 1;
    if (n == 0) {
        visit_expr(e->comparators[0]);
        addop_compare(e->ops[0]);
        return;
    }
    BasicBlock* cleanup = new_block();
    for (std::size_t i = 0; i < n; i++) {
        visit_expr(e->comparators[i]);
        addop(op(Opcode::SWAP), 2);
        addop(op(Opcode::COPY), 2);
        addop_compare(e->ops[i]);
        addop_j(op(Opcode::JUMP_IF_FALSE_OR_POP), cleanup);
    }
    visit_expr(e->comparators[n]);
    addop_compare(e->ops[n]);
    BasicBlock* end = new_block();
    addop_j(JUMP, end, true);
    use_next_block(cleanup);
    addop(op(Opcode::SWAP), 2);
    addop(op(Opcode::POP_TOP));
    use_next_block(end);
}

void Compiler::compile_ifexp(const ast::IfExp* e) {
    BasicBlock* end = new_block();
    BasicBlock* next = new_block();
    jump_if(e->test, next, false);
    visit_expr(e->body);
    addop_j(JUMP, end, true);
    use_next_block(next);
    visit_expr(e->orelse);
    use_next_block(end);
}

// ==== calls =====================================================================

static bool is_import_originated(const Compiler& c, const ast::Node* e) {
    auto* n = e->as<ast::Name>();
    if (!n) return false;
    return c.st_.st_top->get_symbol(n->id) & DEF_IMPORT;
}

bool Compiler::maybe_optimize_method_call(const ast::Call* e) {
    auto* meth = e->func->as<ast::Attribute>();
    if (!meth || meth->ctx != ExprContext::Load) return false;
    if (is_import_originated(*this, meth->value)) return false;
    std::size_t argsl = e->args.size(), kwdsl = e->keywords.size();
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE) return false;
    for (auto* a : e->args) if (a->kind == Kind::Starred) return false;
    for (auto* k : e->keywords) if (!k->as<ast::keyword>()->arg) return false;
    visit_expr(meth->value);
    // LOAD_METHOD (and KW_NAMES) are where `value.attr` is, so that an
    // AttributeError's carets stop before the arguments; PRECALL and CALL
    // are the whole call.  Both start at the attribute's name when the
    // attribute spans lines (CPython 3.11.2's maybe_optimize_method_call).
    set_loc(meth);
    update_start_location_to_match_attr(meth);
    addop_name(op(Opcode::LOAD_METHOD), meth->attr);
    visit_exprs(e->args);
    if (kwdsl) {
        for (auto* k : e->keywords) visit_expr(k->as<ast::keyword>()->value);
        call_simple_kw_helper(e->keywords);
    }
    set_loc(e);
    update_start_location_to_match_attr(meth);
    addop(op(Opcode::PRECALL), static_cast<int>(argsl + kwdsl));
    addop(op(Opcode::CALL), static_cast<int>(argsl + kwdsl));
    return true;
}

void Compiler::compile_call(const ast::Call* e) {
    if (maybe_optimize_method_call(e)) return;
    check_caller(e->func);
    set_loc(e->func);
    addop(op(Opcode::PUSH_NULL));
    set_loc(e);
    visit_expr(e->func);
    call_helper(0, e->args, e->keywords);
}

void Compiler::call_simple_kw_helper(const ast::NodeList& keywords) {
    Const names;
    names.tag = Const::Tag::Tuple;
    for (auto* k : keywords) names.items.push_back(Const::string_utf8(*k->as<ast::keyword>()->arg));
    addop(op(Opcode::KW_NAMES), add_const(names));
}

void Compiler::subkwargs(const ast::NodeList& keywords, std::size_t begin, std::size_t end) {
    std::size_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        Const keys;
        keys.tag = Const::Tag::Tuple;
        for (std::size_t i = begin; i < end; i++) {
            auto* kw = keywords[i]->as<ast::keyword>();
            visit_expr(kw->value);
            keys.items.push_back(Const::string_utf8(*kw->arg));
        }
        addop_load_const(keys);
        addop(op(Opcode::BUILD_CONST_KEY_MAP), static_cast<int>(n));
        return;
    }
    if (big) addop_noline(op(Opcode::BUILD_MAP), 0);
    for (std::size_t i = begin; i < end; i++) {
        auto* kw = keywords[i]->as<ast::keyword>();
        addop_load_const(Const::string_utf8(*kw->arg));
        visit_expr(kw->value);
        if (big) addop_noline(op(Opcode::MAP_ADD), 1);
    }
    if (!big) addop(op(Opcode::BUILD_MAP), static_cast<int>(n));
}

void Compiler::call_helper(int n, const ast::NodeList& args, const ast::NodeList& keywords) {
    std::size_t nelts = args.size(), nkwelts = keywords.size();
    bool ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    for (auto* a : args) if (a->kind == Kind::Starred) ex_call = true;
    for (auto* k : keywords) if (!k->as<ast::keyword>()->arg) ex_call = true;
    if (!ex_call) {
        visit_exprs(args);
        if (nkwelts) {
            for (auto* k : keywords) visit_expr(k->as<ast::keyword>()->value);
            call_simple_kw_helper(keywords);
        }
        addop(op(Opcode::PRECALL), n + static_cast<int>(nelts + nkwelts));
        addop(op(Opcode::CALL), n + static_cast<int>(nelts + nkwelts));
        return;
    }
    if (n == 0 && nelts == 1 && args[0]->kind == Kind::Starred) {
        visit_expr(args[0]->as<ast::Starred>()->value);
    } else {
        starunpack_helper(args, n, op(Opcode::BUILD_LIST), op(Opcode::LIST_APPEND), op(Opcode::LIST_EXTEND), true);
    }
    if (nkwelts) {
        bool have_dict = false;
        std::size_t nseen = 0;
        for (std::size_t i = 0; i < nkwelts; i++) {
            auto* kw = keywords[i]->as<ast::keyword>();
            if (!kw->arg) {
                if (nseen) {
                    subkwargs(keywords, i - nseen, i);
                    if (have_dict) addop(op(Opcode::DICT_MERGE), 1);
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    addop(op(Opcode::BUILD_MAP), 0);
                    have_dict = true;
                }
                visit_expr(kw->value);
                addop(op(Opcode::DICT_MERGE), 1);
            } else {
                nseen++;
            }
        }
        if (nseen) {
            subkwargs(keywords, nkwelts - nseen, nkwelts);
            if (have_dict) addop(op(Opcode::DICT_MERGE), 1);
        }
    }
    addop(op(Opcode::CALL_FUNCTION_EX), nkwelts > 0);
}

// ==== displays ====================================================================

static bool all_const(const ast::NodeList& elts, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; i++)
        if (!is_const_expr(elts[i])) return false;
    return true;
}

void Compiler::starunpack_helper(const ast::NodeList& elts, int pushed, int build, int add, int extend, bool tuple) {
    std::size_t n = elts.size();
    if (n > 2 && all_const(elts, 0, n)) {
        Const folded;
        folded.tag = Const::Tag::Tuple;
        for (auto* e : elts) folded.items.push_back(const_of(e));
        if (tuple && !pushed) {
            addop_load_const(folded);
        } else {
            if (add == op(Opcode::SET_ADD)) folded.tag = Const::Tag::FrozenSet;
            addop(build, pushed);
            addop_load_const(folded);
            addop(extend, 1);
            if (tuple) addop(op(Opcode::LIST_TO_TUPLE));
        }
        return;
    }
    bool big = n + static_cast<std::size_t>(pushed) > STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (auto* e : elts) if (e->kind == Kind::Starred) seen_star = true;
    if (!seen_star && !big) {
        visit_exprs(elts);
        addop(tuple ? op(Opcode::BUILD_TUPLE) : build, static_cast<int>(n) + pushed);
        return;
    }
    bool sequence_built = false;
    if (big) {
        addop(build, pushed);
        sequence_built = true;
    }
    for (std::size_t i = 0; i < n; i++) {
        const ast::Node* elt = elts[i];
        if (auto* st = elt->as<ast::Starred>()) {
            if (!sequence_built) {
                addop(build, static_cast<int>(i) + pushed);
                sequence_built = true;
            }
            visit_expr(st->value);
            addop(extend, 1);
        } else {
            visit_expr(elt);
            if (sequence_built) addop(add, 1);
        }
    }
    if (tuple) addop(op(Opcode::LIST_TO_TUPLE));
}

void Compiler::unpack_helper(const ast::NodeList& elts) {
    std::size_t n = elts.size();
    bool seen_star = false;
    for (std::size_t i = 0; i < n; i++) {
        if (elts[i]->kind == Kind::Starred) {
            if (seen_star) return error(elts[i], "multiple starred expressions in assignment");
            if (i >= (1u << 8) || n - i - 1 >= (INT32_MAX >> 8)) return error(elts[i], "too many expressions in star-unpacking assignment");
            addop(op(Opcode::UNPACK_EX), static_cast<int>(i + ((n - i - 1) << 8)));
            seen_star = true;
        }
    }
    if (!seen_star) addop(op(Opcode::UNPACK_SEQUENCE), static_cast<int>(n));
}

void Compiler::assignment_helper(const ast::NodeList& elts) {
    unpack_helper(elts);
    for (auto* elt : elts) visit_expr(elt->kind == Kind::Starred ? elt->as<ast::Starred>()->value : elt);
}

void Compiler::subdict(const ast::Dict* e, std::size_t begin, std::size_t end) {
    std::size_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_const(e->keys, begin, end)) {
        Const keys;
        keys.tag = Const::Tag::Tuple;
        for (std::size_t i = begin; i < end; i++) {
            visit_expr(e->values[i]);
            keys.items.push_back(const_of(e->keys[i]));
        }
        addop_load_const(keys);
        addop(op(Opcode::BUILD_CONST_KEY_MAP), static_cast<int>(n));
        return;
    }
    if (big) addop(op(Opcode::BUILD_MAP), 0);
    for (std::size_t i = begin; i < end; i++) {
        visit_expr(e->keys[i]);
        visit_expr(e->values[i]);
        if (big) addop(op(Opcode::MAP_ADD), 1);
    }
    if (!big) addop(op(Opcode::BUILD_MAP), static_cast<int>(n));
}

void Compiler::compile_dict(const ast::Dict* e) {
    std::size_t n = e->values.size(), elements = 0;
    bool have_dict = false;
    for (std::size_t i = 0; i < n; i++) {
        if (!e->keys[i]) {
            if (elements) {
                subdict(e, i - elements, i);
                if (have_dict) addop(op(Opcode::DICT_UPDATE), 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                addop(op(Opcode::BUILD_MAP), 0);
                have_dict = true;
            }
            visit_expr(e->values[i]);
            addop(op(Opcode::DICT_UPDATE), 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            subdict(e, i - elements, i + 1);
            if (have_dict) addop(op(Opcode::DICT_UPDATE), 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        subdict(e, n - elements, n);
        if (have_dict) addop(op(Opcode::DICT_UPDATE), 1);
        have_dict = true;
    }
    if (!have_dict) addop(op(Opcode::BUILD_MAP), 0);
}

void Compiler::compile_joined_str(const ast::JoinedStr* e) {
    std::size_t n = e->values.size();
    if (n > STACK_USE_GUIDELINE) {
        addop_load_const(Const::string(U""));
        addop_name(op(Opcode::LOAD_METHOD), "join", false);
        addop(op(Opcode::BUILD_LIST), 0);
        for (auto* v : e->values) {
            visit_expr(v);
            addop(op(Opcode::LIST_APPEND), 1);
        }
        addop(op(Opcode::PRECALL), 1);
        addop(op(Opcode::CALL), 1);
        return;
    }
    visit_exprs(e->values);
    if (n != 1) addop(op(Opcode::BUILD_STRING), static_cast<int>(n));
}

void Compiler::compile_formatted_value(const ast::FormattedValue* e) {
    visit_expr(e->value);
    int oparg = e->conversion == 's' ? 1 : e->conversion == 'r' ? 2 : e->conversion == 'a' ? 3 : 0;
    if (e->format_spec) {
        visit_expr(e->format_spec);
        oparg |= 4;
    }
    addop(op(Opcode::FORMAT_VALUE), oparg);
}

void Compiler::compile_attribute(const ast::Attribute* e) {
    visit_expr(e->value);
    update_start_location_to_match_attr(e);
    int opcode = e->ctx == ExprContext::Load ? op(Opcode::LOAD_ATTR)
               : e->ctx == ExprContext::Store ? op(Opcode::STORE_ATTR) : op(Opcode::DELETE_ATTR);
    addop_name(opcode, e->attr);
}

void Compiler::compile_subscript(const ast::Subscript* e) {
    int opcode = e->ctx == ExprContext::Load ? op(Opcode::BINARY_SUBSCR)
               : e->ctx == ExprContext::Store ? op(Opcode::STORE_SUBSCR) : op(Opcode::DELETE_SUBSCR);
    if (e->ctx == ExprContext::Load) check_subscript(e);
    visit_expr(e->value);
    visit_expr(e->slice);
    addop(opcode);
}

void Compiler::compile_slice(const ast::Slice* s) {
    int n = 2;
    if (s->lower) visit_expr(s->lower);
    else addop_load_const(Const::none());
    if (s->upper) visit_expr(s->upper);
    else addop_load_const(Const::none());
    if (s->step) {
        n++;
        visit_expr(s->step);
    }
    addop(op(Opcode::BUILD_SLICE), n);
}

}  // namespace glasspy::interp
