// Building expression nodes from the concrete syntax tree (CPython: the
// expression actions of Grammar/python.gram and Parser/action_helpers.c).
#include <fmt/format.h>

#include "interp/ast_build.hpp"

namespace glasspy::interp {

using ast::ExprContext;

namespace {

ast::Operator binary_operator(std::string_view t) {
    using ast::Operator;
    switch (t[0]) {
        case '+': return Operator::Add;
        case '-': return Operator::Sub;
        case '*': return t.size() > 1 ? Operator::Pow : Operator::Mult;
        case '/': return t.size() > 1 ? Operator::FloorDiv : Operator::Div;
        case '%': return Operator::Mod;
        case '@': return Operator::MatMult;
        case '<': return Operator::LShift;
        case '>': return Operator::RShift;
        case '&': return Operator::BitAnd;
        case '^': return Operator::BitXor;
        default: return Operator::BitOr;
    }
}

ast::CmpOp compare_operator(std::string_view t) {
    using ast::CmpOp;
    if (t == "==") return CmpOp::Eq;
    if (t == "!=") return CmpOp::NotEq;
    if (t == "<=") return CmpOp::LtE;
    if (t == "<") return CmpOp::Lt;
    if (t == ">=") return CmpOp::GtE;
    if (t == ">") return CmpOp::Gt;
    if (t == "in") return CmpOp::In;
    if (t == "is") return CmpOp::Is;
    if (t[0] == 'n') return CmpOp::NotIn;  // "not in", any spacing
    return CmpOp::IsNot;
}

}  // namespace

ast::Node* Builder::expr(const CNode& n) {
    auto c = kids(n);
    switch (n.id) {
        case RuleId::NAME: {
            auto* e = make<ast::Name>(n);
            e->id = identifier(n);
            e->ctx = ExprContext::Load;
            return e;
        }
        case RuleId::NUMBER: return number(n);
        case RuleId::strings: return strings(n);
        case RuleId::kw_True:
        case RuleId::kw_False:
        case RuleId::kw_None:
        case RuleId::ELLIPSIS: {
            auto* e = make<ast::Constant>(n);
            using Tag = ast::ConstantValue::Tag;
            e->value.tag = n.id == RuleId::kw_True    ? Tag::True
                           : n.id == RuleId::kw_False ? Tag::False
                           : n.id == RuleId::kw_None  ? Tag::None
                                                      : Tag::Ellipsis;
            return e;
        }
        case RuleId::paren_atom: return paren(n);
        case RuleId::list_atom: return list_display(n);
        case RuleId::brace_atom: return brace(n);
        case RuleId::binary: return binary(n);
        case RuleId::power: {
            auto* e = make<ast::BinOp>(n);
            e->left = expr(c[0]);
            e->op = ast::Operator::Pow;
            e->right = expr(c[1]);
            return e;
        }
        case RuleId::unary: {
            auto* e = make<ast::UnaryOp>(n);
            char op = text(c[0])[0];
            e->op = op == '+' ? ast::UnaryOperator::UAdd
                    : op == '-' ? ast::UnaryOperator::USub
                                : ast::UnaryOperator::Invert;
            e->operand = expr(c[1]);
            return e;
        }
        case RuleId::not_expr: {
            auto* e = make<ast::UnaryOp>(n);
            e->op = ast::UnaryOperator::Not;
            e->operand = expr(c[0]);
            return e;
        }
        case RuleId::comparison: {
            auto* e = make<ast::Compare>(n);
            e->left = expr(c[0]);
            for (std::size_t i = 1; i + 1 < c.size(); i += 2) {
                e->ops.push_back(compare_operator(text(c[i])));
                e->comparators.push_back(expr(c[i + 1]));
            }
            return e;
        }
        case RuleId::conjunction:
        case RuleId::disjunction: {
            auto* e = make<ast::BoolOp>(n);
            e->op = n.id == RuleId::conjunction ? ast::BoolOperator::And : ast::BoolOperator::Or;
            for (const CNode& v : c) e->values.push_back(expr(v));
            return e;
        }
        case RuleId::conditional: {
            auto* e = make<ast::IfExp>(n);
            e->body = expr(c[0]);
            e->test = expr(c[1]);
            e->orelse = expr(c[2]);
            return e;
        }
        case RuleId::primary: return primary(n);
        case RuleId::await_expr: {
            auto* e = make<ast::Await>(n);
            e->value = expr(c[0]);
            return e;
        }
        case RuleId::lambdef: {
            auto* e = make<ast::Lambda>(n);
            const CNode* params = c.size() == 2 ? &c[0] : nullptr;
            e->args = parameters(params, start_of(n));
            e->body = expr(c.back());
            return e;
        }
        case RuleId::walrus: {
            auto* e = make<ast::NamedExpr>(n);
            e->target = set_context(expr(c[0]), ExprContext::Store, TargetUse::assign);
            e->value = expr(c[1]);
            return e;
        }
        case RuleId::starred: {
            auto* e = make<ast::Starred>(n);
            e->value = expr(c[0]);
            e->ctx = ExprContext::Load;
            return e;
        }
        case RuleId::yield_expr: {
            if (!c.empty() && c[0].id == RuleId::yield_from) {
                auto* e = make<ast::YieldFrom>(n);
                e->value = expr(kids(c[0])[0]);
                return e;
            }
            auto* e = make<ast::Yield>(n);
            if (!c.empty()) e->value = expr(c[0]);
            return e;
        }
        case RuleId::tuple_list: return tuple(n, ExprContext::Load);
        default: break;
    }
    error("invalid syntax", start_of(n));
}

// A left-associative chain: operand (op operand)*.
ast::Node* Builder::binary(const CNode& n) {
    auto c = kids(n);
    std::uint32_t begin = start_of(n);
    ast::Node* left = expr(c[0]);
    for (std::size_t i = 1; i + 1 < c.size(); i += 2) {
        auto* e = make<ast::BinOp>(begin, c[i + 1].end);
        e->left = left;
        e->op = binary_operator(text(c[i]));
        e->right = expr(c[i + 1]);
        left = e;
    }
    return left;
}

// Items separated by tuple_comma markers, as a Tuple.
ast::Node* Builder::tuple(const CNode& n, ExprContext ctx) {
    auto* t = make<ast::Tuple>(n);
    for (const CNode& item : kids(n))
        if (item.id != RuleId::tuple_comma) t->elts.push_back(expr(item));
    t->ctx = ctx;
    return t;
}

ast::Node* Builder::primary(const CNode& n) {
    auto c = kids(n);
    std::uint32_t begin = start_of(n);
    ast::Node* value = expr(c[0]);
    for (std::size_t i = 1; i < c.size(); ++i) {
        const CNode& t = c[i];
        switch (t.id) {
            case RuleId::attr_trailer: {
                auto* e = make<ast::Attribute>(begin, t.end);
                e->value = value;
                e->attr = identifier(kids(t)[0]);
                e->ctx = ExprContext::Load;
                value = e;
                break;
            }
            case RuleId::call_trailer: {
                auto* e = make<ast::Call>(begin, t.end);
                e->func = value;
                call_arguments(kids(t), start_of(t), t.end, e->args, e->keywords);
                value = e;
                break;
            }
            default: {
                auto* e = make<ast::Subscript>(begin, t.end);
                e->value = value;
                e->slice = slices(t);
                e->ctx = ExprContext::Load;
                value = e;
                break;
            }
        }
    }
    return value;
}

// '(' ... ')': the empty tuple, a group, a tuple or a generator expression.
ast::Node* Builder::paren(const CNode& n) {
    auto c = kids(n);
    if (c.empty()) {
        auto* t = make<ast::Tuple>(n);
        t->ctx = ExprContext::Load;
        return t;
    }
    if (c.size() > 1 && c[1].id == RuleId::comp_for) {
        auto* g = make<ast::GeneratorExp>(n);
        g->elt = expr(c[0]);
        g->generators = comprehensions(c.subspan(1));
        return g;
    }
    if (c.size() == 1) {
        ast::Node* inner = expr(c[0]);
        if (inner->kind == ast::Kind::Starred) error_at("cannot use starred expression here", inner);
        return inner;
    }
    return tuple(n, ExprContext::Load);
}

ast::Node* Builder::list_display(const CNode& n) {
    auto c = kids(n);
    if (c.size() > 1 && c[1].id == RuleId::comp_for) {
        auto* l = make<ast::ListComp>(n);
        l->elt = expr(c[0]);
        l->generators = comprehensions(c.subspan(1));
        return l;
    }
    auto* l = make<ast::List>(n);
    for (const CNode& item : c) l->elts.push_back(expr(item));
    l->ctx = ExprContext::Load;
    return l;
}

ast::Node* Builder::brace(const CNode& n) {
    auto c = kids(n);
    bool is_dict = c.empty() || c[0].id == RuleId::dict_unpack ||
                   (c.size() > 1 && c[1].id == RuleId::kv_sep);
    if (!is_dict) {
        if (c.size() > 1 && c[1].id == RuleId::comp_for) {
            auto* s = make<ast::SetComp>(n);
            s->elt = expr(c[0]);
            s->generators = comprehensions(c.subspan(1));
            return s;
        }
        auto* s = make<ast::Set>(n);
        for (const CNode& item : c) s->elts.push_back(expr(item));
        return s;
    }
    if (c.size() > 3 && c[1].id == RuleId::kv_sep && c[3].id == RuleId::comp_for) {
        auto* d = make<ast::DictComp>(n);
        d->key = expr(c[0]);
        d->value = expr(c[2]);
        d->generators = comprehensions(c.subspan(3));
        return d;
    }
    auto* d = make<ast::Dict>(n);
    for (std::size_t i = 0; i < c.size();) {
        if (c[i].id == RuleId::dict_unpack) {
            d->keys.push_back(nullptr);
            d->values.push_back(expr(kids(c[i])[0]));
            i += 1;
        } else {
            d->keys.push_back(expr(c[i]));
            d->values.push_back(expr(c[i + 2]));
            i += 3;
        }
    }
    return d;
}

ast::NodeList Builder::comprehensions(std::span<const CNode> items) {
    ast::NodeList out;
    for (const CNode& f : items) {
        auto c = kids(f);
        auto* comp = arena_.make<ast::comprehension>();
        set_pos(comp, start_of(f), f.end);
        std::size_t i = 0;
        if (c[0].id == RuleId::async_marker) {
            comp->is_async = 1;
            i = 1;
        }
        comp->target = set_context(expr(c[i]), ExprContext::Store, TargetUse::comprehension);
        comp->iter = expr(c[i + 1]);
        for (std::size_t k = i + 2; k < c.size(); ++k) comp->ifs.push_back(expr(c[k]));
        out.push_back(comp);
    }
    return out;
}

// The contents of a subscript: one index, a slice, or a tuple of them.
ast::Node* Builder::slices(const CNode& trailer) {
    auto c = kids(trailer);
    std::vector<ast::Node*> items;
    bool tuple_form = false;
    std::size_t i = 0;
    while (i < c.size()) {
        std::size_t j = i;
        while (j < c.size() && c[j].id != RuleId::tuple_comma) ++j;
        auto part = c.subspan(i, j - i);
        bool has_colon = false;
        for (const CNode& p : part) has_colon |= p.id == RuleId::slice_colon;
        if (!has_colon) {
            items.push_back(expr(part[0]));
        } else {
            auto* s = make<ast::Slice>(start_of(part.front()), part.back().end);
            int colons = 0;
            for (const CNode& p : part) {
                if (p.id == RuleId::slice_colon) {
                    ++colons;
                    continue;
                }
                ast::Node* e = expr(p);
                (colons == 0 ? s->lower : colons == 1 ? s->upper : s->step) = e;
            }
            items.push_back(s);
        }
        if (j < c.size()) tuple_form = true;
        i = j + 1;
    }
    for (ast::Node* e : items) tuple_form |= e->kind == ast::Kind::Starred;
    if (!tuple_form) return items[0];
    auto* t = make<ast::Tuple>(begin_offset(items.front()), c.back().end);
    if (c.back().id != RuleId::tuple_comma) t->end_col_offset = items.back()->end_col_offset;
    t->elts = std::move(items);
    t->ctx = ExprContext::Load;
    return t;
}

void Builder::call_arguments(std::span<const CNode> items, std::uint32_t paren_begin,
                             std::uint32_t paren_end, ast::NodeList& args, ast::NodeList& keywords) {
    bool seen_keyword = false, seen_double_star = false;
    const CNode* first_double_star = nullptr;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const CNode& a = items[i];
        switch (a.id) {
            case RuleId::kwarg: {
                auto* k = make<ast::keyword>(a);
                k->arg = identifier(kids(a)[0]);
                k->value = expr(kids(a)[1]);
                keywords.push_back(k);
                seen_keyword = true;
                break;
            }
            case RuleId::dstar_arg: {
                auto* k = make<ast::keyword>(a);
                k->value = expr(kids(a)[0]);
                keywords.push_back(k);
                seen_double_star = true;
                if (!first_double_star) first_double_star = &a;
                break;
            }
            case RuleId::star_arg: {
                if (seen_double_star)
                    error("iterable argument unpacking follows keyword argument unpacking",
                          start_of(*first_double_star), first_double_star->end);
                auto* s = make<ast::Starred>(a);
                s->value = expr(kids(a)[0]);
                s->ctx = ExprContext::Load;
                args.push_back(s);
                break;
            }
            default: {
                if (seen_keyword || seen_double_star) {
                    // CPython points at the parser's last token: the ')'.
                    error(seen_double_star ? "positional argument follows keyword argument unpacking"
                                           : "positional argument follows keyword argument",
                          paren_end - 1, paren_end);
                }
                ast::Node* e = expr(a);
                std::size_t k = i + 1;
                while (k < items.size() && items[k].id == RuleId::comp_for) ++k;
                if (k > i + 1) {
                    bool sole = items.size() == k && i == 0;
                    if (!sole)
                        error("Generator expression must be parenthesized", begin_offset(e),
                              items[k - 1].end);
                    auto* g = make<ast::GeneratorExp>(paren_begin, paren_end);
                    g->elt = e;
                    g->generators = comprehensions(items.subspan(i + 1, k - i - 1));
                    e = g;
                    i = k - 1;
                }
                args.push_back(e);
                break;
            }
        }
    }
}

// Parameters of a def or lambda, in the order they are written; `at` places
// the (empty) arguments node of a lambda without any.
ast::arguments* Builder::parameters(const CNode* n, std::uint32_t at) {
    auto* a = arena_.make<ast::arguments>();
    if (!n) {
        set_pos(a, at, at);
        return a;
    }
    set_pos(a, start_of(*n), n->end);
    bool after_star = false;
    auto make_arg = [&](const CNode& item, std::span<const CNode> parts, ast::Node** default_out) {
        auto* arg = arena_.make<ast::arg>();
        arg->name = identifier(parts[0]);
        std::uint32_t end = parts[0].end;
        for (const CNode& p : parts.subspan(1)) {
            if (p.id == RuleId::param_annotation) {
                arg->annotation = expr(kids(p)[0]);
                end = p.end;
            } else if (p.id == RuleId::param_default) {
                *default_out = expr(kids(p)[0]);
            }
        }
        set_pos(arg, start_of(item), end);
        if (item.id != RuleId::param) set_pos(arg, start_of(parts[0]), end);
        return arg;
    };
    for (const CNode& item : kids(*n)) {
        auto parts = kids(item);
        ast::Node* def = nullptr;
        switch (item.id) {
            case RuleId::param_slash:
                for (ast::Node* p : a->args) a->posonlyargs.push_back(p);
                a->args.clear();
                break;
            case RuleId::param_star: {
                after_star = true;
                if (!parts.empty()) {
                    a->vararg = make_arg(item, parts, &def);
                    break;
                }
                // A bare '*' must be followed by a keyword-only parameter.
                const CNode* next = &item + 1;
                const CNode* last = kids(*n).data() + kids(*n).size();
                if (next == last || next->id == RuleId::param_dstar)
                    error("named arguments must follow bare *", start_of(item), item.end);
                break;
            }
            case RuleId::param_dstar:
                a->kwarg = make_arg(item, parts, &def);
                if (def) error("var-keyword argument cannot have default value", start_of(parts.back()));
                break;
            default: {
                ast::arg* arg = make_arg(item, parts, &def);
                if (after_star) {
                    a->kwonlyargs.push_back(arg);
                    a->kw_defaults.push_back(def);
                } else {
                    if (!def && !a->defaults.empty())
                        error("non-default argument follows default argument", start_of(item), item.end);
                    a->args.push_back(arg);
                    if (def) a->defaults.push_back(def);
                }
                break;
            }
        }
    }
    return a;
}

}  // namespace glasspy::interp
