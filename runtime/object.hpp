// The object header every value starts with, and reference counting
// (CPython: Include/object.h).
//
// Every Python value is a heap object that begins with
//     ob_refcnt   how many references point at it
//     ob_type     its type, itself an object
// and variable-size objects (int digits, tuple items, str characters) add
//     ob_size     how many items follow.
// There are no tagged immediates: a small int is an object too, which is why
// id(), sys.getrefcount() and the free lists can tell the truth about it.
//
// Invariants:
// - ob_refcnt counts owned references.  Code that stores a pointer owns it
//   (incref when storing, decref when dropping) unless the pointer is marked
//   as borrowed (`Borrowed<T>`, or a comment at a raw pointer).  When the
//   count reaches zero the type's tp_dealloc runs at once: destruction is
//   deterministic, and __del__ / weakref callbacks run at that moment.
// - All reference counting goes through incref/decref below.  Each costs one
//   predictable branch on the interpreter's trace mask when tracing is off;
//   when the refcount view is on, every change is reported with the old and
//   new count.
// - Functions that can fail return a null Ref (or false) and leave the
//   exception in the thread state (state.hpp), CPython's convention.  Their
//   results are [[nodiscard]].
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#define GP_LIKELY(x) __builtin_expect(!!(x), 1)
#define GP_UNLIKELY(x) __builtin_expect(!!(x), 0)

namespace glasspy::rt {

using ssize_t = std::ptrdiff_t;  // CPython's Py_ssize_t

struct TypeObject;

struct Object {
    ssize_t ob_refcnt;
    TypeObject* ob_type;
};

struct VarObject : Object {
    ssize_t ob_size;
};

// ---- tracing ---------------------------------------------------------------------------
// Which trace views are on: bits of trace_mask, one per event kind
// (trace_events.def).  Only the interpreter state changes it; it is read here
// so that the check stays one load and one branch.
namespace tracing {
enum : std::uint32_t {
#define GP_TRACE_EVENT(name, bit, doc) name = 1u << (bit),
#include "runtime/trace_events.def"
#undef GP_TRACE_EVENT
};
inline std::uint32_t trace_mask = 0;

// Whether a view wants events of this kind: the check every hook makes.  A
// build with GLASSPY_TRACE_HOOKS=OFF compiles the hooks out (the views then
// see nothing), to measure what they cost while no view is on.
#ifndef GP_TRACE_HOOKS
#define GP_TRACE_HOOKS 1
#endif
[[gnu::always_inline]] inline bool wants(std::uint32_t kind) noexcept {
#if GP_TRACE_HOOKS
    return GP_UNLIKELY((trace_mask & kind) != 0);
#else
    (void)kind;
    return false;
#endif
}

// The slow paths, out of line: report the change to the trace views.
void refcount_changed(Object* op, ssize_t old_count, ssize_t new_count);
// An object's memory was handed out by, or given back to, the object
// allocator (alloc_object, str_new / free_object); the leak check's record
// of live objects listens (runtime/leakcheck.hpp).
void object_allocated(Object* op);
void object_freed(Object* op);
// A free list handed out one of its objects (ALLOC) or kept a dead one
// instead of the allocator (FREE); `numfree` is the list's length after.
// Reported to the trace views only: for the leak check the object never
// stopped being the runtime's.
void free_list_reused(Object* op, int numfree);
void free_list_kept(Object* op, int numfree);
}  // namespace tracing

// ---- reference counting -------------------------------------------------------------

// Frees an object whose count reached zero: its type's tp_dealloc.
void dealloc(Object* op) noexcept;

[[gnu::always_inline]] inline void incref(Object* op) noexcept {
    ++op->ob_refcnt;
    if (tracing::wants(tracing::REFCOUNT))
        tracing::refcount_changed(op, op->ob_refcnt - 1, op->ob_refcnt);
}

[[gnu::always_inline]] inline void decref(Object* op) noexcept {
    if (tracing::wants(tracing::REFCOUNT))
        tracing::refcount_changed(op, op->ob_refcnt, op->ob_refcnt - 1);
    if (--op->ob_refcnt == 0) dealloc(op);
}

[[gnu::always_inline]] inline void xincref(Object* op) noexcept {
    if (op) incref(op);
}
[[gnu::always_inline]] inline void xdecref(Object* op) noexcept {
    if (op) decref(op);
}

// Clears a field that holds a reference: the field is set to null *before*
// the reference is dropped, because dropping it may run arbitrary code
// (__del__, a weakref callback) that must not see the dying object through
// the field (CPython's Py_CLEAR explains the same in object.h).
template <typename T> [[gnu::always_inline]] inline void clear(T*& field) noexcept {
    if (T* old = field) {
        field = nullptr;
        decref(old);
    }
}

// ---- handles -----------------------------------------------------------------------------

// A borrowed pointer: the holder does not own a reference and must not keep
// it past the owner's lifetime.  Only a marker for readers; costs nothing.
template <typename T = Object> using Borrowed = T*;

// An owned reference (a "new reference" in CPython's words).  Null means the
// operation failed and the thread state holds the exception.
template <typename T = Object> class [[nodiscard]] Ref {
public:
    Ref() noexcept = default;
    Ref(std::nullptr_t) noexcept {}
    ~Ref() { xdecref(as_object()); }
    Ref(const Ref& other) noexcept : p_(other.p_) { xincref(as_object()); }
    Ref(Ref&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
    template <typename U> Ref(Ref<U>&& other) noexcept : p_(other.release()) {}
    Ref& operator=(Ref other) noexcept {
        std::swap(p_, other.p_);
        return *this;
    }

    // Takes over a reference the caller owns (e.g. a freshly allocated object).
    static Ref steal(T* p) noexcept {
        Ref r;
        r.p_ = p;
        return r;
    }
    // Makes a new reference to a borrowed pointer.
    static Ref borrow(T* p) noexcept {
        Ref r;
        r.p_ = p;
        r.xincref_self();
        return r;
    }

    T* get() const noexcept { return p_; }
    T* operator->() const noexcept { return p_; }
    T& operator*() const noexcept { return *p_; }
    explicit operator bool() const noexcept { return p_ != nullptr; }
    // Gives the reference to the caller, who must drop it later.
    T* release() noexcept { return std::exchange(p_, nullptr); }

private:
    Object* as_object() const noexcept { return reinterpret_cast<Object*>(p_); }
    void xincref_self() noexcept { xincref(as_object()); }
    T* p_ = nullptr;
};

template <typename T> inline Ref<T> new_ref(T* p) noexcept { return Ref<T>::borrow(p); }

}  // namespace glasspy::rt
