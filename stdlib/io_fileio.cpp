// _io.FileIO, the raw layer; see io_fileio.hpp.
//
// Each method is one system call (read(2), write(2), lseek(2)...), made
// without the GIL so that other threads run while it blocks.  A read or
// write that would block on a non-blocking descriptor returns None.
#include "stdlib/io_fileio.hpp"

#include <cerrno>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/io_base.hpp"
#include "stdlib/posix_args.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

FileIO* as_fileio(Object* o) {
    return static_cast<FileIO*>(o);
}

// FileIO's own closed message has no full stop (CPython's err_closed).
bool check_open(FileIO* f) {
    if (f->fd >= 0) return true;
    closed_error("I/O operation on closed file");
    return false;
}

bool check_readable(FileIO* f) {
    if (!check_open(f)) return false;
    if (!f->readable) unsupported("File not open for reading");
    return f->readable;
}

bool check_writable(FileIO* f) {
    if (!check_open(f)) return false;
    if (!f->writable) unsupported("File not open for writing");
    return f->writable;
}

// The mode letters: each of r w x a + b at most once, exactly one of
// r w x a.  Sets the flags for open(2).
bool parse_mode(FileIO* f, const std::string& mode, int* flags) {
    bool rwa = false, plus = false;
    auto bad = [&]() {
        set_error_fmt(&exc::ValueError, "invalid mode: {}", mode);
        return false;
    };
    auto one_of = [&]() {
        set_error(&exc::ValueError,
                  "Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    };
    *flags = 0;
    for (char c : mode) {
        switch (c) {
            case 'x':
            case 'r':
            case 'w':
            case 'a':
                if (rwa) return one_of();
                rwa = true;
                if (c == 'x') f->created = f->writable = true, *flags |= O_EXCL | O_CREAT;
                if (c == 'r') f->readable = true;
                if (c == 'w') f->writable = true, *flags |= O_CREAT | O_TRUNC;
                if (c == 'a') f->writable = f->appending = true, *flags |= O_APPEND | O_CREAT;
                break;
            case '+':
                if (plus) return one_of();
                f->readable = f->writable = plus = true;
                break;
            case 'b': break;
            default: return bad();
        }
    }
    if (!rwa) return one_of();
    *flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    *flags |= O_CLOEXEC;
    return true;
}

FileIO* fileio_alloc(TypeObject* type) {
    Object* mem = alloc_object(type);
    if (!mem) return static_cast<FileIO*>(no_memory());
    auto* f = static_cast<FileIO*>(mem);
    f->fd = -1;
    f->name = nullptr;
    f->created = f->readable = f->writable = f->appending = false;
    f->closefd = true;
    f->seekable = -1;
    return f;
}

// Opens `file` into f: a descriptor (an int) or a path, through opener
// when one is given.
bool fileio_setup(FileIO* f, Object* file, const std::string& mode, bool closefd, Object* opener) {
    int flags;
    if (!parse_mode(f, mode, &flags)) return false;
    if (is_int(file)) {
        ssize_t fd;
        if (!int_as_ssize(file, &fd)) return false;
        if (fd < 0) {
            set_error(&exc::ValueError, "negative file descriptor");
            return false;
        }
        f->fd = static_cast<int>(fd);
        f->closefd = closefd;
    } else {
        if (!closefd) {
            set_error(&exc::ValueError, "Cannot use closefd=False with file name");
            return false;
        }
        Path path;
        if (!path_arg("FileIO", "file", file, &path, "string, bytes or os.PathLike")) {
            if (!error_matches(&exc::TypeError)) return false;
            clear_error();  // open()'s own wording (os.fspath's)
            set_error_fmt(&exc::TypeError, "expected str, bytes or os.PathLike object, not {}",
                          type_name(file));
            return false;
        }
        if (path.text.find('\0') != std::string::npos) {
            set_error(&exc::ValueError, "embedded null byte");
            return false;
        }
        if (opener && opener != None()) {
            Ref<> fl = Ref<>::steal(int_from_ssize(flags));
            Object* args[] = {file, fl.get()};
            Ref<> r = Ref<>::steal(fl ? call(opener, args, 2) : nullptr);
            ssize_t fd;
            if (!r || !arg_ssize(r.get(), &fd)) return false;
            if (fd < 0) {
                set_error_fmt(&exc::ValueError, "opener returned {}", fd);
                return false;
            }
            f->fd = static_cast<int>(fd);
        } else {
            int fd;
            {
                GilReleased unlocked;
                do
                    fd = ::open(path.text.c_str(), flags, 0666);
                while (fd < 0 && errno == EINTR);
            }
            if (fd < 0) {
                set_os_error(errno, file);
                return false;
            }
            f->fd = fd;
        }
        f->closefd = true;
        // open(2) lets a directory be opened for reading; reading it fails later.
        struct stat st;
        if (::fstat(f->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            ::close(f->fd);
            f->fd = -1;
            set_os_error(EISDIR, file);
            return false;
        }
    }
    if (f->appending) ::lseek(f->fd, 0, SEEK_END);  // so that tell() starts at the end
    f->name = new_ref(file).release();
    return true;
}

// ---- reading and writing ------------------------------------------------------------------------

// One read(2) into buf; -1 with errno set.
ssize_t read_once(FileIO* f, char* buf, std::size_t n) {
    GilReleased unlocked;
    ssize_t got;
    do
        got = ::read(f->fd, buf, n);
    while (got < 0 && errno == EINTR);
    return got;
}

Object* read_failed() {
    if (errno == EAGAIN) return none_ref();
    set_os_error(errno, nullptr);
    return nullptr;
}

// Everything to the end of the file, reading in growing chunks (sized by
// fstat when the file has a size).
Object* read_all(FileIO* f) {
    std::string out;
    std::size_t chunk = DEFAULT_BUFFER_SIZE;
    struct stat st;
    if (::fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size > pos) chunk = static_cast<std::size_t>(st.st_size - pos) + 1;
    }
    for (;;) {
        std::size_t have = out.size();
        out.resize(have + chunk);
        ssize_t got = read_once(f, out.data() + have, chunk);
        if (got < 0) {
            if (errno == EAGAIN && have > 0) {
                out.resize(have);
                break;
            }
            return read_failed();
        }
        out.resize(have + static_cast<std::size_t>(got));
        if (got == 0) break;
        chunk = std::max<std::size_t>(chunk, out.size() / 4);  // grow, as CPython's new_buffersize
    }
    return bytes_from(out);
}

Object* fileio_read(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileIO* f = as_fileio(self);
    ssize_t n = -1;
    if (!check_no_kwargs("read", kwnames) || !check_positional("read", nargs, 0, 1) ||
        (nargs == 1 && args[0] != None() && !arg_ssize(args[0], &n)) || !check_readable(f))
        return nullptr;
    if (n < 0) return read_all(f);
    std::string buf(static_cast<std::size_t>(n), '\0');
    ssize_t got = read_once(f, buf.data(), buf.size());
    if (got < 0) return read_failed();
    buf.resize(static_cast<std::size_t>(got));
    return bytes_from(buf);
}

Object* fileio_readall(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("readall", nargs, kwnames) || !check_readable(as_fileio(self)))
        return nullptr;
    return read_all(as_fileio(self));
}

// readinto(b): one read(2) straight into a bytearray.
Object* fileio_readinto(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileIO* f = as_fileio(self);
    std::string_view target;
    if (!check_one_arg("readinto", nargs, kwnames) || !readinto_target(args[0], &target)) return nullptr;
    if (!check_readable(f)) return nullptr;
    ssize_t got = read_once(f, const_cast<char*>(target.data()), target.size());
    if (got < 0) return read_failed();
    return int_from_ssize(got);
}

// write(b): one write(2); how many bytes it took.
Object* fileio_write(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileIO* f = as_fileio(self);
    std::string_view data;
    if (!check_one_arg("write", nargs, kwnames) || !write_source(args[0], &data)) return nullptr;
    if (!check_writable(f)) return nullptr;
    ssize_t put;
    {
        GilReleased unlocked;
        do
            put = ::write(f->fd, data.data(), data.size());
        while (put < 0 && errno == EINTR);
    }
    if (put < 0) return read_failed();
    return int_from_ssize(put);
}

// ---- position, size, closing -------------------------------------------------------------------

Object* fileio_seek(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileIO* f = as_fileio(self);
    ssize_t pos, whence = 0;
    if (!check_no_kwargs("seek", kwnames) || !check_positional("seek", nargs, 1, 2) ||
        !check_open(f))
        return nullptr;
    if (is_float(args[0])) {
        set_error(&exc::TypeError, "an integer is required");
        return nullptr;
    }
    if (!arg_ssize(args[0], &pos) || (nargs > 1 && !arg_ssize(args[1], &whence))) return nullptr;
    off_t r = ::lseek(f->fd, static_cast<off_t>(pos), static_cast<int>(whence));
    if (r < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return int_from_ssize(static_cast<ssize_t>(r));
}

Object* fileio_tell(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    FileIO* f = as_fileio(self);
    if (!check_no_args("tell", nargs, kwnames) || !check_open(f)) return nullptr;
    off_t r = ::lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return int_from_ssize(static_cast<ssize_t>(r));
}

Object* fileio_truncate(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileIO* f = as_fileio(self);
    if (!check_no_kwargs("truncate", kwnames) || !check_positional("truncate", nargs, 0, 1) ||
        !check_writable(f))
        return nullptr;
    ssize_t size;
    if (nargs == 0 || args[0] == None()) {
        size = static_cast<ssize_t>(::lseek(f->fd, 0, SEEK_CUR));
    } else if (!arg_ssize(args[0], &size)) {
        return nullptr;
    }
    if (::ftruncate(f->fd, static_cast<off_t>(size)) != 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return int_from_ssize(size);
}

bool do_close(FileIO* f) {
    int fd = f->fd;
    if (fd < 0) return true;
    f->fd = -1;
    if (f->closefd && ::close(fd) != 0) {
        set_os_error(errno, nullptr);
        return false;
    }
    return true;
}

Object* fileio_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    return do_close(as_fileio(self)) ? none_ref() : nullptr;
}

Object* fileio_fileno(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("fileno", nargs, kwnames) || !check_open(as_fileio(self))) return nullptr;
    return int_from_ssize(as_fileio(self)->fd);
}

Object* fileio_isatty(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("isatty", nargs, kwnames) || !check_open(as_fileio(self))) return nullptr;
    return bool_from(::isatty(as_fileio(self)->fd) != 0);
}

Object* fileio_readable(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("readable", nargs, kwnames) || !check_open(as_fileio(self))) return nullptr;
    return bool_from(as_fileio(self)->readable);
}

Object* fileio_writable(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("writable", nargs, kwnames) || !check_open(as_fileio(self))) return nullptr;
    return bool_from(as_fileio(self)->writable);
}

Object* fileio_seekable(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    FileIO* f = as_fileio(self);
    if (!check_no_args("seekable", nargs, kwnames) || !check_open(f)) return nullptr;
    if (f->seekable < 0) f->seekable = ::lseek(f->fd, 0, SEEK_CUR) >= 0;
    return bool_from(f->seekable != 0);
}

const BuiltinDef FILEIO_METHODS[] = {
    {"read", fileio_read, "Read at most size bytes, returned as bytes."},
    {"readall", fileio_readall, "Read all data from the file, returned as bytes."},
    {"readinto", fileio_readinto, "Same as RawIOBase.readinto()."},
    {"write", fileio_write, "Write buffer b to file, return number of bytes written."},
    {"seek", fileio_seek, "Move to new file position and return the file position."},
    {"tell", fileio_tell, "Current file position."},
    {"truncate", fileio_truncate,
     "Truncate the file to at most size bytes and return the truncated size."},
    {"close", fileio_close, "Close the file."},
    {"seekable", fileio_seekable, "True if file supports random-access."},
    {"readable", fileio_readable, "True if file was opened in a read mode."},
    {"writable", fileio_writable, "True if file was opened in a write mode."},
    {"fileno", fileio_fileno, "Return the underlying file descriptor (an integer)."},
    {"isatty", fileio_isatty, "True if the file is connected to a TTY device."},
    {nullptr, nullptr, nullptr},
};

const GetSetDef FILEIO_GETSET[] = {
    {"closed", [](Object* s) { return bool_from(as_fileio(s)->fd < 0); }, nullptr,
     "True if the file is closed"},
    {"closefd", [](Object* s) { return bool_from(as_fileio(s)->closefd); }, nullptr,
     "True if the file descriptor will be closed by close()."},
    {"mode", [](Object* s) { return str_from_utf8(fileio_mode(as_fileio(s))); }, nullptr,
     "String giving the file mode"},
    {"name",
     [](Object* s) -> Object* {
         if (as_fileio(s)->name) return new_ref(as_fileio(s)->name).release();
         set_error(&exc::AttributeError, "'_io.FileIO' object has no attribute 'name'");
         return nullptr;
     },
     [](Object* s, Object* v) {
         Object* old = as_fileio(s)->name;
         as_fileio(s)->name = v ? new_ref(v).release() : nullptr;
         xdecref(old);
         return 0;
     },
     nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Object* fileio_repr(Object* self) {
    FileIO* f = as_fileio(self);
    if (f->fd < 0) return str_from_utf8(fmt::format("<{} [closed]>", self->ob_type->tp_name));
    std::string what = fmt::format("fd={}", f->fd);
    if (f->name) {
        Ref<> r = Ref<>::steal(repr(f->name));
        if (!r) return nullptr;
        what = "name=" + str_to_utf8(r.get());
    }
    return str_from_utf8(fmt::format("<{} {} mode='{}' closefd={}>", self->ob_type->tp_name, what,
                                     fileio_mode(f), f->closefd ? "True" : "False"));
}

void fileio_dealloc(Object* self) {
    FileIO* f = as_fileio(self);
    if (f->fd >= 0 && f->closefd) ::close(f->fd);
    f->fd = -1;
    clear(f->name);
    free_object(self);
}

// FileIO(file, mode='r', closefd=True, opener=None)
Object* fileio_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"file", "mode", "closefd", "opener"};
    static constexpr ArgParser parser{"FileIO", kw, 1, 4, 0};
    Object* argv[4];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    std::string mode = "r";
    if (argv[1] && !arg_str_utf8(argv[1], "FileIO", "argument 'mode'", &mode)) return nullptr;
    int closefd = 1;
    if (argv[2] && (closefd = is_true(argv[2])) < 0) return nullptr;
    Ref<FileIO> f = Ref<FileIO>::steal(fileio_alloc(type));
    if (!f || !fileio_setup(f.get(), argv[0], mode, closefd != 0, argv[3])) return nullptr;
    return f.release();
}

TypeObject make_fileio_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_io.FileIO";
    t.tp_basicsize = sizeof(FileIO);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_base = &rawiobase_type;
    t.tp_doc = "Open a file.";
    t.tp_new = fileio_tp_new;
    t.tp_dealloc = fileio_dealloc;
    t.tp_repr = fileio_repr;
    t.tp_methods = FILEIO_METHODS;
    t.tp_getset = FILEIO_GETSET;
    return t;
}

}  // namespace

TypeObject fileio_type = make_fileio_type();

std::string fileio_mode(const FileIO* f) {
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}

Object* fileio_from_fd(int fd, Object* name, const char* mode, bool closefd) {
    Ref<FileIO> f = Ref<FileIO>::steal(fileio_alloc(&fileio_type));
    int flags;
    if (!f || !parse_mode(f.get(), mode, &flags)) return nullptr;
    f->fd = fd;
    f->closefd = closefd;
    f->name = new_ref(name).release();
    return f.release();
}

Object* fileio_open(Object* file, const std::string& mode, bool closefd, Object* opener) {
    Ref<FileIO> f = Ref<FileIO>::steal(fileio_alloc(&fileio_type));
    if (!f || !fileio_setup(f.get(), file, mode, closefd, opener)) return nullptr;
    return f.release();
}

bool fileio_write_all(FileIO* f, std::string_view data) {
    while (!data.empty()) {
        ssize_t put;
        {
            GilReleased unlocked;
            do
                put = ::write(f->fd, data.data(), data.size());
            while (put < 0 && errno == EINTR);
        }
        if (put < 0) {
            set_os_error(errno, nullptr);
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(put));
    }
    return true;
}

bool fileio_init() {
    return fileio_type.tp_dict || type_ready(&fileio_type) >= 0;
}

}  // namespace glasspy::stdlib
