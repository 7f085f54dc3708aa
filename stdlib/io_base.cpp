// The abstract io layers and io.UnsupportedOperation; see io_base.hpp.
//
// Every method here works through the object's own methods (self.read,
// self.closed...), as CPython's iobase.c does: a subclass that defines
// readinto() gets read() and readall(); one that defines read() gets
// readline() and iteration.
#include "stdlib/io_base.hpp"

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::stdlib {

using namespace rt;

TypeObject* unsupported_operation() {
    static Object* type = nullptr;
    if (!type) {
        Ref<> name = Ref<>::steal(str_from_utf8("UnsupportedOperation"));
        Ref<> bases = Ref<>::steal(tuple_pack({&exc::OSError, &exc::ValueError}));
        Ref<> ns = Ref<>::steal(dict_new());
        Ref<> module = Ref<>::steal(str_from_utf8("io"));
        if (!name || !bases || !ns || !module ||
            dict_setitem_str(ns.get(), "__module__", module.get()) < 0)
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

std::nullptr_t closed_error(const char* message) {
    set_error(&exc::ValueError, message);
    return nullptr;
}

bool write_source(Object* data, std::string_view* out) {
    if (bytes_like_view(data, out)) return true;
    set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(data));
    return false;
}

bool readinto_target(Object* buffer, std::string_view* out) {
    if (!is_bytearray(buffer)) {
        set_error_fmt(&exc::TypeError, "readinto() argument must be read-write bytes-like object, not {}",
                      type_name(buffer));
        return false;
    }
    *out = bytearray_view(buffer);
    return true;
}

namespace {

// self.<name>(*args): a new reference or null.
Object* call_own(Object* self, const char* name, std::initializer_list<Object*> args = {}) {
    Ref<> n = Ref<>::steal(str_intern(name));
    if (!n) return nullptr;
    return call_method(self, n.get(), args.begin(), static_cast<ssize_t>(args.size()));
}

// bool(self.closed): 1, 0, or -1 with the error set.
int is_closed(Object* self) {
    Ref<> c = Ref<>::steal(get_attr_str(self, "closed"));
    return c ? is_true(c.get()) : -1;
}

bool check_not_closed(Object* self) {
    int c = is_closed(self);
    if (c > 0) closed_error("I/O operation on closed file.");
    return c == 0;
}

// self.<name>() must be true, else UnsupportedOperation(message).
bool check_ability(Object* self, const char* name, const char* message) {
    Ref<> r = Ref<>::steal(call_own(self, name));
    if (!r) return false;
    int t = is_true(r.get());
    if (t == 0) unsupported(message);
    return t > 0;
}

// ---- _IOBase ----------------------------------------------------------------------------------

constexpr const char* CLOSED_KEY = "__IOBase_closed";

Object* iobase_closed_get(Object* self) {
    Ref<> key = Ref<>::steal(str_intern(CLOSED_KEY));
    if (!key) return nullptr;
    Object* v = generic_getattr_ex(self, key.get(), true);
    if (v) return v;
    return error_occurred() ? nullptr : bool_from(false);
}

// close(): flush, then mark closed, even when the flush fails (the
// exception still propagates).
Object* iobase_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    int c = is_closed(self);
    if (c != 0) return c < 0 ? nullptr : none_ref();
    Ref<> r = Ref<>::steal(call_own(self, "flush"));
    Ref<> saved = r ? Ref<>() : fetch_error();
    Ref<> key = Ref<>::steal(str_intern(CLOSED_KEY));
    if (!key || generic_setattr(self, key.get(), bool_from(true)) < 0) return nullptr;
    if (saved) {
        set_exception(saved.get());
        return nullptr;
    }
    return none_ref();
}

Object* iobase_flush(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("flush", nargs, kwnames) || !check_not_closed(self)) return nullptr;
    return none_ref();
}

Object* iobase_false(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("readable", nargs, kwnames)) return nullptr;
    return bool_from(false);
}

Object* iobase_isatty(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("isatty", nargs, kwnames) || !check_not_closed(self)) return nullptr;
    return bool_from(false);
}

Object* iobase_fileno(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("fileno");
}
Object* iobase_seek(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("seek");
}
Object* iobase_truncate(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("truncate");
}

Object* iobase_tell(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("tell", nargs, kwnames)) return nullptr;
    Ref<> zero = Ref<>::steal(int_from_ssize(0)), one = Ref<>::steal(int_from_ssize(1));
    return call_own(self, "seek", {zero.get(), one.get()});
}

Object* iobase_enter(Object* self, Object* const*, ssize_t, Object*) {
    if (!check_not_closed(self)) return nullptr;
    return new_ref(self).release();
}

Object* iobase_exit(Object* self, Object* const*, ssize_t, Object*) {
    return call_own(self, "close");
}

Object* iobase_check_closed(Object* self, Object* const*, ssize_t, Object*) {
    return check_not_closed(self) ? none_ref() : nullptr;
}
Object* iobase_check_readable(Object* self, Object* const*, ssize_t, Object*) {
    return check_ability(self, "readable", "File or stream is not readable.") ? none_ref()
                                                                              : nullptr;
}
Object* iobase_check_writable(Object* self, Object* const*, ssize_t, Object*) {
    return check_ability(self, "writable", "File or stream is not writable.") ? none_ref()
                                                                              : nullptr;
}
Object* iobase_check_seekable(Object* self, Object* const*, ssize_t, Object*) {
    return check_ability(self, "seekable", "File or stream is not seekable.") ? none_ref()
                                                                              : nullptr;
}

bool size_arg(Object* const* args, ssize_t nargs, ssize_t* n) {
    *n = -1;
    return nargs == 0 || args[0] == None() || arg_ssize(args[0], n);
}

// readline(size=-1): one byte at a time through self.read, so that it
// works on any readable stream (the buffered layers have faster ones).
Object* iobase_readline(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    ssize_t limit;
    if (!check_no_kwargs("readline", kwnames) || !check_positional("readline", nargs, 0, 1) ||
        !size_arg(args, nargs, &limit))
        return nullptr;
    std::string line;
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    while (limit < 0 || static_cast<ssize_t>(line.size()) < limit) {
        Ref<> b = Ref<>::steal(call_own(self, "read", {one.get()}));
        if (!b) return nullptr;
        std::string_view v;
        if (!bytes_like_view(b.get(), &v)) {
            set_error_fmt(&exc::OSError, "read() should have returned a bytes object, not '{}'",
                          type_name(b.get()));
            return nullptr;
        }
        if (v.empty()) break;
        line += v;
        if (v.back() == '\n') break;
    }
    return bytes_from(line);
}

Object* iobase_iter(Object* self) {
    if (!check_not_closed(self)) return nullptr;
    return new_ref(self).release();
}

// next(): self.readline(), an empty line ending the iteration.
Object* iobase_iternext(Object* self) {
    Object* line = call_own(self, "readline");
    if (!line) return nullptr;
    ssize_t n = length(line);
    if (n <= 0) {
        decref(line);
        return nullptr;
    }
    return line;
}

Object* iobase_readlines(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    ssize_t hint;
    if (!check_no_kwargs("readlines", kwnames) || !check_positional("readlines", nargs, 0, 1) ||
        !size_arg(args, nargs, &hint))
        return nullptr;
    Ref<> lines = Ref<>::steal(list_new(0));
    Ref<> it = Ref<>::steal(get_iter(self));
    if (!lines || !it) return nullptr;
    ssize_t total = 0;
    while (Object* line = iter_next(it.get())) {
        Ref<> held = Ref<>::steal(line);
        if (list_append(lines.get(), line) < 0) return nullptr;
        total += length(line);
        if (hint > 0 && total >= hint) break;
    }
    if (error_occurred()) return nullptr;
    return lines.release();
}

Object* iobase_writelines(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("writelines", nargs, kwnames) || !check_not_closed(self)) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(args[0]));
    if (!it) return nullptr;
    while (Object* line = iter_next(it.get())) {
        Ref<> held = Ref<>::steal(line);
        Ref<> r = Ref<>::steal(call_own(self, "write", {line}));
        if (!r) return nullptr;
    }
    if (error_occurred()) return nullptr;
    return none_ref();
}

const BuiltinDef IOBASE_METHODS[] = {
    {"seek", iobase_seek, "Change the stream position to the given byte offset."},
    {"tell", iobase_tell, "Return current stream position."},
    {"truncate", iobase_truncate, "Truncate file to size bytes."},
    {"flush", iobase_flush, "Flush write buffers, if applicable."},
    {"close", iobase_close, "Flush and close the IO object."},
    {"seekable", iobase_false, "Return whether object supports random access."},
    {"readable", iobase_false, "Return whether object was opened for reading."},
    {"writable", iobase_false, "Return whether object was opened for writing."},
    {"_checkClosed", iobase_check_closed, nullptr},
    {"_checkSeekable", iobase_check_seekable, nullptr},
    {"_checkReadable", iobase_check_readable, nullptr},
    {"_checkWritable", iobase_check_writable, nullptr},
    {"fileno", iobase_fileno, "Returns underlying file descriptor if one exists."},
    {"isatty", iobase_isatty, "Return whether this is an 'interactive' stream."},
    {"__enter__", iobase_enter, nullptr},
    {"__exit__", iobase_exit, nullptr},
    {"readline", iobase_readline, "Read and return a line from the stream."},
    {"readlines", iobase_readlines, "Return a list of lines from the stream."},
    {"writelines", iobase_writelines, "Write a list of lines to stream."},
    {nullptr, nullptr, nullptr},
};

const GetSetDef IOBASE_GETSET[] = {
    {"closed", iobase_closed_get, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- _RawIOBase -------------------------------------------------------------------------------

// read(size=-1): readall() for a negative size, else readinto() a
// bytearray of that size; None (no data yet on a non-blocking stream) as is.
Object* rawiobase_read(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    ssize_t n;
    if (!check_no_kwargs("read", kwnames) || !check_positional("read", nargs, 0, 1) ||
        !size_arg(args, nargs, &n))
        return nullptr;
    if (n < 0) return call_own(self, "readall");
    Ref<> b = Ref<>::steal(bytearray_from(std::string(static_cast<std::size_t>(n), '\0')));
    if (!b) return nullptr;
    Ref<> got = Ref<>::steal(call_own(self, "readinto", {b.get()}));
    if (!got) return nullptr;
    if (got.get() == None()) return got.release();
    ssize_t k;
    if (!arg_ssize(got.get(), &k)) return nullptr;
    if (k < 0 || k > n) {
        set_error_fmt(&exc::ValueError, "readinto returned {} outside buffer size {}", k, n);
        return nullptr;
    }
    return bytes_from(bytearray_view(b.get()).substr(0, static_cast<std::size_t>(k)));
}

Object* rawiobase_readall(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("readall", nargs, kwnames)) return nullptr;
    std::string all;
    Ref<> size = Ref<>::steal(int_from_ssize(DEFAULT_BUFFER_SIZE));
    for (;;) {
        Ref<> chunk = Ref<>::steal(call_own(self, "read", {size.get()}));
        if (!chunk) return nullptr;
        if (chunk.get() == None()) {
            if (all.empty()) return chunk.release();
            break;
        }
        std::string_view v;
        if (!bytes_like_view(chunk.get(), &v)) {
            set_error(&exc::TypeError, "read() should return bytes");
            return nullptr;
        }
        if (v.empty()) break;
        all += v;
    }
    return bytes_from(all);
}

const BuiltinDef RAWIOBASE_METHODS[] = {
    {"read", rawiobase_read, nullptr},
    {"readall", rawiobase_readall, "Read until EOF, using multiple read() call."},
    {nullptr, nullptr, nullptr},
};

// ---- _BufferedIOBase and _TextIOBase ----------------------------------------------------------

Object* unsupported_read(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("read");
}
Object* unsupported_read1(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("read1");
}
Object* unsupported_write(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("write");
}
Object* unsupported_detach(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("detach");
}
Object* unsupported_readline(Object*, Object* const*, ssize_t, Object*) {
    return unsupported("readline");
}

// readinto(b): b[:n] = self.read(len(b)) (readinto1 with read1).
Object* readinto_through(Object* self, Object* const* args, ssize_t nargs, Object* kwnames,
                         const char* read) {
    if (!check_one_arg("readinto", nargs, kwnames)) return nullptr;
    ssize_t size = length(args[0]);
    if (size < 0) return nullptr;
    Ref<> n = Ref<>::steal(int_from_ssize(size));
    Ref<> data = Ref<>::steal(n ? call_own(self, read, {n.get()}) : nullptr);
    if (!data) return nullptr;
    ssize_t got = length(data.get());
    if (got < 0) return nullptr;
    if (got > size) {
        set_error_fmt(&exc::ValueError,
                      "read() returned too much data: {} bytes requested, {} returned", size, got);
        return nullptr;
    }
    Ref<> start = Ref<>::steal(int_from_ssize(0)), stop = Ref<>::steal(int_from_ssize(got));
    Ref<> where =
        Ref<>::steal(start && stop ? slice_new(start.get(), stop.get(), None()) : nullptr);
    if (!where || set_item(args[0], where.get(), data.get()) < 0) return nullptr;
    return int_from_ssize(got);
}

Object* bufferediobase_readinto(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return readinto_through(self, args, nargs, kwnames, "read");
}
Object* bufferediobase_readinto1(Object* self, Object* const* args, ssize_t nargs,
                                 Object* kwnames) {
    return readinto_through(self, args, nargs, kwnames, "read1");
}

const BuiltinDef BUFFEREDIOBASE_METHODS[] = {
    {"detach", unsupported_detach,
     "Disconnect this buffer from its underlying raw stream and return it."},
    {"read", unsupported_read, "Read and return up to n bytes."},
    {"read1", unsupported_read1, "Read and return up to n bytes, with at most one read() call."},
    {"readinto", bufferediobase_readinto, nullptr},
    {"readinto1", bufferediobase_readinto1, nullptr},
    {"write", unsupported_write, "Write the given buffer to the IO stream."},
    {nullptr, nullptr, nullptr},
};

const BuiltinDef TEXTIOBASE_METHODS[] = {
    {"detach", unsupported_detach,
     "Separate the underlying buffer from the TextIOBase and return it."},
    {"read", unsupported_read, "Read at most n characters from stream."},
    {"readline", unsupported_readline, "Read until newline or EOF."},
    {"write", unsupported_write, "Write string to stream."},
    {nullptr, nullptr, nullptr},
};

Object* none_getter(Object*) {
    return none_ref();
}

const GetSetDef TEXTIOBASE_GETSET[] = {
    {"encoding", none_getter, nullptr, "Encoding of the text stream."},
    {"newlines", none_getter, nullptr, "Line endings translated so far."},
    {"errors", none_getter, nullptr, "The error setting of the decoder or encoder."},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_abstract(const char* name, TypeObject* base, const BuiltinDef* methods,
                         const GetSetDef* getset, const char* doc) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(Object);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_base = base;
    t.tp_methods = methods;
    t.tp_getset = getset;
    t.tp_doc = doc;
    t.tp_new = object_new;
    if (!base) {
        t.tp_iter = iobase_iter;
        t.tp_iternext = iobase_iternext;
    }
    return t;
}

}  // namespace

TypeObject iobase_type = make_abstract("_io._IOBase", nullptr, IOBASE_METHODS, IOBASE_GETSET,
                                       "The abstract base class for all I/O classes.");
TypeObject rawiobase_type = make_abstract("_io._RawIOBase", &iobase_type, RAWIOBASE_METHODS,
                                          nullptr, "Base class for raw binary I/O.");
TypeObject bufferediobase_type =
    make_abstract("_io._BufferedIOBase", &iobase_type, BUFFEREDIOBASE_METHODS, nullptr,
                  "Base class for buffered IO objects.");
TypeObject textiobase_type = make_abstract("_io._TextIOBase", &iobase_type, TEXTIOBASE_METHODS,
                                           TEXTIOBASE_GETSET, "Base class for text I/O.");

bool iobase_init() {
    for (TypeObject* t : {&iobase_type, &rawiobase_type, &bufferediobase_type, &textiobase_type})
        if (!t->tp_dict && type_ready(t) < 0) return false;
    return true;
}

}  // namespace glasspy::stdlib
