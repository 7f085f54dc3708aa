// posix: the operating system calls under os.py (CPython:
// Modules/posixmodule.c).  Each function is one system call with CPython's
// argument rules and its OSError (errno subclass, strerror text, the file
// name); everything that is not a system call (os.path, walk, makedirs,
// environ's mapping, stat_result's fields) is Python, in stdlib/lib/os.py.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/posix_args.hpp"
#include "stdlib/posix_process.hpp"

extern char** environ;

namespace glasspy::stdlib {

using namespace rt;

namespace {

Object* posix_getpid(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getpid", nargs, kwnames)) return nullptr;
    return int_from_i64(::getpid());
}

Object* posix_getppid(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getppid", nargs, kwnames)) return nullptr;
    return int_from_i64(::getppid());
}

Object* cwd(bool as_bytes) {
    std::string buf(PATH_MAX, '\0');
    if (!::getcwd(buf.data(), buf.size())) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    buf.resize(std::strlen(buf.c_str()));
    return as_bytes ? bytes_from(buf) : str_from_utf8(buf);
}

Object* posix_getcwd(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getcwd", nargs, kwnames)) return nullptr;
    return cwd(false);
}

Object* posix_getcwdb(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getcwdb", nargs, kwnames)) return nullptr;
    return cwd(true);
}

// ---- calls on one path ----------------------------------------------------------------------------
// Each goes through the *at() form of its system call, so dir_fd=None is
// simply AT_FDCWD and a relative path is taken from the current directory
// (CPython does the same when dir_fd is given).

Object* posix_chdir(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path"};
    static constexpr ArgParser parser{"chdir", kw, 1, 1, 0};
    Object* argv[1];
    Path path;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !path_or_fd_arg("chdir", "path", argv[0], &path))
        return nullptr;
    int rc = path.is_fd ? ::fchdir(path.fd) : ::chdir(path.text.c_str());
    if (rc != 0) return path_error(errno, path);
    return none_ref();
}

// rmdir, unlink and remove: unlinkat, with AT_REMOVEDIR for a directory.
Object* remove_call(const char* fname, int flags, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "dir_fd"};
    ArgParser parser{fname, kw, 1, 1, 0};
    Object* argv[2];
    Path path;
    int dir_fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !path_arg(fname, "path", argv[0], &path) ||
        !dir_fd_arg(argv[1], &dir_fd))
        return nullptr;
    if (::unlinkat(dir_fd, path.text.c_str(), flags) != 0) return path_error(errno, path);
    return none_ref();
}

Object* posix_rmdir(Object*, Object* const* a, ssize_t n, Object* k) {
    return remove_call("rmdir", AT_REMOVEDIR, a, n, k);
}
Object* posix_remove(Object*, Object* const* a, ssize_t n, Object* k) { return remove_call("remove", 0, a, n, k); }
Object* posix_unlink(Object*, Object* const* a, ssize_t n, Object* k) { return remove_call("unlink", 0, a, n, k); }

Object* posix_mkdir(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "mode", "dir_fd"};
    static constexpr ArgParser parser{"mkdir", kw, 1, 2, 0};
    Object* argv[3];
    Path path;
    int mode = 0777, dir_fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !path_arg("mkdir", "path", argv[0], &path) ||
        (argv[1] && !arg_int(argv[1], &mode)) || !dir_fd_arg(argv[2], &dir_fd))
        return nullptr;
    if (::mkdirat(dir_fd, path.text.c_str(), static_cast<mode_t>(mode)) != 0) return path_error(errno, path);
    return none_ref();
}

// rename and replace are the same call on POSIX (rename replaces a file
// that exists); CPython's message names both paths ('a' -> 'b').
Object* rename_call(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    ArgParser parser{fname, kw, 2, 2, 0};
    Object* argv[4];
    Path src, dst;
    int src_dir_fd, dst_dir_fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !path_arg(fname, "src", argv[0], &src) ||
        !path_arg(fname, "dst", argv[1], &dst) || !dir_fd_arg(argv[2], &src_dir_fd) ||
        !dir_fd_arg(argv[3], &dst_dir_fd))
        return nullptr;
    if (::renameat(src_dir_fd, src.text.c_str(), dst_dir_fd, dst.text.c_str()) != 0)
        return path_error2(errno, src, dst);
    return none_ref();
}

Object* posix_rename(Object*, Object* const* a, ssize_t n, Object* k) { return rename_call("rename", a, n, k); }
Object* posix_replace(Object*, Object* const* a, ssize_t n, Object* k) { return rename_call("replace", a, n, k); }

// stat/lstat: the fields os.stat_result is built from, as a tuple:
// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
//  atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev).
Object* stat_tuple(const struct stat& st) {
    auto seconds = [](const timespec& t) {
        return float_from_double(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
    };
    auto nanoseconds = [](const timespec& t) {
        return int_from_i64(static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec);
    };
    Object* items[] = {int_from_i64(st.st_mode),    int_from_i64(static_cast<std::int64_t>(st.st_ino)),
                       int_from_i64(static_cast<std::int64_t>(st.st_dev)),
                       int_from_i64(static_cast<std::int64_t>(st.st_nlink)),
                       int_from_i64(st.st_uid),     int_from_i64(st.st_gid),
                       int_from_i64(st.st_size),    seconds(st.st_atim),
                       seconds(st.st_mtim),         seconds(st.st_ctim),
                       nanoseconds(st.st_atim),     nanoseconds(st.st_mtim),
                       nanoseconds(st.st_ctim),     int_from_i64(st.st_blksize),
                       int_from_i64(st.st_blocks),  int_from_i64(static_cast<std::int64_t>(st.st_rdev))};
    constexpr ssize_t n = sizeof items / sizeof items[0];
    Object* t = tuple_new(n);
    for (ssize_t i = 0; i < n; ++i) {
        if (!items[i] && t) {
            decref(t);
            t = nullptr;
        }
        if (t) tuple_items(t)[i] = items[i];
        else if (items[i]) decref(items[i]);
    }
    return t;
}

// stat(path, *, dir_fd=None, follow_symlinks=True); lstat is stat that
// does not follow, and a descriptor makes it fstat.
Object* stat_call(const char* fname, bool lstat, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "dir_fd", "follow_symlinks"};
    ArgParser parser{fname, std::span(kw).first(lstat ? 2 : 3), 1, 1, 0};
    Object* argv[3] = {};
    Path path;
    int dir_fd;
    bool follow;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !dir_fd_arg(argv[1], &dir_fd) ||
        !bool_arg(argv[2], !lstat, &follow))
        return nullptr;
    bool fd_ok = !lstat;
    if (!path_arg(fname, "path", argv[0], &path,
                  fd_ok ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike", fd_ok))
        return nullptr;
    struct stat st;
    int rc = path.is_fd ? ::fstat(path.fd, &st)
                 : ::fstatat(dir_fd, path.text.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc != 0) return path_error(errno, path);
    return stat_tuple(st);
}

Object* posix_stat(Object*, Object* const* a, ssize_t n, Object* k) { return stat_call("stat", false, a, n, k); }
Object* posix_lstat(Object*, Object* const* a, ssize_t n, Object* k) { return stat_call("lstat", true, a, n, k); }

Object* posix_readlink(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "dir_fd"};
    static constexpr ArgParser parser{"readlink", kw, 1, 1, 0};
    Object* argv[2];
    Path path;
    int dir_fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !path_arg("readlink", "path", argv[0], &path) ||
        !dir_fd_arg(argv[1], &dir_fd))
        return nullptr;
    std::string target(PATH_MAX, '\0');
    ssize_t n = ::readlinkat(dir_fd, path.text.c_str(), target.data(), target.size());
    if (n < 0) return path_error(errno, path);
    target.resize(static_cast<std::size_t>(n));
    return name_like(path, target);
}

// access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
// a bool, never an OSError.
Object* posix_access(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    static constexpr ArgParser parser{"access", kw, 2, 2, 0};
    Object* argv[5];
    Path path;
    int mode, dir_fd;
    bool effective, follow;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !path_arg("access", "path", argv[0], &path) ||
        !arg_int(argv[1], &mode) || !dir_fd_arg(argv[2], &dir_fd) || !bool_arg(argv[3], false, &effective) ||
        !bool_arg(argv[4], true, &follow))
        return nullptr;
    int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return new_ref(bool_from(::faccessat(dir_fd, path.text.c_str(), mode, flags) == 0)).release();
}

// open(path, flags, mode=0o777, *, dir_fd=None) -> a file descriptor, not
// inheritable as in CPython (PEP 446).
Object* posix_open(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"path", "flags", "mode", "dir_fd"};
    static constexpr ArgParser parser{"open", kw, 2, 3, 0};
    Object* argv[4];
    Path path;
    int flags, mode = 0777, dir_fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !path_arg("open", "path", argv[0], &path) ||
        !arg_int(argv[1], &flags) || (argv[2] && !arg_int(argv[2], &mode)) || !dir_fd_arg(argv[3], &dir_fd))
        return nullptr;
    int fd;
    do {
        GilReleased released;
        fd = ::openat(dir_fd, path.text.c_str(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return path_error(errno, path);
    return int_from_i64(fd);
}

Object* posix_close(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"fd"};
    static constexpr ArgParser parser{"close", kw, 1, 1, 0};
    Object* argv[1];
    int fd;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !arg_int(argv[0], &fd)) return nullptr;
    if (::close(fd) != 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

Object* posix_write(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("write", nargs, 2, 2)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    if (!is_bytes(args[1])) {
        arg_bad_argument("write", "argument 2", "bytes-like object", args[1]);
        return nullptr;
    }
    std::string_view data = bytes_view(args[1]);
    ssize_t n;
    {
        GilReleased released;
        n = ::write(fd, data.data(), data.size());
    }
    if (n < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return int_from_ssize(n);
}

Object* posix_read(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("read", nargs, 2, 2)) return nullptr;
    int fd;
    ssize_t length;
    if (!arg_int(args[0], &fd) || !arg_ssize(args[1], &length)) return nullptr;
    if (length < 0) {
        set_error(&exc::ValueError, "length must be non-negative");
        return nullptr;
    }
    std::string buf(static_cast<std::size_t>(length), '\0');
    ssize_t n;
    {
        GilReleased released;
        n = ::read(fd, buf.data(), buf.size());
    }
    if (n < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    buf.resize(static_cast<std::size_t>(n));
    return bytes_from(buf);
}

Object* posix_isatty(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("isatty", nargs, 1, 1)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    return new_ref(bool_from(::isatty(fd) == 1)).release();
}

Object* posix_urandom(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("urandom", nargs, 1, 1)) return nullptr;
    ssize_t size;
    if (!arg_ssize(args[0], &size)) return nullptr;
    if (size < 0) {
        set_error(&exc::ValueError, "negative argument not allowed");
        return nullptr;
    }
    std::string buf(static_cast<std::size_t>(size), '\0');
    for (std::size_t got = 0; got < buf.size();) {
        ssize_t n = ::getrandom(buf.data() + got, buf.size() - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            set_os_error(errno, nullptr);
            return nullptr;
        }
        got += static_cast<std::size_t>(n);
    }
    return bytes_from(buf);
}

Object* posix_cpu_count(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("cpu_count", nargs, kwnames)) return nullptr;
    long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return none_ref();
    return int_from_i64(n);
}

Object* posix_strerror(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("strerror", nargs, 1, 1)) return nullptr;
    int code;
    if (!arg_int(args[0], &code)) return nullptr;
    return str_from_utf8(std::strerror(code));
}

bool env_args(const char* fname, Object* const* args, ssize_t nargs, ssize_t count, std::string* out) {
    if (!check_positional(fname, nargs, count, count)) return false;
    for (ssize_t i = 0; i < count; ++i) {
        if (!arg_str_utf8(args[i], fname, i == 0 ? "argument 1" : "argument 2", &out[i])) return false;
    }
    if (out[0].empty() || out[0].find('=') != std::string::npos) {
        set_error(&exc::ValueError, "illegal environment variable name");
        return false;
    }
    return true;
}

Object* posix_putenv(Object*, Object* const* args, ssize_t nargs, Object*) {
    std::string kv[2];
    if (!env_args("putenv", args, nargs, 2, kv)) return nullptr;
    if (::setenv(kv[0].c_str(), kv[1].c_str(), 1) != 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

Object* posix_unsetenv(Object*, Object* const* args, ssize_t nargs, Object*) {
    std::string k[1];
    if (!env_args("unsetenv", args, nargs, 1, k)) return nullptr;
    if (::unsetenv(k[0].c_str()) != 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

// system(command) -> the wait status; the GIL is released while it runs.
Object* posix_system(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"command"};
    static constexpr ArgParser parser{"system", kw, 1, 1, 0};
    Object* argv[1];
    std::string command;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !arg_str_utf8(argv[0], "system", "argument 'command'", &command))
        return nullptr;
    std::fflush(stdout);
    int status;
    {
        GilReleased released;
        status = std::system(command.c_str());
    }
    return int_from_i64(status);
}

Object* posix_exit(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("_exit", nargs, 1, 1)) return nullptr;
    int status;
    if (!arg_int(args[0], &status)) return nullptr;
    ::_exit(status);
}

// sysconf's names (CPython: posix_constants_sysconf): the ones the
// tutorials and the Python modules here use (psutil reads the page size and
// the clock tick), as os.sysconf_names exposes them.
struct SysconfName {
    const char* name;
    int value;
};

const SysconfName SYSCONF_NAMES[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX},       {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK},       {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX},     {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE},   {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX},
    {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX}, {"SC_LINE_MAX", _SC_LINE_MAX},
};

// sysconf(name): a name from sysconf_names or its number; -1 when the value
// is indeterminate (sysconf leaves errno alone), OSError when the number is
// not one the system knows (CPython's conv_confname and posix_sysconf).
Object* posix_sysconf(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("sysconf", nargs, 1, 1)) return nullptr;
    int name = 0;
    if (is_str(args[0])) {
        std::string text = str_to_utf8(args[0]);
        bool found = false;
        for (const SysconfName& n : SYSCONF_NAMES)
            if (text == n.name) {
                name = n.value;
                found = true;
            }
        if (!found) {
            set_error(&exc::ValueError, "unrecognized configuration name");
            return nullptr;
        }
    } else if (is_int(args[0])) {
        if (!arg_int(args[0], &name)) return nullptr;
    } else {
        set_error(&exc::TypeError, "configuration names must be strings or integers");
        return nullptr;
    }
    errno = 0;
    long value = ::sysconf(name);
    if (value == -1 && errno != 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return int_from_i64(value);
}

// The environment at start-up, as str -> str (os.py wraps it in a mapping
// that also calls putenv/unsetenv).
Object* environ_dict() {
    Ref<> d = Ref<>::steal(dict_new());
    if (!d) return nullptr;
    for (char** e = ::environ; *e; ++e) {
        std::string_view entry = *e;
        std::size_t eq = entry.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        Ref<> key = Ref<>::steal(str_from_utf8(entry.substr(0, eq)));
        Ref<> value = Ref<>::steal(str_from_utf8(entry.substr(eq + 1)));
        if (!key || !value) return nullptr;
        if (dict_getitem(d.get(), key.get())) continue;  // the first one wins, as in CPython
        if (dict_setitem(d.get(), key.get(), value.get()) < 0) return nullptr;
    }
    return d.release();
}

const BuiltinDef POSIX_FUNCTIONS[] = {
    {"getpid", posix_getpid,
     "getpid($module, /)\n--\n\n"
     "Return the current process id."},
    {"getppid", posix_getppid,
     "getppid($module, /)\n--\n\n"
     "Return the parent's process id."},
    {"getcwd", posix_getcwd,
     "getcwd($module, /)\n--\n\n"
     "Return a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb,
     "getcwdb($module, /)\n--\n\n"
     "Return a bytes string representing the current working directory."},
    {"chdir", posix_chdir,
     "chdir($module, /, path)\n--\n\n"
     "Change the current working directory to the specified path."},
    {"mkdir", posix_mkdir,
     "mkdir($module, /, path, mode=511, *, dir_fd=None)\n--\n\n"
     "Create a directory."},
    {"rmdir", posix_rmdir,
     "rmdir($module, /, path, *, dir_fd=None)\n--\n\n"
     "Remove a directory."},
    {"remove", posix_remove,
     "remove($module, /, path, *, dir_fd=None)\n--\n\n"
     "Remove a file (same as unlink())."},
    {"unlink", posix_unlink,
     "unlink($module, /, path, *, dir_fd=None)\n--\n\n"
     "Remove a file (same as remove())."},
    {"rename", posix_rename,
     "rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\n"
     "Rename a file or directory."},
    {"replace", posix_replace,
     "replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\n"
     "Rename a file or directory, overwriting the destination."},
    {"stat", posix_stat,
     "stat($module, /, path, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Perform a stat system call on the given path."},
    {"lstat", posix_lstat,
     "lstat($module, /, path, *, dir_fd=None)\n--\n\n"
     "Perform a stat system call on the given path, without following symbolic links."},
    {"readlink", posix_readlink,
     "readlink($module, /, path, *, dir_fd=None)\n--\n\n"
     "Return a string representing the path to which the symbolic link points."},
    {"access", posix_access,
     "access($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)\n--\n\n"
     "Use the real uid/gid to test for access to a path."},
    {"open", posix_open,
     "open($module, /, path, flags, mode=511, *, dir_fd=None)\n--\n\n"
     "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", posix_close,
     "close($module, /, fd)\n--\n\n"
     "Close a file descriptor."},
    {"read", posix_read,
     "read($module, fd, length, /)\n--\n\n"
     "Read from a file descriptor.  Returns a bytes object."},
    {"write", posix_write,
     "write($module, fd, data, /)\n--\n\n"
     "Write a bytes object to a file descriptor."},
    {"isatty", posix_isatty,
     "isatty($module, fd, /)\n--\n\n"
     "Return True if the fd is connected to a terminal."},
    {"urandom", posix_urandom,
     "urandom($module, size, /)\n--\n\n"
     "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"cpu_count", posix_cpu_count,
     "cpu_count($module, /)\n--\n\n"
     "Return the number of CPUs in the system; return None if indeterminable."},
    {"strerror", posix_strerror,
     "strerror($module, code, /)\n--\n\n"
     "Translate an error code to a message string."},
    {"putenv", posix_putenv,
     "putenv($module, name, value, /)\n--\n\n"
     "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv,
     "unsetenv($module, name, /)\n--\n\n"
     "Delete an environment variable."},
    {"system", posix_system,
     "system($module, /, command)\n--\n\n"
     "Execute the command in a subshell."},
    {"sysconf", posix_sysconf,
     "sysconf($module, name, /)\n--\n\n"
     "Return an integer-valued system configuration variable."},
    {"_exit", posix_exit,
     "_exit($module, /, status)\n--\n\n"
     "Exit to the system with specified status, without normal exit processing."},
};

// The open() flags, access() modes and lseek() whences CPython has on Linux.
const IntConstant POSIX_CONSTANTS[] = {
    {"O_RDONLY", O_RDONLY},       {"O_WRONLY", O_WRONLY},     {"O_RDWR", O_RDWR},
    {"O_ACCMODE", O_ACCMODE},     {"O_APPEND", O_APPEND},     {"O_ASYNC", O_ASYNC},
    {"O_CREAT", O_CREAT},         {"O_EXCL", O_EXCL},         {"O_TRUNC", O_TRUNC},
    {"O_NOFOLLOW", O_NOFOLLOW},   {"O_CLOEXEC", O_CLOEXEC},   {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY},       {"O_DIRECTORY", O_DIRECTORY}, {"O_DIRECT", O_DIRECT},
    {"O_DSYNC", O_DSYNC},         {"O_SYNC", O_SYNC},         {"O_RSYNC", O_RSYNC},
    {"O_FSYNC", O_FSYNC},         {"O_LARGEFILE", O_LARGEFILE}, {"O_NOATIME", O_NOATIME},
    {"O_NOCTTY", O_NOCTTY},       {"O_PATH", O_PATH},         {"O_TMPFILE", O_TMPFILE},
    {"F_OK", F_OK},               {"R_OK", R_OK},             {"W_OK", W_OK},
    {"X_OK", X_OK},               {"SEEK_SET", SEEK_SET},     {"SEEK_CUR", SEEK_CUR},
    {"SEEK_END", SEEK_END},       {"SEEK_DATA", SEEK_DATA},   {"SEEK_HOLE", SEEK_HOLE},
    {"GRND_NONBLOCK", GRND_NONBLOCK}, {"GRND_RANDOM", GRND_RANDOM},
    {"TMP_MAX", TMP_MAX},
};

Object* make_posix_module() {
    Ref<> m = Ref<>::steal(module_new("posix"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    if (!add_functions(m.get(), POSIX_FUNCTIONS) || !add_int_constants(m.get(), POSIX_CONSTANTS)) return nullptr;
    Ref<> names = Ref<>::steal(dict_new());
    if (!names || dict_setitem_str(d, "sysconf_names", names.get()) < 0) return nullptr;
    for (const SysconfName& n : SYSCONF_NAMES) {
        Ref<> v = Ref<>::steal(int_from_i64(n.value));
        if (!v || dict_setitem_str(names.get(), n.name, v.get()) < 0) return nullptr;
    }
    Ref<> env = Ref<>::steal(environ_dict());
    if (!env || dict_setitem_str(d, "environ", env.get()) < 0) return nullptr;
    if (!add_process_functions(m.get()) || !add_dir_functions(m.get()) || !add_file_functions(m.get()) ||
        !add_fd_functions(m.get()) || !add_system_functions(m.get()))
        return nullptr;
    return m.release();
}

}  // namespace

void register_posix_module() { register_native_module("posix", make_posix_module); }

}  // namespace glasspy::stdlib
