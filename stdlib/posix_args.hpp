// The arguments the posix functions share (CPython: posixmodule.c's
// path_converter, dir_fd_converter, fildes_converter), and the one loop
// that puts a table of functions or constants into the module.  The
// functions themselves live by subject: posix_module.cpp (paths, files,
// the environment), posix_dir.cpp (listdir, scandir), posix_files.cpp (changing files: modes,
// owners, links, times), posix_fd.cpp (descriptors), posix_process.cpp (fork, wait, exec),
// posix_system.cpp (the process's ids and the machine).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace glasspy::stdlib {

// A path argument: str (UTF-8) or bytes, or an object with __fspath__
// returning one of them.  `object` keeps what the caller gave, for the
// OSError's filename; fd is set instead when the function accepts a
// descriptor (allow_fd) and got an int.
struct Path {
    std::string text;
    rt::Object* object = nullptr;  // borrowed
    bool is_bytes = false;
    bool is_fd = false;
    int fd = -1;
};

// kinds is what the message says the function accepts ("string, bytes or
// os.PathLike"); false with TypeError/ValueError set.
bool path_arg(const char* fname, const char* argname, rt::Object* o, Path* out,
              const char* kinds = "string, bytes or os.PathLike", bool allow_fd = false);

// The same for a function that also takes a descriptor: its kinds name
// "integer" too.
bool path_or_fd_arg(const char* fname, const char* argname, rt::Object* o, Path* out);

// dir_fd=None (the current directory, AT_FDCWD) or a descriptor of a
// directory; absent (null) counts as None.
bool dir_fd_arg(rt::Object* o, int* out);

// A flag such as follow_symlinks: absent means `fallback`.
bool bool_arg(rt::Object* o, bool fallback, bool* out);

// Sets the OSError for errno err and path (or, for a descriptor, no name);
// always null, for `return path_error(...)`.
rt::Object* path_error(int err, const Path& path);
// The two-name form: "[Errno 2] No such file or directory: 'a' -> 'b'".
rt::Object* path_error2(int err, const Path& src, const Path& dst);
// The OSError of errno alone; always null.
rt::Object* errno_error();

// A name from the file system in the form the path was given (str or bytes).
rt::Object* name_like(const Path& path, std::string_view name);

struct IntConstant {
    const char* name;
    long value;
};

// Adds each function (bound to module) or constant to module's namespace;
// false with the exception set.
bool add_functions(rt::Object* module, std::span<const rt::BuiltinDef> defs);
bool add_int_constants(rt::Object* module, std::span<const IntConstant> constants);

// The tables of the other posix files, added by make_posix_module.
bool add_dir_functions(rt::Object* module);     // posix_dir.cpp
bool add_file_functions(rt::Object* module);    // posix_files.cpp
bool add_fd_functions(rt::Object* module);      // posix_fd.cpp
bool add_system_functions(rt::Object* module);  // posix_system.cpp

}  // namespace glasspy::stdlib
