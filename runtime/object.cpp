// Object lifetime: allocation with or without a GC header, deallocation
// when a count reaches zero, and the slow path of the refcount trace
// (CPython: Objects/object.c, Objects/obmalloc.c's PyObject_Malloc users).
#include "runtime/object.hpp"

#include <cstdlib>
#include <cstring>

#include "runtime/alloc.hpp"
#include "runtime/leakcheck.hpp"
#include "runtime/obmalloc.hpp"
#include "runtime/state.hpp"
#include "runtime/type.hpp"

namespace glasspy::rt {

void dealloc(Object* op) noexcept { op->ob_type->tp_dealloc(op); }

void tracing::refcount_changed(Object* op, ssize_t old_count, ssize_t new_count) {
    InterpreterState& in = interp();
    if (in.refcount_hook) in.refcount_hook(in.refcount_context, op, old_count, new_count);
}

void tracing::object_allocated(Object* op) {
    InterpreterState& in = interp();
    if (LiveObjects* live = in.live_objects) live->objects.insert(op);
    if (in.trace_hooks.allocated) in.trace_hooks.allocated(op, false, -1);
}

void tracing::object_freed(Object* op) {
    InterpreterState& in = interp();
    if (LiveObjects* live = in.live_objects) live->objects.erase(op);
    if (in.trace_hooks.freed) in.trace_hooks.freed(op, false, -1);
}

void tracing::free_list_reused(Object* op, int numfree) {
    if (auto hook = interp().trace_hooks.allocated) hook(op, true, numfree);
}

void tracing::free_list_kept(Object* op, int numfree) {
    if (auto hook = interp().trace_hooks.freed) hook(op, true, numfree);
}

Object* alloc_object(TypeObject* type, ssize_t nitems, bool gc_counted) {
    // Rounded to a pointer's size, so that the __dict__ pointer a class
    // puts after a variable-size base's items is inside (dict_slot).
    auto size = (static_cast<std::size_t>(type->tp_basicsize + nitems * type->tp_itemsize) + sizeof(void*) - 1) &
                ~(sizeof(void*) - 1);
    // A class's instances may carry their __dict__ in front (preheader_size).
    Object* op = has_flag(type, TPFLAGS_HAVE_GC)
                     ? gc::alloc(interp().gc, size, gc_counted, preheader_size(type))
                     : static_cast<Object*>(object_malloc(size));
    if (!op) return nullptr;
    op->ob_refcnt = 1;
    op->ob_type = type;
    // The new object holds a reference to its type, as in CPython; static
    // types are never freed, but their counts stay truthful.
    incref(type);
    // A class's instances start with their __dict__ and __slots__ empty,
    // whichever base's __new__ allocated them.
    if (has_flag(type, TPFLAGS_HEAPTYPE))
        std::memset(reinterpret_cast<char*>(op) + sizeof(Object), 0, size - sizeof(Object));
    if (type->tp_itemsize) static_cast<VarObject*>(op)->ob_size = nitems;
    if (tracing::wants(tracing::ALLOC)) tracing::object_allocated(op);
    return op;
}

void free_object(Object* op) noexcept {
    if (tracing::wants(tracing::FREE)) tracing::object_freed(op);
    TypeObject* type = op->ob_type;
    if (has_flag(type, TPFLAGS_HAVE_GC))
        gc::free(interp().gc, op, preheader_size(type));
    else
        object_free(op);
    decref(type);
}

}  // namespace glasspy::rt
