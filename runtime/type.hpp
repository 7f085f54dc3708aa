// The type object: what every object's ob_type points at (CPython:
// Include/cpython/object.h `struct _typeobject`).
//
// A type is itself an object (of type `type`).  Its slots, generated from
// slots.def, are how the interpreter performs each operation on an instance
// without looking up a dunder by name: `a + b` calls a->ob_type->nb_add.
//
// Invariants:
// - tp_basicsize is the size of an instance's fixed part and tp_itemsize the
//   size of each of its ob_size items (0 for fixed-size types).
// - A type with TPFLAGS_HAVE_GC has a GC header in front of each instance
//   (gc/gc_head.hpp) and must fill tp_traverse.
// - Static (built-in) types live for the whole run and are never freed; their
//   refcount is counted like any other object's so that sys.getrefcount(int)
//   tells the truth, but it never reaches zero.
#pragma once

#include <vector>

#include "runtime/object.hpp"

namespace glasspy::rt {

// ---- slot signatures (see slots.def) ----------------------------------------------------
using visitproc = int (*)(Object* referent, void* arg);

using destructor = void (*)(Object*);
using unaryfunc = Object* (*)(Object*);
using binaryfunc = Object* (*)(Object*, Object*);
using ternaryfunc = Object* (*)(Object*, Object*, Object*);
using reprfunc = Object* (*)(Object*);
using getiterfunc = Object* (*)(Object*);
using iternextfunc = Object* (*)(Object*);
using inquiry = int (*)(Object*);
using lenfunc = ssize_t (*)(Object*);
using hashfunc = ssize_t (*)(Object*);
using ssizeargfunc = Object* (*)(Object*, ssize_t);
using ssizeobjargproc = int (*)(Object*, ssize_t, Object*);
using objobjproc = int (*)(Object*, Object*);
using objobjargproc = int (*)(Object*, Object*, Object*);
using richcmpfunc = Object* (*)(Object*, Object*, int op);
using getattrofunc = Object* (*)(Object*, Object* name);
using setattrofunc = int (*)(Object*, Object* name, Object* value);
using descrgetfunc = Object* (*)(Object* descr, Object* obj, Object* type);
using descrsetfunc = int (*)(Object* descr, Object* obj, Object* value);
using initproc = int (*)(Object* self, Object* args, Object* kwargs);
using newfunc = Object* (*)(TypeObject* type, Object* args, Object* kwargs);
using traverseproc = int (*)(Object*, visitproc, void* arg);

// The vectorcall shape: nargs positional arguments, then one per name in
// kwnames (a tuple of str, or null).  `self` is the object a method is
// called on, or null for a plain built-in function.
using vectorcallfunc = Object* (*)(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);

// A built-in function or method: a C++ function with a name and a docstring
// (CPython: PyMethodDef).  A type's tp_methods is an array of them ending in
// one whose name is null.
struct BuiltinDef {
    const char* name;
    vectorcallfunc call;
    const char* doc;
    // In a type's tp_methods: a class method (CPython: METH_CLASS), which
    // receives the class it was looked up on as self (dict.fromkeys).
    bool class_method = false;
};

// An attribute computed by C++ code (CPython: PyGetSetDef): `get` returns a
// new reference or null with the error set; `set` takes the new value (null
// to delete) and returns 0 or -1; a null `set` makes the attribute read-only.
// A type's tp_getset is an array of them ending in one whose name is null.
struct GetSetDef {
    const char* name;
    Object* (*get)(Object* self);
    int (*set)(Object* self, Object* value);
    const char* doc;
};

// A field of an instance exposed as an attribute (CPython: PyMemberDef).
// `field` says where the value lives in an instance (member_field below
// builds it from a pointer to member, so no offsetof on the non-standard-
// layout object structs); `kind` how to read it.
enum class MemberKind {
    Object,        // Object*, null reads as None (T_OBJECT)
    ObjectOrError, // Object*, null raises AttributeError (T_OBJECT_EX)
    Double,        // double (T_DOUBLE)
};
struct MemberDef {
    const char* name;
    MemberKind kind;
    void* (*field)(Object* self);  // null: the field is at `offset` (a class's __slots__)
    bool readonly;
    const char* doc;
    ssize_t offset = 0;
};

template <typename>
struct MemberPointerTraits;
template <typename C, typename V>
struct MemberPointerTraits<V C::*> {
    using Class = C;
};
template <auto Member>
void* member_field(Object* self) {
    using Class = typename MemberPointerTraits<decltype(Member)>::Class;
    return &(static_cast<Class*>(self)->*Member);
}

// The rich comparison operators, numbered as CPython's Py_LT ... Py_GE.
enum CompareOp : int { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 };

// a <op> b for two values of one ordered C++ type, as int's and float's
// rich comparisons answer it (a NaN compares as IEEE says, as in CPython).
template <typename T>
[[gnu::always_inline]] inline bool compare_values(T a, T b, int op) {
    switch (op) {
        case LT: return a < b;
        case LE: return a <= b;
        case EQ: return a == b;
        case NE: return a != b;
        case GT: return a > b;
        default: return a >= b;
    }
}

// ---- flags (CPython's Py_TPFLAGS_*, the bits that matter here) ----------------------------
enum TypeFlags : unsigned long {
    TPFLAGS_MANAGED_DICT = 1ul << 4,  // instances keep __dict__ before the GC header (preheader_size)
    TPFLAGS_HEAPTYPE = 1ul << 9,      // made by a class statement: freed when unused
    TPFLAGS_BASETYPE = 1ul << 10,     // may be subclassed
    TPFLAGS_READY = 1ul << 12,        // type_ready has run
    TPFLAGS_HAVE_GC = 1ul << 14,      // instances carry a GC header and are tracked
    TPFLAGS_IS_ABSTRACT = 1ul << 20,  // has abstract methods left (abc)
    TPFLAGS_LONG_SUBCLASS = 1ul << 24,
    TPFLAGS_LIST_SUBCLASS = 1ul << 25,
    TPFLAGS_TUPLE_SUBCLASS = 1ul << 26,
    TPFLAGS_BYTES_SUBCLASS = 1ul << 27,
    TPFLAGS_UNICODE_SUBCLASS = 1ul << 28,
    TPFLAGS_DICT_SUBCLASS = 1ul << 29,
    TPFLAGS_BASE_EXC_SUBCLASS = 1ul << 30,
    TPFLAGS_TYPE_SUBCLASS = 1ul << 31,
};

struct TypeObject : VarObject {
    const char* tp_name = nullptr;  // "module.Name" for built-ins outside builtins
    ssize_t tp_basicsize = 0, tp_itemsize = 0;
    unsigned long tp_flags = 0;
    const char* tp_doc = nullptr;

#define GP_SLOT(name, signature, dunder, reflected, doc) signature name = nullptr;
#include "runtime/slots.def"
#undef GP_SLOT

    const BuiltinDef* tp_methods = nullptr;  // methods, put in tp_dict by type_ready
    const GetSetDef* tp_getset = nullptr;    // computed attributes, likewise
    const MemberDef* tp_members = nullptr;   // fields shown as attributes, likewise
    TypeObject* tp_base = nullptr;  // the single base whose layout this type extends
    Object* tp_bases = nullptr;     // tuple of all bases
    Object* tp_mro = nullptr;       // tuple: the C3 linearisation
    Object* tp_dict = nullptr;      // the type's namespace
    ssize_t tp_dictoffset = 0;      // where an instance keeps its __dict__ (0: none)
    ssize_t tp_weaklistoffset = 0;  // where an instance keeps its weakref list (0: none)
    // The attribute cache's key for this type: 0 until a lookup assigns one,
    // back to 0 whenever the type's namespace (or a base's) changes
    // (CPython: tp_version_tag).
    unsigned int tp_version_tag = 0;
    // The classes that name this type as a base (not owned), so that a
    // change here invalidates their cache entries too (tp_subclasses).
    std::vector<TypeObject*>* tp_subclasses = nullptr;
    // Weak references to this type (CPython: tp_weaklist; `type`'s
    // tp_weaklistoffset points here).
    Object* tp_weaklist = nullptr;
    // For a type with TPFLAGS_HAVE_GC whose instances are not all
    // containers: says whether this one is (CPython: tp_is_gc).  `type`
    // has it: classes carry a GC header and are tracked, the static
    // built-in types are plain C++ objects without one.
    inquiry tp_is_gc = nullptr;
    // Calling the type itself with the arguments as they are, without the
    // tuple that tp_new takes (CPython 3.11: tp_vectorcall, which range,
    // type and others have; so no tuple is allocated, and generation 0's
    // count is CPython's).  `self` is the type.  Not inherited: calling a
    // subclass goes through __new__ and __init__.
    vectorcallfunc tp_vectorcall = nullptr;
};

inline bool has_flag(const TypeObject* t, unsigned long flag) { return (t->tp_flags & flag) != 0; }
inline TypeObject* type_of(const Object* o) { return o->ob_type; }
// The bytes an instance carries in front of its GC header (CPython 3.11:
// _PyType_PreHeaderSize without the GC header).  A class that gives its
// instances a __dict__ and extends a fixed-size base keeps it there, as
// CPython 3.11 does, in two words: the implicit attribute store (CPython's
// inline values pointer; glasspy's managed dict, runtime/dict.hpp) and
// the dict object made once someone asks for __dict__.  They cost no
// room in the object itself: tp_basicsize of `class A: pass` is 24
// (header and __weakref__), sys.getsizeof(A()) 24 + 16 + 16 = 56.
inline std::size_t preheader_size(const TypeObject* t) {
    return has_flag(t, TPFLAGS_MANAGED_DICT) ? 2 * sizeof(Object*) : 0;
}

// Whether o has a GC header (CPython: PyObject_IS_GC).
inline bool is_gc(const Object* o) {
    const TypeObject* t = o->ob_type;
    return has_flag(t, TPFLAGS_HAVE_GC) && (!t->tp_is_gc || t->tp_is_gc(const_cast<Object*>(o)));
}

}  // namespace glasspy::rt
