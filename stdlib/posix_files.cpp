// posix, changing files: their mode, owner, links, times, length, and the
// file system they live on (CPython: posixmodule.c's chmod, chown, link,
// symlink, utime, truncate, mkfifo, statvfs, umask).
//
// Each call that takes a path also takes what CPython's does on Linux: a
// descriptor instead of the path (then the f- form of the call runs:
// fchmod, fchown, futimens, ftruncate, fstatvfs), dir_fd (the *at() form,
// relative to a directory), and follow_symlinks=False (AT_SYMLINK_NOFOLLOW,
// acting on a link itself).  os.supports_fd, supports_dir_fd and
// supports_follow_symlinks in os.py list exactly these.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <cerrno>
#include <climits>
#include <cmath>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/structseq.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/posix_args.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// ---- modes and owners
// -----------------------------------------------------------------------------

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True).  Linux cannot
// change a symbolic link's own mode: fchmodat then fails with ENOTSUP,
// which CPython reports as NotImplementedError.
Object* posix_chmod(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    static constexpr ArgParser parser{"chmod", kw, 2, 2, 0};
    Object* argv[4];
    Path path;
    int mode, dir_fd;
    bool follow;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !path_or_fd_arg("chmod", "path", argv[0], &path) || !arg_int(argv[1], &mode) ||
        !dir_fd_arg(argv[2], &dir_fd) || !bool_arg(argv[3], true, &follow))
        return nullptr;
    int rc = path.is_fd ? ::fchmod(path.fd, static_cast<mode_t>(mode))
                        : ::fchmodat(dir_fd, path.text.c_str(), static_cast<mode_t>(mode),
                                     follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc != 0 && errno == ENOTSUP && !follow) {
        set_error(&exc::NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
        return nullptr;
    }
    if (rc != 0) return path_error(errno, path);
    return none_ref();
}

Object* posix_fchmod(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"fd", "mode"};
    static constexpr ArgParser parser{"fchmod", kw, 2, 2, 0};
    Object* argv[2];
    int fd, mode;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !arg_int(argv[0], &fd) ||
        !arg_int(argv[1], &mode))
        return nullptr;
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) return errno_error();
    return none_ref();
}

// A uid or gid: an int that fits, or -1 for "leave it as it is" (CPython:
// _Py_Uid_Converter).
bool id_arg(Object* o, const char* which, unsigned* out) {
    if (!is_int(o)) {
        set_error_fmt(&exc::TypeError, "{} should be integer, not {}", which, type_name(o));
        return false;
    }
    ssize_t v;
    if (!int_as_ssize(o, &v)) {
        clear_error();
        set_error_fmt(&exc::OverflowError, "{} is {} than maximum", which, "greater");
        return false;
    }
    if (v < -1 || v > static_cast<ssize_t>(UINT_MAX) - 1) {
        set_error_fmt(&exc::OverflowError, "{} is {} than {}", which, v < 0 ? "less" : "greater",
                      v < 0 ? "minimum" : "maximum");
        return false;
    }
    *out = static_cast<unsigned>(v);
    return true;
}

// chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True); lchown is
// chown that does not follow.
Object* chown_call(const char* fname, bool lchown, Object* const* args, ssize_t nargs,
                   Object* kwnames) {
    static constexpr const char* kw[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks"};
    ArgParser parser{fname, std::span(kw).first(lchown ? 3 : 5), 3, 3, 0};
    Object* argv[5] = {};
    Path path;
    unsigned uid, gid;
    int dir_fd;
    bool follow;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !(lchown ? path_arg(fname, "path", argv[0], &path)
                 : path_or_fd_arg(fname, "path", argv[0], &path)) ||
        !id_arg(argv[1], "uid", &uid) || !id_arg(argv[2], "gid", &gid) ||
        !dir_fd_arg(argv[3], &dir_fd) || !bool_arg(argv[4], !lchown, &follow))
        return nullptr;
    int rc = path.is_fd ? ::fchown(path.fd, uid, gid)
                        : ::fchownat(dir_fd, path.text.c_str(), uid, gid,
                                     follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc != 0) return path_error(errno, path);
    return none_ref();
}

Object* posix_chown(Object*, Object* const* a, ssize_t n, Object* k) {
    return chown_call("chown", false, a, n, k);
}
Object* posix_lchown(Object*, Object* const* a, ssize_t n, Object* k) {
    return chown_call("lchown", true, a, n, k);
}

Object* posix_fchown(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"fd", "uid", "gid"};
    static constexpr ArgParser parser{"fchown", kw, 3, 3, 0};
    Object* argv[3];
    int fd;
    unsigned uid, gid;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !arg_int(argv[0], &fd) ||
        !id_arg(argv[1], "uid", &uid) || !id_arg(argv[2], "gid", &gid))
        return nullptr;
    if (::fchown(fd, uid, gid) != 0) return errno_error();
    return none_ref();
}

Object* posix_umask(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("umask", nargs, 1, 1)) return nullptr;
    int mask;
    if (!arg_int(args[0], &mask)) return nullptr;
    return int_from_i64(::umask(static_cast<mode_t>(mask)));
}

// ---- links
// ----------------------------------------------------------------------------------------

// symlink(src, dst, target_is_directory=False, *, dir_fd=None): the flag
// matters on Windows only.
Object* posix_symlink(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"src", "dst", "target_is_directory", "dir_fd"};
    static constexpr ArgParser parser{"symlink", kw, 2, 3, 0};
    Object* argv[4];
    Path src, dst;
    int dir_fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !path_arg("symlink", "src", argv[0], &src) || !path_arg("symlink", "dst", argv[1], &dst) ||
        !dir_fd_arg(argv[3], &dir_fd))
        return nullptr;
    if (::symlinkat(src.text.c_str(), dir_fd, dst.text.c_str()) != 0)
        return path_error2(errno, src, dst);
    return none_ref();
}

// link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
// with follow_symlinks the new name is for the file a link points to.
Object* posix_link(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"src", "dst", "src_dir_fd", "dst_dir_fd",
                                         "follow_symlinks"};
    static constexpr ArgParser parser{"link", kw, 2, 2, 0};
    Object* argv[5];
    Path src, dst;
    int src_dir_fd, dst_dir_fd;
    bool follow;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !path_arg("link", "src", argv[0], &src) || !path_arg("link", "dst", argv[1], &dst) ||
        !dir_fd_arg(argv[2], &src_dir_fd) || !dir_fd_arg(argv[3], &dst_dir_fd) ||
        !bool_arg(argv[4], true, &follow))
        return nullptr;
    if (::linkat(src_dir_fd, src.text.c_str(), dst_dir_fd, dst.text.c_str(),
                 follow ? AT_SYMLINK_FOLLOW : 0) != 0)
        return path_error2(errno, src, dst);
    return none_ref();
}

// mkfifo(path, mode=0o666, *, dir_fd=None).  Its OSError names no file, as
// CPython's does not.
Object* posix_mkfifo(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "mode", "dir_fd"};
    static constexpr ArgParser parser{"mkfifo", kw, 1, 2, 0};
    Object* argv[3];
    Path path;
    int mode = 0666, dir_fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !path_arg("mkfifo", "path", argv[0], &path) || (argv[1] && !arg_int(argv[1], &mode)) ||
        !dir_fd_arg(argv[2], &dir_fd))
        return nullptr;
    if (::mkfifoat(dir_fd, path.text.c_str(), static_cast<mode_t>(mode)) != 0) return errno_error();
    return none_ref();
}

// ---- times
// ----------------------------------------------------------------------------------------

// One (atime, mtime) item in seconds, rounded toward minus infinity to
// whole nanoseconds (CPython: _PyTime_ObjectToTimespec, _PyTime_ROUND_FLOOR).
bool seconds_to_timespec(Object* o, timespec* out) {
    if (is_int(o)) {
        ssize_t s;
        if (!int_as_ssize(o, &s)) return false;
        *out = {static_cast<time_t>(s), 0};
        return true;
    }
    if (!is_float(o)) {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer",
                      type_name(o));
        return false;
    }
    double whole, fraction = std::modf(float_value(o), &whole);
    double ns = std::floor(fraction * 1e9);
    if (ns < 0) {
        ns += 1e9;
        whole -= 1;
    }
    *out = {static_cast<time_t>(whole), static_cast<long>(ns)};
    return true;
}

bool nanoseconds_to_timespec(Object* o, timespec* out) {
    Ref<> billion = Ref<>::steal(int_from_i64(1000000000));
    Ref<> parts = billion ? Ref<>::steal(int_divmod(o, billion.get())) : Ref<>();
    ssize_t s, ns;
    if (!parts || !int_as_ssize(tuple_item(parts.get(), 0), &s) ||
        !int_as_ssize(tuple_item(parts.get(), 1), &ns))
        return false;
    *out = {static_cast<time_t>(s), static_cast<long>(ns)};
    return true;
}

// The times or ns argument of utime as the two timespecs utimensat wants.
bool utime_times(Object* times, Object* ns, timespec out[2]) {
    if (times && times != None() && ns) {
        set_error(&exc::ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        return false;
    }
    if (times && times != None()) {
        if (!is_tuple(times) || tuple_size(times) != 2) {
            set_error(&exc::TypeError, "utime: 'times' must be either a tuple of two ints or None");
            return false;
        }
        return seconds_to_timespec(tuple_item(times, 0), &out[0]) &&
               seconds_to_timespec(tuple_item(times, 1), &out[1]);
    }
    if (ns) {
        if (!is_tuple(ns) || tuple_size(ns) != 2 || !is_int(tuple_item(ns, 0)) ||
            !is_int(tuple_item(ns, 1))) {
            set_error(&exc::TypeError, "utime: 'ns' must be a tuple of two ints");
            return false;
        }
        return nanoseconds_to_timespec(tuple_item(ns, 0), &out[0]) &&
               nanoseconds_to_timespec(tuple_item(ns, 1), &out[1]);
    }
    out[0] = out[1] = {0, UTIME_NOW};  // neither: now
    return true;
}

// utime(path, times=None, *, ns, dir_fd=None, follow_symlinks=True).
// Its OSError names no file, as CPython's does not.
Object* posix_utime(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    static constexpr ArgParser parser{"utime", kw, 1, 2, 0};
    Object* argv[5];
    Path path;
    timespec times[2];
    int dir_fd;
    bool follow;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !path_or_fd_arg("utime", "path", argv[0], &path) || !utime_times(argv[1], argv[2], times) ||
        !dir_fd_arg(argv[3], &dir_fd) || !bool_arg(argv[4], true, &follow))
        return nullptr;
    int rc = path.is_fd
                 ? ::futimens(path.fd, times)
                 : ::utimensat(dir_fd, path.text.c_str(), times, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc != 0) return errno_error();
    return none_ref();
}

// ---- length
// ---------------------------------------------------------------------------------------

Object* posix_truncate(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "length"};
    static constexpr ArgParser parser{"truncate", kw, 2, 2, 0};
    Object* argv[2];
    Path path;
    ssize_t length;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !path_or_fd_arg("truncate", "path", argv[0], &path) || !arg_ssize(argv[1], &length))
        return nullptr;
    int rc;
    {
        GilReleased released;
        rc = path.is_fd ? ::ftruncate(path.fd, length) : ::truncate(path.text.c_str(), length);
    }
    if (rc != 0) return path_error(errno, path);
    return none_ref();
}

// ---- the file system
// ------------------------------------------------------------------------------

const StructSeqField STATVFS_FIELDS[] = {
    {"f_bsize", nullptr},  {"f_frsize", nullptr},  {"f_blocks", nullptr}, {"f_bfree", nullptr},
    {"f_bavail", nullptr}, {"f_files", nullptr},   {"f_ffree", nullptr},  {"f_favail", nullptr},
    {"f_flag", nullptr},   {"f_namemax", nullptr}, {"f_fsid", nullptr},
};

const StructSeqDesc STATVFS_DESC = {
    "os.statvfs_result",
    "statvfs_result: Result from statvfs or fstatvfs.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n"
    "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n"
    "See os.statvfs for more information.",
    STATVFS_FIELDS,
    10,
};

TypeObject statvfs_result_type;

Object* statvfs_result(const struct statvfs& st) {
    auto n = [](unsigned long v) { return int_from_i64(static_cast<std::int64_t>(v)); };
    Object* items[] = {n(st.f_bsize),  n(st.f_frsize),  n(st.f_blocks), n(st.f_bfree),
                       n(st.f_bavail), n(st.f_files),   n(st.f_ffree),  n(st.f_favail),
                       n(st.f_flag),   n(st.f_namemax), n(st.f_fsid)};
    return structseq_new(&statvfs_result_type, items);
}

Object* posix_statvfs(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path"};
    static constexpr ArgParser parser{"statvfs", kw, 1, 1, 0};
    Object* argv[1];
    Path path;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !path_or_fd_arg("statvfs", "path", argv[0], &path))
        return nullptr;
    struct statvfs st;
    int rc;
    {
        GilReleased released;
        rc = path.is_fd ? ::fstatvfs(path.fd, &st) : ::statvfs(path.text.c_str(), &st);
    }
    if (rc != 0) return path_error(errno, path);
    return statvfs_result(st);
}

Object* posix_fstatvfs(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("fstatvfs", nargs, 1, 1)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    struct statvfs st;
    if (::fstatvfs(fd, &st) != 0) return errno_error();
    return statvfs_result(st);
}

Object* posix_sync(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("sync", nargs, kwnames)) return nullptr;
    {
        GilReleased released;
        ::sync();
    }
    return none_ref();
}

const BuiltinDef FILE_FUNCTIONS[] = {
    {"chmod", posix_chmod,
     "chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Change the access permissions of a file."},
    {"fchmod", posix_fchmod,
     "fchmod($module, /, fd, mode)\n--\n\n"
     "Change the access permissions of the file given by file descriptor fd."},
    {"chown", posix_chown,
     "chown($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Change the owner and group id of path to the numeric uid and gid."},
    {"lchown", posix_lchown,
     "lchown($module, /, path, uid, gid)\n--\n\n"
     "Change the owner and group id of path to the numeric uid and gid."},
    {"fchown", posix_fchown,
     "fchown($module, /, fd, uid, gid)\n--\n\n"
     "Change the owner and group id of the file specified by file descriptor."},
    {"umask", posix_umask,
     "umask($module, mask, /)\n--\n\n"
     "Set the current numeric umask and return the previous umask."},
    {"symlink", posix_symlink,
     "symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\n"
     "Create a symbolic link pointing to src named dst."},
    {"link", posix_link,
     "link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n     "
     "follow_symlinks=True)\n--\n\n"
     "Create a hard link to a file."},
    {"mkfifo", posix_mkfifo,
     "mkfifo($module, /, path, mode=438, *, dir_fd=None)\n--\n\n"
     "Create a \"fifo\" (a POSIX named pipe)."},
    {"utime", posix_utime,
     "utime($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None,\n      "
     "follow_symlinks=True)\n"
     "--\n\n"
     "Set the access and modified time of path."},
    {"truncate", posix_truncate,
     "truncate($module, /, path, length)\n--\n\n"
     "Truncate a file, specified by path, to a specific length."},
    {"statvfs", posix_statvfs,
     "statvfs($module, /, path)\n--\n\n"
     "Perform a statvfs system call on the given path."},
    {"fstatvfs", posix_fstatvfs,
     "fstatvfs($module, fd, /)\n--\n\n"
     "Perform an fstatvfs system call on the given fd."},
    {"sync", posix_sync,
     "sync($module, /)\n--\n\n"
     "Force write of everything to disk."},
};

// statvfs's f_flag bits.
const IntConstant FILE_CONSTANTS[] = {
    {"ST_RDONLY", ST_RDONLY},
    {"ST_NOSUID", ST_NOSUID},
    {"ST_NODEV", ST_NODEV},
    {"ST_NOEXEC", ST_NOEXEC},
    {"ST_SYNCHRONOUS", ST_SYNCHRONOUS},
    {"ST_MANDLOCK", ST_MANDLOCK},
    {"ST_WRITE", ST_WRITE},
    {"ST_APPEND", ST_APPEND},
    {"ST_NOATIME", ST_NOATIME},
    {"ST_NODIRATIME", ST_NODIRATIME},
    {"ST_RELATIME", ST_RELATIME},
};

}  // namespace

bool add_file_functions(Object* module) {
    if (!statvfs_result_type.tp_dict && !structseq_init_type(&statvfs_result_type, STATVFS_DESC))
        return false;
    return add_functions(module, FILE_FUNCTIONS) && add_int_constants(module, FILE_CONSTANTS) &&
           dict_setitem_str(module_dict(module), "statvfs_result", &statvfs_result_type) == 0;
}

}  // namespace glasspy::stdlib
