// list (CPython: Objects/listobject.c, Include/cpython/listobject.h).
//
// A list is a header plus a separately allocated array of item pointers,
// ob_item, with room to grow: `allocated` slots, of which ob_size are in use.
// list_resize over-allocates as CPython 3.11's does, so appending one item
// at a time gives allocated = 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
// sys.getsizeof(list) = 56 + 8 * allocated (40-byte struct + GC header).
//
// Invariants:
// - 0 <= ob_size <= allocated; ob_item == nullptr iff allocated == 0
//   (allocated == -1 only while the list is being sorted).
// - ob_item[0 .. ob_size) are owned references (null only in a list fresh
//   from list_new whose caller has not filled it yet).
// - A list is tracked by the collector from creation to tp_dealloc.
// - Freed list objects (not their item arrays) are kept on a free list of up
//   to 80 (CPython 3.11's PyList_MAXFREELIST); list_new reuses the most
//   recently freed one, so a new list can get a dead list's id().
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject list_type;
extern TypeObject list_iter_type;     // list_iterator
extern TypeObject list_reviter_type;  // list_reverseiterator

struct ListObject : VarObject {
    Object** ob_item;
    ssize_t allocated;
};

// list_iterator and list_reverseiterator: the list (null once exhausted)
// and the index of the next item.
struct ListIterObject : Object {
    ssize_t it_index;
    Object* it_seq;
};

// The next item of a list_iterator (a new reference), or null when it is
// exhausted: inline, for the eval loop's FOR_ITER (CPython 3.12:
// FOR_ITER_LIST).
inline Object* list_iter_step(ListIterObject* it) {
    auto* seq = static_cast<ListObject*>(it->it_seq);
    if (!seq) return nullptr;
    if (it->it_index < seq->ob_size) {
        Object* item = seq->ob_item[it->it_index++];
        incref(item);
        return item;
    }
    it->it_seq = nullptr;
    decref(seq);
    return nullptr;
}

// The free list, held by InterpreterState (CPython 3.11: struct
// _Py_list_state in pycore_list.h).
struct ListState {
    static constexpr int MAXFREELIST = 80;  // PyList_MAXFREELIST
    ListObject* free_list[MAXFREELIST] = {};
    int numfree = 0;
};

Object* list_new(ssize_t size);  // items null, to be filled like tuple_new's
// Frees the lists kept for reuse (CPython: _PyList_ClearFreeList); a
// collection of the oldest generation does it.
void list_clear_free_list();
int list_append(Object* list, Object* item);  // 0, or -1 with MemoryError
inline ssize_t list_size(const Object* l) { return static_cast<const VarObject*>(l)->ob_size; }
inline Object* list_item(const Object* l, ssize_t i) { return static_cast<const ListObject*>(l)->ob_item[i]; }
inline Object** list_items(Object* l) { return static_cast<ListObject*>(l)->ob_item; }
inline ssize_t list_allocated(const Object* l) { return static_cast<const ListObject*>(l)->allocated; }
bool is_list(const Object* o);        // list or a subclass
bool is_list_exact(const Object* o);  // exactly list

// ---- the list methods, as C++ functions (0 / new reference; -1 / null on error)
int list_insert(Object* list, ssize_t where, Object* item);  // list.insert
int list_extend(Object* list, Object* iterable);             // list.extend
Object* list_pop(Object* list, ssize_t index = -1);          // list.pop
int list_remove(Object* list, Object* value);                // list.remove
ssize_t list_index(Object* list, Object* value, ssize_t start = 0, ssize_t stop = PTRDIFF_MAX);
ssize_t list_count(Object* list, Object* value);
void list_reverse(Object* list);
void list_clear(Object* list);
Object* list_copy(Object* list);
// l[low:high] (a new list) and l[low:high] = v (v null: delete), clipped.
Object* list_get_slice(Object* list, ssize_t low, ssize_t high);
int list_set_slice(Object* list, ssize_t low, ssize_t high, Object* value);
// list(iterable)
Object* list_from_iterable(Object* iterable);
// reversed(list): a list_reverseiterator (CPython: list___reversed__).
Object* list_reversed(Object* list);
// A new tuple with the list's items (CPython: PyList_AsTuple).
Object* list_as_tuple(Object* list);
// list.sort(key=key, reverse=reverse): stable; key may be null (None).
// ValueError "list modified during sort" if a comparison changed the list.
int list_sort(Object* list, Object* key = nullptr, bool reverse = false);
// list.__sizeof__(): 40 + 8 * allocated; sys.getsizeof adds the GC header.
ssize_t list_sizeof(const Object* list);
// list_resize, exposed for the unit tests and for the VM's LIST_EXTEND.
int list_resize(Object* list, ssize_t newsize);

// ---- recursive repr guard (CPython: Py_ReprEnter / Py_ReprLeave) ----------------
// repr of a container that contains itself prints "[...]": repr_enter
// returns 1 if o's repr is already in progress on this thread, 0 after
// recording it (then repr_leave must follow), -1 on error.
int repr_enter(Object* o);
void repr_leave(Object* o);

// ---- the trashcan (CPython: Py_TRASHCAN_BEGIN / Py_TRASHCAN_END) -----------------
// Deallocating a container drops its items, which may deallocate containers,
// and so on: a list nested 10**6 deep would need 10**6 C++ frames.  A
// container's tp_dealloc (after untracking the object) calls
//     if (!trashcan_begin(op)) return;   ... drop the items, free ...   trashcan_end();
// Past TRASHCAN_MAX_NESTING nested deallocations, trashcan_begin puts the
// object on the thread's trash_delete_later chain instead and returns false;
// the outermost trashcan_end then deallocates the chain iteratively.
inline constexpr int TRASHCAN_MAX_NESTING = 50;  // CPython 3.11: _PyTrash_UNWIND_LEVEL
bool trashcan_begin(Object* op);
void trashcan_end();

}  // namespace glasspy::rt
