// ast.dump, generated from ast.def: each node prints as Name(field=value, ...)
// in ASDL field order; an optional field that is None is left out (ast.py
// skips a None value whose class default is None), lists always print, and a
// None inside a list prints as None.  Constants print with repr().
#include "interp/ast_dump.hpp"

#include "runtime/deep_stack.hpp"
#include "runtime/repr.hpp"

namespace glasspy::interp::ast {

namespace {

class Dumper {
public:
    std::string out;

    bool too_deep = false;
    bool include_attributes = false;

    void node(const Node* n) {
        if (!n) {
            out += "None";
            return;
        }
        if (++depth_ > MAX_DUMP_DEPTH || too_deep) {
            too_deep = true;
            --depth_;
            return;
        }
        switch (n->kind) {
#define GP_NODE(name, category)                                                                    \
    case Kind::name: {                                                                             \
        [[maybe_unused]] auto& x = static_cast<const name&>(*n);                                   \
        out += #name "(";                                                                          \
        first_ = true;
#define GP_FIELD(node_name, type, field) field_value(#field, x.field);
#define GP_FIELD_AS(node_name, type, field, member) field_value(#field, x.member);
#define GP_END(name)                                                                               \
    attributes(*n);                                                                                \
    out += ')';                                                                                    \
    break;                                                                                         \
    }
#include "interp/ast.def"
        }
        first_ = false;
        --depth_;
    }

private:
    // The ASDL types declared with `attributes (int lineno, ...)`.
    static bool has_attributes(Kind kind) {
        switch (kind) {
#define GP_NODE(name, category) case Kind::name: return is_attributed(#category);
#include "interp/ast.def"
        }
        return false;
    }
    static constexpr bool is_attributed(std::string_view category) {
        return category == "stmt" || category == "expr" || category == "excepthandler" ||
               category == "arg" || category == "keyword" || category == "alias" || category == "pattern";
    }
    void attributes(const Node& n) {
        if (!include_attributes || !has_attributes(n.kind)) return;
        field_value("lineno", n.lineno);
        field_value("col_offset", n.col_offset);
        field_value("end_lineno", n.end_lineno);
        field_value("end_col_offset", n.end_col_offset);
    }

    bool first_ = true;
    int depth_ = 0;

    void name(const char* field) {
        if (!first_) out += ", ";
        first_ = false;
        out += field;
        out += '=';
    }
    void field_value(const char* f, const Node* v) {
        if (!v) return;
        name(f);
        bool saved = first_;
        node(v);
        first_ = saved;
    }
    void field_value(const char* f, const NodeList& v) {
        name(f);
        bool saved = first_;
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            node(v[i]);
        }
        out += ']';
        first_ = saved;
    }
    void field_value(const char* f, const Ident& v) {
        name(f);
        out += rt::repr_str(utf8_to_u32(v));
    }
    void field_value(const char* f, const std::optional<std::string>& v) {
        if (!v) return;
        field_value(f, *v);
    }
    void field_value(const char* f, const IdentList& v) {
        name(f);
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            out += rt::repr_str(utf8_to_u32(v[i]));
        }
        out += ']';
    }
    void field_value(const char* f, int v) {
        name(f);
        out += std::to_string(v);
    }
    template <typename Op> void singleton(const char* f, Op op) {
        name(f);
        out += op_name(op);
        out += "()";
    }
    void field_value(const char* f, ExprContext v) { singleton(f, v); }
    void field_value(const char* f, BoolOperator v) { singleton(f, v); }
    void field_value(const char* f, Operator v) { singleton(f, v); }
    void field_value(const char* f, UnaryOperator v) { singleton(f, v); }
    void field_value(const char* f, const CmpOpList& v) {
        name(f);
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            out += op_name(v[i]);
            out += "()";
        }
        out += ']';
    }
    void field_value(const char* f, const ConstantValue& v) {
        name(f);
        using Tag = ConstantValue::Tag;
        switch (v.tag) {
            case Tag::None: out += "None"; break;
            case Tag::True: out += "True"; break;
            case Tag::False: out += "False"; break;
            case Tag::Ellipsis: out += "Ellipsis"; break;
            case Tag::Int: out += v.int_digits; break;
            case Tag::Float: out += rt::repr_float(v.number); break;
            case Tag::Complex: out += rt::repr_complex(0.0, v.number); break;
            case Tag::Str: out += rt::repr_str(v.str); break;
            case Tag::Bytes: out += rt::repr_bytes(v.bytes); break;
        }
    }

    static std::u32string utf8_to_u32(const std::string& s);
};

}  // namespace
}  // namespace glasspy::interp::ast

#include "runtime/unicode.hpp"

namespace glasspy::interp::ast {
namespace {
std::u32string Dumper::utf8_to_u32(const std::string& s) {
    std::u32string out;
    (void)rt::unicode::decode_utf8(s, out);
    return out;
}
}  // namespace

std::optional<std::string> dump(const Node* node, bool include_attributes) {
    return rt::with_deep_stack([&]() -> std::optional<std::string> {
        Dumper d;
        d.include_attributes = include_attributes;
        d.node(node);
        if (d.too_deep) return std::nullopt;
        return std::move(d.out);
    });
}

}  // namespace glasspy::interp::ast
