// Building match-statement patterns (PEG 634) from the concrete syntax tree
// (CPython: the pattern actions of Grammar/python.gram).
#include "interp/ast_build.hpp"

namespace glasspy::interp {

namespace {

bool is_wildcard(std::string_view name) { return name == "_"; }

}  // namespace

// A literal or dotted name used as a value: -1, 1+2j, "s", a.b.
ast::Node* Builder::pattern_value(const CNode& n) {
    auto c = kids(n);
    switch (n.id) {
        case RuleId::number_pattern: {
            std::size_t i = 0;
            ast::Node* real = nullptr;
            if (c[0].id == RuleId::pattern_neg) {
                auto* neg = make<ast::UnaryOp>(start_of(c[0]), c[1].end);
                neg->op = ast::UnaryOperator::USub;
                neg->operand = number(c[1]);
                real = neg;
                i = 2;
            } else {
                real = number(c[0]);
                i = 1;
            }
            if (i == c.size()) return real;
            auto* b = make<ast::BinOp>(n);
            b->left = real;
            b->op = text(c[i])[0] == '+' ? ast::Operator::Add : ast::Operator::Sub;
            b->right = number(c[i + 1]);
            return b;
        }
        case RuleId::mapping_key: {
            if (c.size() == 1 && c[0].id != RuleId::NAME) return pattern_value(c[0]);
            ast::Node* value = expr(c[0]);
            for (const CNode& attr : c.subspan(1)) {
                auto* a = make<ast::Attribute>(start_of(c[0]), attr.end);
                a->value = value;
                a->attr = identifier(attr);
                a->ctx = ast::ExprContext::Load;
                value = a;
            }
            return value;
        }
        default: return expr(n);
    }
}

ast::Node* Builder::pattern(const CNode& n) {
    auto c = kids(n);
    switch (n.id) {
        case RuleId::number_pattern:
        case RuleId::strings: {
            auto* p = make<ast::MatchValue>(n);
            p->value = n.id == RuleId::strings ? strings(n) : pattern_value(n);
            return p;
        }
        case RuleId::kw_None:
        case RuleId::kw_True:
        case RuleId::kw_False: {
            auto* p = make<ast::MatchSingleton>(n);
            using Tag = ast::ConstantValue::Tag;
            p->value.tag = n.id == RuleId::kw_None ? Tag::None : n.id == RuleId::kw_True ? Tag::True : Tag::False;
            return p;
        }
        case RuleId::name_pattern: {
            bool has_args = c.back().id == RuleId::class_pattern_args;
            auto names = c.subspan(0, c.size() - (has_args ? 1 : 0));
            if (!has_args && names.size() == 1) {
                auto* p = make<ast::MatchAs>(n);
                std::string name = identifier(names[0]);
                if (!is_wildcard(name)) p->name = std::move(name);
                return p;
            }
            ast::Node* value = expr(names[0]);
            for (const CNode& attr : names.subspan(1)) {
                auto* a = make<ast::Attribute>(start_of(names[0]), attr.end);
                a->value = value;
                a->attr = identifier(attr);
                a->ctx = ast::ExprContext::Load;
                value = a;
            }
            if (!has_args) {
                auto* p = make<ast::MatchValue>(n);
                p->value = value;
                return p;
            }
            auto* p = make<ast::MatchClass>(n);
            p->cls = value;
            for (const CNode& arg : kids(c.back())) {
                if (arg.id == RuleId::keyword_pattern) {
                    p->kwd_attrs.push_back(identifier(kids(arg)[0]));
                    p->kwd_patterns.push_back(pattern(kids(arg)[1]));
                } else {
                    if (!p->kwd_attrs.empty())
                        error("positional patterns follow keyword patterns", start_of(arg), arg.end);
                    p->patterns.push_back(pattern(arg));
                }
            }
            return p;
        }
        case RuleId::star_pattern: {
            auto* p = make<ast::MatchStar>(n);
            std::string name = identifier(c[0]);
            if (!is_wildcard(name)) p->name = std::move(name);
            return p;
        }
        case RuleId::paren_pattern:
        case RuleId::bracket_pattern:
        case RuleId::open_sequence: {
            bool comma = false;
            for (const CNode& item : c) comma |= item.id == RuleId::tuple_comma;
            if (n.id == RuleId::paren_pattern && c.size() == 1 && !comma) return pattern(c[0]);
            auto* p = make<ast::MatchSequence>(n);
            for (const CNode& item : c)
                if (item.id != RuleId::tuple_comma) p->patterns.push_back(pattern(item));
            return p;
        }
        case RuleId::mapping_pattern: {
            auto* p = make<ast::MatchMapping>(n);
            for (const CNode& item : c) {
                if (item.id == RuleId::double_star_pattern) {
                    p->rest = identifier(kids(item)[0]);
                    continue;
                }
                auto kv = kids(item);
                p->keys.push_back(pattern_value(kv[0]));
                p->patterns.push_back(pattern(kv[1]));
            }
            return p;
        }
        case RuleId::or_pattern: {
            auto* p = make<ast::MatchOr>(n);
            for (const CNode& alt : c)
                if (alt.id != RuleId::binop) p->patterns.push_back(pattern(alt));
            return p;
        }
        case RuleId::as_pattern: {
            auto* p = make<ast::MatchAs>(n);
            p->pattern = pattern(c[0]);
            std::string name = identifier(c[1]);
            if (is_wildcard(name)) error("cannot use '_' as a target", start_of(c[1]), c[1].end);
            p->name = std::move(name);
            return p;
        }
        default: break;
    }
    error("invalid syntax", start_of(n));
}

}  // namespace glasspy::interp
