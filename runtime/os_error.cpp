// OSError's fields, str and errno-chosen subclass (CPython: OSError_new,
// oserror_init, OSError_str in Objects/exceptions.c).
//
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) becomes
// the subclass that errno names (ENOENT: FileNotFoundError), keeps only
// (errno, strerror) as its args, and prints as
// "[Errno 2] No such file or directory: 'x.txt'".
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

OSErrorObject* as_os(Object* o) { return static_cast<OSErrorObject*>(o); }

template <typename F>
void each_field(Object* self, F&& f) {
    OSErrorObject* e = as_os(self);
    for (Object** field : {&e->myerrno, &e->strerror, &e->filename, &e->filename2}) f(*field);
}

// The subclass for an errno value (CPython: errnomap).
TypeObject* subclass_for(int err) {
    switch (err) {
        case EAGAIN: case EALREADY: case EINPROGRESS: return &exc::BlockingIOError;
        case ECHILD: return &exc::ChildProcessError;
        case EPIPE: case ESHUTDOWN: return &exc::BrokenPipeError;
        case ECONNABORTED: return &exc::ConnectionAbortedError;
        case ECONNREFUSED: return &exc::ConnectionRefusedError;
        case ECONNRESET: return &exc::ConnectionResetError;
        case EEXIST: return &exc::FileExistsError;
        case ENOENT: return &exc::FileNotFoundError;
        case EISDIR: return &exc::IsADirectoryError;
        case ENOTDIR: return &exc::NotADirectoryError;
        case EINTR: return &exc::InterruptedError;
        case EACCES: case EPERM: return &exc::PermissionError;
        case ESRCH: return &exc::ProcessLookupError;
        case ETIMEDOUT: return &exc::TimeoutError;
        default: return nullptr;
    }
}

Object* OSError_new(TypeObject* type, Object* args, Object* kwargs) {
    ssize_t n = args ? tuple_size(args) : 0;
    if (type == &exc::OSError && n >= 2 && n <= 5 && is_int(tuple_item(args, 0))) {
        ssize_t err;
        if (int_as_ssize(tuple_item(args, 0), &err)) {
            if (TypeObject* sub = subclass_for(static_cast<int>(err))) type = sub;
        } else {
            clear_error();
        }
    }
    Object* self = BaseException_new(type, args, kwargs);
    if (!self) return nullptr;
    each_field(self, [](Object*& f) { f = nullptr; });
    as_os(self)->written = -1;
    return self;
}

void set_field(Object*& field, Object* value) {
    xincref(value);
    Object* old = field;
    field = value;
    xdecref(old);
}

int OSError_init(Object* self, Object* args, Object* kwargs) {
    ssize_t n = tuple_size(args);
    OSErrorObject* e = as_os(self);
    if (n < 2 || n > 5) return BaseException_init(self, args, kwargs);
    set_field(e->myerrno, tuple_item(args, 0));
    set_field(e->strerror, tuple_item(args, 1));
    if (n >= 3) {
        Object* filename = tuple_item(args, 2);
        if (filename != None()) {
            if (self->ob_type == &exc::BlockingIOError && is_int(filename)) {
                ssize_t w;
                if (!int_as_ssize(filename, &w)) return -1;
                e->written = w;
            } else {
                set_field(e->filename, filename);
                if (n >= 5) set_field(e->filename2, tuple_item(args, 4));
            }
        }
        // Only (errno, strerror) stay in args, for pickling and repr.
        Ref<> two = Ref<>::steal(tuple_pack({tuple_item(args, 0), tuple_item(args, 1)}));
        if (!two) return -1;
        return BaseException_init(self, two.get(), kwargs);
    }
    return BaseException_init(self, args, kwargs);
}

int OSError_clear(Object* self) {
    each_field(self, [](Object*& f) { clear(f); });
    return BaseException_clear(self);
}

void OSError_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    OSError_clear(self);
    free_object(self);
}

int OSError_traverse(Object* self, visitproc visit, void* arg) {
    int result = 0;
    each_field(self, [&](Object* f) {
        if (!result && f) result = visit(f, arg);
    });
    return result ? result : BaseException_traverse(self, visit, arg);
}

std::string str_of(Object* o) {
    Ref<> s = Ref<>::steal(str(o));
    if (!s) {
        clear_error();
        return "?";
    }
    return str_to_utf8(s.get());
}

std::string repr_of(Object* o) {
    Ref<> s = Ref<>::steal(repr(o));
    if (!s) {
        clear_error();
        return "?";
    }
    return str_to_utf8(s.get());
}

Object* OSError_str(Object* self) {
    OSErrorObject* e = as_os(self);
    Object* err = e->myerrno ? e->myerrno : None();
    Object* msg = e->strerror ? e->strerror : None();
    if (e->filename) {
        if (e->filename2)
            return str_from_utf8(fmt::format("[Errno {}] {}: {} -> {}", str_of(err), str_of(msg), repr_of(e->filename),
                                             repr_of(e->filename2)));
        return str_from_utf8(fmt::format("[Errno {}] {}: {}", str_of(err), str_of(msg), repr_of(e->filename)));
    }
    if (e->myerrno && e->strerror) return str_from_utf8(fmt::format("[Errno {}] {}", str_of(err), str_of(msg)));
    return BaseException_str(self);
}

template <Object* OSErrorObject::*Field>
void* field_of(Object* self) {
    return &(as_os(self)->*Field);
}

const MemberDef OS_ERROR_MEMBERS[] = {
    {"errno", MemberKind::Object, field_of<&OSErrorObject::myerrno>, false, "POSIX exception code"},
    {"strerror", MemberKind::Object, field_of<&OSErrorObject::strerror>, false, "exception strerror"},
    {"filename", MemberKind::Object, field_of<&OSErrorObject::filename>, false, "exception filename"},
    {"filename2", MemberKind::Object, field_of<&OSErrorObject::filename2>, false, "second exception filename"},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

}  // namespace

void os_error_prepare() {
    TypeObject& t = exc::OSError;
    t.tp_basicsize = sizeof(OSErrorObject);
    t.tp_new = OSError_new;
    t.tp_init = OSError_init;
    t.tp_clear = OSError_clear;
    t.tp_dealloc = OSError_dealloc;
    t.tp_traverse = OSError_traverse;
    t.tp_str = OSError_str;
    t.tp_members = OS_ERROR_MEMBERS;
}

void set_os_error(int err, Object* filename, Object* filename2) {
    TypeObject* type = subclass_for(err);
    if (!type) type = &exc::OSError;
    Ref<> code = Ref<>::steal(int_from_ssize(err));
    Ref<> message = Ref<>::steal(str_from_utf8(std::strerror(err)));
    if (!code || !message) return;
    Ref<> args = Ref<>::steal(filename2  ? tuple_pack({code.get(), message.get(), filename, None(), filename2})
                              : filename ? tuple_pack({code.get(), message.get(), filename})
                                         : tuple_pack({code.get(), message.get()}));
    if (!args) return;
    set_error_object(type, args.get());
}

}  // namespace glasspy::rt
