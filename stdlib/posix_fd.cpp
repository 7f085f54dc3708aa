// posix, the calls on open file descriptors: seeking, reading and writing
// at an offset, flushing to disk, changing the length, the O_NONBLOCK flag,
// pipe2 and closerange (CPython: posixmodule.c's lseek, pread, pwrite,
// fsync, fdatasync, ftruncate, get_blocking, set_blocking, pipe2,
// closerange).  open, close, read, write and dup are in posix_module.cpp
// and posix_process.cpp; a descriptor's OSError names no file.
//
// The calls that may block (disk and pipe I/O) release the GIL, so other
// threads run meanwhile; the data they write is copied first, because a
// bytearray may change size while the GIL is away.
#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/file_descriptor.hpp"
#include "stdlib/posix_args.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool offset_arg(Object* o, off_t* out) {
    ssize_t v;
    if (!arg_ssize(o, &v)) return false;
    *out = static_cast<off_t>(v);
    return true;
}

// lseek(fd, position, whence, /) -> the new position from the start.
Object* posix_lseek(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("lseek", nargs, 3, 3)) return nullptr;
    int fd, whence;
    off_t position;
    if (!arg_int(args[0], &fd) || !offset_arg(args[1], &position) || !arg_int(args[2], &whence))
        return nullptr;
    off_t at;
    {
        GilReleased released;
        at = ::lseek(fd, position, whence);
    }
    if (at < 0) return errno_error();
    return int_from_i64(at);
}

// pread(fd, length, offset, /): read without moving the file position.
Object* posix_pread(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("pread", nargs, 3, 3)) return nullptr;
    int fd;
    ssize_t length;
    off_t offset;
    if (!arg_int(args[0], &fd) || !arg_ssize(args[1], &length) || !offset_arg(args[2], &offset))
        return nullptr;
    if (length < 0) {
        set_os_error(EINVAL, nullptr);
        return nullptr;
    }
    std::string buf(static_cast<std::size_t>(length), '\0');
    ssize_t n;
    do {
        GilReleased released;
        n = ::pread(fd, buf.data(), buf.size(), offset);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return errno_error();
    buf.resize(static_cast<std::size_t>(n));
    return bytes_from(buf);
}

// pwrite(fd, str, offset, /): write without moving the file position.
Object* posix_pwrite(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("pwrite", nargs, 3, 3)) return nullptr;
    int fd;
    off_t offset;
    std::string_view view;
    if (!arg_int(args[0], &fd)) return nullptr;
    if (!bytes_like_view(args[1], &view)) {
        set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'",
                      type_name(args[1]));
        return nullptr;
    }
    if (!offset_arg(args[2], &offset)) return nullptr;
    std::string data(view);
    ssize_t n;
    do {
        GilReleased released;
        n = ::pwrite(fd, data.data(), data.size(), offset);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return errno_error();
    return int_from_ssize(n);
}

// fsync and fdatasync take a descriptor or anything with fileno().
template <int (*flush)(int)>
Object* flush_call(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"fd"};
    ArgParser parser{fname, kw, 1, 1, 0};
    Object* argv[1];
    int fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !file_descriptor_of(argv[0], &fd))
        return nullptr;
    int rc;
    {
        GilReleased released;
        rc = flush(fd);
    }
    if (rc != 0) return errno_error();
    return none_ref();
}

int do_fsync(int fd) {
    return ::fsync(fd);
}
int do_fdatasync(int fd) {
    return ::fdatasync(fd);
}

Object* posix_fsync(Object*, Object* const* a, ssize_t n, Object* k) {
    return flush_call<do_fsync>("fsync", a, n, k);
}
Object* posix_fdatasync(Object*, Object* const* a, ssize_t n, Object* k) {
    return flush_call<do_fdatasync>("fdatasync", a, n, k);
}

Object* posix_ftruncate(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("ftruncate", nargs, 2, 2)) return nullptr;
    int fd;
    off_t length;
    if (!arg_int(args[0], &fd) || !offset_arg(args[1], &length)) return nullptr;
    int rc;
    {
        GilReleased released;
        rc = ::ftruncate(fd, length);
    }
    if (rc != 0) return errno_error();
    return none_ref();
}

// fchdir(fd): chdir to an open directory; fd may be anything with fileno().
Object* posix_fchdir(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("fchdir", nargs, 1, 1)) return nullptr;
    int fd;
    if (!file_descriptor_of(args[0], &fd)) return nullptr;
    if (::fchdir(fd) != 0) return errno_error();
    return none_ref();
}

// ttyname(fd, /): the terminal device open on fd.
Object* posix_ttyname(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("ttyname", nargs, 1, 1)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    char name[256];
    int err = ::ttyname_r(fd, name, sizeof name);
    if (err != 0) {
        set_os_error(err, nullptr);
        return nullptr;
    }
    return str_from_utf8(name);
}

// ---- flags
// ----------------------------------------------------------------------------------------

Object* posix_get_blocking(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("get_blocking", nargs, 1, 1)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) return errno_error();
    return new_ref(bool_from(!(flags & O_NONBLOCK))).release();
}

Object* posix_set_blocking(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("set_blocking", nargs, 2, 2)) return nullptr;
    int fd;
    bool blocking;
    if (!arg_int(args[0], &fd) || !bool_arg(args[1], true, &blocking)) return nullptr;
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) return errno_error();
    flags = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (::fcntl(fd, F_SETFL, flags) < 0) return errno_error();
    return none_ref();
}

// ---- making and closing descriptors
// ---------------------------------------------------------------

// pipe2(flags, /): pipe() with O_NONBLOCK and/or O_CLOEXEC as asked (the
// result is inheritable unless O_CLOEXEC is among them, unlike pipe()'s).
Object* posix_pipe2(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("pipe2", nargs, 1, 1)) return nullptr;
    int flags;
    if (!arg_int(args[0], &flags)) return nullptr;
    int fds[2];
    if (::pipe2(fds, flags) != 0) return errno_error();
    Ref<> r = Ref<>::steal(int_from_i64(fds[0]));
    Ref<> w = Ref<>::steal(int_from_i64(fds[1]));
    if (!r || !w) return nullptr;
    return tuple_pack({r.get(), w.get()});
}

// closerange(fd_low, fd_high, /): closes every open descriptor in
// [low, high), ignoring errors (most of them are not open).
Object* posix_closerange(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("closerange", nargs, 2, 2)) return nullptr;
    int low, high;
    if (!arg_int(args[0], &low) || !arg_int(args[1], &high)) return nullptr;
    for (int fd = low < 0 ? 0 : low; fd < high; ++fd)
        ::close(fd);
    return none_ref();
}

const BuiltinDef FD_FUNCTIONS[] = {
    {"lseek", posix_lseek,
     "lseek($module, fd, position, whence, /)\n--\n\n"
     "Set the position of a file descriptor.  Return the new position."},
    {"pread", posix_pread,
     "pread($module, fd, length, offset, /)\n--\n\n"
     "Read a number of bytes from a file descriptor starting at a particular offset."},
    {"pwrite", posix_pwrite,
     "pwrite($module, fd, str, offset, /)\n--\n\n"
     "Write bytes to a file descriptor starting at a particular offset."},
    {"fsync", posix_fsync,
     "fsync($module, /, fd)\n--\n\n"
     "Force write of fd to disk."},
    {"fdatasync", posix_fdatasync,
     "fdatasync($module, /, fd)\n--\n\n"
     "Force write of fd to disk without forcing update of metadata."},
    {"ftruncate", posix_ftruncate,
     "ftruncate($module, fd, length, /)\n--\n\n"
     "Truncate a file, specified by file descriptor, to a specific length."},
    {"fchdir", posix_fchdir,
     "fchdir($module, /, fd)\n--\n\n"
     "Change to the directory of the given file descriptor."},
    {"ttyname", posix_ttyname,
     "ttyname($module, fd, /)\n--\n\n"
     "Return the name of the terminal device connected to 'fd'."},
    {"get_blocking", posix_get_blocking,
     "get_blocking($module, fd, /)\n--\n\n"
     "Get the blocking mode of the file descriptor."},
    {"set_blocking", posix_set_blocking,
     "set_blocking($module, fd, blocking, /)\n--\n\n"
     "Set the blocking mode of the specified file descriptor."},
    {"pipe2", posix_pipe2,
     "pipe2($module, flags, /)\n--\n\n"
     "Create a pipe with flags set atomically."},
    {"closerange", posix_closerange,
     "closerange($module, fd_low, fd_high, /)\n--\n\n"
     "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
};

}  // namespace

bool add_fd_functions(Object* module) {
    return add_functions(module, FD_FUNCTIONS);
}

}  // namespace glasspy::stdlib
