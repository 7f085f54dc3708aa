// Names of node kinds and operator singletons, expanded from ast.def and
// operators.def (the tables are the only place these names are written).
#include "interp/ast.hpp"

#include <array>

namespace glasspy::interp::ast {

namespace {

struct OpNames {
    std::string_view name, text;
};

#define GP_IGNORE1(name)
#define GP_IGNORE2(name, text)
#define GP_ROW1(name) OpNames{#name, ""},
#define GP_ROW2(name, text) OpNames{#name, text},

constexpr OpNames CONTEXT_NAMES[] = {
#define GP_CONTEXT GP_ROW1
#define GP_BOOLOP GP_IGNORE2
#define GP_BINOP GP_IGNORE2
#define GP_UNARYOP GP_IGNORE2
#define GP_CMPOP GP_IGNORE2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
constexpr OpNames BOOLOP_NAMES[] = {
#define GP_CONTEXT GP_IGNORE1
#define GP_BOOLOP GP_ROW2
#define GP_BINOP GP_IGNORE2
#define GP_UNARYOP GP_IGNORE2
#define GP_CMPOP GP_IGNORE2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
constexpr OpNames BINOP_NAMES[] = {
#define GP_CONTEXT GP_IGNORE1
#define GP_BOOLOP GP_IGNORE2
#define GP_BINOP GP_ROW2
#define GP_UNARYOP GP_IGNORE2
#define GP_CMPOP GP_IGNORE2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
constexpr OpNames UNARYOP_NAMES[] = {
#define GP_CONTEXT GP_IGNORE1
#define GP_BOOLOP GP_IGNORE2
#define GP_BINOP GP_IGNORE2
#define GP_UNARYOP GP_ROW2
#define GP_CMPOP GP_IGNORE2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};
constexpr OpNames CMPOP_NAMES[] = {
#define GP_CONTEXT GP_IGNORE1
#define GP_BOOLOP GP_IGNORE2
#define GP_BINOP GP_IGNORE2
#define GP_UNARYOP GP_IGNORE2
#define GP_CMPOP GP_ROW2
#include "interp/operators.def"
#undef GP_CONTEXT
#undef GP_BOOLOP
#undef GP_BINOP
#undef GP_UNARYOP
#undef GP_CMPOP
};

constexpr std::string_view KIND_NAMES[] = {
#define GP_NODE(name, category) #name,
#define GP_FIELD(node, type, field)
#define GP_FIELD_AS(node, type, field, member)
#define GP_END(name)
#include "interp/ast.def"
#undef GP_NODE
#undef GP_FIELD
#undef GP_FIELD_AS
#undef GP_END
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
