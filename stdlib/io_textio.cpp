// _io.TextIOWrapper; see io_textio.hpp.
#include "stdlib/io_textio.hpp"

#include <cstring>

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/io_base.hpp"
#include "stdlib/io_buffered.hpp"
#include "stdlib/io_fileio.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

constexpr std::size_t CHUNK = 8192;  // CPython's _CHUNK_SIZE

TextIO* as_text(Object* o) {
    return static_cast<TextIO*>(o);
}

// The native buffer under t, when there is one to use directly.
Buffered* fast_buffer(TextIO* t) {
    return t->buffer && is_buffered(t->buffer) && buffered_usable(static_cast<Buffered*>(t->buffer))
               ? static_cast<Buffered*>(t->buffer)
               : nullptr;
}

Object* call_buffer(TextIO* t, const char* name, std::initializer_list<Object*> args = {}) {
    Ref<> n = Ref<>::steal(str_intern(name));
    if (!n) return nullptr;
    return call_method(t->buffer, n.get(), args.begin(), static_cast<ssize_t>(args.size()));
}

// The buffer under t when it is an open FileIO (stdout under -u).
FileIO* raw_buffer(TextIO* t) {
    return t->buffer && is_fileio(t->buffer) && static_cast<FileIO*>(t->buffer)->fd >= 0
               ? static_cast<FileIO*>(t->buffer)
               : nullptr;
}

bool check_attached(TextIO* t) {
    if (t->buffer) return true;
    closed_error("underlying buffer has been detached");
    return false;
}

bool check_open(TextIO* t) {
    if (!check_attached(t)) return false;
    if (fast_buffer(t)) return true;
    Ref<> c = Ref<>::steal(get_attr_str(t->buffer, "closed"));
    int closed = c ? is_true(c.get()) : -1;
    if (closed > 0) closed_error("I/O operation on closed file.");
    return closed == 0;
}

// buffer.readable() / writable(), else UnsupportedOperation "not readable".
bool check_able(TextIO* t, const char* what, const char* message) {
    if (!check_open(t)) return false;
    int able;
    if (Buffered* b = fast_buffer(t)) {
        able = what[0] == 'r' ? b->readable : b->writable;
    } else {
        Ref<> r = Ref<>::steal(call_buffer(t, what));
        able = r ? is_true(r.get()) : -1;
    }
    if (able == 0) unsupported(message);
    return able > 0;
}

// ---- reading ----------------------------------------------------------------------------------

// How many bytes at the end of `data` start a UTF-8 sequence that the
// next chunk completes.
std::size_t incomplete_utf8_tail(std::string_view data) {
    std::size_t n = data.size();
    for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
        auto c = static_cast<unsigned char>(data[n - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        std::size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

// Notes which newline kinds appear (for .newlines), and with newline=None
// translates "\r\n" and a lone "\r" to "\n".  A "\r" at the end of a chunk
// waits for the next one, which may start with "\n".
void append_decoded(TextIO* t, std::string_view text) {
    bool translate = t->newline_none;
    bool universal = t->newline_none || t->newline.empty();
    std::size_t i = 0;
    if (t->held_cr) {
        t->held_cr = false;
        bool crlf = !text.empty() && text[0] == '\n';
        t->seen |= crlf ? 4 : 1;
        t->pending += translate ? "\n" : crlf ? "\r\n" : "\r";
        if (crlf) i = 1;
    }
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' && universal) t->seen |= 2;
        if (c != '\r' || !universal) {
            t->pending += c;
            continue;
        }
        if (i + 1 == text.size()) {
            t->held_cr = true;
        } else if (text[i + 1] == '\n') {
            t->seen |= 4;
            t->pending += translate ? "\n" : "\r\n";
            ++i;
        } else {
            t->seen |= 1;
            t->pending += translate ? "\n" : "\r";
        }
    }
}

// Reads and decodes one more chunk into pending; at the end sets eof.
bool fill(TextIO* t) {
    if (t->eof) return true;
    std::string raw;
    if (Buffered* b = fast_buffer(t)) {
        if (!buffered_read1_bytes(b, CHUNK, &raw)) return false;
    } else {
        Ref<> n = Ref<>::steal(int_from_ssize(CHUNK));
        Ref<> chunk = Ref<>::steal(n ? call_buffer(t, "read1", {n.get()}) : nullptr);
        if (!chunk && error_matches(&exc::AttributeError)) {
            clear_error();
            chunk = Ref<>::steal(call_buffer(t, "read", {n.get()}));
        }
        if (!chunk) return false;
        std::string_view v;
        if (chunk.get() != None() && !bytes_like_view(chunk.get(), &v)) {
            set_error_fmt(&exc::TypeError,
                          "underlying read1() should have returned a bytes-like object, not '{}'",
                          type_name(chunk.get()));
            return false;
        }
        raw.assign(v);
    }
    bool at_end = raw.empty();
    std::string data = t->undecoded + raw;
    t->undecoded.clear();
    if (t->utf8 && !at_end) {
        std::size_t keep = incomplete_utf8_tail(data);
        t->undecoded = data.substr(data.size() - keep);
        data.resize(data.size() - keep);
    }
    if (!data.empty()) {
        Ref<> decoded = Ref<>::steal(str_decode(data, t->encoding, t->errors));
        if (!decoded) return false;
        append_decoded(t, str_to_utf8(decoded.get()));
    }
    if (at_end) {
        t->eof = true;
        if (t->held_cr) {
            t->held_cr = false;
            t->seen |= 1;
            t->pending += t->newline_none ? "\n" : "\r";
        }
    }
    return true;
}

std::size_t char_bytes(unsigned char c) {
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

// The first n characters of pending (all of it for n < 0) as a str.
Object* take_chars(TextIO* t, ssize_t n) {
    std::size_t bytes = t->pending.size();
    if (n >= 0) {
        std::size_t i = 0;
        for (ssize_t chars = 0; i < t->pending.size() && chars < n; ++chars)
            i += char_bytes(static_cast<unsigned char>(t->pending[i]));
        bytes = std::min(i, t->pending.size());
    }
    Object* s = str_from_utf8(std::string_view(t->pending).substr(0, bytes));
    t->pending.erase(0, bytes);
    return s;
}

ssize_t pending_chars(const TextIO* t) {
    ssize_t n = 0;
    for (char c : t->pending)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool flush_pending(TextIO* t);

Object* read_text(TextIO* t, ssize_t n) {
    if (!flush_pending(t)) return nullptr;
    while (!t->eof && (n < 0 || pending_chars(t) < n))
        if (!fill(t)) return nullptr;
    Object* s = take_chars(t, n);
    if (n < 0) t->eof = false;  // a later read() looks again (a growing file, a terminal)
    return s;
}

// Where the line ending at or after `from` ends in pending, or npos; a
// "\r" last in pending ends nothing yet with newline='' (a "\n" may follow).
std::size_t line_end(TextIO* t) {
    const std::string& p = t->pending;
    if (t->newline_none || t->newline == "\n") {
        std::size_t nl = p.find('\n');
        return nl == std::string::npos ? nl : nl + 1;
    }
    if (!t->newline.empty()) {
        std::size_t at = p.find(t->newline);
        return at == std::string::npos ? at : at + t->newline.size();
    }
    std::size_t at = p.find_first_of("\r\n");
    if (at == std::string::npos) return at;
    if (p[at] == '\n') return at + 1;
    if (at + 1 < p.size()) return p[at + 1] == '\n' ? at + 2 : at + 1;
    return t->eof ? at + 1 : std::string::npos;
}

// One line with its ending (or the rest of the file), at most limit chars.
Object* readline_text(TextIO* t, ssize_t limit) {
    if (!flush_pending(t)) return nullptr;
    for (;;) {
        std::size_t end = line_end(t);
        if (end != std::string::npos) {
            Ref<> line = Ref<>::steal(str_from_utf8(std::string_view(t->pending).substr(0, end)));
            if (!line) return nullptr;
            if (limit >= 0 && str_length(line.get()) > limit) return take_chars(t, limit);
            t->pending.erase(0, end);
            return line.release();
        }
        if (limit >= 0 && pending_chars(t) >= limit) return take_chars(t, limit);
        if (t->eof) {
            t->eof = false;
            return take_chars(t, -1);
        }
        if (!fill(t)) return nullptr;
    }
}

bool size_arg(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames, ssize_t* n) {
    *n = -1;
    if (!check_no_kwargs(fname, kwnames) || !check_positional(fname, nargs, 0, 1)) return false;
    return nargs == 0 || args[0] == None() || arg_ssize(args[0], n);
}

Object* text_read(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    ssize_t n;
    if (!size_arg("read", args, nargs, kwnames, &n) || !check_able(t, "readable", "not readable"))
        return nullptr;
    return read_text(t, n);
}

Object* text_readline(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    ssize_t n;
    if (!size_arg("readline", args, nargs, kwnames, &n) ||
        !check_able(t, "readable", "not readable"))
        return nullptr;
    return readline_text(t, n);
}

Object* text_iternext(Object* self) {
    TextIO* t = as_text(self);
    if (!check_able(t, "readable", "not readable")) return nullptr;
    Object* line = readline_text(t, -1);
    if (line && str_length(line) == 0) {
        decref(line);
        return nullptr;
    }
    return line;
}

// ---- writing ----------------------------------------------------------------------------------

// The encoded text a Python buffer has not been given yet goes to its
// write(): the text layer gathers small writes into one, as CPython's
// pending_bytes do.
bool flush_pending(TextIO* t) {
    if (t->pending_out.empty() || !t->buffer) return true;
    Ref<> data = Ref<>::steal(bytes_from(t->pending_out));
    t->pending_out.clear();
    Ref<> r = Ref<>::steal(data ? call_buffer(t, "write", {data.get()}) : nullptr);
    return static_cast<bool>(r);
}

bool flush_buffer(TextIO* t) {
    if (Buffered* b = fast_buffer(t)) return buffered_flush(b);
    if (!flush_pending(t)) return false;
    Ref<> r = Ref<>::steal(call_buffer(t, "flush"));
    return static_cast<bool>(r);
}

// Encoded bytes to the buffer, then the flushes line buffering and
// write_through ask for.
bool send(TextIO* t, std::string_view bytes, bool has_newline) {
    if (Buffered* b = fast_buffer(t)) {
        if (!buffered_write_bytes(b, bytes)) return false;
    } else if (FileIO* raw = raw_buffer(t)) {
        if (!fileio_write_all(raw, bytes)) return false;
    } else {
        t->pending_out += bytes;
        if (t->pending_out.size() >= CHUNK && !flush_pending(t)) return false;
    }
    if ((t->line_buffering && has_newline) || t->write_through) return flush_buffer(t);
    return true;
}

Object* text_write(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    if (!check_one_arg("write", nargs, kwnames)) return nullptr;
    Object* s = args[0];
    if (!is_str(s)) {
        set_error_fmt(&exc::TypeError, "write() argument must be str, not {}", type_name(s));
        return nullptr;
    }
    if (!check_able(t, "writable", "not writable")) return nullptr;
    std::string text = str_to_utf8(s);
    bool has_newline = text.find_first_of("\r\n") != std::string::npos;
    if (!t->newline_none && t->newline.size() && t->newline != "\n" &&
        text.find('\n') != std::string::npos) {
        std::string out;
        for (char c : text)
            c == '\n' ? out += t->newline : out += c;
        text = std::move(out);
    }
    t->pending.clear();  // what was read ahead is behind the buffer's position now
    bool ok;
    if (t->utf8) {
        ok = send(t, text, has_newline);
    } else {
        Ref<> u = Ref<>::steal(str_from_utf8(text));
        Ref<> b = Ref<>::steal(u ? str_encode(u.get(), t->encoding, t->errors) : nullptr);
        ok = b && send(t, bytes_view(b.get()), has_newline);
    }
    return ok ? int_from_ssize(str_length(s)) : nullptr;
}

// ---- position, closing, the rest ----------------------------------------------------------------

void reset_reading(TextIO* t) {
    t->pending.clear();
    t->undecoded.clear();
    t->held_cr = t->eof = false;
}

// The position of the next byte the program will see: the buffer's, less
// what was read ahead (exact for UTF-8 text without "\r").
Object* text_tell(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    if (!check_no_args("tell", nargs, kwnames) || !check_open(t) || !flush_pending(t))
        return nullptr;
    Ref<> pos = Ref<>::steal(call_buffer(t, "tell"));
    ssize_t at;
    if (!pos || !arg_ssize(pos.get(), &at)) return nullptr;
    at -= static_cast<ssize_t>(t->pending.size() + t->undecoded.size()) + (t->held_cr ? 1 : 0);
    return int_from_ssize(at);
}

Object* text_seek(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    ssize_t offset, whence = 0;
    if (!check_no_kwargs("seek", kwnames) || !check_positional("seek", nargs, 1, 2) ||
        !arg_ssize(args[0], &offset) || (nargs > 1 && !arg_ssize(args[1], &whence)) ||
        !check_open(t))
        return nullptr;
    if (whence == 1 && offset != 0) return unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && offset != 0) return unsupported("can't do nonzero end-relative seeks");
    if (whence < 0 || whence > 2) {
        set_error_fmt(&exc::ValueError, "invalid whence ({}, should be 0, 1 or 2)", whence);
        return nullptr;
    }
    if (whence == 0 && offset < 0) {
        set_error_fmt(&exc::ValueError, "negative seek position {}", offset);
        return nullptr;
    }
    if (whence == 1) return text_tell(self, nullptr, 0, nullptr);
    if (!flush_buffer(t)) return nullptr;
    reset_reading(t);
    Ref<> o = Ref<>::steal(int_from_ssize(offset)), w = Ref<>::steal(int_from_ssize(whence));
    return o && w ? call_buffer(t, "seek", {o.get(), w.get()}) : nullptr;
}

Object* text_truncate(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    if (!check_no_kwargs("truncate", kwnames) || !check_positional("truncate", nargs, 0, 1) ||
        !check_open(t) || !flush_buffer(t))
        return nullptr;
    Ref<> pos = nargs == 1 ? new_ref(args[0]) : Ref<>::steal(none_ref());
    return call_buffer(t, "truncate", {pos.get()});
}

Object* text_flush(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    if (!check_no_args("flush", nargs, kwnames) || !check_open(t)) return nullptr;
    return flush_buffer(t) ? none_ref() : nullptr;
}

// close(): flush, then close the buffer, even when the flush fails.
Object* text_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    if (!check_no_args("close", nargs, kwnames) || !check_attached(t)) return nullptr;
    Ref<> c = Ref<>::steal(get_attr_str(t->buffer, "closed"));
    int closed = c ? is_true(c.get()) : -1;
    if (closed != 0) return closed < 0 ? nullptr : none_ref();
    bool flushed = flush_buffer(t);
    Ref<> saved = flushed ? Ref<>() : fetch_error();
    Ref<> r = Ref<>::steal(call_buffer(t, "close"));
    if (saved) {
        set_exception(saved.get());
        return nullptr;
    }
    return r.release();
}

Object* text_detach(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    if (!check_no_args("detach", nargs, kwnames) || !check_attached(t) || !flush_buffer(t))
        return nullptr;
    reset_reading(t);
    Object* buffer = t->buffer;
    t->buffer = nullptr;
    return buffer;
}

Object* ask_buffer(Object* self, const char* name, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    if (!check_no_args(name, nargs, kwnames) || !check_attached(t)) return nullptr;
    return call_buffer(t, name);
}

Object* text_fileno(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_buffer(s, "fileno", n, k);
}
Object* text_isatty(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_buffer(s, "isatty", n, k);
}
Object* text_seekable(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_buffer(s, "seekable", n, k);
}
Object* text_readable(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_buffer(s, "readable", n, k);
}
Object* text_writable(Object* s, Object* const*, ssize_t n, Object* k) {
    return ask_buffer(s, "writable", n, k);
}

bool is_utf8_name(std::string_view e) {
    std::string low;
    for (char c : e)
        low += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return low == "utf-8" || low == "utf8";
}

// Validates and sets the newline mode; newline null means None.
bool set_newline(TextIO* t, Object* newline) {
    if (!newline || newline == None()) {
        t->newline_none = true;
        t->newline.clear();
        return true;
    }
    if (!is_str(newline)) {
        set_error_fmt(&exc::TypeError,
                      "TextIOWrapper() argument 'newline' must be str or None, not {}",
                      type_name(newline));
        return false;
    }
    std::string nl = str_to_utf8(newline);
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") {
        set_error_fmt(&exc::ValueError, "illegal newline value: {}", nl);
        return false;
    }
    t->newline_none = false;
    t->newline = nl;
    return true;
}

bool set_encoding(TextIO* t, const std::string& encoding, const std::string& errors) {
    std::string e = encoding.empty() || encoding == "locale" ? "UTF-8" : encoding;
    Ref<> probe = Ref<>::steal(str_decode("", e, "strict"));  // LookupError for an unknown codec
    if (!probe) return false;
    t->encoding = e;
    t->errors = errors.empty() ? "strict" : errors;
    t->utf8 = is_utf8_name(e);
    return true;
}

bool str_or_none(Object* o, const char* what, std::string* out) {
    if (!o || o == None()) return true;
    return arg_str_utf8(o, "TextIOWrapper", what, out);
}

// reconfigure(*, encoding=None, errors=None, newline=..., line_buffering=None, write_through=None)
Object* text_reconfigure(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    TextIO* t = as_text(self);
    static constexpr const char* kw[] = {"encoding", "errors", "newline", "line_buffering",
                                         "write_through"};
    static constexpr ArgParser parser{"reconfigure", kw, 0, 0, 0};
    Object* argv[5];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !check_attached(t)) return nullptr;
    std::string encoding, errors;
    if (!str_or_none(argv[0], "argument 'encoding'", &encoding) ||
        !str_or_none(argv[1], "argument 'errors'", &errors))
        return nullptr;
    if (!flush_buffer(t)) return nullptr;
    if (!encoding.empty() || !errors.empty()) {
        if (encoding.empty()) encoding = t->encoding;
        if (errors.empty()) errors = argv[0] && argv[0] != None() ? "strict" : t->errors;
        if (!set_encoding(t, encoding, errors)) return nullptr;
    }
    if (argv[2] && argv[2] != &ellipsis_object && !set_newline(t, argv[2])) return nullptr;
    for (int i : {3, 4}) {
        if (!argv[i] || argv[i] == None()) continue;
        int v = is_true(argv[i]);
        if (v < 0) return nullptr;
        (i == 3 ? t->line_buffering : t->write_through) = v != 0;
    }
    return none_ref();
}

const BuiltinDef TEXT_METHODS[] = {
    {"read", text_read, nullptr},
    {"readline", text_readline, nullptr},
    {"write", text_write, nullptr},
    {"flush", text_flush, nullptr},
    {"close", text_close, nullptr},
    {"detach", text_detach, nullptr},
    {"tell", text_tell, nullptr},
    {"seek", text_seek, nullptr},
    {"truncate", text_truncate, nullptr},
    {"fileno", text_fileno, nullptr},
    {"isatty", text_isatty, nullptr},
    {"seekable", text_seekable, nullptr},
    {"readable", text_readable, nullptr},
    {"writable", text_writable, nullptr},
    {"reconfigure", text_reconfigure, "Reconfigure the text stream with new parameters."},
    {nullptr, nullptr, nullptr},
};

Object* buffer_attr(Object* self, const char* name) {
    TextIO* t = as_text(self);
    if (!check_attached(t)) return nullptr;
    return get_attr_str(t->buffer, name);
}

Object* newlines_get(Object* self) {
    static const char* const kinds[] = {"\r", "\n", "\r\n"};
    int seen = as_text(self)->seen;
    std::vector<Object*> found;
    for (int i = 0; i < 3; ++i)
        if (seen & (1 << i)) found.push_back(str_from_utf8(kinds[i]));
    if (found.empty()) return none_ref();
    if (found.size() == 1) return found[0];
    Object* t = found.size() == 2 ? tuple_pack({found[0], found[1]})
                                  : tuple_pack({found[0], found[1], found[2]});
    for (Object* o : found)
        decref(o);
    return t;
}

const GetSetDef TEXT_GETSET[] = {
    {"buffer",
     [](Object* s) -> Object* {
         return as_text(s)->buffer ? new_ref(as_text(s)->buffer).release() : none_ref();
     },
     nullptr, nullptr},
    {"closed", [](Object* s) { return buffer_attr(s, "closed"); }, nullptr, nullptr},
    {"name", [](Object* s) { return buffer_attr(s, "name"); }, nullptr, nullptr},
    {"encoding", [](Object* s) { return str_from_utf8(as_text(s)->encoding); }, nullptr, nullptr},
    {"errors", [](Object* s) { return str_from_utf8(as_text(s)->errors); }, nullptr, nullptr},
    {"newlines", newlines_get, nullptr, nullptr},
    {"line_buffering", [](Object* s) { return bool_from(as_text(s)->line_buffering); }, nullptr,
     nullptr},
    {"write_through", [](Object* s) { return bool_from(as_text(s)->write_through); }, nullptr,
     nullptr},
    {"_CHUNK_SIZE", [](Object*) { return int_from_ssize(CHUNK); }, nullptr, nullptr},
    {"mode",
     [](Object* s) -> Object* {
         if (!as_text(s)->mode.empty()) return str_from_utf8(as_text(s)->mode);
         set_error(&exc::AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
         return nullptr;
     },
     [](Object* s, Object* v) {
         if (v && !is_str(v)) {
             set_error(&exc::TypeError, "mode must be a str");
             return -1;
         }
         as_text(s)->mode = v ? str_to_utf8(v) : "";
         return 0;
     },
     nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>, leaving out the
// parts that are not there (a detached stream has no name).
Object* text_repr(Object* self) {
    TextIO* t = as_text(self);
    std::string out = "<_io.TextIOWrapper";
    if (t->buffer) {
        Ref<> name = Ref<>::steal(get_attr_str(t->buffer, "name"));
        if (name) {
            Ref<> r = Ref<>::steal(repr(name.get()));
            if (!r) return nullptr;
            out += " name=" + str_to_utf8(r.get());
        } else if (error_matches(&exc::AttributeError) || error_matches(&exc::ValueError)) {
            clear_error();
        } else {
            return nullptr;
        }
    }
    if (!t->mode.empty()) out += fmt::format(" mode='{}'", t->mode);
    out += fmt::format(" encoding='{}'>", t->encoding);
    return str_from_utf8(out);
}

void text_dealloc(Object* self) {
    TextIO* t = as_text(self);
    if (t->buffer) {
        // A forgotten file still gets its text flushed into the buffer
        // and closed, as CPython's finaliser does.
        Ref<> saved = fetch_error();
        Ref<> r = Ref<>::steal(text_close(self, nullptr, 0, nullptr));
        if (!r) clear_error();
        if (saved) set_exception(saved.get());
    }
    clear(t->buffer);
    t->~TextIO();
    free_object(self);
}

TextIO* text_alloc(TypeObject* type, Object* buffer) {
    Object* mem = alloc_object(type);
    if (!mem) return static_cast<TextIO*>(no_memory());
    auto* t = new (mem) TextIO{};  // the std::strings need constructing
    t->ob_refcnt = 1;
    t->ob_type = type;
    t->buffer = new_ref(buffer).release();
    t->newline_none = true;
    return t;
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False)
Object* text_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"buffer",  "encoding",       "errors",
                                         "newline", "line_buffering", "write_through"};
    static constexpr ArgParser parser{"TextIOWrapper", kw, 1, 6, 0};
    Object* argv[6];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    std::string encoding, errors;
    if (!str_or_none(argv[1], "argument 'encoding'", &encoding) ||
        !str_or_none(argv[2], "argument 'errors'", &errors))
        return nullptr;
    Ref<TextIO> t = Ref<TextIO>::steal(text_alloc(type, argv[0]));
    if (!t || !set_encoding(t.get(), encoding, errors) || !set_newline(t.get(), argv[3]))
        return nullptr;
    for (int i : {4, 5}) {
        if (!argv[i]) continue;
        int v = is_true(argv[i]);
        if (v < 0) return nullptr;
        (i == 4 ? t->line_buffering : t->write_through) = v != 0;
    }
    return t.release();
}

TypeObject make_text_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_io.TextIOWrapper";
    t.tp_doc = "Character and line based layer over a BufferedIOBase object, buffer.";
    t.tp_basicsize = sizeof(TextIO);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_base = &textiobase_type;
    t.tp_new = text_tp_new;
    t.tp_dealloc = text_dealloc;
    t.tp_repr = text_repr;
    t.tp_iternext = text_iternext;
    t.tp_methods = TEXT_METHODS;
    t.tp_getset = TEXT_GETSET;
    return t;
}

}  // namespace

TypeObject textiowrapper_type = make_text_type();

Object* textio_new(Object* buffer, const std::string& encoding, const std::string& errors,
                   const char* newline, bool line_buffering, bool write_through) {
    Ref<TextIO> t = Ref<TextIO>::steal(text_alloc(&textiowrapper_type, buffer));
    if (!t || !set_encoding(t.get(), encoding, errors)) return nullptr;
    if (newline) {
        Ref<> nl = Ref<>::steal(str_from_utf8(newline));
        if (!nl || !set_newline(t.get(), nl.get())) return nullptr;
    }
    t->line_buffering = line_buffering;
    t->write_through = write_through;
    return t.release();
}

bool textio_can_write_utf8(Object* file) {
    if (file->ob_type != &textiowrapper_type) return false;
    TextIO* t = as_text(file);
    if (!t->utf8 || !(t->newline_none || t->newline.empty() || t->newline == "\n")) return false;
    if (Buffered* b = fast_buffer(t)) return b->writable;
    FileIO* raw = raw_buffer(t);
    return raw && raw->writable;
}

bool textio_write_utf8(Object* file, std::string_view data, bool flush) {
    TextIO* t = as_text(file);
    t->pending.clear();
    Buffered* b = fast_buffer(t);
    if (!b) return fileio_write_all(raw_buffer(t), data);
    if (!buffered_write_bytes(b, data)) return false;
    if (flush || t->write_through ||
        (t->line_buffering && std::memchr(data.data(), '\n', data.size())))
        return buffered_flush(b);
    return true;
}

bool textio_init() {
    return textiowrapper_type.tp_dict || type_ready(&textiowrapper_type) >= 0;
}

}  // namespace glasspy::stdlib
