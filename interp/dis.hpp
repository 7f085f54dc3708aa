// The disassembler: what CPython 3.11's Lib/dis.py makes of a code object
// (_unpack_opargs, findlabels, _get_instructions_bytes, _disassemble_bytes,
// Instruction._disassemble), written once for both of glasspy's callers:
// `glasspy --dis` reads the compiler's CompiledCode, the dis module
// (stdlib/dis_module.cpp under stdlib/lib/dis.py) a runtime CodeObject.
// Each fills a DisSource, the few things of a code object a listing needs.
//
// CACHE entries are hidden as dis hides them by default, or shown as
// "CACHE 0" when asked (show_caches).  Their contents are never read: the
// eval loop keeps run-time data there (inline_cache.hpp, LOAD_GLOBAL's
// cache number) that CPython's co_code shows as zeros.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "interp/compile.hpp"

namespace glasspy::interp {

// dis.cmp_op: the comparisons of COMPARE_OP, by oparg.
inline constexpr std::array<std::string_view, 6> CMP_OP = {"<", "<=", "==", "!=", ">", ">="};

// What the disassembler reads of a code object.  The spans are borrowed
// from the code object for as long as the DisSource is used.
struct DisSource {
    std::span<const std::uint16_t> code;  // caches included, their contents ignored
    std::span<const Location> locations;  // one per code unit
    std::span<const ExceptionTableEntry> exceptiontable;
    std::vector<std::string> const_reprs;  // repr(co_consts[i])
    std::vector<std::string> names;        // co_names
    std::vector<std::string> localsplusnames;
    // False for bare bytecode (dis.dis(b"...")): no tables to look
    // constants, names and locals up in, so their argval is dis.UNKNOWN.
    bool has_tables = true;
};

// What an instruction's argval (dis.Instruction.argval) is, said without
// runtime objects so that the compiler's side needs none; the dis module
// makes the object from it and argval_index.
enum class Argval : std::uint8_t {
    NONE,     // None: no oparg, or a CACHE entry
    ARG,      // the oparg itself
    CONST,    // co_consts[argval_index] (LOAD_CONST)
    UNKNOWN,  // dis.UNKNOWN: 3.11 does not look up KW_NAMES's constant
    NAME,     // co_names[argval_index]
    LOCAL,    // co_localsplusnames[argval_index]
    OFFSET,   // the jump target's offset, argval_index
    COMPARE,  // CMP_OP[argval_index]
    FORMAT,   // FORMAT_VALUE's (converter, has a spec), argval_index the oparg
};

// One row of dis.get_instructions.
struct DisInstruction {
    int offset = 0;  // in bytes, as dis counts
    int opcode = 0;
    int arg = -1;  // -1: None (opcodes below HAVE_ARGUMENT, never for CACHE)
    Argval argval = Argval::NONE;
    int argval_index = 0;
    std::string argrepr;
    int starts_line = -1;  // -1: None (the instruction starts no line)
    bool is_jump_target = false;
    Location positions;  // co_positions() of its first code unit
};

// dis.opname[opcode]: the name, or "<N>" for a number that is no opcode.
std::string opname(int opcode);

// The instructions in order; starts_line counts line_offset in (what
// get_instructions' first_line does).
std::vector<DisInstruction> get_instructions(const DisSource& src, bool show_caches = false,
                                             int line_offset = 0);

// dis.disassemble(co, lasti): the listing of one code object (nested code
// objects are the caller's business), then its exception table.  The
// instruction at byte offset lasti is marked "-->"; line numbers are
// shifted by line_offset (dis.Bytecode's first_line).
std::string disassemble(const DisSource& src, int lasti = -1, bool show_caches = false, int line_offset = 0);

// dis.dis(code) for a compiled unit: its listing, then each code object
// among its constants, recursively.
std::string dis(const CompiledCode& co);

// What dis does not show but a VM depends on, one line per code object
// (recursively, in the order dis visits them): qualname, co_stacksize,
// co_flags, the argument counts, co_nlocals, co_varnames, co_cellvars,
// co_freevars.  tests/tools/dis_compare.py prints the same from CPython.
std::string code_info(const CompiledCode& co);

}  // namespace glasspy::interp
