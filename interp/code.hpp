// Code objects: what the compiler makes of a module, class body, function or
// comprehension, and what a frame executes (CPython: Include/cpython/code.h,
// Objects/codeobject.c, InternalDocs/code_objects.md).
//
// The bytecode is CPython 3.11's: 16-bit code units, the opcode (opcodes.def)
// in the low byte and its oparg in the high byte, EXTENDED_ARG prefixes for
// larger opargs, and the inline CACHE units 3.11 puts after some
// instructions, so that instruction offsets are the ones `dis` shows for the
// same code in CPython.
//
// Invariants:
// - co_consts, co_names and co_localsplusnames are tuples (owned);
//   co_localsplusnames lists every fast slot of a frame: locals (arguments
//   first), then cells, then free variables, and co_localspluskinds says
//   which each is.
// - locations has one entry per code unit (caches included), and the
//   exception table covers every instruction that a handler protects.
// - A code object is immutable once made; its CodeData is freed with it.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/type.hpp"

namespace glasspy::interp {

using rt::Object;
using rt::ssize_t;

// co_flags (CPython's CO_* values).
enum CodeFlags : int {
    CO_OPTIMIZED = 0x1,
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100,
    CO_ASYNC_GENERATOR = 0x200,
};

// The kind of each fast slot (CPython's CO_FAST_* bits).
enum LocalKind : std::uint8_t {
    CO_FAST_LOCAL = 0x20,
    CO_FAST_CELL = 0x40,
    CO_FAST_FREE = 0x80,
};

// Where a code unit comes from: 1-based lines, 0-based UTF-8 columns, end
// exclusive; -1 where there is no position (CPython's co_positions()).
struct Location {
    int lineno = -1, end_lineno = -1, col_offset = -1, end_col_offset = -1;
};

// One row of the exception table (CPython 3.11's co_exceptiontable, not yet
// encoded): instructions [start, end) jump to `target` on an exception,
// with the value stack cut to `depth` items, and the offset of the raising
// instruction pushed first when `lasti`.  Offsets are in code units.
struct ExceptionTableEntry {
    int start = 0, end = 0, target = 0, depth = 0;
    bool lasti = false;
};

// What a LOAD_GLOBAL remembers of its last lookup (CPython 3.8-3.10's
// LOAD_GLOBAL opcache; 3.11 specialises the instruction instead): the value
// found and the versions (PEP 509) of the globals and builtins dicts then.
// While both versions are unchanged neither dict has been touched, so the
// value is still the answer and still alive (the dict holds it).
struct GlobalCache {
    std::uint64_t globals_version = 0;
    std::uint64_t builtins_version = 0;
    Object* value = nullptr;  // borrowed from the dict that held it
};

// The C++ parts of a code object, kept apart so that the object itself stays
// a plain header allocated like every other object.
struct CodeData {
    std::vector<std::uint16_t> code;
    std::vector<Location> locations;
    std::vector<ExceptionTableEntry> exceptiontable;
    std::vector<std::uint8_t> localspluskinds;
    // One per LOAD_GLOBAL: the instruction's first CACHE unit holds its
    // number here plus one (0: no cache, past 65535 instructions).
    std::vector<GlobalCache> global_caches;
    // The code unit of the first RESUME: what comes before it (cells, free
    // variables, RETURN_GENERATOR) is not traced (CPython:
    // _co_firsttraceable).  -1 until the tracer first asks.
    int first_traceable = -1;
};

struct CodeObject : Object {
    int co_argcount = 0, co_posonlyargcount = 0, co_kwonlyargcount = 0;
    int co_stacksize = 0, co_flags = 0, co_firstlineno = 0;
    int co_nlocalsplus = 0, co_nlocals = 0, co_ncellvars = 0, co_nfreevars = 0;
    Object* co_consts = nullptr;           // tuple
    Object* co_names = nullptr;            // tuple of str: globals, attributes, imports
    Object* co_localsplusnames = nullptr;  // tuple of str: the fast slots
    Object* co_filename = nullptr;         // str
    Object* co_name = nullptr;             // str: "f", "<module>", "<listcomp>"...
    Object* co_qualname = nullptr;         // str: "C.f.<locals>.g"
    CodeData* co_data = nullptr;
};

extern rt::TypeObject code_type;
// The co_* attributes (code_attrs.cpp).
extern const rt::GetSetDef CODE_GETSET[];
extern const rt::MemberDef CODE_MEMBERS[];
// code.replace (code_replace.cpp).
extern const rt::BuiltinDef CODE_METHODS[];
// code.replace(**changes) (code_replace.cpp).
Object* code_replace(Object* self, Object* const* args, rt::ssize_t nargs, Object* kwnames);

// A new code object owning `data` (moved in) and new references to the
// tuples and strings; null with the error set on failure.
CodeObject* code_new(CodeData&& data, Object* consts, Object* names, Object* localsplusnames,
                     Object* filename, Object* name, Object* qualname);

}  // namespace glasspy::interp
