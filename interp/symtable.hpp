// The symbol table: the compiler's first pass, which decides for every name in
// every scope whether it is local, global, free (a variable of an enclosing
// function) or a cell (a local that an inner function uses).  Mirrors CPython
// 3.11's Python/symtable.c and Include/internal/pycore_symtable.h, with the
// same names: a SymtableEntry is a PySTEntryObject ("ste"), its fields are
// ste_*, and the flags are DEF_* and the scopes LOCAL ... CELL.
//
// Two passes, as in CPython:
//   1. symtable_visit_*: walk the AST; open a block (entry) for the module,
//      each def/async def/lambda/class and each comprehension, and record raw
//      facts per name: DEF_LOCAL (assigned), USE (read), DEF_PARAM, ...
//   2. analyze_block: walk the tree of entries, passing down the names bound
//      in enclosing functions, and resolve each name to a Scope; names free
//      in a child and local here become CELL; free names propagate upward.
//
// Invariants the compiler may rely on after symtable_build:
//   - every symbol of every block reachable from st_top has a resolved
//     scope (only the throw-away annotation blocks keep Scope::Unresolved);
//   - names are stored *mangled* (`__x` in class C is `_C__x`): look them up
//     with mangle_name(class_name, name), as compile.c does;
//   - ste_children are in the order pass 1 entered the blocks (CPython's),
//     which is not always the order the compiler meets them (defaults and
//     annotations are visited before decorators; a comprehension's outermost
//     iterable before the comprehension): find a block by its AST node with
//     Symtable::lookup, not by position;
//   - ste_name is CPython's symtable name: "top", "lambda", "listcomp",
//     "setcomp", "dictcomp", "genexpr" (compile.c names the code objects
//     "<module>", "<lambda>", "<listcomp>"... itself);
//   - ste_varnames holds only the parameters, in code-object order: posonly,
//     args, kwonly, *args, **kwargs (".0" for a comprehension); the compiler
//     appends the other locals as it first meets them.
//
// Syntax errors are NOT reported here: interp/compile_checks.cpp reports the
// symbol table's errors for now.  The structures they need are kept
// (ste_directives, ste_opt_lineno, entry positions, ste_comp_iter_expr), and
// each place where CPython raises one says so in symtable.cpp, so that they
// can move here.  On a source with such an error the table is still built
// (following CPython's path up to the error) and is only good for discarding.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "interp/ast.hpp"

namespace glasspy::interp {

// ---- flags (pycore_symtable.h) -------------------------------------------------
// Raw facts from pass 1, or-ed together per name.
inline constexpr int DEF_GLOBAL = 1;           // global statement
inline constexpr int DEF_LOCAL = 2;            // assignment in code block
inline constexpr int DEF_PARAM = 2 << 1;       // formal parameter
inline constexpr int DEF_NONLOCAL = 2 << 2;    // nonlocal statement
inline constexpr int USE = 2 << 3;             // name is used
inline constexpr int DEF_FREE = 2 << 4;        // (unused since 3.0; kept for the numbering)
inline constexpr int DEF_FREE_CLASS = 2 << 5;  // free in a method, also bound in its class
inline constexpr int DEF_IMPORT = 2 << 6;      // assignment occurred via import
inline constexpr int DEF_ANNOT = 2 << 7;       // this name is annotated
inline constexpr int DEF_COMP_ITER = 2 << 8;   // a comprehension iteration variable
inline constexpr int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// CPython stores the resolved scope in the same long as the flags, at bit 11.
inline constexpr int SCOPE_OFFSET = 11;
inline constexpr int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

// What pass 2 decides; the compiler picks the opcode family from it
// (LOAD_FAST, LOAD_GLOBAL, LOAD_DEREF, LOAD_NAME...).
enum class Scope : std::uint8_t {
    Unresolved = 0,
    LOCAL = 1,
    GLOBAL_EXPLICIT = 2,  // declared with `global` (here or in an enclosing function)
    GLOBAL_IMPLICIT = 3,  // not bound in any enclosing function: global or builtin
    FREE = 4,             // bound in an enclosing function (or `nonlocal`)
    CELL = 5,             // local here, and free in a nested scope
};

// _Py_block_ty.  AnnotationBlock exists only under `from __future__ import
// annotations`: the annotations then become strings, so their names are
// recorded in a throw-away block that is nobody's child.
enum class BlockType : std::uint8_t { FunctionBlock, ClassBlock, ModuleBlock, AnnotationBlock };

// _Py_comprehension_ty: a comprehension is a FunctionBlock of one of these kinds.
enum class ComprehensionType : std::uint8_t {
    NoComprehension,
    ListComprehension,
    DictComprehension,
    SetComprehension,
    GeneratorExpression,
};

struct Symbol {
    std::string name;  // mangled
    int flags = 0;     // DEF_* and USE bits
    Scope scope = Scope::Unresolved;

    // The value CPython keeps in ste_symbols (what symtable.Symbol sees).
    long ste_value() const { return flags | (static_cast<long>(scope) << SCOPE_OFFSET); }
};

// Where a global/nonlocal statement named a name (symtable_record_directive),
// for the errors that point at it.
struct Directive {
    std::string name;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// One scope: PySTEntryObject.
struct SymtableEntry {
    const ast::Node* ste_id = nullptr;  // the AST node that opened the block (the lookup key)
    std::string ste_name;  // "top", the def/class name, "lambda", "listcomp", "genexpr"...
    BlockType ste_type = BlockType::ModuleBlock;
    std::vector<Symbol> ste_symbols;  // in first-seen order (a dict in CPython)
    std::vector<std::string> ste_varnames;
    std::vector<SymtableEntry*> ste_children;
    std::vector<Directive> ste_directives;

    bool ste_nested = false;      // inside a function (also inside a class inside one)
    bool ste_free = false;        // has free variables
    bool ste_child_free = false;  // a child block has free variables
    bool ste_generator = false;   // contains yield / is a generator expression
    bool ste_coroutine = false;   // async def, or contains await / async for
    ComprehensionType ste_comprehension = ComprehensionType::NoComprehension;
    bool ste_varargs = false;
    bool ste_varkeywords = false;
    bool ste_returns_value = false;        // `return value` somewhere in the block
    bool ste_needs_class_closure = false;  // class: a method uses super() or __class__
    bool ste_comp_iter_target = false;     // pass 1 only: visiting a comprehension target
    int ste_comp_iter_expr = 0;            // pass 1 only: inside a comprehension iterable
    int ste_lineno = 0, ste_col_offset = 0, ste_end_lineno = 0, ste_end_col_offset = 0;
    int ste_opt_lineno = 0, ste_opt_col_offset = 0;  // last `import *`

    // The symbol for an already-mangled name, or null.
    const Symbol* lookup(std::string_view name) const;
    // _PyST_GetSymbol: the DEF_* flags of a name, 0 if absent.
    int get_symbol(std::string_view name) const;
    // _PyST_GetScope: the resolved scope, Unresolved if absent.
    Scope get_scope(std::string_view name) const;

    // What code objects take from here (compile.c: compute_code_flags,
    // dictbytype, compute_localsplus_info):
    // co_cellvars: the cells that are parameters in parameter order, then the
    // others sorted by code point, then "__class__" for a class that needs it.
    std::vector<std::string> cellvars() const;
    // co_freevars: FREE names and DEF_FREE_CLASS names, sorted by code point.
    std::vector<std::string> freevars() const;
    bool is_function() const { return ste_type == BlockType::FunctionBlock; }
    bool is_generator() const { return is_function() && ste_generator && !ste_coroutine; }
    bool is_coroutine() const { return is_function() && !ste_generator && ste_coroutine; }
    bool is_async_generator() const { return is_function() && ste_generator && ste_coroutine; }

    // Pass 1's symbol insertion; the index keeps first-seen order cheap.
    Symbol& symbol(const std::string& name);

private:
    std::unordered_map<std::string, std::size_t> index_;
};

// struct symtable after _PySymtable_Build: owns every entry.
struct Symtable {
    std::string st_filename;
    SymtableEntry* st_top = nullptr;
    bool future_annotations = false;  // CO_FUTURE_ANNOTATIONS was in effect
    std::vector<std::unique_ptr<SymtableEntry>> entries;
    std::unordered_map<const ast::Node*, SymtableEntry*> st_blocks;

    // PySymtable_Lookup: the entry opened by `key` (Module/Interactive/
    // Expression, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp,
    // SetComp, DictComp, GeneratorExp), or null.
    const SymtableEntry* lookup(const ast::Node* key) const;
};

// _PySymtable_Build.  `mod` is a Module, Interactive or Expression node, and
// must outlive the table (entries keep pointers into it).  Runs on a deep
// stack (runtime/deep_stack.hpp) like the parser; the _here variant runs on
// the caller's.  `future_annotations`: whether the module starts with
// `from __future__ import annotations` (has_future_annotations tells).
std::unique_ptr<Symtable> symtable_build(const ast::Node* mod, std::string_view filename,
                                         bool future_annotations);
std::unique_ptr<Symtable> symtable_build(const ast::Node* mod, std::string_view filename);
std::unique_ptr<Symtable> symtable_build_here(const ast::Node* mod, std::string_view filename,
                                              bool future_annotations);

// future.c's future_parse, reduced to the one feature the symbol table reads.
bool has_future_annotations(const ast::Node* mod);

// _Py_Mangle: `__name` inside class `privateobj` becomes `_privateobj__name`
// (leading underscores of the class name stripped); dunder names, dotted
// names and classes named only with underscores are left alone.
std::string mangle_name(std::string_view privateobj, std::string_view name);

// The text tests/tools/gen_symtable_cases.py prints from CPython's `symtable`
// module and code objects for the same source (format described there): the
// test's oracle, and a readable view of the table.
std::string symtable_dump(const Symtable& st);

}  // namespace glasspy::interp
