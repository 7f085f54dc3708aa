// The io stack's abstract layers (CPython: Modules/_io/iobase.c,
// bufferedio.c's _BufferedIOBase, textio.c's _TextIOBase) and what the
// concrete layers share: io.UnsupportedOperation and the closed-file checks.
//
// CPython stacks three objects for a file opened in text mode:
//
//     TextIOWrapper      str <-> bytes (encoding, newlines)      io_textio.cpp
//       BufferedWriter   a buffer in front of the system calls   io_buffered.cpp
//         FileIO         one read()/write() system call each     io_fileio.cpp
//
// Each is a real object reachable from the one above (.buffer, .raw).  The
// abstract types here are their bases: `_io._IOBase` gives every stream
// close/closed/with/iteration/readline written in terms of the methods a
// subclass defines, which is what lets a Python class derived from
// io.RawIOBase work as a stream.  io.py wraps them in the ABCs
// (io.IOBase...) and registers the concrete types with them.
//
// A closed _IOBase keeps that fact in its instance dict, under
// "__IOBase_closed", as CPython does; the concrete native types keep their
// own state and override `closed`.
#pragma once

#include <string_view>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace glasspy::stdlib {

extern rt::TypeObject iobase_type;          // _io._IOBase
extern rt::TypeObject rawiobase_type;       // _io._RawIOBase
extern rt::TypeObject bufferediobase_type;  // _io._BufferedIOBase
extern rt::TypeObject textiobase_type;      // _io._TextIOBase

// CPython's DEFAULT_BUFFER_SIZE.
constexpr rt::ssize_t DEFAULT_BUFFER_SIZE = 8192;

// io.UnsupportedOperation: both an OSError and a ValueError, so that code
// catching either sees "this stream cannot do that"; made on first use.
rt::TypeObject* unsupported_operation();
std::nullptr_t unsupported(const char* what);

// ValueError(message): the closed-file errors, whose wording differs by layer.
std::nullptr_t closed_error(const char* message);

// readinto()'s buffer: the writable bytes of a bytearray (the only
// read-write bytes-like object glasspy has); false with CPython's TypeError.
bool readinto_target(rt::Object* buffer, std::string_view* out);

// write()'s argument: the bytes of a bytes-like object; false with
// CPython's TypeError.
bool write_source(rt::Object* data, std::string_view* out);

// Readies the abstract types; true on success.
bool iobase_init();

}  // namespace glasspy::stdlib
