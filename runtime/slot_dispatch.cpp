// A class's slots call its dunders (CPython: the slot_* functions and
// update_one_slot in Objects/typeobject.c).
//
// When a class (or a class in its MRO) defines __add__ in Python, its
// nb_add becomes slot_nb_add, which looks __add__ up on the operand's type
// and calls it; `a + b` then runs through the same binary_op as for ints.
// Where the name found is a built-in's slot wrapper (int.__add__ inherited
// by a subclass of int), the built-in's own C++ function is used instead:
// no Python-level call at all.
#include <array>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/wrapper_descr.hpp"

namespace glasspy::rt {

namespace {

// Interned dunder names, made once.
#define GP_NAME(text)                                 \
    ([]() -> Object* {                                \
        static Object* interned = str_intern(text);   \
        return interned;                              \
    }())

Object* lookup(Object* self, Object* name) { return type_lookup(self->ob_type, name); }

// type(self).name(self, *args) when the type has it; NotImplemented when
// it does not (binary operators, comparisons).
Object* call_maybe(Object* self, Object* name, Object* const* args, ssize_t nargs) {
    if (!lookup(self, name)) {
        incref(NotImplemented());
        return NotImplemented();
    }
    return call_method(self, name, args, nargs);
}

// ---- the basics --------------------------------------------------------------------------------

Object* slot_tp_repr(Object* self) { return call_method(self, GP_NAME("__repr__"), nullptr, 0); }
Object* slot_tp_str(Object* self) { return call_method(self, GP_NAME("__str__"), nullptr, 0); }

ssize_t slot_tp_hash(Object* self) {
    Object* f = lookup(self, GP_NAME("__hash__"));
    if (!f || f == None()) return hash_not_implemented(self);
    Ref<> r = Ref<>::steal(call_method(self, GP_NAME("__hash__"), nullptr, 0));
    if (!r) return -1;
    if (!is_int(r.get())) {
        set_error(&exc::TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // A big int is reduced as hash() reduces it.
    ssize_t h;
    if (!int_as_ssize(r.get(), &h)) {
        clear_error();
        h = hash(r.get());
    }
    return h == -1 ? -2 : h;
}

Object* slot_tp_call(Object* self, Object* args, Object* kwargs) {
    return call_vector_from_dict(
        args, kwargs,
        [](void* s, Object* const* v, ssize_t npos, Object* names) -> Object* {
            auto* o = static_cast<Object*>(s);
            Object* f = lookup(o, GP_NAME("__call__"));
            if (!f) {
                set_error_fmt(&exc::TypeError, "'{}' object is not callable", type_name(o));
                return nullptr;
            }
            if (f->ob_type == &function_type) return call_with_self(f, o, v, npos, names);
            Ref<> bound = Ref<>::steal(get_attr(o, GP_NAME("__call__")));
            if (!bound) return nullptr;
            return call(bound.get(), v, static_cast<std::size_t>(npos), names);
        },
        self);
}

// __getattribute__, then __getattr__ when that raises AttributeError
// (CPython: slot_tp_getattr_hook).
Object* slot_tp_getattro(Object* self, Object* name) {
    Object* getattribute = lookup(self, GP_NAME("__getattribute__"));
    Object* getattr = lookup(self, GP_NAME("__getattr__"));
    Object* r;
    if (!getattribute || is_wrapper_of(getattribute, &object_type)) {
        r = generic_getattr_ex(self, name, getattr != nullptr);
        if (!r && getattr && !error_occurred()) return call_method(self, GP_NAME("__getattr__"), &name, 1);
    } else {
        r = call_method(self, GP_NAME("__getattribute__"), &name, 1);
    }
    if (r || !getattr || !error_matches(&exc::AttributeError)) return r;
    clear_error();
    return call_method(self, GP_NAME("__getattr__"), &name, 1);
}

int slot_tp_setattro(Object* self, Object* name, Object* value) {
    Object* args[] = {name, value};
    Ref<> r = Ref<>::steal(value ? call_method(self, GP_NAME("__setattr__"), args, 2)
                                 : call_method(self, GP_NAME("__delattr__"), args, 1));
    return r ? 0 : -1;
}

Object* slot_tp_richcompare(Object* self, Object* other, int op) {
    static constexpr const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static std::array<Object*, 6> interned{};
    if (!interned[op]) interned[op] = str_intern(names[op]);
    Object* f = lookup(self, interned[op]);
    if (!f) {
        incref(NotImplemented());
        return NotImplemented();
    }
    return call_method(self, interned[op], &other, 1);
}

Object* slot_tp_iter(Object* self) {
    Object* f = lookup(self, GP_NAME("__iter__"));
    if (f == None()) {
        set_error_fmt(&exc::TypeError, "'{}' object is not iterable", type_name(self));
        return nullptr;
    }
    if (!f) {
        // The old protocol: __getitem__ with 0, 1, 2, ... until IndexError.
        if (lookup(self, GP_NAME("__getitem__"))) return seqiter_new(self);
        set_error_fmt(&exc::TypeError, "'{}' object is not iterable", type_name(self));
        return nullptr;
    }
    return call_method(self, GP_NAME("__iter__"), nullptr, 0);
}

// next(): StopIteration becomes the slot's "exhausted" (null, no error).
Object* slot_tp_iternext(Object* self) {
    Object* r = call_method(self, GP_NAME("__next__"), nullptr, 0);
    if (!r && error_matches(&exc::StopIteration)) clear_error();
    return r;
}

Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
    Object* args[] = {obj ? obj : None(), type ? type : None()};
    return call_method(self, GP_NAME("__get__"), args, 2);
}

int slot_tp_descr_set(Object* self, Object* obj, Object* value) {
    Object* args[] = {obj, value};
    Ref<> r = Ref<>::steal(value ? call_method(self, GP_NAME("__set__"), args, 2)
                                 : call_method(self, GP_NAME("__delete__"), args, 1));
    return r ? 0 : -1;
}

int slot_tp_init(Object* self, Object* args, Object* kwargs) {
    Ref<> r = Ref<>::steal(call_vector_from_dict(
        args, kwargs,
        [](void* s, Object* const* v, ssize_t npos, Object* names) -> Object* {
            auto* o = static_cast<Object*>(s);
            Object* f = lookup(o, GP_NAME("__init__"));
            if (f && f->ob_type == &function_type) return call_with_self(f, o, v, npos, names);
            Ref<> bound = Ref<>::steal(get_attr(o, GP_NAME("__init__")));
            if (!bound) return nullptr;
            return call(bound.get(), v, static_cast<std::size_t>(npos), names);
        },
        self));
    if (!r) return -1;
    if (r.get() != None()) {
        set_error_fmt(&exc::TypeError, "__init__() should return None, not '{}'", type_name(r.get()));
        return -1;
    }
    return 0;
}

// C(...) with a Python __new__: C.__new__(C, ...), __new__ being a
// static method.
Object* slot_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    Ref<> f = Ref<>::steal(get_attr(type, GP_NAME("__new__")));
    if (!f) return nullptr;
    return call_vector_from_dict(
        args, kwargs,
        [](void* c, Object* const* v, ssize_t npos, Object* names) -> Object* {
            auto** pair = static_cast<Object**>(c);
            return call_with_self(pair[0], pair[1], v, npos, names);
        },
        std::array<Object*, 2>{f.get(), type}.data());
}

void slot_tp_finalize(Object* self) {
    Ref<> r = Ref<>::steal(call_method(self, GP_NAME("__del__"), nullptr, 0));
    (void)r;
}

// ---- numbers ------------------------------------------------------------------------------------

// The binary operators, for both operands (CPython: SLOT1BINFULL): called
// as slot(a, b) whether it is a's slot or b's, it tries a.__add__(b) when a
// is an instance of a class with this slot, and b.__radd__(a) when b is —
// first when b's class is a subclass of a's that overrides __radd__.
template <int Index>
struct BinarySlotInfo;

#define GP_BINARY(index, member, name, rname)            \
    template <>                                          \
    struct BinarySlotInfo<index> {                       \
        static constexpr binaryfunc TypeObject::*slot = &TypeObject::member; \
        static constexpr const char* lname = name;       \
        static constexpr const char* rname_ = rname;     \
        static Object* left() { return GP_NAME(name); }  \
        static Object* right() { return GP_NAME(rname); } \
    };
GP_BINARY(0, nb_add, "__add__", "__radd__")
GP_BINARY(1, nb_subtract, "__sub__", "__rsub__")
GP_BINARY(2, nb_multiply, "__mul__", "__rmul__")
GP_BINARY(3, nb_remainder, "__mod__", "__rmod__")
GP_BINARY(4, nb_divmod, "__divmod__", "__rdivmod__")
GP_BINARY(5, nb_lshift, "__lshift__", "__rlshift__")
GP_BINARY(6, nb_rshift, "__rshift__", "__rrshift__")
GP_BINARY(7, nb_and, "__and__", "__rand__")
GP_BINARY(8, nb_xor, "__xor__", "__rxor__")
GP_BINARY(9, nb_or, "__or__", "__ror__")
GP_BINARY(10, nb_floor_divide, "__floordiv__", "__rfloordiv__")
GP_BINARY(11, nb_true_divide, "__truediv__", "__rtruediv__")
GP_BINARY(12, nb_matrix_multiply, "__matmul__", "__rmatmul__")
#undef GP_BINARY
constexpr int BINARY_SLOT_COUNT = 13;

template <int Index>
Object* slot_binary(Object* self, Object* other) {
    using Info = BinarySlotInfo<Index>;
    binaryfunc me = slot_binary<Index>;
    bool do_other = self->ob_type != other->ob_type && other->ob_type->*Info::slot == me;
    if (self->ob_type->*Info::slot == me) {
        if (do_other && is_subtype(other->ob_type, self->ob_type)) {
            Object* r = call_maybe(other, Info::right(), &self, 1);
            if (r != NotImplemented()) return r;
            decref(r);
            do_other = false;
        }
        Object* r = call_maybe(self, Info::left(), &other, 1);
        if (r != NotImplemented() || other->ob_type == self->ob_type) return r;
        decref(r);
    }
    if (do_other) return call_maybe(other, Info::right(), &self, 1);
    incref(NotImplemented());
    return NotImplemented();
}

// pow(a, b) as the binary slots; pow(a, b, m) only tries a.__pow__.
Object* slot_nb_power(Object* self, Object* other, Object* mod) {
    if (mod == None()) {
        ternaryfunc me = slot_nb_power;
        bool do_other = self->ob_type != other->ob_type && other->ob_type->nb_power == me;
        if (self->ob_type->nb_power == me) {
            if (do_other && is_subtype(other->ob_type, self->ob_type)) {
                Object* r = call_maybe(other, GP_NAME("__rpow__"), &self, 1);
                if (r != NotImplemented()) return r;
                decref(r);
                do_other = false;
            }
            Object* r = call_maybe(self, GP_NAME("__pow__"), &other, 1);
            if (r != NotImplemented() || other->ob_type == self->ob_type) return r;
            decref(r);
        }
        if (do_other) return call_maybe(other, GP_NAME("__rpow__"), &self, 1);
        incref(NotImplemented());
        return NotImplemented();
    }
    if (self->ob_type->nb_power == slot_nb_power) {
        Object* args[] = {other, mod};
        return call_maybe(self, GP_NAME("__pow__"), args, 2);
    }
    incref(NotImplemented());
    return NotImplemented();
}

template <int Index>
struct UnarySlotInfo;
#define GP_UNARY(index, member, name)                   \
    template <>                                         \
    struct UnarySlotInfo<index> {                       \
        static constexpr unaryfunc TypeObject::*slot = &TypeObject::member; \
        static constexpr const char* cname = name;      \
        static Object* name_obj() { return GP_NAME(name); } \
    };
GP_UNARY(0, nb_negative, "__neg__")
GP_UNARY(1, nb_positive, "__pos__")
GP_UNARY(2, nb_absolute, "__abs__")
GP_UNARY(3, nb_invert, "__invert__")
GP_UNARY(4, nb_int, "__int__")
GP_UNARY(5, nb_float, "__float__")
GP_UNARY(6, nb_index, "__index__")
GP_UNARY(7, am_await, "__await__")
GP_UNARY(8, am_aiter, "__aiter__")
GP_UNARY(9, am_anext, "__anext__")
#undef GP_UNARY
constexpr int UNARY_SLOT_COUNT = 10;

template <int Index>
Object* slot_unary(Object* self) {
    return call_method(self, UnarySlotInfo<Index>::name_obj(), nullptr, 0);
}

template <int Index>
struct InplaceSlotInfo;
#define GP_INPLACE(index, member, name)                 \
    template <>                                         \
    struct InplaceSlotInfo<index> {                     \
        static constexpr binaryfunc TypeObject::*slot = &TypeObject::member; \
        static constexpr const char* cname = name;      \
        static Object* name_obj() { return GP_NAME(name); } \
    };
GP_INPLACE(0, nb_inplace_add, "__iadd__")
GP_INPLACE(1, nb_inplace_subtract, "__isub__")
GP_INPLACE(2, nb_inplace_multiply, "__imul__")
GP_INPLACE(3, nb_inplace_remainder, "__imod__")
GP_INPLACE(4, nb_inplace_lshift, "__ilshift__")
GP_INPLACE(5, nb_inplace_rshift, "__irshift__")
GP_INPLACE(6, nb_inplace_and, "__iand__")
GP_INPLACE(7, nb_inplace_xor, "__ixor__")
GP_INPLACE(8, nb_inplace_or, "__ior__")
GP_INPLACE(9, nb_inplace_floor_divide, "__ifloordiv__")
GP_INPLACE(10, nb_inplace_true_divide, "__itruediv__")
GP_INPLACE(11, nb_inplace_matrix_multiply, "__imatmul__")
#undef GP_INPLACE
constexpr int INPLACE_SLOT_COUNT = 12;

template <int Index>
Object* slot_inplace(Object* self, Object* other) {
    return call_maybe(self, InplaceSlotInfo<Index>::name_obj(), &other, 1);
}

Object* slot_nb_inplace_power(Object* self, Object* other, Object*) {
    return call_maybe(self, GP_NAME("__ipow__"), &other, 1);
}

// __len__ as a length: an int >= 0 (CPython: slot_sq_length).
ssize_t slot_sq_length(Object* self) {
    Ref<> r = Ref<>::steal(call_method(self, GP_NAME("__len__"), nullptr, 0));
    if (!r) return -1;
    ssize_t n;
    if (!index_as_ssize(r.get(), &n)) {
        if (error_matches(&exc::OverflowError)) {
            clear_error();
            set_error_fmt(&exc::OverflowError, "cannot fit '{}' into an index-sized integer", type_name(r.get()));
        }
        return -1;
    }
    if (n < 0) {
        set_error(&exc::ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

// bool(o): __bool__ (which must return a bool), else __len__, else true.
int slot_nb_bool(Object* self) {
    if (lookup(self, GP_NAME("__bool__"))) {
        Ref<> r = Ref<>::steal(call_method(self, GP_NAME("__bool__"), nullptr, 0));
        if (!r) return -1;
        if (r.get()->ob_type != &bool_type) {
            set_error_fmt(&exc::TypeError, "__bool__ should return bool, returned {}", type_name(r.get()));
            return -1;
        }
        return r.get() == true_object ? 1 : 0;
    }
    if (lookup(self, GP_NAME("__len__"))) {
        ssize_t n = slot_sq_length(self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---- containers ------------------------------------------------------------------------------------

Object* slot_mp_subscript(Object* self, Object* key) { return call_method(self, GP_NAME("__getitem__"), &key, 1); }

Object* slot_sq_item(Object* self, ssize_t i) {
    Ref<> index = Ref<>::steal(int_from_ssize(i));
    if (!index) return nullptr;
    Object* key = index.get();
    return call_method(self, GP_NAME("__getitem__"), &key, 1);
}

int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
    Object* args[] = {key, value};
    Ref<> r = Ref<>::steal(value ? call_method(self, GP_NAME("__setitem__"), args, 2)
                                 : call_method(self, GP_NAME("__delitem__"), args, 1));
    return r ? 0 : -1;
}

int slot_sq_ass_item(Object* self, ssize_t i, Object* value) {
    Ref<> index = Ref<>::steal(int_from_ssize(i));
    if (!index) return -1;
    return slot_mp_ass_subscript(self, index.get(), value);
}

// `x in o`: __contains__, or a search by iteration when the class has none.
int slot_sq_contains(Object* self, Object* value) {
    Object* f = lookup(self, GP_NAME("__contains__"));
    if (f == None()) {
        set_error_fmt(&exc::TypeError, "argument of type '{}' is not iterable", type_name(self));
        return -1;
    }
    if (!f) {
        Ref<> it = Ref<>::steal(get_iter(self));
        if (!it) return -1;
        while (Object* item = iter_next(it.get())) {
            int eq = rich_compare_bool(item, value, EQ);
            decref(item);
            if (eq != 0) return eq;
        }
        return error_occurred() ? -1 : 0;
    }
    Ref<> r = Ref<>::steal(call_method(self, GP_NAME("__contains__"), &value, 1));
    if (!r) return -1;
    return is_true(r.get());
}

// ---- choosing each slot -----------------------------------------------------------------------

// What a slot becomes for a class: the Python-level dunder's dispatcher,
// or the built-in function that a slot wrapper found on the MRO stands for.
struct SlotChoice {
    bool python = false;      // some name resolves to Python code
    TypeObject* wrapped = nullptr;  // else: the built-in type whose slot wrapper was found
    bool is_none = false;     // __hash__ = None and the like
};

SlotChoice choose(TypeObject* type, std::initializer_list<const char*> names) {
    SlotChoice c;
    for (const char* n : names) {
        Ref<> name = Ref<>::steal(str_intern(n));
        Object* found = type_lookup(type, name.get());
        if (!found) continue;
        if (found == None()) {
            c.is_none = true;
            continue;
        }
        // A built-in's own dunder (a slot wrapper, T.__new__, or a method
        // of its tp_methods such as dict.__getitem__) means its C++ slot.
        TypeObject* owner = wrapper_owner(found);
        // A wrapper of another slot (class C(int): __str__ = int.__repr__)
        // must be called as what it is, through the generic dispatcher.
        if (owner && std::string_view(wrapper_name(found)) != n) {
            c.python = true;
            continue;
        }
        if (!owner) owner = new_wrapper_owner(found);
        if (!owner && is_method_descr(found)) owner = static_cast<MethodDescrObject*>(found)->d_type;
        if (owner) {
            if (!c.wrapped) c.wrapped = owner;
            continue;
        }
        c.python = true;
    }
    return c;
}

template <typename Slot>
void set_slot(TypeObject* type, Slot TypeObject::*member, Slot dispatcher,
              std::initializer_list<const char*> names) {
    SlotChoice c = choose(type, names);
    if (c.python || (c.is_none && !c.wrapped))
        type->*member = dispatcher;
    else if (c.wrapped && c.wrapped->*member)
        type->*member = c.wrapped->*member;
}

template <int... I>
void set_binary_slots(TypeObject* type, std::integer_sequence<int, I...>) {
    (set_slot<binaryfunc>(type, BinarySlotInfo<I>::slot, slot_binary<I>,
                          {BinarySlotInfo<I>::lname, BinarySlotInfo<I>::rname_}),
     ...);
}

template <int... I>
void set_unary_slots(TypeObject* type, std::integer_sequence<int, I...>) {
    (set_slot<unaryfunc>(type, UnarySlotInfo<I>::slot, slot_unary<I>, {UnarySlotInfo<I>::cname}),
     ...);
}

template <int... I>
void set_inplace_slots(TypeObject* type, std::integer_sequence<int, I...>) {
    (set_slot<binaryfunc>(type, InplaceSlotInfo<I>::slot, slot_inplace<I>,
                          {InplaceSlotInfo<I>::cname}),
     ...);
}

}  // namespace

bool init_runs_python(const TypeObject* type) { return type->tp_init == slot_tp_init; }

void update_slots(TypeObject* type) {
    set_slot<reprfunc>(type, &TypeObject::tp_repr, slot_tp_repr, {"__repr__"});
    set_slot<reprfunc>(type, &TypeObject::tp_str, slot_tp_str, {"__str__"});
    {
        SlotChoice c = choose(type, {"__hash__"});
        if (c.python)
            type->tp_hash = slot_tp_hash;
        else if (c.is_none)
            type->tp_hash = hash_not_implemented;
        else if (c.wrapped)
            type->tp_hash = c.wrapped->tp_hash;
    }
    set_slot<ternaryfunc>(type, &TypeObject::tp_call, slot_tp_call, {"__call__"});
    set_slot<getattrofunc>(type, &TypeObject::tp_getattro, slot_tp_getattro, {"__getattribute__", "__getattr__"});
    set_slot<setattrofunc>(type, &TypeObject::tp_setattro, slot_tp_setattro, {"__setattr__", "__delattr__"});
    set_slot<richcmpfunc>(type, &TypeObject::tp_richcompare, slot_tp_richcompare,
                          {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"});
    set_slot<getiterfunc>(type, &TypeObject::tp_iter, slot_tp_iter, {"__iter__"});
    set_slot<iternextfunc>(type, &TypeObject::tp_iternext, slot_tp_iternext, {"__next__"});
    set_slot<descrgetfunc>(type, &TypeObject::tp_descr_get, slot_tp_descr_get, {"__get__"});
    set_slot<descrsetfunc>(type, &TypeObject::tp_descr_set, slot_tp_descr_set, {"__set__", "__delete__"});
    set_slot<initproc>(type, &TypeObject::tp_init, slot_tp_init, {"__init__"});
    set_slot<newfunc>(type, &TypeObject::tp_new, slot_tp_new, {"__new__"});
    set_slot<destructor>(type, &TypeObject::tp_finalize, slot_tp_finalize, {"__del__"});
    set_binary_slots(type, std::make_integer_sequence<int, BINARY_SLOT_COUNT>{});
    set_slot<ternaryfunc>(type, &TypeObject::nb_power, slot_nb_power, {"__pow__", "__rpow__"});
    set_unary_slots(type, std::make_integer_sequence<int, UNARY_SLOT_COUNT>{});
    set_inplace_slots(type, std::make_integer_sequence<int, INPLACE_SLOT_COUNT>{});
    set_slot<ternaryfunc>(type, &TypeObject::nb_inplace_power, slot_nb_inplace_power, {"__ipow__"});
    set_slot<inquiry>(type, &TypeObject::nb_bool, slot_nb_bool, {"__bool__", "__len__"});
    set_slot<lenfunc>(type, &TypeObject::sq_length, slot_sq_length, {"__len__"});
    set_slot<lenfunc>(type, &TypeObject::mp_length, slot_sq_length, {"__len__"});
    set_slot<objobjproc>(type, &TypeObject::sq_contains, slot_sq_contains, {"__contains__"});
    set_slot<binaryfunc>(type, &TypeObject::mp_subscript, slot_mp_subscript, {"__getitem__"});
    set_slot<ssizeargfunc>(type, &TypeObject::sq_item, slot_sq_item, {"__getitem__"});
    set_slot<objobjargproc>(type, &TypeObject::mp_ass_subscript, slot_mp_ass_subscript, {"__setitem__", "__delitem__"});
    set_slot<ssizeobjargproc>(type, &TypeObject::sq_ass_item, slot_sq_ass_item, {"__setitem__", "__delitem__"});
    // A class's + and * are its __add__ and __mul__: the sequence forms of
    // a built-in base give way when the class defines them in Python.
    for (auto [member, names] : {std::pair{&TypeObject::sq_concat, "__add__"}, {&TypeObject::sq_inplace_concat, "__iadd__"}})
        if (choose(type, {names}).python) type->*member = nullptr;
    for (auto [member, names] : {std::pair{&TypeObject::sq_repeat, "__mul__"}, {&TypeObject::sq_inplace_repeat, "__imul__"}})
        if (choose(type, {names}).python) type->*member = nullptr;
}

void update_slot(TypeObject* type, Object* name) {
    // Any dunder may affect several slots; recomputing them all is cheap
    // next to a class attribute assignment.
    std::u32string text = str_to_u32(name);
    if (text.size() < 5 || text.substr(0, 2) != U"__" || text.substr(text.size() - 2) != U"__") return;
    update_slots(type);
    // Subclasses that inherited the slot follow (CPython: update_subclasses).
    if (type->tp_subclasses)
        for (TypeObject* sub : *type->tp_subclasses)
            if (is_heap_type(sub)) update_slot(sub, name);
}

}  // namespace glasspy::rt
