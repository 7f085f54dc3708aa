// open(), the standard streams and the _io module; see io_open.hpp.
#include "stdlib/io_open.hpp"

#include <cstdlib>
#include <cstring>

#include <unistd.h>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/config.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/warnings.hpp"
#include "stdlib/io_base.hpp"
#include "stdlib/io_buffered.hpp"
#include "stdlib/io_fileio.hpp"
#include "stdlib/io_textio.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// The letters of open()'s mode (CPython: _io_open_impl).
struct OpenMode {
    bool creating = false, reading = false, writing = false, appending = false, updating = false,
         text = false, binary = false;
};

bool parse_open_mode(Object* mode_obj, const std::string& mode, OpenMode* m) {
    for (char c : mode) {
        bool* which = c == 'x'   ? &m->creating
                      : c == 'r' ? &m->reading
                      : c == 'w' ? &m->writing
                      : c == 'a' ? &m->appending
                      : c == '+' ? &m->updating
                      : c == 't' ? &m->text
                      : c == 'b' ? &m->binary
                                 : nullptr;
        if (!which || *which) {
            Ref<> r = Ref<>::steal(repr(mode_obj));
            set_error_fmt(&exc::ValueError, "invalid mode: {}", r ? str_to_utf8(r.get()) : mode);
            return false;
        }
        *which = true;
    }
    if (m->text && m->binary) {
        set_error(&exc::ValueError, "can't have text and binary mode at once");
        return false;
    }
    if (m->creating + m->reading + m->writing + m->appending > 1) {
        set_error(&exc::ValueError, "must have exactly one of create/read/write/append mode");
        return false;
    }
    return true;
}

bool given(Object* o) {
    return o && o != None();
}

}  // namespace

Object* builtin_open(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"file",   "mode",    "buffering", "encoding",
                                         "errors", "newline", "closefd",   "opener"};
    static constexpr ArgParser parser{"open", kw, 1, 8, 0};
    Object* argv[8];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    std::string mode = "r", encoding, errors;
    ssize_t buffering = -1;
    if (argv[1] && !arg_str_utf8(argv[1], "open", "argument 'mode'", &mode)) return nullptr;
    if (argv[2] && !arg_ssize(argv[2], &buffering)) return nullptr;
    if (given(argv[3]) && !arg_str_utf8(argv[3], "open", "argument 'encoding'", &encoding))
        return nullptr;
    if (given(argv[4]) && !arg_str_utf8(argv[4], "open", "argument 'errors'", &errors))
        return nullptr;
    if (given(argv[5]) && !is_str(argv[5])) {
        set_error_fmt(&exc::TypeError, "open() argument 'newline' must be str or None, not {}",
                      type_name(argv[5]));
        return nullptr;
    }
    int closefd = 1;
    if (argv[6] && (closefd = is_true(argv[6])) < 0) return nullptr;

    OpenMode m;
    if (!parse_open_mode(argv[1], mode, &m)) return nullptr;
    if (m.binary && given(argv[3])) {
        set_error(&exc::ValueError, "binary mode doesn't take an encoding argument");
        return nullptr;
    }
    if (m.binary && given(argv[4])) {
        set_error(&exc::ValueError, "binary mode doesn't take an errors argument");
        return nullptr;
    }
    if (m.binary && given(argv[5])) {
        set_error(&exc::ValueError, "binary mode doesn't take a newline argument");
        return nullptr;
    }
    if (m.binary && buffering == 1 &&
        !warn(&exc::RuntimeWarning,
              "line buffering (buffering=1) isn't supported in binary mode, the default buffer "
              "size will be used",
              1))
        return nullptr;

    // The raw layer's mode: the letters without 't'/'b'.
    std::string rawmode = m.creating    ? "x"
                          : m.reading   ? "r"
                          : m.writing   ? "w"
                          : m.appending ? "a"
                                        : "";
    if (m.updating) rawmode += '+';
    Ref<> raw = Ref<>::steal(fileio_open(argv[0], rawmode, closefd != 0, argv[7]));
    if (!raw) return nullptr;

    bool line_buffering = buffering == 1;
    if (buffering < 0) {
        FileIO* f = static_cast<FileIO*>(raw.get());
        line_buffering =
            ::isatty(f->fd) != 0;  // a terminal is line-buffered, as CPython's open() does
        buffering = DEFAULT_BUFFER_SIZE;
    }
    if (buffering == 0) {
        if (m.binary) return raw.release();
        set_error(&exc::ValueError, "can't have unbuffered text I/O");
        return nullptr;
    }
    if (buffering == 1) buffering = DEFAULT_BUFFER_SIZE;
    TypeObject* type = m.updating  ? &buffered_random_type
                       : m.reading ? &buffered_reader_type
                                   : &buffered_writer_type;
    Ref<> buffer = Ref<>::steal(buffered_new(type, raw.get(), buffering));
    if (!buffer || m.binary) return buffer.release();
    std::string newline;
    if (given(argv[5])) newline = str_to_utf8(argv[5]);
    Ref<TextIO> text = Ref<TextIO>::steal(static_cast<TextIO*>(
        textio_new(buffer.get(), encoding, errors, given(argv[5]) ? newline.c_str() : nullptr,
                   line_buffering, false)));
    if (!text) {
        // The layers below are closed, not leaked open (CPython's cleanup).
        Ref<> saved = fetch_error();
        Ref<> r = Ref<>::steal(
            call_method(buffer.get(), Ref<>::steal(str_intern("close")).get(), nullptr, 0));
        if (!r) clear_error();
        set_exception(saved.get());
        return nullptr;
    }
    text->mode = mode;
    return text.release();
}

namespace {

// CPython's stdio error handler: surrogateescape under the C (or C.UTF-8,
// or POSIX) locale, so that undecodable bytes survive a round trip.
std::string stdio_errors() {
    const char* locale = nullptr;
    for (const char* var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) {
            locale = v;
            break;
        }
    }
    std::string l = locale ? locale : "C";
    return l == "C" || l == "POSIX" || l.starts_with("C.") ? "surrogateescape" : "strict";
}

}  // namespace

// As CPython's create_stdio: a FileIO that does not own the descriptor,
// a buffered layer (the C library's stream itself; none for stdout/stderr
// under -u, whose writes go straight to the descriptor), and the text
// layer: line-buffered on a terminal and always for stderr.
Object* file_from_stream(std::FILE* fp, const char* name, const char* mode) {
    if (!io_file_init()) return nullptr;
    bool reading = mode[0] == 'r';
    int fd = ::fileno(fp);
    Ref<> n = Ref<>::steal(str_from_utf8(name));
    if (!n) return nullptr;
    Ref<> raw = Ref<>::steal(fileio_from_fd(fd, n.get(), reading ? "rb" : "wb", false));
    if (!raw) return nullptr;
    bool unbuffered = config().unbuffered;
    Ref<> buffer;
    if (unbuffered && !reading) buffer = raw;
    else
        buffer = Ref<>::steal(buffered_over_stdio(
            reading ? &buffered_reader_type : &buffered_writer_type, raw.get(), fp));
    if (!buffer) return nullptr;
    bool is_stderr = fp == stderr;
    bool line_buffering = !unbuffered && (is_stderr || ::isatty(fd) != 0);
    Ref<TextIO> text = Ref<TextIO>::steal(static_cast<TextIO*>(
        textio_new(buffer.get(), "utf-8", is_stderr ? "backslashreplace" : stdio_errors(), "\n",
                   line_buffering, unbuffered)));
    if (!text) return nullptr;
    text->mode = mode;
    return text.release();
}

bool io_file_init() {
    return iobase_init() && fileio_init() && buffered_init() && textio_init();
}

namespace {

Object* make_io_module() {
    if (!io_file_init()) return nullptr;
    Ref<> m = Ref<>::steal(module_new("_io"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    TypeObject* unsupported = unsupported_operation();
    if (!unsupported) return nullptr;
    Ref<> size = Ref<>::steal(int_from_ssize(DEFAULT_BUFFER_SIZE));
    Ref<> open = Ref<>::steal(get_attr_str(interp().builtins, "open"));
    if (!size || !open) return nullptr;
    struct {
        const char* name;
        Object* value;
    } entries[] = {
        {"_IOBase", &iobase_type},
        {"_RawIOBase", &rawiobase_type},
        {"_BufferedIOBase", &bufferediobase_type},
        {"_TextIOBase", &textiobase_type},
        {"FileIO", &fileio_type},
        {"BufferedReader", &buffered_reader_type},
        {"BufferedWriter", &buffered_writer_type},
        {"BufferedRandom", &buffered_random_type},
        {"TextIOWrapper", &textiowrapper_type},
        {"UnsupportedOperation", unsupported},
        {"BlockingIOError", &exc::BlockingIOError},
        {"DEFAULT_BUFFER_SIZE", size.get()},
        {"open", open.get()},
    };
    for (const auto& e : entries)
        if (dict_setitem_str(d, e.name, e.value) < 0) return nullptr;
    return m.release();
}

}  // namespace

void register_io_module() {
    register_native_module("_io", make_io_module);
}

}  // namespace glasspy::stdlib
