// The compiler's intermediate form: instructions in basic blocks, and the
// passes CPython 3.11 runs over them before it writes bytecode (Python/
// compile.c: basicblock, optimize_cfg, stackdepth, label_exception_targets,
// assemble_jump_offsets, assemble_exception_table).
//
// Invariants:
// - Opcodes below 256 are real 3.11 opcodes (opcodes.def); the pseudo
//   opcodes above exist only here and are gone after assemble: SETUP_* and
//   POP_BLOCK become NOPs once the exception table is known, JUMP and the
//   undirected POP_JUMP_IF_* become their FORWARD/BACKWARD forms.
// - A jump, RETURN_VALUE, RAISE_VARARGS or RERAISE is always the last
//   instruction of its block (the code generator starts a new block after
//   each), as normalize_basic_block requires.
// - Blocks are owned by their Unit's `blocks`; b_next is the layout order.
#pragma once

#include <memory>
#include <vector>

#include "interp/code.hpp"
#include "interp/compile.hpp"
#include "interp/opcodes.hpp"

namespace glasspy::interp {

// Pseudo opcodes (compile.c's SETUP_FINALLY ... POP_JUMP_IF_TRUE, 3.11).
enum PseudoOp : int {
    SETUP_FINALLY = 256,
    SETUP_CLEANUP,
    SETUP_WITH,
    POP_BLOCK,
    JUMP,
    JUMP_NO_INTERRUPT,
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    POP_JUMP_IF_NONE,
    POP_JUMP_IF_NOT_NONE,
};

inline constexpr int op(Opcode o) { return static_cast<int>(o); }

struct BasicBlock;

struct Instr {
    int i_opcode = 0;
    int i_oparg = 0;
    BasicBlock* i_target = nullptr;  // jumps and SETUP_*
    Location i_loc;
    BasicBlock* i_except = nullptr;  // the handler protecting it (label_exception_targets)
};

struct BasicBlock {
    std::vector<Instr> b_instr;
    BasicBlock* b_next = nullptr;
    int b_predecessors = 0;
    int b_startdepth = -1;
    int b_offset = 0;
    bool b_visited = false;
    bool b_preserve_lasti = false;  // a SETUP_CLEANUP/SETUP_WITH handler
    std::vector<BasicBlock*>* b_exceptstack = nullptr;
    int iused() const { return static_cast<int>(b_instr.size()); }
    Instr* last() { return b_instr.empty() ? nullptr : &b_instr.back(); }
};

bool is_jump(const Instr& i);
bool is_block_push(const Instr& i);
bool is_scope_exit(int opcode);
bool is_unconditional_jump(int opcode);
bool has_fallthrough(const BasicBlock* b);  // BB_HAS_FALLTHROUGH
int instr_stack_effect(int opcode, int oparg, bool jump);
const char* pseudo_name(int opcode);

// What the code generator hands to assemble (the compiler_unit fields the
// passes read).
struct AssembleInput {
    BasicBlock* entry = nullptr;
    std::vector<std::unique_ptr<BasicBlock>>* blocks = nullptr;  // to own new blocks
    std::vector<Const>* consts = nullptr;
    int firstlineno = 1;
    int code_flags = 0;
    int nlocals = 0;          // varnames
    std::vector<int> cellfixedoffsets;  // cell/free index -> localsplus slot
    int ncellvars = 0, nfreevars = 0;
    std::vector<int> cell_is_arg;  // per cellvar: varnames index, or -1
};

// Runs 3.11's passes and fills the bytecode fields of `out` (code,
// locations, exceptiontable, stacksize), trimming `consts`.
void assemble(AssembleInput& in, CompiledCode& out);

// Adds a constant with CPython's merging: the index of an equal one, or a new one.
int add_const(std::vector<Const>& consts, const Const& c);

}  // namespace glasspy::interp
