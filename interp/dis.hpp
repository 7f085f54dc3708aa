// The disassembler: the text `dis.dis(code)` prints in CPython 3.11 for a
// compiled code object and, recursively, the code objects among its
// constants (Lib/dis.py: _disassemble_recursive, _disassemble_bytes,
// Instruction._disassemble).  CACHE entries are hidden as dis hides them by
// default; the exception table is printed as 3.11 does.
#pragma once

#include <string>

#include "interp/compile.hpp"

namespace glasspy::interp {

std::string dis(const CompiledCode& co);

// What dis does not show but a VM depends on, one line per code object
// (recursively, in the order dis visits them): qualname, co_stacksize,
// co_flags, the argument counts, co_nlocals, co_varnames, co_cellvars,
// co_freevars.  tests/tools/dis_compare.py prints the same from CPython.
std::string code_info(const CompiledCode& co);

}  // namespace glasspy::interp
