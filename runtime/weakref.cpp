// Weak reference objects (see weakref.hpp).
#include "runtime/weakref.hpp"

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
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

namespace glasspy::rt {

namespace {

struct WeakRefObject : Object {
    Object* wr_object;    // the referent (not owned); null once it died
    Object* wr_callback;  // owned, or null
    ssize_t hash;         // -1 until computed (kept after the referent dies)
    WeakRefObject* wr_prev;
    WeakRefObject* wr_next;
};

WeakRefObject* as_ref(Object* o) { return static_cast<WeakRefObject*>(o); }

WeakRefObject*& head_of(Object* referent) { return *reinterpret_cast<WeakRefObject**>(weaklist_slot(referent)); }

void unlink(WeakRefObject* r) {
    if (!r->wr_object) return;
    WeakRefObject*& head = head_of(r->wr_object);
    if (head == r) head = r->wr_next;
    if (r->wr_prev) r->wr_prev->wr_next = r->wr_next;
    if (r->wr_next) r->wr_next->wr_prev = r->wr_prev;
    r->wr_prev = r->wr_next = nullptr;
    r->wr_object = nullptr;
}

void weakref_dealloc(Object* self) {
    gc::untrack(self);
    unlink(as_ref(self));
    clear(as_ref(self)->wr_callback);
    free_object(self);
}

int weakref_traverse(Object* self, visitproc visit, void* arg) {
    Object* cb = as_ref(self)->wr_callback;
    return cb ? visit(cb, arg) : 0;
}

int weakref_clear(Object* self) {
    unlink(as_ref(self));
    clear(as_ref(self)->wr_callback);
    return 0;
}

// r(): the referent, or None once it has died.
Object* weakref_call(Object* self, Object* args, Object* kwargs) {
    if (!check_no_keywords("weakref", kwargs) || !check_positional("weakref", tuple_size(args), 0, 0)) return nullptr;
    Object* o = as_ref(self)->wr_object;
    return new_ref(o ? o : None()).release();
}

Object* weakref_repr(Object* self) {
    Object* o = as_ref(self)->wr_object;
    if (!o) return str_from_utf8(fmt::format("<weakref at {}; dead>", static_cast<void*>(self)));
    return str_from_utf8(fmt::format("<weakref at {}; to '{}' at {}>", static_cast<void*>(self), o->ob_type->tp_name,
                                     static_cast<void*>(o)));
}

// The referent's hash, remembered so that a dict keyed by the reference
// still works after the referent dies.
ssize_t weakref_hash(Object* self) {
    WeakRefObject* r = as_ref(self);
    if (r->hash != -1) return r->hash;
    if (!r->wr_object) {
        set_error(&exc::TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = hash(r->wr_object);
    return r->hash;
}

// Two live references are equal when their referents are; dead ones only
// when they are the same reference.
Object* weakref_richcompare(Object* a, Object* b, int op) {
    if ((op != EQ && op != NE) || b->ob_type != &weakref_type) {
        incref(NotImplemented());
        return NotImplemented();
    }
    Object* x = as_ref(a)->wr_object;
    Object* y = as_ref(b)->wr_object;
    if (!x || !y) return bool_from((a == b) == (op == EQ));
    return rich_compare(x, y, op);
}

Object* weakref_tp_new(TypeObject*, Object* args, Object* kwargs) {
    if (!check_no_keywords("ref", kwargs) || !check_positional("ref", tuple_size(args), 1, 2)) return nullptr;
    return weakref_new(tuple_item(args, 0), tuple_size(args) == 2 ? tuple_item(args, 1) : nullptr);
}

const GetSetDef WEAKREF_GETSET[] = {
    {"__callback__",
     [](Object* self) {
         Object* cb = as_ref(self)->wr_callback;
         return new_ref(cb ? cb : None()).release();
     },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_weakref_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "weakref.ReferenceType";
    t.tp_basicsize = sizeof(WeakRefObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_doc = "ref(object[, callback]) -> weak reference to object";
    t.tp_dealloc = weakref_dealloc;
    t.tp_traverse = weakref_traverse;
    t.tp_clear = weakref_clear;
    t.tp_call = weakref_call;
    t.tp_repr = weakref_repr;
    t.tp_hash = weakref_hash;
    t.tp_richcompare = weakref_richcompare;
    t.tp_new = weakref_tp_new;
    t.tp_getset = WEAKREF_GETSET;
    return t;
}

}  // namespace

TypeObject weakref_type = make_weakref_type();

Object* weakref_new(Object* referent, Object* callback) {
    if (!weaklist_slot(referent)) {
        set_error_fmt(&exc::TypeError, "cannot create weak reference to '{}' object", type_name(referent));
        return nullptr;
    }
    if (callback == None()) callback = nullptr;
    WeakRefObject*& head = head_of(referent);
    // Without a callback the existing plain reference is handed out again.
    if (!callback && head && !head->wr_callback) return new_ref(head).release();
    auto* r = static_cast<WeakRefObject*>(alloc_object(&weakref_type));
    if (!r) return no_memory();
    r->wr_object = referent;
    r->wr_callback = callback ? new_ref(callback).release() : nullptr;
    r->hash = -1;
    r->wr_prev = nullptr;
    if (!callback || !head || head->wr_callback) {  // at the front
        r->wr_next = head;
        if (head) head->wr_prev = r;
        head = r;
    } else {  // after the plain reference at the front
        r->wr_prev = head;
        r->wr_next = head->wr_next;
        if (head->wr_next) head->wr_next->wr_prev = r;
        head->wr_next = r;
    }
    gc::track(interp().gc, r);
    return r;
}

void clear_weakrefs_deferred(Object* o, std::vector<Object*>* with_callbacks) {
    Object** slot = weaklist_slot(o);
    if (!slot) return;
    while (*slot) {
        WeakRefObject* r = as_ref(*slot);
        unlink(r);
        if (r->wr_callback && r->ob_refcnt > 0) with_callbacks->push_back(new_ref(r).release());
    }
}

void call_weakref_callback(Object* ref) {
    Ref<> callback = Ref<>::steal(as_ref(ref)->wr_callback);
    as_ref(ref)->wr_callback = nullptr;
    if (!callback) return;
    Ref<> saved = fetch_error();
    Ref<> r = Ref<>::steal(call(callback.get(), &ref, 1));
    if (!r) clear_error();  // CPython prints "Exception ignored in: ..."
    if (saved) set_exception(saved.get());
}

void clear_weakrefs(Object* o) {
    std::vector<Object*> with_callbacks;
    clear_weakrefs_deferred(o, &with_callbacks);
    for (Object* ref : with_callbacks) {
        call_weakref_callback(ref);
        decref(ref);
    }
}

ssize_t weakref_count(Object* o) {
    Object** slot = weaklist_slot(o);
    ssize_t n = 0;
    for (WeakRefObject* r = slot ? as_ref(*slot) : nullptr; r; r = r->wr_next) ++n;
    return n;
}

Object* weakref_list(Object* o) {
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    Object** slot = weaklist_slot(o);
    for (WeakRefObject* r = slot ? as_ref(*slot) : nullptr; r; r = r->wr_next)
        if (list_append(result.get(), r) < 0) return nullptr;
    return result.release();
}

}  // namespace glasspy::rt
