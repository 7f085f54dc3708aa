// The compiler's public face: an AST (after ast_opt) and its symbol table
// in, a tree of compiled code units out (CPython: Python/compile.c,
// _PyAST_Compile).  A CompiledCode is everything a code object holds, in
// plain C++ values, so that the compiler, the flow-graph passes and the
// disassembler do not depend on the runtime's object types;
// code_object_from (TODO) turns one into an interp::CodeObject for the VM.
//
// Invariants:
// - `code` is 3.11's bytecode: 16-bit units, EXTENDED_ARG prefixes and the
//   inline CACHE units included, so offsets are the ones dis prints.
// - `locations` has one entry per code unit (caches share their
//   instruction's), lineno -1 where CPython has no line.
// - consts are deduplicated per code object by CPython's constant key
//   (type and value: 1, 1.0 and True are three constants; 0.0 and -0.0 two).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interp/ast.hpp"
#include "interp/code.hpp"

namespace glasspy::interp {

struct CompiledCode;

// A constant of co_consts.
struct Const {
    enum class Tag : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes,
                                    Tuple, FrozenSet, Code };
    Tag tag = Tag::None;
    std::string int_digits;  // Int: decimal digits, with a leading '-' when negative
    double real = 0.0;       // Float: the value; Complex: the real part
    double imag = 0.0;       // Complex: the imaginary part
    std::u32string str;      // Str
    std::string bytes;       // Bytes
    std::vector<Const> items;  // Tuple, FrozenSet
    std::shared_ptr<CompiledCode> code;  // Code

    static Const none() { return Const{}; }
    static Const boolean(bool v) { Const c; c.tag = v ? Tag::True : Tag::False; return c; }
    static Const integer(std::string digits) { Const c; c.tag = Tag::Int; c.int_digits = std::move(digits); return c; }
    static Const string(std::u32string s) { Const c; c.tag = Tag::Str; c.str = std::move(s); return c; }
    static Const string_utf8(std::string_view s);
    static Const from_ast(const ast::ConstantValue& v);

    // _PyCode_ConstantKey equality: same type and same value (floats by bits).
    bool same_key(const Const& other) const;
    // repr() as CPython prints it (code objects: "<code object f at 0x..., file ..., line N>").
    std::string repr() const;
    // bool(value), for the flow graph's constant conditions.
    bool truth() const;
};

struct CompiledCode {
    std::vector<std::uint16_t> code;
    std::vector<Location> locations;
    std::vector<ExceptionTableEntry> exceptiontable;
    std::vector<Const> consts;
    std::vector<std::string> names;
    std::vector<std::string> localsplusnames;
    std::vector<std::uint8_t> localspluskinds;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
    int stacksize = 0, flags = 0, firstlineno = 1;
    int nlocals = 0;
    std::string filename, name, qualname;
};

struct CompileError {
    std::string type = "SyntaxError";
    std::string msg;
    int lineno = 0, col_offset = 0;
};

// A SyntaxWarning the compiler found (code that runs but is surely a
// mistake, e.g. `x is 1`); whoever runs the compiler issues it.
struct CompileWarning {
    std::string msg;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

struct CompileResult {
    std::shared_ptr<CompiledCode> code;
    std::optional<CompileError> error;
    std::vector<CompileWarning> warnings;
};

// _PyAST_Compile for 'exec' mode.  `mod` must already have been through
// ast_optimize and `st` built from it.
struct Symtable;
// optimize: the -O level (1: no asserts; 2: no docstrings either).
CompileResult compile_module(const ast::Module* mod, const Symtable& st, std::string_view filename, int optimize = 0);
// The same for 'eval' mode (an Expression).
CompileResult compile_expression(const ast::Expression* mod, const Symtable& st, std::string_view filename,
                                 int optimize = 0);
// The same for 'single' mode (one interactive statement: expressions echo).
CompileResult compile_interactive(const ast::Module* mod, const Symtable& st, std::string_view filename,
                                  int optimize = 0);

// Parse, optimise, build the symbol table and compile a source text: what
// `glasspy --dis` runs.  The error is a SyntaxError's text when it fails.
CompileResult compile_source(std::string_view source, std::string_view filename, bool from_bytes = false,
                             int optimize = 0);

}  // namespace glasspy::interp
