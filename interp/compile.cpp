// The code generator's core: constants, compilation units and scopes, the
// emission of instructions with their locations, name resolution to
// LOAD_FAST / LOAD_GLOBAL / LOAD_DEREF / LOAD_NAME, and the module entry
// point (CPython 3.11: Python/compile.c, compiler_enter_scope,
// compiler_exit_scope, compiler_addop*, compiler_nameop, compiler_mod,
// and the first half of assemble()).
//
// Invariants: see compile_internal.hpp.  Errors are recorded once (the
// first wins, as CPython stops at the first) and compilation unwinds by
// checking failed() at statement boundaries.
#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "interp/ast_opt.hpp"
#include "interp/compile_checks.hpp"
#include "interp/compile_internal.hpp"
#include "interp/parser.hpp"
#include "runtime/repr.hpp"

namespace glasspy::interp {

// ==== constants ===============================================================

Const Const::string_utf8(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(n);
    }
    return string(std::move(out));
}

Const Const::from_ast(const ast::ConstantValue& v) {
    using T = ast::ConstantValue::Tag;
    Const c;
    switch (v.tag) {
    case T::None: c.tag = Tag::None; break;
    case T::True: c.tag = Tag::True; break;
    case T::False: c.tag = Tag::False; break;
    case T::Ellipsis: c.tag = Tag::Ellipsis; break;
    case T::Int: c.tag = Tag::Int; c.int_digits = v.int_digits; break;
    case T::Float: c.tag = Tag::Float; c.real = v.number; break;
    case T::Complex: c.tag = Tag::Complex; c.imag = v.number; break;
    case T::Str: c.tag = Tag::Str; c.str = v.str; break;
    case T::Bytes: c.tag = Tag::Bytes; c.bytes = v.bytes; break;
    }
    return c;
}

bool Const::same_key(const Const& o) const {
    if (tag != o.tag) return false;
    switch (tag) {
    case Tag::Int: return int_digits == o.int_digits;
    case Tag::Float: return std::memcmp(&real, &o.real, sizeof real) == 0;
    case Tag::Complex:
        return std::memcmp(&real, &o.real, sizeof real) == 0 && std::memcmp(&imag, &o.imag, sizeof imag) == 0;
    case Tag::Str: return str == o.str;
    case Tag::Bytes: return bytes == o.bytes;
    case Tag::Tuple:
    case Tag::FrozenSet:
        if (items.size() != o.items.size()) return false;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!items[i].same_key(o.items[i])) return false;
        return true;
    case Tag::Code: return code == o.code;
    default: return true;
    }
}

std::string Const::repr() const {
    switch (tag) {
    case Tag::None: return "None";
    case Tag::True: return "True";
    case Tag::False: return "False";
    case Tag::Ellipsis: return "Ellipsis";
    case Tag::Int: return int_digits;
    case Tag::Float: return rt::repr_float(real);
    case Tag::Complex: return rt::repr_complex(real, imag);
    case Tag::Str: return rt::repr_str(str);
    case Tag::Bytes: return rt::repr_bytes(bytes);
    case Tag::Tuple: {
        std::string s = "(";
        for (std::size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i].repr();
        return s + (items.size() == 1 ? ",)" : ")");
    }
    case Tag::FrozenSet: {
        if (items.empty()) return "frozenset()";
        std::string s = "frozenset({";
        for (std::size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i].repr();
        return s + "})";
    }
    case Tag::Code:
        return fmt::format("<code object {} at {}, file \"{}\", line {}>", code->name,
                           static_cast<const void*>(code.get()), code->filename, code->firstlineno);
    }
    return "?";
}

bool Const::truth() const {
    switch (tag) {
    case Tag::None: case Tag::False: return false;
    case Tag::Int: return int_digits != "0";
    case Tag::Float: return real != 0.0;
    case Tag::Complex: return real != 0.0 || imag != 0.0;
    case Tag::Str: return !str.empty();
    case Tag::Bytes: return !bytes.empty();
    case Tag::Tuple: case Tag::FrozenSet: return !items.empty();
    default: return true;
    }
}

// ==== units and blocks ==========================================================

BasicBlock* Compiler::new_block() {
    u->u_blocks.push_back(std::make_unique<BasicBlock>());
    return u->u_blocks.back().get();
}

void Compiler::use_next_block(BasicBlock* b) {
    u->u_curblock->b_next = b;
    u->u_curblock = b;
}

// compiler_addop: every instruction takes the current location, except the
// artificial ones (addop_noline) that later passes give a line.
static void emit_instr(Compiler& c, int opcode, int oparg, Location loc) {
    Instr in;
    in.i_opcode = opcode;
    in.i_oparg = oparg;
    in.i_loc = loc;
    c.u->u_curblock->b_instr.push_back(in);
    // A terminator ends its block (normalize_basic_block's rule): what
    // follows it starts a new one, as compile.c's NEXT_BLOCK does.
    if (is_scope_exit(opcode)) c.next_block();
}

void Compiler::addop_noline(int opcode, int oparg) { emit_instr(*this, opcode, oparg, Location{}); }

void Compiler::addop(int opcode, int oparg) { emit_instr(*this, opcode, oparg, u->u_loc); }

void Compiler::addop_j(int opcode, BasicBlock* target, bool noline) {
    Instr in;
    in.i_opcode = opcode;
    in.i_target = target;
    if (!noline) in.i_loc = u->u_loc;
    u->u_curblock->b_instr.push_back(in);
    if (!is_block_push(in)) next_block();
}

int Compiler::add_const(const Const& c) { return interp::add_const(u->u_consts, c); }

void Compiler::addop_load_const(const Const& c) { addop(op(Opcode::LOAD_CONST), add_const(c)); }

int Compiler::add_name(std::vector<std::string>& list, const std::string& name) {
    auto it = std::find(list.begin(), list.end(), name);
    if (it != list.end()) return static_cast<int>(it - list.begin());
    list.push_back(name);
    return static_cast<int>(list.size() - 1);
}

void Compiler::addop_name(int opcode, const std::string& name, bool do_mangle) {
    addop(opcode, add_name(u->u_names, do_mangle ? mangle(name) : name));
}

void Compiler::set_loc(const ast::Node* n) {
    u->u_loc = Location{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
}

std::string Compiler::mangle(const std::string& name) const {
    return u->u_private.empty() ? name : mangle_name(u->u_private, name);
}

void Compiler::error(const ast::Node* n, std::string msg) {
    if (error_) return;
    error_ = CompileError{"SyntaxError", std::move(msg), n ? n->lineno : 0, n ? n->col_offset : 0};
}

bool Compiler::push_fblock(FBlockInfo info) {
    if (u->u_fblock.size() >= 20) {  // CO_MAXBLOCKS
        error(nullptr, "too many statically nested blocks");
        return false;
    }
    u->u_fblock.push_back(info);
    return true;
}

void Compiler::pop_fblock() { u->u_fblock.pop_back(); }

// compiler_set_qualname
static std::string make_qualname(const CompilerUnit& unit, const CompilerUnit* parent) {
    if (!parent || parent->u_scope_type == ScopeType::Module) return unit.u_name;
    bool force_global = false;
    if (unit.u_scope_type == ScopeType::Function || unit.u_scope_type == ScopeType::AsyncFunction ||
        unit.u_scope_type == ScopeType::Class) {
        std::string mangled = parent->u_private.empty() ? unit.u_name : mangle_name(parent->u_private, unit.u_name);
        if (parent->u_ste->get_scope(mangled) == Scope::GLOBAL_EXPLICIT) force_global = true;
    }
    if (force_global) return unit.u_name;
    bool fn = parent->u_scope_type == ScopeType::Function || parent->u_scope_type == ScopeType::AsyncFunction ||
              parent->u_scope_type == ScopeType::Lambda;
    return parent->u_qualname + (fn ? ".<locals>." : ".") + unit.u_name;
}

bool Compiler::enter_scope(const std::string& name, ScopeType type, const ast::Node* key, int lineno) {
    auto unit = std::make_unique<CompilerUnit>();
    unit->u_scope_type = type;
    unit->u_name = name;
    unit->u_ste = st_.lookup(key);
    if (!unit->u_ste) {
        error(key, "unknown scope");
        return false;
    }
    unit->u_varnames = unit->u_ste->ste_varnames;
    std::vector<std::string> cells;
    for (auto& sym : unit->u_ste->ste_symbols)
        if (sym.scope == Scope::CELL) cells.push_back(sym.name);
    std::sort(cells.begin(), cells.end());
    if (unit->u_ste->ste_needs_class_closure) cells.insert(cells.begin(), "__class__");
    unit->u_cellvars = cells;
    unit->u_freevars = unit->u_ste->freevars();
    unit->u_firstlineno = lineno;
    unit->u_loc = Location{lineno, lineno, 0, 0};
    if (u) {
        unit->u_private = u->u_private;
        stack_.push_back(std::move(u));
    }
    u = std::move(unit);
    u->u_blocks.push_back(std::make_unique<BasicBlock>());
    u->u_entry = u->u_curblock = u->u_blocks.back().get();
    nestlevel_++;
    if (type == ScopeType::Module) {
        u->u_loc = Location{0, 0, 0, 0};
    } else {
        u->u_qualname = make_qualname(*u, stack_.empty() ? nullptr : stack_.back().get());
    }
    addop(op(Opcode::RESUME), 0);
    if (type == ScopeType::Module) unset_loc();
    return true;
}

void Compiler::exit_scope() {
    nestlevel_--;
    if (stack_.empty()) {
        u.reset();
        return;
    }
    u = std::move(stack_.back());
    stack_.pop_back();
}

// ==== names ================================================================

void Compiler::nameop(const std::string& name, ast::ExprContext ctx) {
    using ast::ExprContext;
    std::string mangled = mangle(name);
    const SymtableEntry* ste = u->u_ste;
    Scope scope = ste->get_scope(mangled);
    bool function = ste->ste_type == BlockType::FunctionBlock;
    enum { OP_NAME, OP_FAST, OP_GLOBAL, OP_DEREF } optype = OP_NAME;
    int deref_index = -1;
    switch (scope) {
    case Scope::FREE: {
        auto it = std::find(u->u_freevars.begin(), u->u_freevars.end(), mangled);
        deref_index = static_cast<int>(u->u_cellvars.size() + static_cast<std::size_t>(it - u->u_freevars.begin()));
        optype = OP_DEREF;
        break;
    }
    case Scope::CELL: {
        auto it = std::find(u->u_cellvars.begin(), u->u_cellvars.end(), mangled);
        deref_index = static_cast<int>(it - u->u_cellvars.begin());
        optype = OP_DEREF;
        break;
    }
    case Scope::LOCAL: if (function) optype = OP_FAST; break;
    case Scope::GLOBAL_IMPLICIT: if (function) optype = OP_GLOBAL; break;
    case Scope::GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
    default: break;
    }
    auto pick = [ctx](Opcode load, Opcode store, Opcode del) {
        return op(ctx == ExprContext::Load ? load : ctx == ExprContext::Store ? store : del);
    };
    switch (optype) {
    case OP_DEREF: {
        int opcode = pick(ste->ste_type == BlockType::ClassBlock ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF,
                          Opcode::STORE_DEREF, Opcode::DELETE_DEREF);
        addop(opcode, deref_index);
        return;
    }
    case OP_FAST:
        addop(pick(Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST), add_name(u->u_varnames, mangled));
        return;
    case OP_GLOBAL: {
        int arg = add_name(u->u_names, mangled);
        int opcode = pick(Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL);
        addop(opcode, opcode == op(Opcode::LOAD_GLOBAL) ? arg << 1 : arg);
        return;
    }
    case OP_NAME:
        addop(pick(Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME), add_name(u->u_names, mangled));
        return;
    }
}

// ==== assemble (the unit's half) =============================================

static int compute_code_flags(const SymtableEntry* ste) {
    int flags = 0;
    if (ste->ste_type == BlockType::FunctionBlock) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->ste_nested) flags |= CO_NESTED;
        if (ste->ste_generator && !ste->ste_coroutine) flags |= CO_GENERATOR;
        if (!ste->ste_generator && ste->ste_coroutine) flags |= CO_COROUTINE;
        if (ste->ste_generator && ste->ste_coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->ste_varargs) flags |= CO_VARARGS;
        if (ste->ste_varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
}

std::shared_ptr<CompiledCode> Compiler::assemble_unit(bool add_none) {
    auto out = std::make_shared<CompiledCode>();
    Instr* last = u->u_curblock->last();
    if (!last || last->i_opcode != op(Opcode::RETURN_VALUE)) {
        unset_loc();
        if (add_none) addop_load_const(Const::none());
        addop(op(Opcode::RETURN_VALUE));
    }
    int nlocals = static_cast<int>(u->u_varnames.size());
    int ncells = static_cast<int>(u->u_cellvars.size()), nfrees = static_cast<int>(u->u_freevars.size());
    // build_cellfixedoffsets + fix_cell_offsets' renumbering.
    std::vector<int> fixed(static_cast<std::size_t>(ncells + nfrees));
    for (int i = 0; i < ncells + nfrees; ++i) fixed[static_cast<std::size_t>(i)] = nlocals + i;
    for (int i = 0; i < ncells; ++i) {
        auto it = std::find(u->u_varnames.begin(), u->u_varnames.end(), u->u_cellvars[static_cast<std::size_t>(i)]);
        if (it != u->u_varnames.end()) fixed[static_cast<std::size_t>(i)] = static_cast<int>(it - u->u_varnames.begin());
    }
    int numdropped = 0;
    for (int i = 0; i < ncells + nfrees; ++i) {
        if (fixed[static_cast<std::size_t>(i)] == i + nlocals) fixed[static_cast<std::size_t>(i)] -= numdropped;
        else numdropped++;
    }
    int nlocalsplus = nlocals + ncells + nfrees - numdropped;
    out->localsplusnames.assign(static_cast<std::size_t>(nlocalsplus), "");
    out->localspluskinds.assign(static_cast<std::size_t>(nlocalsplus), 0);
    for (int i = 0; i < nlocals; ++i) {
        out->localsplusnames[static_cast<std::size_t>(i)] = u->u_varnames[static_cast<std::size_t>(i)];
        out->localspluskinds[static_cast<std::size_t>(i)] = CO_FAST_LOCAL;
    }
    for (int i = 0; i < ncells + nfrees; ++i) {
        int slot = fixed[static_cast<std::size_t>(i)];
        bool is_cell = i < ncells;
        const std::string& nm = is_cell ? u->u_cellvars[static_cast<std::size_t>(i)]
                                        : u->u_freevars[static_cast<std::size_t>(i - ncells)];
        out->localsplusnames[static_cast<std::size_t>(slot)] = nm;
        out->localspluskinds[static_cast<std::size_t>(slot)] |= is_cell ? CO_FAST_CELL : CO_FAST_FREE;
    }
    AssembleInput in;
    in.entry = u->u_entry;
    in.blocks = &u->u_blocks;
    in.consts = &u->u_consts;
    in.firstlineno = u->u_firstlineno;
    in.code_flags = compute_code_flags(u->u_ste);
    in.nlocals = nlocals;
    in.cellfixedoffsets = fixed;
    in.ncellvars = ncells;
    in.nfreevars = nfrees;
    assemble(in, *out);
    out->consts = u->u_consts;
    out->names = u->u_names;
    out->flags = in.code_flags;
    out->argcount = u->u_argcount;
    out->posonlyargcount = u->u_posonlyargcount;
    out->kwonlyargcount = u->u_kwonlyargcount;
    out->firstlineno = u->u_firstlineno;
    out->nlocals = nlocals;
    out->filename = filename_;
    out->name = u->u_name;
    out->qualname = u->u_scope_type == ScopeType::Module ? u->u_name : u->u_qualname;
    return out;
}

// ==== entry points ===========================================================

CompileResult Compiler::compile_module(const ast::Module* mod) {
    CompileResult r;
    if (!enter_scope("<module>", ScopeType::Module, mod, 1)) {
        r.error = error_;
        return r;
    }
    body(mod->body);
    if (error_) {
        r.error = error_;
        return r;
    }
    r.code = assemble_unit(true);
    exit_scope();
    return r;
}

// 'eval' mode: the expression's value is what the code returns.
CompileResult Compiler::compile_expression(const ast::Expression* mod) {
    CompileResult r;
    if (!enter_scope("<module>", ScopeType::Module, mod, 1)) {
        r.error = error_;
        return r;
    }
    visit_expr(mod->body);
    addop(op(Opcode::RETURN_VALUE));
    if (error_) {
        r.error = error_;
        return r;
    }
    r.code = assemble_unit(false);
    exit_scope();
    return r;
}

// 'single' mode, one statement typed at the prompt (CPython's Interactive
// module): no docstring, and expression statements echo their value.
CompileResult Compiler::compile_interactive(const ast::Module* mod) {
    CompileResult r;
    if (!enter_scope("<module>", ScopeType::Module, mod, 1)) {
        r.error = error_;
        return r;
    }
    if (!mod->body.empty()) set_loc(mod->body[0]);
    if (find_ann(mod->body)) addop(op(Opcode::SETUP_ANNOTATIONS));
    interactive_ = true;
    visit_stmts(mod->body);
    if (error_) {
        r.error = error_;
        return r;
    }
    r.code = assemble_unit(true);
    exit_scope();
    return r;
}

namespace {

// One compilation: the code or the error, and the warnings found on the way.
template <typename Mod>
CompileResult run_compiler(CompileResult (Compiler::*mode)(const Mod*), const Mod* mod, const Symtable& st,
                           std::string_view filename, int optimize) {
    Compiler c(st, filename, optimize);
    CompileResult r = (c.*mode)(mod);
    r.warnings = std::move(c.warnings_);
    return r;
}

}  // namespace

CompileResult compile_interactive(const ast::Module* mod, const Symtable& st, std::string_view filename, int optimize) {
    return run_compiler(&Compiler::compile_interactive, mod, st, filename, optimize);
}

CompileResult compile_expression(const ast::Expression* mod, const Symtable& st, std::string_view filename, int optimize) {
    return run_compiler(&Compiler::compile_expression, mod, st, filename, optimize);
}

CompileResult compile_module(const ast::Module* mod, const Symtable& st, std::string_view filename, int optimize) {
    return run_compiler(&Compiler::compile_module, mod, st, filename, optimize);
}

CompileResult compile_source(std::string_view source, std::string_view filename, bool from_bytes, int optimize) {
    CompileResult r;
    auto parsed = parse_module(source, filename);
    use_source_offsets(parsed.error, source, from_bytes);
    if (!parsed.error) parsed.error = check_compile_errors(parsed.module, source, filename);
    if (parsed.error) {
        r.error = CompileError{parsed.error->type, format_syntax_error(*parsed.error), parsed.error->lineno, 0};
        return r;
    }
    ast_optimize(parsed.module, *parsed.arena, optimize);
    bool future = has_future_annotations(parsed.module);
    auto st = symtable_build(parsed.module, filename, future);
    return compile_module(parsed.module, *st, filename, optimize);
}

}  // namespace glasspy::interp
