// Assignment targets: an expression parsed where a target may stand gets
// its context (Store or Del) here, or the SyntaxError python.gram's
// invalid_* rules give ("cannot assign to function call", ...).
// CPython: Parser/action_helpers.c (_PyPegen_set_expr_context) and
// Parser/pegen.c (_PyPegen_get_expr_name).
#include <fmt/format.h>

#include "interp/ast_build.hpp"

namespace glasspy::interp {

std::string_view Builder::describe(const ast::Node* e) {
    using K = ast::Kind;
    switch (e->kind) {
        case K::Attribute: return "attribute";
        case K::Subscript: return "subscript";
        case K::Starred: return "starred";
        case K::Name: return "name";
        case K::List: return "list";
        case K::Tuple: return "tuple";
        case K::Lambda: return "lambda";
        case K::Call: return "function call";
        case K::BoolOp:
        case K::BinOp:
        case K::UnaryOp: return "expression";
        case K::GeneratorExp: return "generator expression";
        case K::Yield:
        case K::YieldFrom: return "yield expression";
        case K::Await: return "await expression";
        case K::ListComp: return "list comprehension";
        case K::SetComp: return "set comprehension";
        case K::DictComp: return "dict comprehension";
        case K::Dict: return "dict literal";
        case K::Set: return "set display";
        case K::JoinedStr:
        case K::FormattedValue: return "f-string expression";
        case K::Constant: {
            using Tag = ast::ConstantValue::Tag;
            switch (e->as<ast::Constant>()->value.tag) {
                case Tag::None: return "None";
                case Tag::True: return "True";
                case Tag::False: return "False";
                case Tag::Ellipsis: return "ellipsis";
                default: return "literal";
            }
        }
        case K::Compare: return "comparison";
        case K::IfExp: return "conditional expression";
        case K::NamedExpr: return "named expression";
        default: return "expression";
    }
}

ast::Node* Builder::set_context(ast::Node* e, ast::ExprContext ctx, TargetUse use) {
    using K = ast::Kind;
    switch (e->kind) {
        case K::Name: e->as<ast::Name>()->ctx = ctx; return e;
        case K::Attribute: e->as<ast::Attribute>()->ctx = ctx; return e;
        case K::Subscript: e->as<ast::Subscript>()->ctx = ctx; return e;
        case K::Starred: {
            auto* s = e->as<ast::Starred>();
            s->ctx = ctx;
            set_context(s->value, ctx, use);
            return e;
        }
        case K::List: {
            auto* l = e->as<ast::List>();
            l->ctx = ctx;
            for (ast::Node* item : l->elts) set_context(item, ctx, use);
            return e;
        }
        case K::Tuple: {
            auto* t = e->as<ast::Tuple>();
            t->ctx = ctx;
            for (ast::Node* item : t->elts) set_context(item, ctx, use);
            return e;
        }
        default: break;
    }
    std::string_view what = describe(e);
    if (use == TargetUse::del) error_at(fmt::format("cannot delete {}", what), e);
    bool keyword_constant = e->kind == K::Constant && what != "literal" && what != "ellipsis";
    if (use == TargetUse::assign_here && !keyword_constant) {
        error_at(fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", what), e);
    }
    if (e->kind == K::NamedExpr) error_at("cannot use assignment expressions with named expression", e);
    error_at(fmt::format("cannot assign to {}", what), e);
}

}  // namespace glasspy::interp
