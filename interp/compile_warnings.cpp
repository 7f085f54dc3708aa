// The compiler's SyntaxWarnings: code that compiles but cannot do what its
// author meant, such as `x is 1` or `[(1, 2) (3, 4)]` with a comma missing
// (CPython 3.11: Python/compile.c check_compare, check_caller,
// check_subscripter, check_index, compiler_assert).  They are collected
// here and issued by whoever runs the compiler (interp/run_source.cpp).
//
// The checks run after constant folding, so `x is 'a' + 'b'` warns, and a
// tuple of constants counts as a literal as it does in CPython.
#include "interp/compile_internal.hpp"

namespace glasspy::interp {

using ast::Kind;

namespace {

// The type an expression's value surely has, by its form alone, or null
// when that takes running it (CPython: infer_type).
const char* inferred_type(const ast::Node* e) {
    switch (e->kind) {
    case Kind::Tuple: return "tuple";
    case Kind::List:
    case Kind::ListComp: return "list";
    case Kind::Dict:
    case Kind::DictComp: return "dict";
    case Kind::Set:
    case Kind::SetComp: return "set";
    case Kind::GeneratorExp: return "generator";
    case Kind::Lambda: return "function";
    case Kind::JoinedStr:
    case Kind::FormattedValue: return "str";
    case Kind::Constant: {
        using T = ast::ConstantValue::Tag;
        switch (e->as<ast::Constant>()->value.tag) {
        case T::None: return "NoneType";
        case T::True:
        case T::False: return "bool";
        case T::Ellipsis: return "ellipsis";
        case T::Int: return "int";
        case T::Float: return "float";
        case T::Complex: return "complex";
        case T::Str: return "str";
        case T::Bytes: return "bytes";
        }
        return nullptr;
    }
    default: return nullptr;
    }
}

// Whether `is` with this operand can mean what it says: anything but a
// literal, or one of the singletons None, True, False and Ellipsis.
bool is_identity_operand(const ast::Node* e) {
    if (!is_const_expr(e)) return true;
    auto* c = e->as<ast::Constant>();
    if (!c) return false;  // a tuple of constants
    using T = ast::ConstantValue::Tag;
    T tag = c->value.tag;
    return tag == T::None || tag == T::True || tag == T::False || tag == T::Ellipsis;
}

}  // namespace

void Compiler::warn(const ast::Node* n, std::string msg) {
    warnings_.push_back(CompileWarning{std::move(msg), n->lineno, n->col_offset, n->end_lineno, n->end_col_offset});
}

void Compiler::check_compare(const ast::Compare* e) {
    bool left = is_identity_operand(e->left);
    for (std::size_t i = 0; i < e->ops.size(); ++i) {
        bool right = is_identity_operand(e->comparators[i]);
        ast::CmpOp op = e->ops[i];
        if ((op == ast::CmpOp::Is || op == ast::CmpOp::IsNot) && (!left || !right)) {
            warn(e, op == ast::CmpOp::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                         : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void Compiler::check_caller(const ast::Node* func) {
    switch (func->kind) {
    case Kind::Constant:
    case Kind::Tuple:
    case Kind::List:
    case Kind::ListComp:
    case Kind::Dict:
    case Kind::DictComp:
    case Kind::Set:
    case Kind::SetComp:
    case Kind::GeneratorExp:
    case Kind::JoinedStr:
    case Kind::FormattedValue:
        warn(func, std::string("'") + inferred_type(func) + "' object is not callable; perhaps you missed a comma?");
        return;
    default: return;
    }
}

// `{1, 2}[0]` and `[1, 2]['a']`; only for loads, where the value is read.
void Compiler::check_subscript(const ast::Subscript* e) {
    const ast::Node* value = e->value;
    bool literal_value = false;
    if (auto* c = value->as<ast::Constant>()) {
        using T = ast::ConstantValue::Tag;
        T tag = c->value.tag;
        literal_value = tag != T::Str && tag != T::Bytes;
    }
    if (literal_value || value->kind == Kind::Set || value->kind == Kind::SetComp ||
        value->kind == Kind::GeneratorExp || value->kind == Kind::Lambda) {
        warn(e, std::string("'") + inferred_type(value) + "' object is not subscriptable; perhaps you missed a comma?");
        return;
    }
    const char* index_type = inferred_type(e->slice);
    if (!index_type || std::string_view(index_type) == "int" || std::string_view(index_type) == "bool") return;
    bool sequence = value->kind == Kind::Tuple || value->kind == Kind::List || value->kind == Kind::ListComp ||
                    value->kind == Kind::JoinedStr || value->kind == Kind::FormattedValue ||
                    (value->kind == Kind::Constant && !literal_value);
    if (sequence)
        warn(e, std::string(inferred_type(value)) + " indices must be integers or slices, not " + index_type +
                    "; perhaps you missed a comma?");
}

void Compiler::check_assert(const ast::Assert* s) {
    auto* t = s->test->as<ast::Tuple>();
    if (t && !t->elts.empty()) warn(s, "assertion is always true, perhaps remove parentheses?");
}

}  // namespace glasspy::interp
