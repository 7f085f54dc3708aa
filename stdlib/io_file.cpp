// File objects and open(); see io_file.hpp.
#include "stdlib/io_file.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

constexpr std::size_t CHUNK = 8192;  // CPython's DEFAULT_BUFFER_SIZE

FileObject* as_file(Object* o) { return static_cast<FileObject*>(o); }


// io.UnsupportedOperation: both an OSError and a ValueError, made as a
// class the first time it is raised.
TypeObject* unsupported_operation() {
    static Object* type = nullptr;
    if (!type) {
        Ref<> name = Ref<>::steal(str_from_utf8("UnsupportedOperation"));
        Ref<> bases = Ref<>::steal(tuple_pack({&exc::OSError, &exc::ValueError}));
        Ref<> ns = Ref<>::steal(dict_new());
        Ref<> module = Ref<>::steal(str_from_utf8("io"));
        if (!name || !bases || !ns || !module || dict_setitem_str(ns.get(), "__module__", module.get()) < 0)
            return nullptr;
        Object* args[] = {name.get(), bases.get(), ns.get()};
        type = call(&type_type, args, 3);
        if (!type) return nullptr;
        interp().static_roots.push_back(type);
    }
    return static_cast<TypeObject*>(type);
}

std::nullptr_t unsupported(const char* what) {
    if (TypeObject* t = unsupported_operation()) set_error(t, what);
    return nullptr;
}

bool check_open(FileObject* f) {
    if (!f->closed) return true;
    set_error(&exc::ValueError, "I/O operation on closed file.");
    return false;
}

bool check_readable(FileObject* f) {
    if (!check_open(f)) return false;
    if (f->readable) return true;
    unsupported(f->text ? "not readable" : "read");
    return false;
}

bool check_writable(FileObject* f) {
    if (!check_open(f)) return false;
    if (f->writable) return true;
    unsupported(f->text ? "not writable" : "write");
    return false;
}

bool io_error(FileObject* f) {
    set_os_error(errno ? errno : EIO, nullptr);
    std::clearerr(f->fp);
    return false;
}

// ---- reading text -----------------------------------------------------------------------------

// How many bytes at the end of `data` start a UTF-8 sequence that the
// next chunk completes.
std::size_t incomplete_utf8_tail(const std::string& data) {
    std::size_t n = data.size();
    for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
        auto c = static_cast<unsigned char>(data[n - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        std::size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

// Universal newlines: "\r\n" and a lone "\r" read as "\n".
void append_translated(FileObject* f, std::string_view text) {
    std::size_t i = 0;
    if (f->held_cr) {
        f->held_cr = false;
        f->pending += '\n';
        if (!text.empty() && text[0] == '\n') i = 1;
    }
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c != '\r') {
            f->pending += c;
            continue;
        }
        if (i + 1 == text.size()) {
            f->held_cr = true;  // the next chunk may start with '\n'
        } else {
            f->pending += '\n';
            if (text[i + 1] == '\n') ++i;
        }
    }
}

// Reads and decodes one more chunk into f->pending; false with an error
// set on failure.  At the end of the file sets f->eof.
bool fill(FileObject* f) {
    if (f->eof) return true;
    std::string raw(CHUNK, '\0');
    std::size_t got = std::fread(raw.data(), 1, CHUNK, f->fp);
    if (got < CHUNK && std::ferror(f->fp)) return io_error(f);
    raw.resize(got);
    bool at_end = got < CHUNK;
    // A multibyte character split by the chunk waits for its rest.
    std::string tail;
    bool utf8 = f->encoding == "utf-8" || f->encoding == "UTF-8" || f->encoding == "utf8";
    if (utf8 && !at_end) {
        std::size_t keep = incomplete_utf8_tail(raw);
        tail = raw.substr(raw.size() - keep);
        raw.resize(raw.size() - keep);
    }
    if (!tail.empty() && std::fseek(f->fp, -static_cast<long>(tail.size()), SEEK_CUR) != 0) return io_error(f);
    Ref<> decoded = Ref<>::steal(str_decode(raw, f->encoding, f->errors));
    if (!decoded) return false;
    append_translated(f, str_to_utf8(decoded.get()));
    if (at_end) {
        f->eof = true;
        if (f->held_cr) {
            f->held_cr = false;
            f->pending += '\n';
        }
    }
    return true;
}

// The first n characters of pending (all of it for n < 0) as a str.
Object* take_chars(FileObject* f, ssize_t n) {
    std::size_t bytes = f->pending.size();
    if (n >= 0) {
        std::size_t i = 0;
        ssize_t chars = 0;
        while (i < f->pending.size() && chars < n) {
            auto c = static_cast<unsigned char>(f->pending[i]);
            i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            ++chars;
        }
        bytes = std::min(i, f->pending.size());
    }
    Object* s = str_from_utf8(std::string_view(f->pending).substr(0, bytes));
    f->pending.erase(0, bytes);
    return s;
}

ssize_t pending_chars(const FileObject* f) {
    ssize_t n = 0;
    for (char c : f->pending) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

Object* read_text(FileObject* f, ssize_t n) {
    while (!f->eof && (n < 0 || pending_chars(f) < n))
        if (!fill(f)) return nullptr;
    return take_chars(f, n);
}

// One line with its "\n" (or the rest of the file), at most limit chars.
Object* readline_text(FileObject* f, ssize_t limit) {
    for (;;) {
        std::size_t nl = f->pending.find('\n');
        if (nl != std::string::npos) {
            Ref<> line = Ref<>::steal(str_from_utf8(std::string_view(f->pending).substr(0, nl + 1)));
            if (!line) return nullptr;
            if (limit >= 0 && str_length(line.get()) > limit) return take_chars(f, limit);
            f->pending.erase(0, nl + 1);
            return line.release();
        }
        if (limit >= 0 && pending_chars(f) >= limit) return take_chars(f, limit);
        if (f->eof) return take_chars(f, -1);
        if (!fill(f)) return nullptr;
    }
}

// ---- reading bytes ----------------------------------------------------------------------------

Object* read_bytes(FileObject* f, ssize_t n) {
    std::string out;
    if (n < 0) {
        char buf[CHUNK];
        std::size_t got;
        while ((got = std::fread(buf, 1, CHUNK, f->fp)) > 0) out.append(buf, got);
    } else {
        out.resize(static_cast<std::size_t>(n));
        out.resize(std::fread(out.data(), 1, static_cast<std::size_t>(n), f->fp));
    }
    if (std::ferror(f->fp)) {
        io_error(f);
        return nullptr;
    }
    return bytes_from(out);
}

Object* readline_bytes(FileObject* f, ssize_t limit) {
    std::string out;
    int c;
    while ((limit < 0 || static_cast<ssize_t>(out.size()) < limit) && (c = std::fgetc(f->fp)) != EOF) {
        out += static_cast<char>(c);
        if (c == '\n') break;
    }
    if (std::ferror(f->fp)) {
        io_error(f);
        return nullptr;
    }
    return bytes_from(out);
}

// ---- the methods ---------------------------------------------------------------------------------

bool size_arg(const char* fname, Object* const* args, ssize_t nargs, ssize_t* n) {
    *n = -1;
    if (!check_positional(fname, nargs, 0, 1)) return false;
    if (nargs == 0 || args[0] == None()) return true;
    return arg_ssize(args[0], n);
}

Object* file_read(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileObject* f = as_file(self);
    ssize_t n;
    if (!check_no_kwargs("read", kwnames) || !size_arg("read", args, nargs, &n) || !check_readable(f)) return nullptr;
    return f->text ? read_text(f, n) : read_bytes(f, n);
}

Object* file_readline(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileObject* f = as_file(self);
    ssize_t n;
    if (!check_no_kwargs("readline", kwnames) || !size_arg("readline", args, nargs, &n) || !check_readable(f))
        return nullptr;
    return f->text ? readline_text(f, n) : readline_bytes(f, n);
}

Object* file_readlines(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileObject* f = as_file(self);
    ssize_t hint;
    if (!check_no_kwargs("readlines", kwnames) || !size_arg("readlines", args, nargs, &hint) || !check_readable(f))
        return nullptr;
    Ref<> lines = Ref<>::steal(list_new(0));
    if (!lines) return nullptr;
    ssize_t total = 0;
    for (;;) {
        Ref<> line = Ref<>::steal(f->text ? readline_text(f, -1) : readline_bytes(f, -1));
        if (!line) return nullptr;
        ssize_t len = length(line.get());
        if (len == 0) break;
        if (list_append(lines.get(), line.get()) < 0) return nullptr;
        total += len;
        if (hint > 0 && total >= hint) break;
    }
    return lines.release();
}

Object* file_write(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileObject* f = as_file(self);
    if (!check_one_arg("write", nargs, kwnames) || !check_writable(f)) return nullptr;
    Object* data = args[0];
    if (f->text) {
        if (!is_str(data)) {
            set_error_fmt(&exc::TypeError, "write() argument must be str, not {}", type_name(data));
            return nullptr;
        }
        std::string encoded;
        if (f->encoding == "utf-8" || f->encoding == "UTF-8") {
            encoded = str_to_utf8(data);
        } else {
            Ref<> b = Ref<>::steal(str_encode(data, f->encoding, f->errors));
            if (!b) return nullptr;
            encoded.assign(bytes_data(b.get()), static_cast<std::size_t>(bytes_size(b.get())));
        }
        if (std::fwrite(encoded.data(), 1, encoded.size(), f->fp) != encoded.size()) {
            io_error(f);
            return nullptr;
        }
        return int_from_ssize(str_length(data));
    }
    if (data->ob_type != &bytes_type && data->ob_type != &bytearray_type) {
        set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(data));
        return nullptr;
    }
    std::string_view view = data->ob_type == &bytes_type ? bytes_view(data) : bytearray_view(data);
    auto n = static_cast<ssize_t>(view.size());
    if (std::fwrite(view.data(), 1, view.size(), f->fp) != view.size()) {
        io_error(f);
        return nullptr;
    }
    return int_from_ssize(n);
}

Object* file_writelines(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("writelines", nargs, kwnames) || !check_writable(as_file(self))) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(args[0]));
    if (!it) return nullptr;
    while (Object* line = iter_next(it.get())) {
        Ref<> held = Ref<>::steal(line);
        Ref<> r = Ref<>::steal(file_write(self, &line, 1, nullptr));
        if (!r) return nullptr;
    }
    if (error_occurred()) return nullptr;
    return none_ref();
}

bool do_close(FileObject* f) {
    if (f->closed) return true;
    f->closed = true;
    f->pending.clear();
    int r = f->closefd ? std::fclose(f->fp) : std::fflush(f->fp);
    if (f->closefd) f->fp = nullptr;
    if (r != 0) {
        set_os_error(errno, nullptr);
        return false;
    }
    return true;
}

Object* file_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    return do_close(as_file(self)) ? none_ref() : nullptr;
}

Object* file_flush(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    FileObject* f = as_file(self);
    if (!check_no_args("flush", nargs, kwnames) || !check_open(f)) return nullptr;
    if (std::fflush(f->fp) != 0) {
        io_error(f);
        return nullptr;
    }
    return none_ref();
}

// The position of the next byte the program will see: the stream's, less
// what text mode has read ahead.
Object* file_tell(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    FileObject* f = as_file(self);
    if (!check_no_args("tell", nargs, kwnames) || !check_open(f)) return nullptr;
    long pos = std::ftell(f->fp);
    if (pos < 0) {
        io_error(f);
        return nullptr;
    }
    return int_from_ssize(static_cast<ssize_t>(pos) - static_cast<ssize_t>(f->pending.size()) - (f->held_cr ? 1 : 0));
}

Object* file_seek(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    FileObject* f = as_file(self);
    ssize_t offset, whence = 0;
    if (!check_no_kwargs("seek", kwnames) || !check_positional("seek", nargs, 1, 2) || !arg_ssize(args[0], &offset) ||
        (nargs > 1 && !arg_ssize(args[1], &whence)) || !check_open(f))
        return nullptr;
    if (f->text && whence != 0 && offset != 0) {
        unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        return nullptr;
    }
    if (std::fseek(f->fp, static_cast<long>(offset), static_cast<int>(whence)) != 0) {
        io_error(f);
        return nullptr;
    }
    f->pending.clear();
    f->held_cr = false;
    f->eof = false;
    return int_from_ssize(static_cast<ssize_t>(std::ftell(f->fp)));
}

Object* flag(bool value) { return bool_from(value); }

Object* file_readable(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("readable", nargs, kwnames) || !check_open(as_file(self))) return nullptr;
    return flag(as_file(self)->readable);
}
Object* file_writable(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("writable", nargs, kwnames) || !check_open(as_file(self))) return nullptr;
    return flag(as_file(self)->writable);
}
Object* file_seekable(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("seekable", nargs, kwnames) || !check_open(as_file(self))) return nullptr;
    return flag(std::ftell(as_file(self)->fp) >= 0);
}
Object* file_fileno(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("fileno", nargs, kwnames) || !check_open(as_file(self))) return nullptr;
    return int_from_ssize(::fileno(as_file(self)->fp));
}
Object* file_isatty(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("isatty", nargs, kwnames) || !check_open(as_file(self))) return nullptr;
    return flag(::isatty(::fileno(as_file(self)->fp)) != 0);
}
Object* file_enter(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__enter__", nargs, kwnames) || !check_open(as_file(self))) return nullptr;
    incref(self);
    return self;
}
Object* file_exit(Object* self, Object* const*, ssize_t, Object*) {
    return do_close(as_file(self)) ? none_ref() : nullptr;
}

const BuiltinDef FILE_METHODS[] = {
    {"read", file_read, "Read at most size characters (bytes), or to the end of the file."},
    {"readline", file_readline, "Read until newline or EOF."},
    {"readlines", file_readlines, "Return a list of lines from the stream."},
    {"write", file_write, "Write a string (bytes) to the stream; return how many characters (bytes)."},
    {"writelines", file_writelines, "Write a list of lines to the stream."},
    {"close", file_close, "Flush and close the file."},
    {"flush", file_flush, "Flush the write buffers of the stream."},
    {"tell", file_tell, "Return the current stream position."},
    {"seek", file_seek, "Change the stream position."},
    {"readable", file_readable, "Return whether the stream can be read."},
    {"writable", file_writable, "Return whether the stream can be written."},
    {"seekable", file_seekable, "Return whether the stream supports random access."},
    {"fileno", file_fileno, "Return the underlying file descriptor."},
    {"isatty", file_isatty, "Return whether this is an interactive stream."},
    {"__enter__", file_enter, nullptr},
    {"__exit__", file_exit, nullptr},
    {nullptr, nullptr, nullptr},
};

Object* file_iternext(Object* self) {
    FileObject* f = as_file(self);
    if (!check_readable(f)) return nullptr;
    Object* line = f->text ? readline_text(f, -1) : readline_bytes(f, -1);
    if (!line) return nullptr;
    if (length(line) == 0) {
        decref(line);
        return nullptr;  // exhausted
    }
    return line;
}

Object* file_iter(Object* self) {
    if (!check_open(as_file(self))) return nullptr;
    incref(self);
    return self;
}

Object* file_repr(Object* self) {
    FileObject* f = as_file(self);
    Ref<> name = Ref<>::steal(repr(f->name));
    if (!name) return nullptr;
    if (f->text)
        return str_from_utf8(fmt::format("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>",
                                         str_to_utf8(name.get()), f->mode, f->encoding));
    return str_from_utf8(fmt::format("<{} name={}>", self->ob_type->tp_name, str_to_utf8(name.get())));
}

void file_dealloc(Object* self) {
    FileObject* f = as_file(self);
    if (!f->closed) {
        Ref<> saved = fetch_error();
        if (!do_close(f)) clear_error();
        if (saved) set_exception(saved.get());
    }
    clear(f->name);
    f->~FileObject();
    free_object(self);
}

const GetSetDef FILE_GETSET[] = {
    {"name", [](Object* s) -> Object* {
         incref(as_file(s)->name);
         return as_file(s)->name;
     }, nullptr, nullptr},
    {"mode", [](Object* s) { return str_from_utf8(as_file(s)->mode); }, nullptr, nullptr},
    {"closed", [](Object* s) { return bool_from(as_file(s)->closed); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef TEXT_GETSET[] = {
    {"name", [](Object* s) -> Object* {
         incref(as_file(s)->name);
         return as_file(s)->name;
     }, nullptr, nullptr},
    {"mode", [](Object* s) { return str_from_utf8(as_file(s)->mode); }, nullptr, nullptr},
    {"closed", [](Object* s) { return bool_from(as_file(s)->closed); }, nullptr, nullptr},
    {"encoding", [](Object* s) { return str_from_utf8(as_file(s)->encoding); }, nullptr, nullptr},
    {"errors", [](Object* s) { return str_from_utf8(as_file(s)->errors); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_file_type(const char* name, bool text) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(FileObject);
    t.tp_dealloc = file_dealloc;
    t.tp_repr = file_repr;
    t.tp_iter = file_iter;
    t.tp_iternext = file_iternext;
    t.tp_methods = FILE_METHODS;
    t.tp_getset = text ? TEXT_GETSET : FILE_GETSET;
    return t;
}

Object* file_new(TypeObject* type, std::FILE* fp, Object* name, std::string mode, bool text, bool readable,
                 bool writable, bool closefd, std::string encoding, std::string errors) {
    Object* mem = alloc_object(type);
    if (!mem) {
        if (closefd) std::fclose(fp);
        return no_memory();
    }
    auto* f = new (mem) FileObject{};
    f->ob_refcnt = 1;
    f->ob_type = type;
    f->fp = fp;
    incref(name);
    f->name = name;
    f->mode = std::move(mode);
    f->encoding = std::move(encoding);
    f->errors = std::move(errors);
    f->text = text;
    f->readable = readable;
    f->writable = writable;
    f->closefd = closefd;
    f->closed = false;
    f->held_cr = false;
    f->eof = false;
    return f;
}

}  // namespace

TypeObject text_file_type = make_file_type("_io.TextIOWrapper", true);
TypeObject buffered_reader_type = make_file_type("_io.BufferedReader", false);
TypeObject buffered_writer_type = make_file_type("_io.BufferedWriter", false);
TypeObject buffered_random_type = make_file_type("_io.BufferedRandom", false);

Object* builtin_open(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    static constexpr ArgParser parser{"open", kw, 1, 8, 0};
    Object* argv[8];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    Object* file = argv[0];
    std::string mode = "r";
    if (argv[1] && !arg_str_utf8(argv[1], "open", "argument 'mode'", &mode)) return nullptr;
    ssize_t buffering = -1;
    if (argv[2] && !arg_ssize(argv[2], &buffering)) return nullptr;
    std::string encoding, errors = "strict";
    if (argv[3] && argv[3] != None() && !arg_str_utf8(argv[3], "open", "argument 'encoding'", &encoding)) return nullptr;
    if (argv[4] && argv[4] != None() && !arg_str_utf8(argv[4], "open", "argument 'errors'", &errors)) return nullptr;
    std::string newline;
    bool have_newline = argv[5] && argv[5] != None();
    if (have_newline && !arg_str_utf8(argv[5], "open", "argument 'newline'", &newline)) return nullptr;
    bool closefd = true;
    if (argv[6]) {
        int t = is_true(argv[6]);
        if (t < 0) return nullptr;
        closefd = t != 0;
    }

    // The mode letters (CPython: _io_open_impl).
    bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
         binary = false;
    for (std::size_t i = 0; i < mode.size(); ++i) {
        char c = mode[i];
        bool* which = c == 'x' ? &creating : c == 'r' ? &reading : c == 'w' ? &writing : c == 'a' ? &appending
                    : c == '+' ? &updating : c == 't' ? &text : c == 'b' ? &binary : nullptr;
        if (!which || *which) {
            Ref<> r = Ref<>::steal(repr(argv[1]));
            set_error_fmt(&exc::ValueError, "invalid mode: {}", r ? str_to_utf8(r.get()) : mode);
            return nullptr;
        }
        *which = true;
    }
    if (text && binary) {
        set_error(&exc::ValueError, "can't have text and binary mode at once");
        return nullptr;
    }
    if (creating + reading + writing + appending != 1) {
        set_error(&exc::ValueError, "must have exactly one of create/read/write/append mode");
        return nullptr;
    }
    if (binary && argv[3] && argv[3] != None()) {
        set_error(&exc::ValueError, "binary mode doesn't take an encoding argument");
        return nullptr;
    }
    if (binary && argv[4] && argv[4] != None()) {
        set_error(&exc::ValueError, "binary mode doesn't take an errors argument");
        return nullptr;
    }
    if (binary && have_newline) {
        set_error(&exc::ValueError, "binary mode doesn't take a newline argument");
        return nullptr;
    }
    if (have_newline && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n") {
        set_error_fmt(&exc::ValueError, "illegal newline value: {}", newline);
        return nullptr;
    }
    (void)buffering;

    std::string cmode = creating ? "wbx" : reading ? "rb" : writing ? "wb" : "ab";
    if (updating) cmode.insert(1, "+");
    std::FILE* fp = nullptr;
    Object* name = file;
    if (is_str(file) || file->ob_type == &bytes_type) {
        std::string path = is_str(file) ? str_to_utf8(file) : std::string(bytes_data(file), static_cast<std::size_t>(bytes_size(file)));
        if (path.find('\0') != std::string::npos) {
            set_error(&exc::ValueError, "embedded null byte");
            return nullptr;
        }
        fp = std::fopen(path.c_str(), cmode.c_str());
        if (!fp) {
            set_os_error(errno, file);
            return nullptr;
        }
        // fopen opens a directory for reading; reading it would fail later.
        if (reading) {
            int fd = ::fileno(fp);
            struct stat st;
            if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
                std::fclose(fp);
                set_os_error(EISDIR, file);
                return nullptr;
            }
        }
    } else if (is_int(file)) {
        ssize_t fd;
        if (!int_as_ssize(file, &fd)) return nullptr;
        fp = ::fdopen(static_cast<int>(fd), cmode.c_str());
        if (!fp) {
            set_os_error(errno, nullptr);
            return nullptr;
        }
    } else {
        set_error_fmt(&exc::TypeError, "expected str, bytes or os.PathLike object, not {}", type_name(file));
        return nullptr;
    }
    bool readable = reading || updating;
    bool writable = !reading || updating;
    if (!binary) {
        return file_new(&text_file_type, fp, name, mode, true, readable, writable, closefd,
                        encoding.empty() ? "UTF-8" : encoding, errors);
    }
    TypeObject* type = updating ? &buffered_random_type : reading ? &buffered_reader_type : &buffered_writer_type;
    return file_new(type, fp, name, mode, false, readable, writable, closefd, "", "");
}

Object* file_from_stream(std::FILE* fp, const char* name, const char* mode) {
    Ref<> n = Ref<>::steal(str_from_utf8(name));
    if (!n) return nullptr;
    bool reading = mode[0] == 'r';
    return file_new(&text_file_type, fp, n.get(), mode, true, reading, !reading, false, "utf-8", "strict");
}

void io_file_init() {
    for (TypeObject* t : {&text_file_type, &buffered_reader_type, &buffered_writer_type, &buffered_random_type})
        (void)type_ready(t);
}

}  // namespace glasspy::stdlib
