// The code generator's state, shared by the compile_*.cpp files (CPython:
// Python/compile.c's struct compiler, struct compiler_unit, struct
// fblockinfo).  Not for use outside the compiler.
//
// Invariants:
// - `u` is the unit being compiled; `stack` holds the enclosing ones
//   (stack[0] is the module), as c->c_stack does.
// - Every emitted instruction carries the unit's current location (u_loc),
//   which visit_stmt / visit_expr set and restore, and UNSET_LOC clears
//   (lineno -1: an artificial instruction that later passes give a line).
// - cell/free opargs are indexes into u_cellvars then u_freevars until
//   assemble maps them to fast-slot numbers (fix_cell_offsets).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "interp/ast.hpp"
#include "interp/compile.hpp"
#include "interp/flowgraph.hpp"
#include "interp/symtable.hpp"

namespace glasspy::interp {

enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

enum class FBlockType { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
                        HandlerCleanup, PopValue, ExceptionHandler, ExceptionGroupHandler,
                        AsyncComprehensionGenerator };

struct FBlockInfo {
    FBlockType fb_type;
    BasicBlock* fb_block = nullptr;
    BasicBlock* fb_exit = nullptr;
    const ast::Node* fb_stmt = nullptr;              // With: the statement
    const ast::NodeList* fb_finalbody = nullptr;     // FinallyTry
    const std::string* fb_name = nullptr;            // HandlerCleanup: the `as` name
};

struct CompilerUnit {
    const SymtableEntry* u_ste = nullptr;
    std::string u_name, u_qualname;
    ScopeType u_scope_type = ScopeType::Module;
    std::vector<Const> u_consts;
    std::vector<std::string> u_names, u_varnames, u_cellvars, u_freevars;
    std::string u_private;  // the class name for mangling, empty if none
    int u_argcount = 0, u_posonlyargcount = 0, u_kwonlyargcount = 0;
    std::vector<std::unique_ptr<BasicBlock>> u_blocks;
    BasicBlock* u_entry = nullptr;
    BasicBlock* u_curblock = nullptr;
    std::vector<FBlockInfo> u_fblock;
    int u_firstlineno = 1;
    Location u_loc;
};

class Compiler {
public:
    Compiler(const Symtable& st, std::string_view filename, int optimize)
        : st_(st), filename_(filename), optimize_(optimize) {}
    CompileResult compile_module(const ast::Module* mod);
    CompileResult compile_expression(const ast::Expression* mod);
    CompileResult compile_interactive(const ast::Module* mod);

    // ---- units, blocks, emission (compile.cpp) ----
    bool enter_scope(const std::string& name, ScopeType type, const ast::Node* key, int lineno);
    std::shared_ptr<CompiledCode> assemble_unit(bool add_none);
    void exit_scope();
    BasicBlock* new_block();
    void use_next_block(BasicBlock* b);
    void next_block() { use_next_block(new_block()); }
    void addop(int opcode, int oparg = 0);
    void addop_noline(int opcode, int oparg = 0);
    void addop_j(int opcode, BasicBlock* target, bool noline = false);
    void addop_load_const(const Const& c);
    int add_const(const Const& c);
    int add_name(std::vector<std::string>& list, const std::string& name);
    void addop_name(int opcode, const std::string& name, bool mangle = true);
    void set_loc(const ast::Node* n);
    void unset_loc() { u->u_loc = Location{}; }
    std::string mangle(const std::string& name) const;
    void nameop(const std::string& name, ast::ExprContext ctx);
    bool push_fblock(FBlockInfo info);
    void pop_fblock();
    void error(const ast::Node* n, std::string msg);
    // ---- SyntaxWarnings (compile_warnings.cpp) ----
    void warn(const ast::Node* n, std::string msg);
    void check_compare(const ast::Compare* e);
    void check_caller(const ast::Node* func);
    void check_subscript(const ast::Subscript* e);
    void check_assert(const ast::Assert* s);
    bool failed() const { return error_.has_value(); }

    // ---- statements (compile_stmt.cpp) ----
    void visit_stmt(const ast::Node* s);
    void visit_stmts(const ast::NodeList& body);
    void body(const ast::NodeList& stmts);
    void visit_stmt_expr(const ast::Node* value);
    void compile_if(const ast::If* s);
    void compile_for(const ast::For* s);
    void compile_while(const ast::While* s);
    void compile_return(const ast::Return* s);
    void compile_break_continue(bool is_break);
    void compile_try(const ast::Try* s);
    void compile_try_except(const ast::Try* s);
    void compile_try_finally(const ast::Try* s);
    void compile_with(const ast::With* s, std::size_t pos);
    void compile_async_with(const ast::AsyncWith* s, std::size_t pos);
    void compile_async_for(const ast::AsyncFor* s);
    void with_except_finish(BasicBlock* cleanup);
    void call_exit_with_nones();
    void pop_except_and_reraise();
    bool unwind_fblock(const FBlockInfo& info, bool preserve_tos);
    bool unwind_fblock_stack(bool preserve_tos, FBlockInfo** loop);
    void compile_import(const ast::Import* s);
    void compile_from_import(const ast::ImportFrom* s);
    void compile_assert(const ast::Assert* s);
    void compile_augassign(const ast::AugAssign* s);
    void compile_annassign(const ast::AnnAssign* s);
    void check_ann_expr(const ast::Node* e);
    void check_ann_subscr(const ast::Node* e);

    // ---- expressions (compile_expr.cpp) ----
    void visit_expr(const ast::Node* e);
    void visit_expr1(const ast::Node* e);
    void visit_exprs(const ast::NodeList& l) { for (auto* e : l) visit_expr(e); }
    void jump_if(const ast::Node* e, BasicBlock* next, bool cond);
    void compile_boolop(const ast::BoolOp* e);
    void compile_compare(const ast::Compare* e);
    void addop_compare(ast::CmpOp op);
    void compile_ifexp(const ast::IfExp* e);
    void compile_call(const ast::Call* e);
    bool maybe_optimize_method_call(const ast::Call* e);
    void call_helper(int n, const ast::NodeList& args, const ast::NodeList& keywords);
    void call_simple_kw_helper(const ast::NodeList& keywords);
    void subkwargs(const ast::NodeList& keywords, std::size_t begin, std::size_t end);
    void starunpack_helper(const ast::NodeList& elts, int pushed, int build, int add, int extend, bool tuple);
    void unpack_helper(const ast::NodeList& elts);
    void assignment_helper(const ast::NodeList& elts);
    void compile_dict(const ast::Dict* e);
    void subdict(const ast::Dict* e, std::size_t begin, std::size_t end);
    void compile_joined_str(const ast::JoinedStr* e);
    void compile_formatted_value(const ast::FormattedValue* e);
    void compile_attribute(const ast::Attribute* e);
    void compile_subscript(const ast::Subscript* e);
    void compile_slice(const ast::Slice* e);
    void compile_yield_from(bool await);
    void addop_yield();
    void update_start_location_to_match_attr(const ast::Attribute* e);

    // ---- functions, classes, comprehensions (compile_func.cpp) ----
    void compile_function(const ast::Node* s, bool is_async);
    void compile_class(const ast::ClassDef* s);
    void compile_lambda(const ast::Lambda* e);
    void compile_comprehension(const ast::Node* e, int type, const std::string& name,
                               const ast::NodeList& generators, const ast::Node* elt, const ast::Node* val);
    void comprehension_generator(const ast::NodeList& generators, std::size_t gen_index, int depth,
                                 const ast::Node* elt, const ast::Node* val, int type);
    void async_comprehension_generator(const ast::NodeList& generators, std::size_t gen_index, int depth,
                                       const ast::Node* elt, const ast::Node* val, int type);
    void comprehension_element(const ast::Node* elt, const ast::Node* val, int type, int depth);
    int default_arguments(const ast::arguments* args);
    bool visit_annotations(const ast::arguments* args, const ast::Node* returns);
    void visit_argannotation(const std::string& id, const ast::Node* annotation, int& len);
    void make_closure(std::shared_ptr<CompiledCode> co, int flags);
    void decorators(const ast::NodeList& decos) { visit_exprs(decos); }
    void apply_decorators(const ast::NodeList& decos);

    const Symtable& st_;
    std::string filename_;
    std::unique_ptr<CompilerUnit> u;
    std::vector<std::unique_ptr<CompilerUnit>> stack_;
    std::optional<CompileError> error_;
    std::vector<CompileWarning> warnings_;
    int nestlevel_ = 0;
    int optimize_ = 0;          // -O: no asserts; -OO: no docstrings either
    bool interactive_ = false;  // 'single' mode: expression statements print (PRINT_EXPR)
};

inline constexpr int STACK_USE_GUIDELINE = 30;

// Whether an expression is a constant after CPython's AST optimizer: a
// Constant, or a Load tuple of such (ast_opt.c folds those into one
// Constant; glasspy's AST has no tuple constants, so the compiler folds).
bool is_const_expr(const ast::Node* e);
// Whether statements hold an annotated assignment (SETUP_ANNOTATIONS first).
bool find_ann(const ast::NodeList& stmts);
// The docstring a body starts with, if any (CPython: _PyAST_GetDocString).
const ast::Constant* docstring_of(const ast::NodeList& body);
Const const_of(const ast::Node* e);
enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

}  // namespace glasspy::interp
