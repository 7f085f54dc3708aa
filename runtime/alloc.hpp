// Allocating and freeing object memory (CPython: PyType_GenericAlloc,
// PyObject_Free / PyObject_GC_Del).  Types with free lists (float, list,
// tuple, dict) take memory from their lists first and call these only when
// the list is empty or full.
#pragma once

#include "runtime/object.hpp"

namespace glasspy::rt {

// Memory for an instance of `type` with `nitems` items (for variable-size
// types), header filled in: refcount 1, ob_type = type (a new reference to
// it), ob_size = nitems.  Types with TPFLAGS_HAVE_GC get a GC header and are
// returned untracked.  Null if out of memory (the caller raises MemoryError).
[[nodiscard]] Object* alloc_object(TypeObject* type, ssize_t nitems = 0, bool gc_counted = true);

// Frees memory from alloc_object, after the type's tp_dealloc has dropped the
// references the object held; drops the object's reference to its type.
void free_object(Object* op) noexcept;

}  // namespace glasspy::rt
