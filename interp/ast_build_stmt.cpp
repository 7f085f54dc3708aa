// Building statement nodes from the concrete syntax tree (CPython: the
// statement actions of Grammar/python.gram).  A compound statement ends where
// the last statement of its last block ends, not after the blank lines the
// grammar consumed behind it.
#include <fmt/format.h>

#include "interp/ast_build.hpp"
#include "interp/grammar/lexical.hpp"

namespace glasspy::interp {

using ast::ExprContext;

namespace {

// Moves a node's end to that of the last statement in `body`, and past a
// ';' that ends its line: a compound statement ends with its last token.
void end_with(ast::Node* node, const ast::NodeList& body, const Builder& b) {
    if (body.empty()) return;
    const ast::Node* last = body.back();
    node->end_lineno = last->end_lineno;
    node->end_col_offset = last->end_col_offset;
    std::string_view src = b.source();
    std::size_t p = b.end_offset(last);
    while (p < src.size() && (src[p] == ' ' || src[p] == '\t' || src[p] == '\f')) ++p;
    if (p < src.size() && src[p] == ';') node->end_col_offset += static_cast<int>(p + 1 - b.end_offset(last));
}

}  // namespace

void Builder::statements_into(std::span<const CNode> items, ast::NodeList& out) {
    for (const CNode& s : items) out.push_back(stmt(s));
}

ast::NodeList Builder::block(const CNode& n) {
    ast::NodeList body;
    statements_into(kids(n), body);
    return body;
}

ast::Node* Builder::stmt(const CNode& n) {
    auto c = kids(n);
    switch (n.id) {
        case RuleId::expr_stmt: return expr_stmt(n);
        case RuleId::pass_stmt: return make<ast::Pass>(n);
        case RuleId::break_stmt: return make<ast::Break>(n);
        case RuleId::continue_stmt: return make<ast::Continue>(n);
        case RuleId::return_stmt: {
            auto* s = make<ast::Return>(n);
            if (!c.empty()) s->value = expr(c[0]);
            return s;
        }
        case RuleId::raise_stmt: {
            auto* s = make<ast::Raise>(n);
            if (!c.empty()) s->exc = expr(c[0]);
            if (c.size() > 1) s->cause = expr(c[1]);
            return s;
        }
        case RuleId::global_stmt:
        case RuleId::nonlocal_stmt: {
            ast::IdentList names;
            for (const CNode& name : c) names.push_back(identifier(name));
            if (n.id == RuleId::global_stmt) {
                auto* s = make<ast::Global>(n);
                s->names = std::move(names);
                return s;
            }
            auto* s = make<ast::Nonlocal>(n);
            s->names = std::move(names);
            return s;
        }
        case RuleId::del_stmt: {
            auto* s = make<ast::Delete>(n);
            const CNode& t = c[0];
            if (t.id == RuleId::tuple_list) {
                for (const CNode& item : kids(t))
                    if (item.id != RuleId::tuple_comma)
                        s->targets.push_back(set_context(expr(item), ExprContext::Del, TargetUse::del));
            } else {
                s->targets.push_back(set_context(expr(t), ExprContext::Del, TargetUse::del));
            }
            return s;
        }
        case RuleId::assert_stmt: {
            auto* s = make<ast::Assert>(n);
            s->test = expr(c[0]);
            if (c.size() > 1) s->msg = expr(c[1]);
            return s;
        }
        case RuleId::import_name: {
            auto* s = make<ast::Import>(n);
            for (const CNode& item : c) {
                auto parts = kids(item);
                auto* a = make<ast::alias>(item);
                for (const CNode& name : kids(parts[0])) {
                    if (!a->name.empty()) a->name += '.';
                    a->name += identifier(name);
                }
                if (parts.size() > 1) a->asname = identifier(parts[1]);
                s->names.push_back(a);
            }
            return s;
        }
        case RuleId::import_from: return import_from(n);
        default: return compound_stmt(n);
    }
}

ast::Node* Builder::expr_stmt(const CNode& n) {
    auto c = kids(n);
    if (c.size() == 1) {
        auto* s = make<ast::Expr>(n);
        s->value = expr(c[0]);
        return s;
    }
    if (c[1].id == RuleId::annassign_tail) {
        auto* s = make<ast::AnnAssign>(n);
        ast::Node* target = expr(c[0]);
        auto tail = kids(c[1]);
        // CPython points at the first element of an unparenthesized tuple.
        if (target->kind == ast::Kind::Tuple) {
            const ast::Node* first = c[0].id == RuleId::tuple_list && !target->as<ast::Tuple>()->elts.empty()
                                         ? target->as<ast::Tuple>()->elts[0]
                                         : target;
            error("only single target (not tuple) can be annotated", begin_offset(first), end_offset(first));
        }
        if (target->kind == ast::Kind::List)
            error("only single target (not list) can be annotated", start_of(c[0]), c[0].end);
        if (target->kind != ast::Kind::Name && target->kind != ast::Kind::Attribute &&
            target->kind != ast::Kind::Subscript)
            error("illegal target for annotation", start_of(c[0]), c[0].end);
        s->target = set_context(target, ExprContext::Store, TargetUse::assign);
        s->annotation = expr(tail[0]);
        if (tail.size() > 1) s->value = expr(tail[1]);
        s->simple = c[0].id == RuleId::NAME ? 1 : 0;
        return s;
    }
    if (c[1].id == RuleId::augassign_tail) {
        auto* s = make<ast::AugAssign>(n);
        ast::Node* target = expr(c[0]);
        if (target->kind != ast::Kind::Name && target->kind != ast::Kind::Attribute &&
            target->kind != ast::Kind::Subscript)
            error_at(fmt::format("'{}' is an illegal expression for augmented assignment",
                                 describe(target)),
                     target);
        s->target = set_context(target, ExprContext::Store, TargetUse::assign);
        auto tail = kids(c[1]);
        std::string_view op = text(tail[0]);
        static constexpr std::string_view ops[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
        static constexpr ast::Operator codes[] = {
            ast::Operator::Add,    ast::Operator::Sub,    ast::Operator::Mult,   ast::Operator::MatMult,
            ast::Operator::Div,    ast::Operator::Mod,    ast::Operator::Pow,    ast::Operator::LShift,
            ast::Operator::RShift, ast::Operator::BitOr,  ast::Operator::BitXor, ast::Operator::BitAnd,
            ast::Operator::FloorDiv};
        op.remove_suffix(1);
        for (std::size_t i = 0; i < std::size(ops); ++i)
            if (ops[i] == op) s->op = codes[i];
        s->value = expr(tail[1]);
        return s;
    }
    auto* s = make<ast::Assign>(n);
    TargetUse use = c.size() == 2 ? TargetUse::assign_here : TargetUse::assign;
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        ast::Node* target = expr(c[i]);
        if (target->kind == ast::Kind::Yield || target->kind == ast::Kind::YieldFrom)
            error_at("assignment to yield expression not possible", target);
        s->targets.push_back(set_context(target, ExprContext::Store, use));
    }
    s->value = expr(c.back());
    return s;
}

ast::Node* Builder::import_from(const CNode& n) {
    auto* s = make<ast::ImportFrom>(n);
    for (const CNode& part : kids(n)) {
        switch (part.id) {
            case RuleId::import_dots: s->level += static_cast<int>(text(part).size()); break;
            case RuleId::dotted_name: {
                std::string module;
                for (const CNode& name : kids(part)) {
                    if (!module.empty()) module += '.';
                    module += identifier(name);
                }
                s->module = std::move(module);
                break;
            }
            case RuleId::import_star: {
                auto* a = make<ast::alias>(part);
                a->name.assign(1, '*');  // (operator= of a literal trips GCC 12's -Wrestrict)
                s->names.push_back(a);
                break;
            }
            default: {
                auto names = kids(part);
                auto* a = make<ast::alias>(part);
                a->name = identifier(names[0]);
                if (names.size() > 1) a->asname = identifier(names[1]);
                s->names.push_back(a);
                break;
            }
        }
    }
    return s;
}

ast::Node* Builder::compound_stmt(const CNode& n) {
    auto c = kids(n);
    switch (n.id) {
        case RuleId::function_def: return function_def(n);
        case RuleId::class_def: return class_def(n);
        case RuleId::if_stmt: return if_stmt(n, 0);
        case RuleId::try_stmt: return try_stmt(n);
        case RuleId::with_stmt: return with_stmt(n);
        case RuleId::match_stmt: return match_stmt(n);
        case RuleId::while_stmt: {
            auto* s = make<ast::While>(n);
            s->test = expr(c[0]);
            s->body = block(c[1]);
            end_with(s, s->body, *this);
            if (c.size() > 2) {
                s->orelse = block(kids(c[2])[0]);
                end_with(s, s->orelse, *this);
            }
            return s;
        }
        case RuleId::for_stmt: {
            bool is_async = c[0].id == RuleId::async_marker;
            auto rest = c.subspan(is_async ? 1 : 0);
            auto fill = [&](auto* s) {
                s->target = set_context(expr(rest[0]), ExprContext::Store, TargetUse::for_loop);
                s->iter = expr(rest[1]);
                s->body = block(rest[2]);
                end_with(s, s->body, *this);
                if (rest.size() > 3) {
                    s->orelse = block(kids(rest[3])[0]);
                    end_with(s, s->orelse, *this);
                }
                return s;
            };
            if (is_async) return fill(make<ast::AsyncFor>(n));
            return fill(make<ast::For>(n));
        }
        default: break;
    }
    error("invalid syntax", start_of(n));
}

// The decorators of a def or class, if any; `i` moves past them and `begin`
// becomes the keyword's position (3.8+ place the statement there, not at the
// first decorator).
ast::NodeList Builder::decorators(const CNode& n, std::size_t& i, std::uint32_t& begin) {
    auto c = kids(n);
    ast::NodeList out;
    begin = start_of(n);
    if (c[i].id != RuleId::decorators) return out;
    for (const CNode& d : kids(c[i])) out.push_back(expr(d));
    begin = static_cast<std::uint32_t>(
        grammar::skip_whitespace(source_.data() + c[i].end, source_.data() + n.end, true) - source_.data());
    ++i;
    return out;
}

ast::Node* Builder::function_def(const CNode& n) {
    auto c = kids(n);
    std::size_t i = 0;
    std::uint32_t begin = 0;
    ast::NodeList decorators = this->decorators(n, i, begin);
    bool is_async = c[i].id == RuleId::async_marker;
    if (is_async) ++i;
    auto fill = [&](auto* s) {
        s->name = identifier(c[i]);
        s->args = parameters(kids(c[i + 1]).empty() ? nullptr : &c[i + 1], start_of(c[i + 1]));
        if (!kids(c[i + 1]).empty()) {
            // parameters holds the params' items directly
            set_pos(s->args, start_of(kids(c[i + 1]).front()), kids(c[i + 1]).back().end);
        }
        std::size_t k = i + 2;
        if (c[k].id == RuleId::returns) {
            s->returns = expr(kids(c[k])[0]);
            ++k;
        }
        s->body = block(c[k]);
        s->decorator_list = std::move(decorators);
        end_with(s, s->body, *this);
        return s;
    };
    if (is_async) return fill(make<ast::AsyncFunctionDef>(begin, n.end));
    return fill(make<ast::FunctionDef>(begin, n.end));
}

ast::Node* Builder::class_def(const CNode& n) {
    auto c = kids(n);
    std::size_t i = 0;
    std::uint32_t begin = 0;
    ast::NodeList decorators = this->decorators(n, i, begin);
    auto* s = make<ast::ClassDef>(begin, n.end);
    s->name = identifier(c[i]);
    ++i;
    if (c[i].id == RuleId::class_args) {
        call_arguments(kids(c[i]), start_of(c[i]), c[i].end, s->bases, s->keywords);
        ++i;
    }
    s->body = block(c[i]);
    s->decorator_list = std::move(decorators);
    end_with(s, s->body, *this);
    return s;
}

// if / elif chains: each elif is an If in the orelse of the one before.
ast::Node* Builder::if_stmt(const CNode& n, std::size_t first) {
    auto c = kids(n);
    const CNode& head = first == 0 ? n : c[first];
    auto parts = first == 0 ? c.subspan(0, 2) : kids(c[first]);
    auto* s = make<ast::If>(head);
    s->test = expr(parts[0]);
    s->body = block(parts[1]);
    end_with(s, s->body, *this);
    std::size_t next = first == 0 ? 2 : first + 1;
    if (next < c.size()) {
        if (c[next].id == RuleId::elif_clause) {
            ast::Node* elif = if_stmt(n, next);
            s->orelse.push_back(elif);
        } else {
            s->orelse = block(kids(c[next])[0]);
        }
        end_with(s, s->orelse, *this);
    }
    return s;
}

ast::Node* Builder::try_stmt(const CNode& n) {
    auto c = kids(n);
    ast::NodeList body = block(c[0]), handlers, orelse, finalbody;
    bool star = false;
    for (const CNode& clause : c.subspan(1)) {
        auto parts = kids(clause);
        if (clause.id == RuleId::except_clause) {
            auto* h = make<ast::ExceptHandler>(clause);
            std::size_t i = 0;
            if (parts[0].id == RuleId::except_star) {
                star = true;
                ++i;
            }
            if (parts.size() - i >= 2) h->type = expr(parts[i]);
            if (parts.size() - i >= 3) h->name = identifier(parts[i + 1]);
            h->body = block(parts.back());
            end_with(h, h->body, *this);
            handlers.push_back(h);
        } else if (clause.id == RuleId::else_clause) {
            orelse = block(parts[0]);
        } else {
            finalbody = block(parts[0]);
        }
    }
    auto fill = [&](auto* s) {
        s->body = std::move(body);
        s->handlers = std::move(handlers);
        s->orelse = std::move(orelse);
        s->finalbody = std::move(finalbody);
        end_with(s, s->body, *this);
        if (!s->handlers.empty()) end_with(s, s->handlers, *this);
        end_with(s, s->orelse, *this);
        end_with(s, s->finalbody, *this);
        return s;
    };
    if (star) return fill(make<ast::TryStar>(n));
    return fill(make<ast::Try>(n));
}

ast::Node* Builder::with_stmt(const CNode& n) {
    auto c = kids(n);
    bool is_async = c[0].id == RuleId::async_marker;
    ast::NodeList items;
    for (const CNode& item : c.subspan(is_async ? 1 : 0, c.size() - (is_async ? 2 : 1))) {
        auto parts = kids(item);
        auto* w = arena_.make<ast::withitem>();
        set_pos(w, start_of(item), item.end);
        w->context_expr = expr(parts[0]);
        if (parts.size() > 1)
            w->optional_vars = set_context(expr(parts[1]), ExprContext::Store, TargetUse::with_item);
        items.push_back(w);
    }
    auto fill = [&](auto* s) {
        s->items = std::move(items);
        s->body = block(c.back());
        end_with(s, s->body, *this);
        return s;
    };
    if (is_async) return fill(make<ast::AsyncWith>(n));
    return fill(make<ast::With>(n));
}

ast::Node* Builder::match_stmt(const CNode& n) {
    auto c = kids(n);
    auto* s = make<ast::Match>(n);
    s->subject = expr(c[0]);
    for (const CNode& cb : c.subspan(1)) {
        auto parts = kids(cb);
        auto* mc = arena_.make<ast::match_case>();
        set_pos(mc, start_of(cb), cb.end);
        mc->pattern = pattern(parts[0]);
        if (parts.size() > 2) mc->guard = expr(kids(parts[1])[0]);
        mc->body = block(parts.back());
        end_with(mc, mc->body, *this);
        s->cases.push_back(mc);
    }
    if (!s->cases.empty()) end_with(s, s->cases.back()->as<ast::match_case>()->body, *this);
    return s;
}

}  // namespace glasspy::interp
