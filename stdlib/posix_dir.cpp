// posix, reading directories: listdir and the native half of scandir
// (CPython: posixmodule.c's os_listdir_impl and the ScandirIterator).
//
// scandir here reads the whole directory at once and hands os.py a list of
// (name, d_type, d_ino) tuples; os.py's DirEntry and ScandirIterator are
// built on them.  d_type is what makes scandir cheaper than listdir + stat:
// most file systems say in the directory entry itself whether a name is a
// file, a directory or a symbolic link, so is_dir() needs no system call.
// When they don't (DT_UNKNOWN), DirEntry falls back to stat, as CPython's does.
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/posix_args.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// The path=None argument of listdir and scandir: "." when absent.  The
// OSError then still names "." (a str), as CPython's does.
bool dir_path_arg(const char* fname, Object* o, Path* path) {
    if (o && o != None())
        return path_arg(fname, "path", o, path, "string, bytes, os.PathLike, integer or None",
                        true);
    path->text.assign(1, '.');  // (GCC 12 warns, wrongly, of operator=(".") here: -Wrestrict)
    return true;
}

Object* dir_error(int err, const Path& path) {
    if (path.object || path.is_fd) return path_error(err, path);
    Ref<> dot = Ref<>::steal(str_from_utf8("."));
    if (dot) set_os_error(err, dot.get());
    return nullptr;
}

// Opens the directory; a descriptor is duplicated first, so that closedir
// leaves the caller's open (and rewound, to read it from the start).
DIR* open_dir(const Path& path) {
    if (!path.is_fd) return ::opendir(path.text.c_str());
    int copy = ::fcntl(path.fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) return nullptr;
    DIR* dir = ::fdopendir(copy);
    if (!dir) {
        int err = errno;
        ::close(copy);
        errno = err;
        return nullptr;
    }
    ::rewinddir(dir);
    return dir;
}

// Reads every entry but "." and "..", appending what make_item makes of
// it to a new list; null with the OSError set.
template <typename MakeItem> Object* read_dir(const char* fname, Object* const* args, ssize_t nargs,
                                              Object* kwnames, MakeItem make_item) {
    static constexpr const char* kw[] = {"path"};
    ArgParser parser{fname, kw, 0, 1, 0};
    Object* argv[1];
    Path path;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !dir_path_arg(fname, argv[0], &path))
        return nullptr;
    DIR* dir = open_dir(path);
    if (!dir) return dir_error(errno, path);
    Ref<> items = Ref<>::steal(list_new(0));
    while (items) {
        errno = 0;
        dirent* entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0) {
                dir_error(errno, path);
                items = Ref<>();
            }
            break;
        }
        std::string_view name = entry->d_name;
        if (name == "." || name == "..") continue;
        if (!put_in_list(items.get(), make_item(path, name, *entry))) items = Ref<>();
    }
    ::closedir(dir);
    return items.release();
}

Object* posix_listdir(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return read_dir("listdir", args, nargs, kwnames,
                    [](const Path& path, std::string_view name, const dirent&) {
                        return name_like(path, name);
                    });
}

// _scandir(path=None) -> [(name, d_type, d_ino), ...] for os.scandir.
Object* posix_scandir_entries(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return read_dir(
        "scandir", args, nargs, kwnames,
        [](const Path& path, std::string_view name, const dirent& e) {
            Ref<> n = Ref<>::steal(name_like(path, name));
            Ref<> type = Ref<>::steal(int_from_i64(e.d_type));
            Ref<> ino = Ref<>::steal(int_from_i64(static_cast<std::int64_t>(e.d_ino)));
            return n && type && ino ? tuple_pack({n.get(), type.get(), ino.get()}) : nullptr;
        });
}

const BuiltinDef DIR_FUNCTIONS[] = {
    {"listdir", posix_listdir,
     "listdir($module, /, path=None)\n--\n\n"
     "Return a list containing the names of the files in the directory."},
    {"_scandir", posix_scandir_entries,
     "_scandir($module, /, path=None)\n--\n\n"
     "The entries of a directory as (name, d_type, d_ino) tuples, for os.scandir."},
};

// The d_type values DirEntry tells apart.
const IntConstant DIR_CONSTANTS[] = {
    {"_DT_UNKNOWN", DT_UNKNOWN},
    {"_DT_DIR", DT_DIR},
    {"_DT_REG", DT_REG},
    {"_DT_LNK", DT_LNK},
};

}  // namespace

bool add_dir_functions(Object* module) {
    return add_functions(module, DIR_FUNCTIONS) && add_int_constants(module, DIR_CONSTANTS);
}

}  // namespace glasspy::stdlib
