// The current exception of a thread (CPython: Python/errors.c).
#include "runtime/errors.hpp"

#include "runtime/abstract.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/state.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

ThreadState& thread() { return *ThreadState::current(); }

}  // namespace

void set_exception(Object* exc) {
    incref(exc);
    Object* old = thread().current_exception;
    thread().current_exception = exc;
    xdecref(old);
}

void set_error(TypeObject* type, std::string_view message) {
    Object* exc = exception_new(type, message);
    if (!exc) return;  // exception_new has set MemoryError (or what went wrong)
    set_exception(exc);
    decref(exc);
}

void set_error_object(TypeObject* type, Object* value) {
    Object* args = is_tuple(value) ? (incref(value), value) : tuple_pack({value});
    if (!args) return;
    Object* exc = call(type, tuple_items(args), static_cast<std::size_t>(tuple_size(args)));
    decref(args);
    if (!exc) return;
    set_exception(exc);
    decref(exc);
}

bool error_occurred() { return thread().current_exception != nullptr; }

bool error_matches(TypeObject* type) {
    Object* exc = thread().current_exception;
    return exc && is_instance_of(exc, type);
}

Ref<> fetch_error() {
    Object* exc = thread().current_exception;
    thread().current_exception = nullptr;
    return Ref<>::steal(exc);
}

void clear_error() { clear(thread().current_exception); }

std::nullptr_t no_memory() {
    // MemoryError needs no memory to report beyond one small object; if even
    // that fails, the previous exception (if any) stays.
    set_error(&exc::MemoryError, "");
    return nullptr;
}

std::nullptr_t bad_internal_call(std::string_view where) {
    set_error_fmt(&exc::SystemError, "{}: bad internal call", where);
    return nullptr;
}

}  // namespace glasspy::rt
