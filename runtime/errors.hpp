// Raising and inspecting exceptions (CPython: Python/errors.c).
//
// The exception being raised lives in the thread state (ThreadState::
// current_exception, an owned reference to an exception instance).  A
// function that fails sets it and returns null / false / -1; its caller
// either handles it (fetch_error) or passes the failure on.  The eval loop
// turns a set exception into unwinding.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "runtime/object.hpp"

namespace glasspy::rt {

// Sets the current exception to type(message) (CPython: PyErr_SetString).
void set_error(TypeObject* type, std::string_view message);

template <typename... Args>
void set_error_fmt(TypeObject* type, fmt::format_string<Args...> format, Args&&... args) {
    set_error(type, fmt::format(format, std::forward<Args>(args)...));
}

// Sets the current exception to an exception instance (a reference is taken).
void set_exception(Object* exc);
// Sets the current exception to type(*args) where args is a tuple, or
// type(value) for another object (PyErr_SetObject).
void set_error_object(TypeObject* type, Object* value);

bool error_occurred();
// Whether the current exception is an instance of type (or a subclass).
bool error_matches(TypeObject* type);
// Takes the current exception out of the thread state (null if none).
Ref<> fetch_error();
void clear_error();

// Sets MemoryError; returns null so that allocation failures read
// `return no_memory();`.
std::nullptr_t no_memory();
// SystemError for a situation the interpreter itself should never reach.
std::nullptr_t bad_internal_call(std::string_view where);

}  // namespace glasspy::rt
