// The types `object` and `type`, and what makes a type usable: type_ready
// (CPython: Objects/typeobject.c).
//
// Every built-in type is a static TypeObject that its own file defines
// (int_type in int.cpp, ...) and registers with type_ready at start-up
// (runtime_init), which sets its ob_type to `type`, its base to `object` if
// none was given, inherits the slots it leaves empty from its base, and
// computes its MRO.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gc/gc_head.hpp"
#include "runtime/state.hpp"
#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject object_type;  // `object`
extern TypeObject type_type;    // `type`

// Prepares a type for use; 0 on success, -1 with an exception set.
int type_ready(TypeObject* type);

// Whether a is b or a subclass of it (walks a's MRO: CPython PyType_IsSubtype).
bool is_subtype(const TypeObject* a, const TypeObject* b);
inline bool is_instance_of(const Object* o, const TypeObject* t) { return is_subtype(o->ob_type, t); }

// Looks a name up along a type's MRO without calling descriptors (CPython
// _PyType_Lookup); a borrowed reference or null (no exception set).
// Results are remembered in the interpreter's type cache (type_cache.hpp):
// a hit is one probe, inline.
Borrowed<> type_lookup_slow(TypeObject* type, Object* name);
inline Borrowed<> type_lookup(TypeObject* type, Object* name) {
    if (unsigned int v = type->tp_version_tag) {
        const AttrCacheEntry& e = interp().type_cache[attr_cache_index(v, name)];
        if (e.version == v && e.name == name) return e.value;
    }
    return type_lookup_slow(type, name);
}
// Tells the cache that type's namespace or bases changed: its version tag
// and its subclasses' are dropped (CPython: PyType_Modified).
void type_modified(TypeObject* type);

// The two words in front of the GC header of an instance whose class has
// TPFLAGS_MANAGED_DICT (type.hpp, preheader_size): [0] the implicit
// attribute store (a managed dict), [1] the dict object once __dict__ was
// asked for; at most one of them is set.  CPython 3.11 has its values
// pointer and dict pointer at the same places (obj - 4 and obj - 3 words).
inline Object** managed_dict_words(Object* o) {
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) - sizeof(gc::GCHead)) - 2;
}

// Where an instance keeps its __dict__ (null if its type gives it none): a
// managed one in front of the GC header (whichever of the two words holds
// it); a positive tp_dictoffset is from the start; a negative one (classes
// extending a variable-size type: tuple, int) means the last pointer after
// the items, as CPython's _PyObject_GetDictPtr.
Object** dict_slot_var(Object* o);
inline Object** dict_slot(Object* o) {
    if (has_flag(o->ob_type, TPFLAGS_MANAGED_DICT)) {
        Object** words = managed_dict_words(o);
        return words[1] ? &words[1] : &words[0];
    }
    ssize_t offset = o->ob_type->tp_dictoffset;
    if (offset > 0) return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + offset);
    return offset == 0 ? nullptr : dict_slot_var(o);
}
inline Object* instance_dict(Object* o) {
    Object** slot = dict_slot(o);
    return slot ? *slot : nullptr;
}

// A class made by a class statement or type(name, bases, dict) (CPython:
// PyHeapTypeObject): a TypeObject plus what a static type keeps in C++
// constants.
struct HeapTypeObject : TypeObject {
    Object* ht_name = nullptr;      // str: __name__
    Object* ht_qualname = nullptr;  // str: __qualname__
    Object* ht_slots = nullptr;     // tuple of the __slots__ names, or null
    std::string ht_tp_name;         // what tp_name points into
    std::vector<std::string> ht_member_names;
    std::vector<MemberDef> ht_members;  // one per slot, then the terminator
};
inline bool is_heap_type(const TypeObject* t) { return has_flag(t, TPFLAGS_HEAPTYPE); }
inline bool is_type(const Object* o) { return has_flag(o->ob_type, TPFLAGS_TYPE_SUBCLASS); }

// The most derived of meta and the bases' metaclasses, or null with
// CPython's "metaclass conflict" TypeError (_PyType_CalculateMetaclass).
TypeObject* calculate_metaclass(TypeObject* meta, Object* bases);
// type(name, bases, dict, **kwds): a new class (CPython: type_new).
Object* type_new(TypeObject* meta, Object* args, Object* kwargs);
// Frees a class (the `type` type's dealloc; built-in types never reach it).
void type_dealloc(Object* self);
// What a class refers to that can lead back to it, for the cycle collector
// (CPython: type_traverse): its namespace, MRO, bases and base.
int type_traverse(Object* self, visitproc visit, void* arg);
// Breaks a garbage class's cycles (CPython: type_clear): its namespace is
// emptied and its MRO, which starts with the class itself, dropped.
int type_clear(Object* self);
// The C3 linearisation of a class with these bases (CPython: mro_implementation);
// a new tuple, or null with TypeError for an inconsistent hierarchy.
Object* mro_c3(TypeObject* type);
// Fills a class's slots from the dunders along its MRO (slot_dispatch.cpp).
void update_slots(TypeObject* type);
// Whether a class's tp_init looks __init__ up and calls it (slot_dispatch.cpp):
// the eval loop then runs a Python __init__ itself.
bool init_runs_python(const TypeObject* type);
// After `C.name = v` of a dunder: refreshes that slot of C (slot_dispatch.cpp).
void update_slot(TypeObject* type, Object* name);
// Adds the slot wrappers (int.__add__, object.__init__, ...) to a static
// type's namespace (slot_wrappers.cpp).
int add_slot_wrappers(TypeObject* type);

// object.__dir__/__getstate__/__reduce__/__reduce_ex__ and type.__dir__
// (object_protocols.cpp).
int add_object_protocols();
// obj.__class__ = value, with CPython's layout checks (class_assignment.cpp).
int object_set_class(Object* self, Object* value);
// A new instance of `type`, a class deriving from value's built-in type,
// holding a copy of value's fields: how int(), float() and complex()
// make instances of their subclasses (CPython: long_subtype_new,
// float_subtype_new).  Takes over the reference to value (may be null).
Object* subtype_copy(TypeObject* type, Object* value);
// object.__new__ and object.__init__ (with CPython's rules for excess
// arguments).
Object* object_new(TypeObject* type, Object* args, Object* kwargs);
int object_init(Object* self, Object* args, Object* kwargs);
// TypeError "Can't instantiate abstract class C with abstract method f".
Object* abstract_instantiation_error(TypeObject* type);

// object's slots, shared by types that do not override them.
void object_dealloc(Object* self);
Object* object_repr(Object* self);  // "<module.Name object at 0x...>"
ssize_t object_hash(Object* self);  // from the address, as CPython's _Py_HashPointer
Object* object_richcompare(Object* self, Object* other, int op);

// Starts the runtime: readies every built-in type and creates the
// singletons.  Called once, before any other runtime function.
void runtime_init();

}  // namespace glasspy::rt
