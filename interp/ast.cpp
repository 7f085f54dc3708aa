// Names of node kinds and operator singletons, expanded from ast.def and
// operators.def (the tables are the only place these names are written).
#include "interp/ast.hpp"

#include <array>

namespace glasspy::interp::ast {

namespace {

struct OpNames {
    std::string_view name, text;
};

#define GP_NAME_ROW(name, text) OpNames{#name, text},
constexpr OpNames CONTEXT_NAMES[] = {GP_CONTEXTS(GP_NAME_ROW)};
constexpr OpNames BOOLOP_NAMES[] = {GP_BOOLOPS(GP_NAME_ROW)};
constexpr OpNames BINOP_NAMES[] = {GP_BINOPS(GP_NAME_ROW)};
constexpr OpNames UNARYOP_NAMES[] = {GP_UNARYOPS(GP_NAME_ROW)};
constexpr OpNames CMPOP_NAMES[] = {GP_CMPOPS(GP_NAME_ROW)};
#undef GP_NAME_ROW

constexpr std::string_view KIND_NAMES[] = {
#define GP_NODE(name, category) #name,
#include "interp/ast.def"
};

}  // namespace

std::string_view kind_name(Kind kind) { return KIND_NAMES[static_cast<int>(kind)]; }

std::string_view op_name(ExprContext op) { return CONTEXT_NAMES[static_cast<int>(op)].name; }
std::string_view op_name(BoolOperator op) { return BOOLOP_NAMES[static_cast<int>(op)].name; }
std::string_view op_name(Operator op) { return BINOP_NAMES[static_cast<int>(op)].name; }
std::string_view op_name(UnaryOperator op) { return UNARYOP_NAMES[static_cast<int>(op)].name; }
std::string_view op_name(CmpOp op) { return CMPOP_NAMES[static_cast<int>(op)].name; }
std::string_view op_text(BoolOperator op) { return BOOLOP_NAMES[static_cast<int>(op)].text; }
std::string_view op_text(Operator op) { return BINOP_NAMES[static_cast<int>(op)].text; }
std::string_view op_text(UnaryOperator op) { return UNARYOP_NAMES[static_cast<int>(op)].text; }
std::string_view op_text(CmpOp op) { return CMPOP_NAMES[static_cast<int>(op)].text; }

}  // namespace glasspy::interp::ast
