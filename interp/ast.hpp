// The abstract syntax tree: node structs generated from ast.def (CPython's
// Parser/Python.asdl), the operator enums from operators.def, and the arena
// that owns every node of one parse.
//
// Invariants: nodes are created only through Arena::make and live exactly as
// long as their Arena; child pointers are borrowed from it.  Every node keeps
// CPython's position attributes (1-based lines, 0-based UTF-8 byte columns,
// end exclusive), also the kinds whose ASDL type has none, so that tracebacks
// and error carets can point anywhere.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glasspy::interp::ast {

enum class Kind : std::uint8_t {
#define GP_NODE(name, category) name,
#define GP_FIELD(node, type, field)
#define GP_FIELD_AS(node, type, field, member)
#define GP_END(name)
#include "interp/ast.def"
#undef GP_NODE
#undef GP_FIELD
#undef GP_FIELD_AS
#undef GP_END
};

// ---- operator singletons ------------------------------------------------------
// Expands operators.def with only the macro for one sum type defined.
#define GP_NOOP1(name)
#define GP_NOOP2(name, text)
#define GP_ENUM_ITEM1(name) name,
#define GP_ENUM_ITEM2(name, text) name,

enum class ExprContext : std::uint8_t {
#define GP_CONTEXT GP_ENUM_ITEM1
#define GP_BOOLOP GP_NOOP2
#define GP_BINOP GP_NOOP2
#define GP_UNARYOP GP_NOOP2
#define GP_CMPOP GP_NOOP2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
enum class BoolOperator : std::uint8_t {
#define GP_CONTEXT GP_NOOP1
#define GP_BOOLOP GP_ENUM_ITEM2
#define GP_BINOP GP_NOOP2
#define GP_UNARYOP GP_NOOP2
#define GP_CMPOP GP_NOOP2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
enum class Operator : std::uint8_t {
#define GP_CONTEXT GP_NOOP1
#define GP_BOOLOP GP_NOOP2
#define GP_BINOP GP_ENUM_ITEM2
#define GP_UNARYOP GP_NOOP2
#define GP_CMPOP GP_NOOP2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
enum class UnaryOperator : std::uint8_t {
#define GP_CONTEXT GP_NOOP1
#define GP_BOOLOP GP_NOOP2
#define GP_BINOP GP_NOOP2
#define GP_UNARYOP GP_ENUM_ITEM2
#define GP_CMPOP GP_NOOP2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
enum class CmpOp : std::uint8_t {
#define GP_CONTEXT GP_NOOP1
#define GP_BOOLOP GP_NOOP2
#define GP_BINOP GP_NOOP2
#define GP_UNARYOP GP_NOOP2
#define GP_CMPOP GP_ENUM_ITEM2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};

// Class names as ast.dump prints them ("Add"), and source texts ("+").
std::string_view op_name(ExprContext op);
std::string_view op_name(BoolOperator op);
std::string_view op_name(Operator op);
std::string_view op_name(UnaryOperator op);
std::string_view op_name(CmpOp op);
std::string_view op_text(BoolOperator op);
std::string_view op_text(Operator op);
std::string_view op_text(UnaryOperator op);
std::string_view op_text(CmpOp op);

// ---- constants ----------------------------------------------------------------
// The value of a Constant node.  Ints keep their exact decimal digits (any
// size; the compiler turns them into int objects); str values are code points
// so that lone surrogates ('\ud800') survive exactly as in CPython.
struct ConstantValue {
    enum class Tag : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
    Tag tag = Tag::None;
    std::string int_digits;  // Int: decimal, no sign (literals are never negative)
    double number = 0.0;     // Float: the value; Complex: the imaginary part
    std::u32string str;      // Str
    std::string bytes;       // Bytes
};

// ---- nodes --------------------------------------------------------------------
struct Node {
    explicit Node(Kind k) : kind(k) {}
    virtual ~Node() = default;
    Kind kind;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;

    template <typename T> T* as() { return kind == T::KIND ? static_cast<T*>(this) : nullptr; }
    template <typename T> const T* as() const {
        return kind == T::KIND ? static_cast<const T*>(this) : nullptr;
    }
};

using NodeList = std::vector<Node*>;
using Ident = std::string;
using OptIdent = std::optional<std::string>;
using IdentList = std::vector<std::string>;
using OptString = std::optional<std::string>;
using CmpOpList = std::vector<CmpOp>;

#define GP_NODE(name, category)                                                                    \
    struct name final : Node {                                                                     \
        static constexpr Kind KIND = Kind::name;                                                   \
        name() : Node(KIND) {}
#define GP_FIELD(node, type, field) type field{};
#define GP_FIELD_AS(node, type, field, member) type member{};
#define GP_END(name) };
#include "interp/ast.def"
#undef GP_NODE
#undef GP_FIELD
#undef GP_FIELD_AS
#undef GP_END

std::string_view kind_name(Kind kind);

// Owns the nodes of one parse.
class Arena {
public:
    template <typename T> T* make() {
        auto node = std::make_unique<T>();
        T* raw = node.get();
        nodes_.push_back(std::move(node));
        return raw;
    }
    std::size_t size() const { return nodes_.size(); }

private:
    std::vector<std::unique_ptr<Node>> nodes_;
};

}  // namespace glasspy::interp::ast
