// _io.TextIOWrapper: str over a binary stream (CPython: Modules/_io/textio.c).
//
// It decodes what it reads from its buffer (UTF-8 by default, any codec of
// bytes.decode otherwise), applies the newline mode (universal newlines:
// "\r\n" and "\r" read as "\n"), and encodes what it writes.  Its buffer is
// usually a native Buffered* (the fast path: bytes go straight into the
// stdio buffer) but may be any object with read/write/flush, a BytesIO or a
// Python class.
//
// Invariants: `buffer` is owned, null once detached.  `pending` is decoded
// text (UTF-8) read ahead of the position the program sees; `undecoded` the
// bytes of a character split between two reads.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace glasspy::stdlib {

struct TextIO : rt::Object {
    rt::Object* buffer;
    std::string encoding, errors;
    bool utf8;            // encoding is UTF-8: no codec call on the fast paths
    bool newline_none;    // newline=None
    std::string newline;  // otherwise "", "\n", "\r" or "\r\n"
    bool line_buffering, write_through;
    int seen;  // newline kinds read: 1 "\r", 2 "\n", 4 "\r\n"
    std::string pending, undecoded;
    std::string pending_out;  // encoded, for a buffer that is not native
    bool held_cr, eof;
    std::string mode;  // what open() was given; empty: no .mode
};

extern rt::TypeObject textiowrapper_type;

// TextIOWrapper(buffer, encoding, errors, newline, line_buffering): a new
// reference or null.  encoding/errors empty: the defaults; newline null: None.
rt::Object* textio_new(rt::Object* buffer, const std::string& encoding, const std::string& errors,
                       const char* newline, bool line_buffering, bool write_through);

// print()'s fast path: whether `file` is a TextIOWrapper that can take
// UTF-8 straight into a native buffer, and that write (flushing if asked
// or line-buffered).
bool textio_can_write_utf8(rt::Object* file);
bool textio_write_utf8(rt::Object* file, std::string_view data, bool flush);

bool textio_init();

}  // namespace glasspy::stdlib
