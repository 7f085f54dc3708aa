// The buffered layer; see io_buffered.hpp.
#include "stdlib/io_buffered.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>
#include <unistd.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/io_base.hpp"
#include "stdlib/io_fileio.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

Buffered* as_buffered(Object* o) {
    return static_cast<Buffered*>(o);
}

Object* call_raw(Buffered* b, const char* name, std::initializer_list<Object*> args = {}) {
    Ref<> n = Ref<>::steal(str_intern(name));
    if (!n) return nullptr;
    return call_method(b->raw, n.get(), args.begin(), static_cast<ssize_t>(args.size()));
}

// ---- the cookie: how C stdio reaches the raw layer
// ------------------------------------------------
//
// A FileIO raw is read and written with the system calls directly; any
// other raw object (a Python RawIOBase) through its read/write/seek
// methods, a Python exception being kept set for the caller to find.

ssize_t cookie_read(void* cookie, char* buf, std::size_t size) {
    Buffered* b = static_cast<Buffered*>(cookie);
    if (is_fileio(b->raw)) {
        GilReleased unlocked;
        ssize_t got;
        do
            got = ::read(static_cast<FileIO*>(b->raw)->fd, buf, size);
        while (got < 0 && errno == EINTR);
        return got;
    }
    Ref<> n = Ref<>::steal(int_from_ssize(static_cast<ssize_t>(size)));
    Ref<> data = Ref<>::steal(n ? call_raw(b, "read", {n.get()}) : nullptr);
    std::string_view v;
    if (!data || (data.get() != None() && !bytes_like_view(data.get(), &v))) {
        if (data) set_error(&exc::TypeError, "read() should return bytes");
        b->raw_error = true;
        errno = EIO;
        return -1;
    }
    std::size_t got = std::min(size, v.size());
    std::memcpy(buf, v.data(), got);
    return static_cast<ssize_t>(got);
}

ssize_t cookie_write(void* cookie, const char* buf, std::size_t size) {
    Buffered* b = static_cast<Buffered*>(cookie);
    if (is_fileio(b->raw)) {
        if (!fileio_write_all(static_cast<FileIO*>(b->raw), std::string_view(buf, size))) {
            b->raw_error = true;
            errno = EIO;
            return -1;
        }
        return static_cast<ssize_t>(size);
    }
    Ref<> data = Ref<>::steal(bytes_from(std::string_view(buf, size)));
    Ref<> r = Ref<>::steal(data ? call_raw(b, "write", {data.get()}) : nullptr);
    ssize_t n = static_cast<ssize_t>(size);
    if (!r || (r.get() != None() && !arg_ssize(r.get(), &n))) {
        b->raw_error = true;
        errno = EIO;
        return -1;
    }
    return n;
}

int cookie_seek(void* cookie, off64_t* pos, int whence) {
    Buffered* b = static_cast<Buffered*>(cookie);
    if (is_fileio(b->raw)) {
        off64_t r = ::lseek64(static_cast<FileIO*>(b->raw)->fd, *pos, whence);
        if (r < 0) return -1;
        *pos = r;
        return 0;
    }
    Ref<> p = Ref<>::steal(int_from_ssize(static_cast<ssize_t>(*pos)));
    Ref<> w = Ref<>::steal(int_from_ssize(whence));
    Ref<> r = Ref<>::steal(p && w ? call_raw(b, "seek", {p.get(), w.get()}) : nullptr);
    ssize_t now;
    if (!r || !arg_ssize(r.get(), &now)) {
        b->raw_error = true;
        errno = EIO;
        return -1;
    }
    *pos = now;
    return 0;
}

int cookie_close(void*) {
    return 0;
}  // the raw layer is closed by its own close()

// ---- state checks
// --------------------------------------------------------------------------------

bool raw_closed(Buffered* b, int* out) {
    if (is_fileio(b->raw)) {
        *out = static_cast<FileIO*>(b->raw)->fd < 0;
        return true;
    }
    Ref<> c = Ref<>::steal(get_attr_str(b->raw, "closed"));
    *out = c ? is_true(c.get()) : -1;
    return *out >= 0;
}

bool check_attached(Buffered* b) {
    if (b->raw) return true;
    closed_error("raw stream has been detached");
    return false;
}

// Not detached and not closed; `message` names the operation ("read of
// closed file").
bool check_usable(Buffered* b, const char* message) {
    if (!check_attached(b)) return false;
    int closed;
    if (!raw_closed(b, &closed)) return false;
    if (closed) closed_error(message);
    return !closed;
}

// After a failed stdio call: the raw object's Python exception, or OSError.
std::nullptr_t stdio_failed(Buffered* b) {
    int err = errno ? errno : EIO;
    if (b->fp) std::clearerr(b->fp);
    if (b->raw_error) {
        b->raw_error = false;
        if (error_occurred()) return nullptr;
    }
    set_os_error(err, nullptr);
    return nullptr;
}

// C stdio wants a flush or a seek between writing and reading.
bool switch_to(Buffered* b, char op) {
    if (b->last && b->last != op) {
        int r = op == 'r' ? std::fflush(b->fp) : ::fseeko(b->fp, 0, SEEK_CUR);
        if (r != 0) return (stdio_failed(b), false);
    }
    b->last = op;
    return true;
}

bool prepare_read(Buffered* b, const char* what = "read of closed file") {
    if (!b->readable) return (unsupported("read"), false);
    if (!check_usable(b, what)) return false;
    return switch_to(b, 'r');
}

// What the stdio buffer holds already read ahead (glibc's get area, the
// same fields its getc macro uses).
std::string_view read_ahead(std::FILE* fp) {
    return std::string_view(fp->_IO_read_ptr,
                            static_cast<std::size_t>(fp->_IO_read_end - fp->_IO_read_ptr));
}

// Makes sure the buffer holds something, with at most one raw read:
// getc refills an empty buffer, ungetc puts the byte back in place.
bool fill_once(Buffered* b) {
    if (!read_ahead(b->fp).empty()) return true;
    int c = std::getc(b->fp);
    if (c == EOF) {
        if (std::ferror(b->fp)) return (stdio_failed(b), false);
        std::clearerr(b->fp);  // a later read tries again, as a raw read would
        return true;
    }
    std::ungetc(c, b->fp);
    return true;
}

bool size_arg(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames, ssize_t* n) {
    *n = -1;
    if (!check_no_kwargs(fname, kwnames) || !check_positional(fname, nargs, 0, 1)) return false;
    return nargs == 0 || args[0] == None() || arg_ssize(args[0], n);
}

// ---- reading
// -------------------------------------------------------------------------------------

Object* buffered_read(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    ssize_t n;
    if (!size_arg("read", args, nargs, kwnames, &n)) return nullptr;
    if (n < -1) {
        set_error(&exc::ValueError, "read length must be non-negative or -1");
        return nullptr;
    }
    if (!prepare_read(b)) return nullptr;
    std::string out;
    if (!buffered_read_bytes(b, n, &out)) return nullptr;
    return bytes_from(out);
}

// read1(size=-1): what the buffer holds, or one raw read's worth.
Object* buffered_read1(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    ssize_t n;
    if (!size_arg("read1", args, nargs, kwnames, &n) || !prepare_read(b)) return nullptr;
    if (n == 0) return bytes_from("");
    if (!fill_once(b)) return nullptr;
    std::string_view have = read_ahead(b->fp);
    if (n > 0 && static_cast<std::size_t>(n) < have.size())
        have = have.substr(0, static_cast<std::size_t>(n));
    std::string out(have);
    std::fread(out.data(), 1, out.size(), b->fp);  // served from the buffer, no raw read
    return bytes_from(out);
}

// peek(size=0): the buffered bytes, without moving the position.
Object* buffered_peek(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    ssize_t n;
    if (!size_arg("peek", args, nargs, kwnames, &n) || !prepare_read(b, "peek of closed file") ||
        !fill_once(b))
        return nullptr;
    return bytes_from(read_ahead(b->fp));
}

Object* readinto_common(Object* self, Object* const* args, ssize_t nargs, Object* kwnames,
                        bool one) {
    Buffered* b = as_buffered(self);
    std::string_view target;
    if (!check_one_arg(one ? "readinto1" : "readinto", nargs, kwnames) || !readinto_target(args[0], &target))
        return nullptr;
    if (!prepare_read(b)) return nullptr;
    std::size_t want = target.size();
    if (one) {
        if (!fill_once(b)) return nullptr;
        want = std::min(want, read_ahead(b->fp).size());
    }
    std::size_t got = std::fread(const_cast<char*>(target.data()), 1, want, b->fp);
    if (got < want && std::ferror(b->fp)) return stdio_failed(b);
    std::clearerr(b->fp);
    return int_from_ssize(static_cast<ssize_t>(got));
}

Object* buffered_readinto(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return readinto_common(self, args, nargs, kwnames, false);
}
Object* buffered_readinto1(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return readinto_common(self, args, nargs, kwnames, true);
}

Object* readline_bytes(Buffered* b, ssize_t limit) {
    std::string out;
    int c;
    while ((limit < 0 || static_cast<ssize_t>(out.size()) < limit) &&
           (c = std::getc(b->fp)) != EOF) {
        out += static_cast<char>(c);
        if (c == '\n') break;
    }
    if (std::ferror(b->fp)) return stdio_failed(b);
    std::clearerr(b->fp);
    return bytes_from(out);
}

Object* buffered_readline(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    ssize_t n;
    if (!size_arg("readline", args, nargs, kwnames, &n) ||
        !prepare_read(b, "readline of closed file"))
        return nullptr;
    return readline_bytes(b, n);
}

Object* buffered_iternext(Object* self) {
    Buffered* b = as_buffered(self);
    if (!prepare_read(b, "readline of closed file")) return nullptr;
    Object* line = readline_bytes(b, -1);
    if (line && bytes_size(line) == 0) {
        decref(line);
        return nullptr;
    }
    return line;
}

// ---- writing, position, closing
// ------------------------------------------------------------------

Object* buffered_write(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    std::string_view data;
    if (!check_one_arg("write", nargs, kwnames) || !write_source(args[0], &data)) return nullptr;
    if (!b->writable) return unsupported("write");
    if (!check_usable(b, "write to closed file")) return nullptr;
    if (!buffered_write_bytes(b, data)) return nullptr;
    return int_from_ssize(static_cast<ssize_t>(data.size()));
}

Object* buffered_flush_method(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    if (!check_no_args("flush", nargs, kwnames) ||
        !check_usable(b, b->writable ? "flush of closed file" : "I/O operation on closed file."))
        return nullptr;
    return buffered_flush(b) ? none_ref() : nullptr;
}

Object* buffered_seek(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    ssize_t pos, whence = 0;
    if (!check_no_kwargs("seek", kwnames) || !check_positional("seek", nargs, 1, 2)) return nullptr;
    if (!arg_ssize(args[0], &pos) || (nargs > 1 && !arg_ssize(args[1], &whence))) return nullptr;
    if (whence < 0 || whence > 2) {
        set_error_fmt(&exc::ValueError, "whence value {} unsupported", whence);
        return nullptr;
    }
    if (!check_usable(b, "seek of closed file")) return nullptr;
    if (::fseeko(b->fp, static_cast<off_t>(pos), static_cast<int>(whence)) != 0)
        return stdio_failed(b);
    b->last = 0;
    off_t now = ::ftello(b->fp);
    if (now < 0) return stdio_failed(b);
    return int_from_ssize(static_cast<ssize_t>(now));
}

Object* buffered_tell(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    if (!check_no_args("tell", nargs, kwnames) || !check_usable(b, "I/O operation on closed file"))
        return nullptr;
    off_t now = ::ftello(b->fp);
    if (now < 0) return stdio_failed(b);
    return int_from_ssize(static_cast<ssize_t>(now));
}

Object* buffered_truncate(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    if (!check_no_kwargs("truncate", kwnames) || !check_positional("truncate", nargs, 0, 1) ||
        !check_usable(b, "truncate of closed file"))
        return nullptr;
    if (!b->writable) return unsupported("truncate");
    if (!buffered_flush(b)) return nullptr;
    Ref<> pos;
    if (nargs == 1 && args[0] != None()) {
        pos = new_ref(args[0]);
    } else {
        off_t now = ::ftello(b->fp);
        if (now < 0) return stdio_failed(b);
        pos = Ref<>::steal(int_from_ssize(static_cast<ssize_t>(now)));
    }
    return pos ? call_raw(b, "truncate", {pos.get()}) : nullptr;
}

// Lets go of the stdio stream: flushed, and closed if it is ours.
bool release_fp(Buffered* b) {
    if (!b->fp) return true;
    bool ok = std::fflush(b->fp) == 0 || (stdio_failed(b), false);
    std::FILE* fp = b->fp;
    if (b->owns_fp) {
        b->fp = nullptr;
        std::fclose(fp);
    }
    return ok;
}

Object* buffered_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    if (!check_no_args("close", nargs, kwnames) || !check_attached(b)) return nullptr;
    int closed;
    if (!raw_closed(b, &closed)) return nullptr;
    if (closed) return none_ref();
    bool flushed = release_fp(b);
    Ref<> saved = flushed ? Ref<>() : fetch_error();
    Ref<> r = Ref<>::steal(call_raw(b, "close"));
    if (saved) {
        set_exception(saved.get());  // the flush's error wins, as in CPython
        return nullptr;
    }
    return r.release();
}

Object* buffered_detach(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    if (!check_no_args("detach", nargs, kwnames) || !check_attached(b)) return nullptr;
    if (!release_fp(b)) return nullptr;
    Object* raw = b->raw;
    b->raw = nullptr;
    return raw;
}

// The questions the raw layer answers.
Object* ask_raw(Object* self, const char* name, ssize_t nargs, Object* kwnames) {
    Buffered* b = as_buffered(self);
    if (!check_no_args(name, nargs, kwnames) || !check_attached(b)) return nullptr;
    return call_raw(b, name);
}

Object* buffered_fileno(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_raw(s, "fileno", n, k);
}
Object* buffered_isatty(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_raw(s, "isatty", n, k);
}
Object* buffered_seekable(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_raw(s, "seekable", n, k);
}
Object* buffered_readable(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_raw(s, "readable", n, k);
}
Object* buffered_writable(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_raw(s, "writable", n, k);
}

const BuiltinDef BUFFERED_METHODS[] = {
    {"read", buffered_read, "Read and return up to n bytes, to the end of the stream for n < 0."},
    {"read1", buffered_read1,
     "Read and return up to n bytes, with at most one read() call on the raw stream."},
    {"peek", buffered_peek, "Return buffered bytes without advancing the position."},
    {"readinto", buffered_readinto, nullptr},
    {"readinto1", buffered_readinto1, nullptr},
    {"readline", buffered_readline, nullptr},
    {"write", buffered_write, nullptr},
    {"flush", buffered_flush_method, nullptr},
    {"seek", buffered_seek, nullptr},
    {"tell", buffered_tell, nullptr},
    {"truncate", buffered_truncate, nullptr},
    {"close", buffered_close, nullptr},
    {"detach", buffered_detach, nullptr},
    {"fileno", buffered_fileno, nullptr},
    {"isatty", buffered_isatty, nullptr},
    {"seekable", buffered_seekable, nullptr},
    {"readable", buffered_readable, nullptr},
    {"writable", buffered_writable, nullptr},
    {nullptr, nullptr, nullptr},
};

Object* get_raw_attr(Object* self, const char* name) {
    Buffered* b = as_buffered(self);
    if (!check_attached(b)) return nullptr;
    return get_attr_str(b->raw, name);
}

const GetSetDef BUFFERED_GETSET[] = {
    {"raw",
     [](Object* s) -> Object* {
         return as_buffered(s)->raw ? new_ref(as_buffered(s)->raw).release() : none_ref();
     },
     nullptr, nullptr},
    {"closed", [](Object* s) { return get_raw_attr(s, "closed"); }, nullptr, nullptr},
    {"name", [](Object* s) { return get_raw_attr(s, "name"); }, nullptr, nullptr},
    {"mode", [](Object* s) { return get_raw_attr(s, "mode"); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Object* buffered_repr(Object* self) {
    Buffered* b = as_buffered(self);
    Ref<> name = Ref<>::steal(b->raw ? get_attr_str(b->raw, "name") : nullptr);
    if (!name) {
        if (error_occurred() && !error_matches(&exc::AttributeError) &&
            !error_matches(&exc::ValueError))
            return nullptr;
        clear_error();
        return str_from_utf8(fmt::format("<{}>", self->ob_type->tp_name));
    }
    Ref<> r = Ref<>::steal(repr(name.get()));
    if (!r) return nullptr;
    return str_from_utf8(fmt::format("<{} name={}>", self->ob_type->tp_name, str_to_utf8(r.get())));
}

void buffered_dealloc(Object* self) {
    Buffered* b = as_buffered(self);
    if (b->raw) {
        // Closing a forgotten file flushes what it buffered (CPython's
        // finaliser calls close()); an error is lost, there is no caller.
        Ref<> saved = fetch_error();
        Ref<> r = Ref<>::steal(buffered_close(self, nullptr, 0, nullptr));
        if (!r) clear_error();
        if (saved) set_exception(saved.get());
    }
    if (b->fp && b->owns_fp) std::fclose(b->fp);
    b->fp = nullptr;
    clear(b->raw);
    free_object(self);
}

// Checks raw.readable()/writable() as the type needs.
bool raw_can(Object* raw, const char* what, const char* message) {
    Ref<> n = Ref<>::steal(str_intern(what));
    Ref<> r = Ref<>::steal(n ? call_method(raw, n.get(), nullptr, 0) : nullptr);
    if (!r) return false;
    int t = is_true(r.get());
    if (t == 0) unsupported(message);
    return t > 0;
}

// BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE), and the others.
Object* buffered_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"raw", "buffer_size"};
    const char* fname = type == &buffered_reader_type   ? "BufferedReader"
                        : type == &buffered_writer_type ? "BufferedWriter"
                                                        : "BufferedRandom";
    ArgParser parser{fname, kw, 1, 2, 0};
    Object* argv[2];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    ssize_t size = DEFAULT_BUFFER_SIZE;
    if (argv[1] && !arg_ssize(argv[1], &size)) return nullptr;
    return buffered_new(type, argv[0], size);
}

TypeObject make_buffered_type(const char* name, const char* doc) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_doc = doc;
    t.tp_basicsize = sizeof(Buffered);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_base = &bufferediobase_type;
    t.tp_new = buffered_tp_new;
    t.tp_dealloc = buffered_dealloc;
    t.tp_repr = buffered_repr;
    t.tp_iternext = buffered_iternext;
    t.tp_methods = BUFFERED_METHODS;
    t.tp_getset = BUFFERED_GETSET;
    return t;
}

Buffered* buffered_alloc(TypeObject* type, Object* raw) {
    Object* mem = alloc_object(type);
    if (!mem) return static_cast<Buffered*>(no_memory());
    auto* b = static_cast<Buffered*>(mem);
    b->raw = new_ref(raw).release();
    b->fp = nullptr;
    b->owns_fp = false;
    b->readable = type != &buffered_writer_type;
    b->writable = type != &buffered_reader_type;
    b->raw_error = false;
    b->last = 0;
    return b;
}

}  // namespace

TypeObject buffered_reader_type = make_buffered_type(
    "_io.BufferedReader", "Create a new buffered reader using the given readable raw IO object.");
TypeObject buffered_writer_type =
    make_buffered_type("_io.BufferedWriter", "A buffer for a writeable sequential RawIO object.");
TypeObject buffered_random_type =
    make_buffered_type("_io.BufferedRandom", "A buffered interface to random access streams.");

Object* buffered_new(TypeObject* type, Object* raw, ssize_t buffer_size) {
    bool reads = type != &buffered_writer_type, writes = type != &buffered_reader_type;
    if (type == &buffered_random_type &&
        !raw_can(raw, "seekable", "File or stream is not seekable."))
        return nullptr;
    if (reads && !raw_can(raw, "readable", "File or stream is not readable.")) return nullptr;
    if (writes && !raw_can(raw, "writable", "File or stream is not writable.")) return nullptr;
    if (buffer_size <= 0) {
        set_error(&exc::ValueError, "buffer size must be strictly positive");
        return nullptr;
    }
    Ref<Buffered> b = Ref<Buffered>::steal(buffered_alloc(type, raw));
    if (!b) return nullptr;
    cookie_io_functions_t io{cookie_read, cookie_write, cookie_seek, cookie_close};
    b->fp = ::fopencookie(b.get(), reads && writes ? "r+" : reads ? "r" : "w", io);
    if (!b->fp) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    b->owns_fp = true;
    std::setvbuf(b->fp, nullptr, _IOFBF, static_cast<std::size_t>(buffer_size));
    return b.release();
}

Object* buffered_over_stdio(TypeObject* type, Object* raw, std::FILE* fp) {
    Buffered* b = buffered_alloc(type, raw);
    if (b) b->fp = fp;
    return b;
}

bool buffered_usable(Buffered* b) {
    return b->raw && b->fp && !(is_fileio(b->raw) && static_cast<FileIO*>(b->raw)->fd < 0);
}

bool buffered_write_bytes(Buffered* b, std::string_view data) {
    if (!switch_to(b, 'w')) return false;
    if (std::fwrite(data.data(), 1, data.size(), b->fp) != data.size())
        return (stdio_failed(b), false);
    return true;
}

bool buffered_read_bytes(Buffered* b, ssize_t n, std::string* out) {
    if (!switch_to(b, 'r')) return false;
    if (n < 0) {
        char buf[DEFAULT_BUFFER_SIZE];
        std::size_t got;
        while ((got = std::fread(buf, 1, sizeof buf, b->fp)) > 0)
            out->append(buf, got);
    } else {
        out->resize(static_cast<std::size_t>(n));
        out->resize(std::fread(out->data(), 1, static_cast<std::size_t>(n), b->fp));
    }
    if (std::ferror(b->fp)) return (stdio_failed(b), false);
    std::clearerr(
        b->fp);  // end of file now does not mean end of file later (a terminal, a growing file)
    return true;
}

bool buffered_read1_bytes(Buffered* b, std::size_t n, std::string* out) {
    if (!switch_to(b, 'r') || !fill_once(b)) return false;
    out->resize(std::min(n, read_ahead(b->fp).size()));
    out->resize(std::fread(out->data(), 1, out->size(), b->fp));
    return true;
}

bool buffered_flush(Buffered* b) {
    return std::fflush(b->fp) == 0 || (stdio_failed(b), false);
}

bool buffered_init() {
    for (TypeObject* t : {&buffered_reader_type, &buffered_writer_type, &buffered_random_type})
        if (!t->tp_dict && type_ready(t) < 0) return false;
    return true;
}

}  // namespace glasspy::stdlib
