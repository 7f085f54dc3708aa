// File objects: what open() returns, and sys.stdin/stdout/stderr (CPython:
// Modules/_io, the io module's TextIOWrapper over a BufferedReader/Writer
// over a FileIO).
//
// glasspy keeps CPython's layering out of the object graph: one object
// holds the C stdio stream (whose buffer plays BufferedReader/Writer) and,
// in text mode, the decoding state.  Its type is named as CPython's
// outermost layer would be (_io.TextIOWrapper, _io.BufferedReader,
// _io.BufferedWriter, _io.BufferedRandom), so reprs and type names read
// the same.  Text is UTF-8 (or the encoding asked for, through the codecs
// of str.encode/bytes.decode) with universal newlines on reading.
#pragma once

#include <cstdio>
#include <string>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace glasspy::stdlib {

struct FileObject : rt::Object {
    std::FILE* fp;
    rt::Object* name;      // str (the path as given) or int (a descriptor)
    std::string mode;      // as given to open(), for .mode
    std::string encoding;  // text mode
    std::string errors;    // text mode
    bool text, readable, writable, closefd, closed;
    // Text read-ahead: decoded UTF-8 not yet returned, and a '\r' held back
    // until the next chunk shows whether a '\n' follows.
    std::string pending;
    bool held_cr;
    bool eof;
};

extern rt::TypeObject text_file_type;
extern rt::TypeObject buffered_reader_type;
extern rt::TypeObject buffered_writer_type;
extern rt::TypeObject buffered_random_type;

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
rt::Object* builtin_open(rt::Object* self, rt::Object* const* args, ssize_t nargs, rt::Object* kwnames);

// A text file object over an already open stream (sys.stdout...), which
// closing does not close.
rt::Object* file_from_stream(std::FILE* fp, const char* name, const char* mode);

void io_file_init();

}  // namespace glasspy::stdlib
