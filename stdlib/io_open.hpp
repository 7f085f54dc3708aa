// open(), the standard streams and the _io module (CPython: Modules/_io/
// _iomodule.c's _io_open_impl, Python/pylifecycle.c's create_stdio).
//
// open() builds the layers of io_base.hpp's picture from its mode and
// buffering: a FileIO, a Buffered* over it unless buffering=0, a
// TextIOWrapper on top unless the mode says 'b'.
#pragma once

#include <cstdio>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace glasspy::stdlib {

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
rt::Object* builtin_open(rt::Object* self, rt::Object* const* args, rt::ssize_t nargs,
                         rt::Object* kwnames);

// sys.stdin/stdout/stderr over the C library's stream fp (mode "r" or "w"),
// whose descriptor closing does not close.
rt::Object* file_from_stream(std::FILE* fp, const char* name, const char* mode);

// Readies every io type; true on success.
bool io_file_init();

void register_io_module();  // _io, the native layers under io.py

}  // namespace glasspy::stdlib
