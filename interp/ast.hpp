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
#include "interp/ast.def"
};

// ---- operator singletons ------------------------------------------------------
#include "interp/operators.def"
#define GP_ENUM_ITEM(name, text) name,
enum class ExprContext : std::uint8_t { GP_CONTEXTS(GP_ENUM_ITEM) };
enum class BoolOperator : std::uint8_t { GP_BOOLOPS(GP_ENUM_ITEM) };
enum class Operator : std::uint8_t { GP_BINOPS(GP_ENUM_ITEM) };
enum class UnaryOperator : std::uint8_t { GP_UNARYOPS(GP_ENUM_ITEM) };
enum class CmpOp : std::uint8_t { GP_CMPOPS(GP_ENUM_ITEM) };
#undef GP_ENUM_ITEM

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
