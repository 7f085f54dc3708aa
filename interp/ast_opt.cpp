// Constant folding on the AST (see ast_opt.hpp; CPython: Python/ast_opt.c).
// Integers are folded while they fit in 127 bits (CPython's limit is
// MAX_INT_SIZE = 128 bits on the results of *, ** and <<; values between
// the two are left unfolded here: a difference of bytecode only, not of
// behaviour).
#include "interp/ast_opt.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "interp/compile.hpp"

namespace glasspy::interp {

namespace {

using ast::Kind;
using ast::Node;
using ast::NodeList;
using Tag = Const::Tag;
using i128 = __int128;

constexpr int MAX_INT_SIZE = 128;         // bits
constexpr std::size_t MAX_COLLECTION_SIZE = 256;
constexpr std::size_t MAX_STR_SIZE = 4096;

std::optional<i128> to_i128(const ast::ConstantValue& v) {
    if (v.tag == ast::ConstantValue::Tag::True) return 1;
    if (v.tag == ast::ConstantValue::Tag::False) return 0;
    if (v.tag != ast::ConstantValue::Tag::Int) return std::nullopt;
    const std::string& d = v.int_digits;
    bool neg = !d.empty() && d[0] == '-';
    if (d.size() > 38) return std::nullopt;
    i128 r = 0;
    for (std::size_t i = neg ? 1 : 0; i < d.size(); ++i) r = r * 10 + (d[i] - '0');
    return neg ? -r : r;
}

std::string i128_str(i128 v) {
    if (v == 0) return "0";
    bool neg = v < 0;
    std::string s;
    unsigned __int128 u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    while (u) {
        s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
        u /= 10;
    }
    return neg ? "-" + s : s;
}

int bit_length(i128 v) {
    unsigned __int128 u = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    int n = 0;
    while (u) { ++n; u >>= 1; }
    return n;
}

bool is_num(const ast::ConstantValue& v) {
    using T = ast::ConstantValue::Tag;
    return v.tag == T::Int || v.tag == T::Float || v.tag == T::True || v.tag == T::False;
}

double as_double(const ast::ConstantValue& v) {
    if (v.tag == ast::ConstantValue::Tag::Float) return v.number;
    auto i = to_i128(v);
    return static_cast<double>(*i);
}

ast::ConstantValue int_value(i128 v) {
    ast::ConstantValue c;
    c.tag = ast::ConstantValue::Tag::Int;
    c.int_digits = i128_str(v);
    return c;
}

ast::ConstantValue float_value(double v) {
    ast::ConstantValue c;
    c.tag = ast::ConstantValue::Tag::Float;
    c.number = v;
    return c;
}

i128 floordiv(i128 a, i128 b) {
    i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
    return q;
}

std::optional<ast::ConstantValue> fold_int_binop(ast::Operator op, i128 a, i128 b) {
    using ast::Operator;
    i128 r;
    switch (op) {
    case Operator::Add: if (__builtin_add_overflow(a, b, &r)) return std::nullopt; return int_value(r);
    case Operator::Sub: if (__builtin_sub_overflow(a, b, &r)) return std::nullopt; return int_value(r);
    case Operator::Mult:
        if (a && b && bit_length(a) + bit_length(b) > MAX_INT_SIZE) return std::nullopt;
        if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
        return int_value(r);
    case Operator::FloorDiv: if (b == 0) return std::nullopt; return int_value(floordiv(a, b));
    case Operator::Mod: if (b == 0) return std::nullopt; return int_value(a - floordiv(a, b) * b);
    case Operator::Div: if (b == 0) return std::nullopt; return float_value(static_cast<double>(a) / static_cast<double>(b));
    case Operator::Pow: {
        if (b < 0) {
            if (a == 0) return std::nullopt;
            return float_value(std::pow(static_cast<double>(a), static_cast<double>(b)));
        }
        if (b > 0 && bit_length(a) > MAX_INT_SIZE / b) return std::nullopt;
        r = 1;
        for (i128 i = 0; i < b; ++i)
            if (__builtin_mul_overflow(r, a, &r)) return std::nullopt;
        return int_value(r);
    }
    case Operator::LShift:
        if (b < 0) return std::nullopt;
        if (a == 0) return int_value(0);
        if (b > MAX_INT_SIZE || bit_length(a) + b > 126) return std::nullopt;
        return int_value(a * (static_cast<i128>(1) << static_cast<int>(b)));
    case Operator::RShift:
        if (b < 0) return std::nullopt;
        if (b >= 127) return int_value(a < 0 ? -1 : 0);
        return int_value(a >> static_cast<int>(b));
    case Operator::BitAnd: return int_value(a & b);
    case Operator::BitOr: return int_value(a | b);
    case Operator::BitXor: return int_value(a ^ b);
    default: return std::nullopt;
    }
}

std::optional<ast::ConstantValue> fold_float_binop(ast::Operator op, double a, double b) {
    using ast::Operator;
    switch (op) {
    case Operator::Add: return float_value(a + b);
    case Operator::Sub: return float_value(a - b);
    case Operator::Mult: return float_value(a * b);
    case Operator::Div: if (b == 0) return std::nullopt; return float_value(a / b);
    case Operator::FloorDiv: {
        if (b == 0) return std::nullopt;
        double mod = std::fmod(a, b);
        double div = (a - mod) / b;
        if (mod && ((b < 0) != (mod < 0))) div -= 1.0;
        double floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
        if (!div) floordiv = std::copysign(0.0, a / b);
        return float_value(floordiv);
    }
    case Operator::Mod: {
        if (b == 0) return std::nullopt;
        double mod = std::fmod(a, b);
        if (mod) { if ((b < 0) != (mod < 0)) mod += b; }
        else mod = std::copysign(0.0, b);
        return float_value(mod);
    }
    case Operator::Pow:
        if (a == 0 && b < 0) return std::nullopt;
        if (a < 0 && b != std::floor(b)) return std::nullopt;  // complex result
        return float_value(std::pow(a, b));
    default: return std::nullopt;
    }
}

std::optional<ast::ConstantValue> fold_seq_binop(ast::Operator op, const ast::ConstantValue& l,
                                                 const ast::ConstantValue& r) {
    using T = ast::ConstantValue::Tag;
    if (op == ast::Operator::Add && l.tag == r.tag && (l.tag == T::Str || l.tag == T::Bytes)) {
        ast::ConstantValue c = l;
        c.str += r.str;
        c.bytes += r.bytes;
        return c;
    }
    if (op == ast::Operator::Mult) {
        const ast::ConstantValue* seq = (l.tag == T::Str || l.tag == T::Bytes) ? &l : (r.tag == T::Str || r.tag == T::Bytes) ? &r : nullptr;
        const ast::ConstantValue* num = seq == &l ? &r : &l;
        if (!seq || num->tag != T::Int) return std::nullopt;
        auto n = to_i128(*num);
        if (!n) return std::nullopt;
        std::size_t size = seq->tag == T::Str ? seq->str.size() : seq->bytes.size();
        i128 count = *n;
        if (size && (count < 0 || count > static_cast<i128>(MAX_STR_SIZE / size))) return std::nullopt;
        if (count < 0) count = 0;
        ast::ConstantValue c = *seq;
        c.str.clear();
        c.bytes.clear();
        for (i128 i = 0; i < count; ++i) {
            c.str += seq->str;
            c.bytes += seq->bytes;
        }
        return c;
    }
    return std::nullopt;
}

// A tuple display of constants: CPython's optimizer makes it a constant
// tuple; here it stays a Tuple node, which the compiler loads as one.
bool is_const_tuple(const Node* n) {
    auto* t = n->as<ast::Tuple>();
    if (!t || t->ctx != ast::ExprContext::Load) return false;
    for (const Node* e : t->elts)
        if (e->kind != Kind::Constant && !is_const_tuple(e)) return false;
    return true;
}

// The items of a constant tuple, counting those of the tuples inside it,
// or -1 once past limit (CPython: check_complexity).
long long item_count(const Node* n, long long limit) {
    auto* t = n->as<ast::Tuple>();
    if (!t) return 0;
    long long count = 0;
    for (const Node* e : t->elts) {
        count += 1 + std::max(0LL, item_count(e, limit));
        if (count > limit) return -1;
    }
    return count;
}

constexpr long long MAX_TOTAL_ITEMS = 1024;

class Optimizer {
public:
    Optimizer(ast::Arena& arena, int optimize) : arena_(arena), optimize_(optimize) {}

    void opt(Node*& slot) {
        if (!slot) return;
        visit_children(slot);
        slot = fold(slot);
    }
    void opt(NodeList& list) {
        for (auto*& n : list) opt(n);
    }

private:
    template <typename T> void field(T&) {}
    void field(Node*& n) { opt(n); }
    void field(NodeList& l) { opt(l); }

    void visit_children(Node* node) {
        switch (node->kind) {
#define GP_NODE(name, category) \
    case Kind::name: {          \
        auto* n = static_cast<ast::name*>(node); (void)n;
#define GP_FIELD(node, type, f) field(n->f);
#define GP_FIELD_AS(node, type, f, member) field(n->member);
#define GP_END(name) \
    break;           \
    }
#include "interp/ast.def"
        }
    }

    ast::Constant* make_const(const Node* at, ast::ConstantValue v) {
        auto* c = arena_.make<ast::Constant>();
        c->lineno = at->lineno;
        c->col_offset = at->col_offset;
        c->end_lineno = at->end_lineno;
        c->end_col_offset = at->end_col_offset;
        c->value = std::move(v);
        return c;
    }

    Node* fold(Node* node);
    Node* fold_unary(ast::UnaryOp* n);
    Node* fold_binop(ast::BinOp* n);
    Node* fold_tuple(ast::Tuple* n);
    Node* fold_tuple_binop(ast::BinOp* n);
    Node* fold_subscript(ast::Subscript* n);
    Node* fold_iter(Node* arg);
    ast::Tuple* make_tuple(const Node* at, NodeList elts);

    ast::Arena& arena_;
    int optimize_;
};

Node* Optimizer::fold_unary(ast::UnaryOp* n) {
    using ast::UnaryOperator;
    using T = ast::ConstantValue::Tag;
    auto* c = n->operand->as<ast::Constant>();
    if (!c && n->op == UnaryOperator::Not && is_const_tuple(n->operand)) {
        ast::ConstantValue r;
        r.tag = n->operand->as<ast::Tuple>()->elts.empty() ? T::True : T::False;
        return make_const(n, r);
    }
    if (!c) {
        auto* cmp = n->operand->as<ast::Compare>();
        if (n->op == UnaryOperator::Not && cmp && cmp->ops.size() == 1) {
            using ast::CmpOp;
            CmpOp& o = cmp->ops[0];
            switch (o) {
            case CmpOp::Is: o = CmpOp::IsNot; return cmp;
            case CmpOp::IsNot: o = CmpOp::Is; return cmp;
            case CmpOp::In: o = CmpOp::NotIn; return cmp;
            case CmpOp::NotIn: o = CmpOp::In; return cmp;
            default: break;
            }
        }
        return n;
    }
    const ast::ConstantValue& v = c->value;
    ast::ConstantValue r;
    switch (n->op) {
    case UnaryOperator::Not: {
        Const k = Const::from_ast(v);
        r.tag = k.truth() ? T::False : T::True;
        return make_const(n, r);
    }
    case UnaryOperator::USub:
        if (v.tag == T::Int) {
            r = v;
            if (v.int_digits == "0") return make_const(n, r);
            r.int_digits = v.int_digits[0] == '-' ? v.int_digits.substr(1) : "-" + v.int_digits;
            return make_const(n, r);
        }
        if (v.tag == T::Float) return make_const(n, float_value(-v.number));
        if (v.tag == T::Complex) {
            // TODO(#compiler): complex constants need a real part; -1j is left unfolded.
            return n;
        }
        if (auto i = to_i128(v)) return make_const(n, int_value(-*i));
        return n;
    case UnaryOperator::UAdd:
        if (v.tag == T::Int || v.tag == T::Float) return make_const(n, v);
        if (auto i = to_i128(v)) return make_const(n, int_value(*i));
        return n;
    case UnaryOperator::Invert:
        if (auto i = to_i128(v)) return make_const(n, int_value(~*i));
        return n;
    }
    return n;
}

Node* Optimizer::fold_binop(ast::BinOp* n) {
    using T = ast::ConstantValue::Tag;
    if (is_const_tuple(n->left) || is_const_tuple(n->right)) return fold_tuple_binop(n);
    auto* l = n->left->as<ast::Constant>();
    auto* r = n->right->as<ast::Constant>();
    if (!l || !r) return n;
    const auto& lv = l->value;
    const auto& rv = r->value;
    std::optional<ast::ConstantValue> out;
    if (is_num(lv) && is_num(rv)) {
        if (lv.tag == T::Float || rv.tag == T::Float) {
            out = fold_float_binop(n->op, as_double(lv), as_double(rv));
        } else {
            auto a = to_i128(lv), b = to_i128(rv);
            if (a && b) out = fold_int_binop(n->op, *a, *b);
        }
    } else {
        out = fold_seq_binop(n->op, lv, rv);
    }
    if (out) return make_const(n, *out);
    return n;
}

ast::Tuple* Optimizer::make_tuple(const Node* at, NodeList elts) {
    auto* t = arena_.make<ast::Tuple>();
    t->lineno = at->lineno;
    t->col_offset = at->col_offset;
    t->end_lineno = at->end_lineno;
    t->end_col_offset = at->end_col_offset;
    t->elts = std::move(elts);
    t->ctx = ast::ExprContext::Load;
    return t;
}

// (1, 2) + (3,) and (0,) * 3, within CPython's limits on the size of what
// is folded (safe_multiply); the items are shared, being constants.
Node* Optimizer::fold_tuple_binop(ast::BinOp* n) {
    if (n->op == ast::Operator::Add) {
        if (!is_const_tuple(n->left) || !is_const_tuple(n->right)) return n;
        NodeList elts = n->left->as<ast::Tuple>()->elts;
        for (Node* e : n->right->as<ast::Tuple>()->elts) elts.push_back(e);
        return make_tuple(n, std::move(elts));
    }
    if (n->op != ast::Operator::Mult) return n;
    Node* tuple = is_const_tuple(n->left) ? n->left : n->right;
    auto* count_node = (tuple == n->left ? n->right : n->left)->as<ast::Constant>();
    if (!count_node) return n;
    auto count = to_i128(count_node->value);
    if (!count) return n;
    const NodeList& items = tuple->as<ast::Tuple>()->elts;
    if (!items.empty()) {
        if (*count < 0 || *count > static_cast<i128>(MAX_COLLECTION_SIZE / items.size())) return n;
        if (*count && item_count(tuple, MAX_TOTAL_ITEMS / static_cast<long long>(*count)) < 0) return n;
    }
    NodeList elts;
    for (i128 i = 0; i < *count; ++i)
        for (Node* e : items) elts.push_back(e);
    return make_tuple(n, std::move(elts));
}

// 'abc'[1], b'ab'[0] and (1, 2)[0]: a constant indexed by an int constant
// (CPython: fold_subscr); an index out of range is left to fail when run.
Node* Optimizer::fold_subscript(ast::Subscript* n) {
    using T = ast::ConstantValue::Tag;
    auto* index_node = n->slice->as<ast::Constant>();
    if (n->ctx != ast::ExprContext::Load || !index_node) return n;
    auto index = to_i128(index_node->value);
    if (!index) return n;
    auto item_at = [&](std::size_t size) -> std::optional<std::size_t> {
        i128 i = *index < 0 ? *index + static_cast<i128>(size) : *index;
        if (i < 0 || i >= static_cast<i128>(size)) return std::nullopt;
        return static_cast<std::size_t>(i);
    };
    if (is_const_tuple(n->value)) {
        const NodeList& elts = n->value->as<ast::Tuple>()->elts;
        auto i = item_at(elts.size());
        return i ? elts[*i] : n;
    }
    auto* c = n->value->as<ast::Constant>();
    if (!c) return n;
    if (c->value.tag == T::Str) {
        auto i = item_at(c->value.str.size());
        if (!i) return n;
        ast::ConstantValue v;
        v.tag = T::Str;
        v.str = c->value.str.substr(*i, 1);
        return make_const(n, v);
    }
    if (c->value.tag == T::Bytes) {
        auto i = item_at(c->value.bytes.size());
        if (!i) return n;
        return make_const(n, int_value(static_cast<unsigned char>(c->value.bytes[*i])));
    }
    return n;
}

// A tuple of constants becomes one constant.  Folded tuple constants are
// kept as Constant nodes whose value has no Tag for tuples in the AST, so
// they are represented as a Tuple node of Constants, which the compiler
// folds with starunpack_helper / fold_tuple_on_constants as CPython's
// flow graph does for the same shapes.
Node* Optimizer::fold_tuple(ast::Tuple* n) { return n; }

Node* Optimizer::fold_iter(Node* arg) {
    if (auto* l = arg->as<ast::List>()) {
        for (auto* e : l->elts)
            if (e->kind == Kind::Starred) return arg;
        auto* t = arena_.make<ast::Tuple>();
        t->lineno = l->lineno;
        t->col_offset = l->col_offset;
        t->end_lineno = l->end_lineno;
        t->end_col_offset = l->end_col_offset;
        t->elts = l->elts;
        t->ctx = l->ctx;
        return t;
    }
    return arg;
}

Node* Optimizer::fold(Node* node) {
    switch (node->kind) {
    case Kind::UnaryOp: return fold_unary(static_cast<ast::UnaryOp*>(node));
    case Kind::BinOp: return fold_binop(static_cast<ast::BinOp*>(node));
    case Kind::Tuple: return fold_tuple(static_cast<ast::Tuple*>(node));
    case Kind::Subscript: return fold_subscript(static_cast<ast::Subscript*>(node));
    case Kind::Name: {
        auto* n = static_cast<ast::Name*>(node);
        if (n->id == "__debug__" && n->ctx == ast::ExprContext::Load) {
            ast::ConstantValue v;
            v.tag = optimize_ ? ast::ConstantValue::Tag::False : ast::ConstantValue::Tag::True;
            return make_const(n, v);
        }
        return node;
    }
    case Kind::For: {
        auto* f = static_cast<ast::For*>(node);
        f->iter = fold_iter(f->iter);
        return node;
    }
    case Kind::comprehension: {
        auto* c = static_cast<ast::comprehension*>(node);
        c->iter = fold_iter(c->iter);
        return node;
    }
    case Kind::Compare: {
        auto* c = static_cast<ast::Compare*>(node);
        auto last = c->ops.back();
        if (last == ast::CmpOp::In || last == ast::CmpOp::NotIn) c->comparators.back() = fold_iter(c->comparators.back());
        return node;
    }
    default: return node;
    }
}

}  // namespace

void ast_optimize(ast::Module* mod, ast::Arena& arena, int optimize) {
    Optimizer o(arena, optimize);
    o.opt(mod->body);
}

void ast_optimize(ast::Expression* mod, ast::Arena& arena, int optimize) {
    Optimizer o(arena, optimize);
    o.opt(mod->body);
}

}  // namespace glasspy::interp
