// _io.BufferedReader, BufferedWriter and BufferedRandom: the buffered layer
// between a text stream and its raw FileIO (CPython: Modules/_io/bufferedio.c).
//
// The buffer is a C stdio stream, `fp`.  For a file from open() it is made
// with fopencookie over the raw object, so that every refill or flush of
// the buffer is one call of the raw layer (one read(2)/write(2) for a
// FileIO); for sys.stdin/stdout/stderr it is the C library's own
// stdin/stdout/stderr, which the interpreter's C++ code also writes
// (tracebacks, the REPL), so their output stays in order, `-u` and a
// terminal's line buffering are the C library's, and exit flushes them.
//
// Invariants: `raw` is owned and null once detached; `fp` is closed by
// close(), detach() or the destructor when owns_fp (never for the std
// streams).  `last` remembers whether the stream last read or wrote, since
// C stdio needs a flush or seek between the two.
#pragma once

#include <cstdio>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace glasspy::stdlib {

struct Buffered : rt::Object {
    rt::Object* raw;
    std::FILE* fp;
    bool owns_fp;
    bool readable, writable;
    bool raw_error;  // the cookie functions left a Python exception set
    char last;       // 'r', 'w' or 0
};

extern rt::TypeObject buffered_reader_type;
extern rt::TypeObject buffered_writer_type;
extern rt::TypeObject buffered_random_type;

inline bool is_buffered(const rt::Object* o) {
    return o->ob_type == &buffered_reader_type || o->ob_type == &buffered_writer_type ||
           o->ob_type == &buffered_random_type;
}

// type(raw, buffer_size): a new reference or null.
rt::Object* buffered_new(rt::TypeObject* type, rt::Object* raw, rt::ssize_t buffer_size);

// A buffered layer whose buffer is one of the process's C streams.
rt::Object* buffered_over_stdio(rt::TypeObject* type, rt::Object* raw, std::FILE* fp);

// Whether the stream can be used: not detached, raw not closed.
bool buffered_usable(Buffered* b);

// The fast paths of TextIOWrapper over a native buffered layer: write
// all of data (false with the error set); read up to n bytes, fewer only
// at the end of the file (n < 0: to the end).
bool buffered_write_bytes(Buffered* b, std::string_view data);
bool buffered_read_bytes(Buffered* b, rt::ssize_t n, std::string* out);
// At most n bytes with at most one raw read: what the buffer holds, else
// one refill (read1); empty at the end of the file.
bool buffered_read1_bytes(Buffered* b, std::size_t n, std::string* out);
bool buffered_flush(Buffered* b);

bool buffered_init();

}  // namespace glasspy::stdlib
