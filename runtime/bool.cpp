// bool: the subclass of int whose only instances are True and False
// (CPython: Objects/boolobject.c).
//
// True and False are static objects with int's layout (one digit 1, and no
// digits), exactly CPython's _Py_TrueStruct and _Py_FalseStruct, so every
// int operation works on them unchanged: True + True == 2, and
// sys.getsizeof(True) == sys.getsizeof(False) == 28.  Only repr and the
// bitwise operators differ: & | ^ of two bools give a bool.
//
// Invariant: bool_from never creates an object; it hands out new references
// to the two singletons, whose counts start at 1 (the runtime's own) and
// never reach zero.
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

namespace {

constexpr IntObject make_bool(bool value) {
    IntObject o{};
    o.ob_refcnt = 1;
    o.ob_type = &bool_type;
    o.ob_size = value ? 1 : 0;
    o.ob_digit[0] = value ? 1 : 0;
    return o;
}

constinit IntObject true_struct = make_bool(true);
constinit IntObject false_struct = make_bool(false);

Object* bool_repr(Object* self) { return str_from_utf8(self == true_object ? "True" : "False"); }

// The bitwise operators keep bool-ness only when both operands are bools
// (True & 1 is the int 1); otherwise int's version answers.
template <Object* (*IntOp)(Object*, Object*), bool (*Combine)(bool, bool)>
Object* bool_bitwise(Object* a, Object* b) {
    if (is_bool(a) && is_bool(b)) return bool_from(Combine(a == true_object, b == true_object));
    return IntOp(a, b);
}

constexpr bool both(bool x, bool y) { return x && y; }
constexpr bool either(bool x, bool y) { return x || y; }
constexpr bool differ(bool x, bool y) { return x != y; }

TypeObject make_bool_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "bool";
    t.tp_basicsize = sizeof(VarObject);
    t.tp_itemsize = sizeof(digit);
    // Not BASETYPE: `class B(bool)` is a TypeError, as in CPython.
    t.tp_flags = TPFLAGS_LONG_SUBCLASS;
    t.tp_doc = "bool(x) -> bool";
    t.tp_base = &int_type;  // every other slot is inherited from int by type_ready
    t.tp_repr = bool_repr;
    t.nb_and = bool_bitwise<int_and, both>;
    t.nb_or = bool_bitwise<int_or, either>;
    t.nb_xor = bool_bitwise<int_xor, differ>;
    // The Python face of the type: its methods and constructor (number_methods.cpp).
    // bool inherits int's methods through its base.
    t.tp_new = bool_tp_new;
    return t;
}

}  // namespace

TypeObject bool_type = make_bool_type();

Object* true_object = &true_struct;
Object* false_object = &false_struct;

Object* bool_from(bool value) {
    Object* o = value ? true_object : false_object;
    incref(o);
    return o;
}

}  // namespace glasspy::rt
