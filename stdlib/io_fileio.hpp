// _io.FileIO: the raw layer, a file descriptor whose every read and write
// is one system call (CPython: Modules/_io/fileio.c).
//
// open(p, 'rb', buffering=0) returns one; otherwise it sits under a
// Buffered* object as its .raw.  It owns its descriptor when closefd is
// true (closing or freeing it closes the descriptor); sys.stdin/stdout/
// stderr's raw layers do not (closefd=False).
#pragma once

#include <string>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace glasspy::stdlib {

struct FileIO : rt::Object {
    int fd;            // -1 once closed
    rt::Object* name;  // the path or descriptor as given, or a str such as '<stdout>'
    bool created, readable, writable, appending, closefd;
    int seekable;  // -1 until asked
};

extern rt::TypeObject fileio_type;

inline bool is_fileio(const rt::Object* o) {
    return o->ob_type == &fileio_type;
}

// FileIO(fd, mode, closefd=closefd) with `name` as its name; mode is "rb",
// "wb"...  A new reference or null.
rt::Object* fileio_from_fd(int fd, rt::Object* name, const char* mode, bool closefd);

// FileIO(file, mode, closefd, opener) as the type's constructor takes them.
rt::Object* fileio_open(rt::Object* file, const std::string& mode, bool closefd,
                        rt::Object* opener);

// The mode string FileIO reports ("rb", "wb", "rb+", "xb"...).
std::string fileio_mode(const FileIO* f);

// One write(2) of all of `data` (retried on EINTR and partial writes); false
// with OSError set on failure.
bool fileio_write_all(FileIO* f, std::string_view data);

bool fileio_init();

}  // namespace glasspy::stdlib
