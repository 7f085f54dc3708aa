// Slot wrappers; see wrapper_descr.hpp.
#include "runtime/wrapper_descr.hpp"

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/method.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/text_signature.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

// One dunder a slot shows as: `call` runs the slot of `owner` on self.
struct WrapperDef {
    const char* name;
    bool (*present)(const TypeObject* type);  // the type defines the slot itself
    Object* (*call)(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs);
    const char* doc;
};

namespace {

// "expected 1 argument, got 0" (CPython: check_num_args).
bool num_args(ssize_t nargs, ssize_t expected) {
    if (nargs == expected) return true;
    set_error_fmt(&exc::TypeError, "expected {} argument{}, got {}", expected, expected == 1 ? "" : "s", nargs);
    return false;
}


template <auto Member>
bool own_slot(const TypeObject* t) {
    if (!(t->*Member)) return false;
    return !t->tp_base || t->tp_base->*Member != t->*Member;
}

template <auto Member>
Object* wrap_unary(TypeObject* owner, Object* self, Object* const*, ssize_t nargs) {
    if (!num_args(nargs, 0)) return nullptr;
    return (owner->*Member)(self);
}

template <auto Member>
Object* wrap_binary_l(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    return (owner->*Member)(self, args[0]);
}

template <auto Member>
Object* wrap_binary_r(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    return (owner->*Member)(args[0], self);
}

Object* wrap_pow(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!check_positional("expected", nargs, 1, 2)) return nullptr;
    return owner->nb_power(self, args[0], nargs > 1 ? args[1] : None());
}

Object* wrap_rpow(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!check_positional("expected", nargs, 1, 2)) return nullptr;
    return owner->nb_power(args[0], self, nargs > 1 ? args[1] : None());
}

template <int Op>
Object* wrap_richcompare(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    return owner->tp_richcompare(self, args[0], Op);
}

Object* wrap_hash(TypeObject* owner, Object* self, Object* const*, ssize_t nargs) {
    if (!num_args(nargs, 0)) return nullptr;
    ssize_t h = owner->tp_hash(self);
    if (h == -1 && error_occurred()) return nullptr;
    return int_from_ssize(h);
}

Object* wrap_getattr(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    if (!is_str(args[0])) {
        set_error_fmt(&exc::TypeError, "attribute name must be string, not '{}'", type_name(args[0]));
        return nullptr;
    }
    return owner->tp_getattro(self, args[0]);
}

Object* wrap_setattr(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 2)) return nullptr;
    if (owner->tp_setattro(self, args[0], args[1]) < 0) return nullptr;
    return none_ref();
}

Object* wrap_delattr(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    if (owner->tp_setattro(self, args[0], nullptr) < 0) return nullptr;
    return none_ref();
}

Object* wrap_next(TypeObject* owner, Object* self, Object* const*, ssize_t nargs) {
    if (!num_args(nargs, 0)) return nullptr;
    Object* r = owner->tp_iternext(self);
    if (!r && !error_occurred()) set_error_object(&exc::StopIteration, Ref<>::steal(tuple_new(0)).get());
    return r;
}

Object* wrap_descr_get(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!check_positional("expected", nargs, 1, 2)) return nullptr;
    Object* obj = args[0] == None() ? nullptr : args[0];
    Object* type = nargs > 1 && args[1] != None() ? args[1] : nullptr;
    if (!obj && !type) {
        set_error(&exc::TypeError, "__get__(None, None) is invalid");
        return nullptr;
    }
    return owner->tp_descr_get(self, obj, type);
}

Object* wrap_descr_set(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 2)) return nullptr;
    if (owner->tp_descr_set(self, args[0], args[1]) < 0) return nullptr;
    return none_ref();
}

Object* wrap_descr_delete(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    if (owner->tp_descr_set(self, args[0], nullptr) < 0) return nullptr;
    return none_ref();
}

template <auto Member>
Object* wrap_len(TypeObject* owner, Object* self, Object* const*, ssize_t nargs) {
    if (!num_args(nargs, 0)) return nullptr;
    ssize_t n = (owner->*Member)(self);
    if (n < 0) return nullptr;
    return int_from_ssize(n);
}

Object* wrap_bool(TypeObject* owner, Object* self, Object* const*, ssize_t nargs) {
    if (!num_args(nargs, 0)) return nullptr;
    int r = owner->nb_bool(self);
    if (r < 0) return nullptr;
    return bool_from(r != 0);
}

Object* wrap_contains(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    int r = owner->sq_contains(self, args[0]);
    if (r < 0) return nullptr;
    return bool_from(r != 0);
}

Object* wrap_setitem(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 2)) return nullptr;
    int r;
    if (owner->mp_ass_subscript) {
        r = owner->mp_ass_subscript(self, args[0], args[1]);
    } else {
        ssize_t i;
        if (!index_as_ssize(args[0], &i)) return nullptr;
        r = owner->sq_ass_item(self, i, args[1]);
    }
    if (r < 0) return nullptr;
    return none_ref();
}

Object* wrap_delitem(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    int r;
    if (owner->mp_ass_subscript) {
        r = owner->mp_ass_subscript(self, args[0], nullptr);
    } else {
        ssize_t i;
        if (!index_as_ssize(args[0], &i)) return nullptr;
        r = owner->sq_ass_item(self, i, nullptr);
    }
    if (r < 0) return nullptr;
    return none_ref();
}

Object* wrap_getitem(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    if (owner->mp_subscript) return owner->mp_subscript(self, args[0]);
    ssize_t i;
    if (!index_as_ssize(args[0], &i)) return nullptr;
    return owner->sq_item(self, i);
}

template <auto Member>
Object* wrap_repeat(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    if (!num_args(nargs, 1)) return nullptr;
    ssize_t n;
    if (!index_as_ssize(args[0], &n)) return nullptr;
    return (owner->*Member)(self, n);
}

bool has_mapping_or_seq_ass(const TypeObject* t) {
    return own_slot<&TypeObject::mp_ass_subscript>(t) || own_slot<&TypeObject::sq_ass_item>(t);
}
bool has_getitem(const TypeObject* t) {
    return own_slot<&TypeObject::mp_subscript>(t) || own_slot<&TypeObject::sq_item>(t);
}
bool has_sq_concat_only(const TypeObject* t) {
    return own_slot<&TypeObject::sq_concat>(t) && !t->nb_add;
}
bool has_sq_repeat_only(const TypeObject* t) {
    return own_slot<&TypeObject::sq_repeat>(t) && !t->nb_multiply;
}
bool has_len(const TypeObject* t) {
    return own_slot<&TypeObject::mp_length>(t) || own_slot<&TypeObject::sq_length>(t);
}
Object* wrap_any_len(TypeObject* owner, Object* self, Object* const* args, ssize_t nargs) {
    return owner->mp_length ? wrap_len<&TypeObject::mp_length>(owner, self, args, nargs)
                            : wrap_len<&TypeObject::sq_length>(owner, self, args, nargs);
}

// Richer wrappers whose arguments are the slot's (tuple, dict) form.
Object* tuple_of(Object* const* args, ssize_t nargs) {
    Object* t = tuple_new(nargs);
    if (!t) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i) {
        incref(args[i]);
        tuple_items(t)[i] = args[i];
    }
    return t;
}

// Each doc starts with the wrapper's text signature, as CPython's slotdefs
// write it (text_signature.hpp).
#define GP_SIG(name, params) name params "\n--\n\n"
#define GP_BIN_DOCS(name, rname, member, doc, rdoc)                                                              \
    {name, own_slot<&TypeObject::member>, wrap_binary_l<&TypeObject::member>, GP_SIG(name, "($self, value, /)") doc}, \
        {rname, own_slot<&TypeObject::member>, wrap_binary_r<&TypeObject::member>,                                   \
         GP_SIG(rname, "($self, value, /)") rdoc}
#define GP_BIN(name, rname, member, op) GP_BIN_DOCS(name, rname, member, "Return self" op "value.", "Return value" op "self.")
#define GP_UN(name, member, doc) \
    {name, own_slot<&TypeObject::member>, wrap_unary<&TypeObject::member>, GP_SIG(name, "($self, /)") doc}
#define GP_IN(name, member, doc) \
    {name, own_slot<&TypeObject::member>, wrap_binary_l<&TypeObject::member>, GP_SIG(name, "($self, value, /)") doc}
#define GP_CMP(name, op, doc) \
    {name, own_slot<&TypeObject::tp_richcompare>, wrap_richcompare<op>, GP_SIG(name, "($self, value, /)") doc}

// tp_init and tp_call take keywords too; they have their own entry points
// below, so these rows only mark presence and give the doc.
Object* no_call(TypeObject*, Object*, Object* const*, ssize_t) { return nullptr; }

const WrapperDef WRAPPERS[] = {
    GP_UN("__repr__", tp_repr, "Return repr(self)."),
    GP_UN("__str__", tp_str, "Return str(self)."),
    {"__hash__", own_slot<&TypeObject::tp_hash>, wrap_hash, GP_SIG("__hash__", "($self, /)") "Return hash(self)."},
    {"__call__", own_slot<&TypeObject::tp_call>, no_call, GP_SIG("__call__", "($self, /, *args, **kwargs)") "Call self as a function."},
    {"__getattribute__", own_slot<&TypeObject::tp_getattro>, wrap_getattr, GP_SIG("__getattribute__", "($self, name, /)") "Return getattr(self, name)."},
    {"__setattr__", own_slot<&TypeObject::tp_setattro>, wrap_setattr, GP_SIG("__setattr__", "($self, name, value, /)") "Implement setattr(self, name, value)."},
    {"__delattr__", own_slot<&TypeObject::tp_setattro>, wrap_delattr, GP_SIG("__delattr__", "($self, name, /)") "Implement delattr(self, name)."},
    GP_CMP("__lt__", LT, "Return self<value."),
    GP_CMP("__le__", LE, "Return self<=value."),
    GP_CMP("__eq__", EQ, "Return self==value."),
    GP_CMP("__ne__", NE, "Return self!=value."),
    GP_CMP("__gt__", GT, "Return self>value."),
    GP_CMP("__ge__", GE, "Return self>=value."),
    GP_UN("__iter__", tp_iter, "Implement iter(self)."),
    GP_UN("__await__", am_await, "Return an iterator to be used in await expression."),
    GP_UN("__aiter__", am_aiter, "Return an awaitable, that resolves in asynchronous iterator."),
    GP_UN("__anext__", am_anext, "Return a value or raise StopAsyncIteration."),
    {"__next__", own_slot<&TypeObject::tp_iternext>, wrap_next, GP_SIG("__next__", "($self, /)") "Implement next(self)."},
    {"__get__", own_slot<&TypeObject::tp_descr_get>, wrap_descr_get, GP_SIG("__get__", "($self, instance, owner=None, /)") "Return an attribute of instance, which is of type owner."},
    {"__set__", own_slot<&TypeObject::tp_descr_set>, wrap_descr_set, GP_SIG("__set__", "($self, instance, value, /)") "Set an attribute of instance to value."},
    {"__delete__", own_slot<&TypeObject::tp_descr_set>, wrap_descr_delete, GP_SIG("__delete__", "($self, instance, /)") "Delete an attribute of instance."},
    {"__init__", own_slot<&TypeObject::tp_init>, no_call, GP_SIG("__init__", "($self, /, *args, **kwargs)") "Initialize self.  See help(type(self)) for accurate signature."},
    GP_BIN("__add__", "__radd__", nb_add, "+"),
    GP_BIN("__sub__", "__rsub__", nb_subtract, "-"),
    GP_BIN("__mul__", "__rmul__", nb_multiply, "*"),
    GP_BIN("__mod__", "__rmod__", nb_remainder, "%"),
    GP_BIN_DOCS("__divmod__", "__rdivmod__", nb_divmod, "Return divmod(self, value).", "Return divmod(value, self)."),
    {"__pow__", own_slot<&TypeObject::nb_power>, wrap_pow, GP_SIG("__pow__", "($self, value, mod=None, /)") "Return pow(self, value, mod)."},
    {"__rpow__", own_slot<&TypeObject::nb_power>, wrap_rpow, GP_SIG("__rpow__", "($self, value, mod=None, /)") "Return pow(value, self, mod)."},
    GP_UN("__neg__", nb_negative, "-self"),
    GP_UN("__pos__", nb_positive, "+self"),
    GP_UN("__abs__", nb_absolute, "abs(self)"),
    {"__bool__", own_slot<&TypeObject::nb_bool>, wrap_bool, GP_SIG("__bool__", "($self, /)") "True if self else False"},
    GP_UN("__invert__", nb_invert, "~self"),
    GP_BIN("__lshift__", "__rlshift__", nb_lshift, "<<"),
    GP_BIN("__rshift__", "__rrshift__", nb_rshift, ">>"),
    GP_BIN("__and__", "__rand__", nb_and, "&"),
    GP_BIN("__xor__", "__rxor__", nb_xor, "^"),
    GP_BIN("__or__", "__ror__", nb_or, "|"),
    GP_UN("__int__", nb_int, "int(self)"),
    GP_UN("__float__", nb_float, "float(self)"),
    GP_BIN("__floordiv__", "__rfloordiv__", nb_floor_divide, "//"),
    GP_BIN("__truediv__", "__rtruediv__", nb_true_divide, "/"),
    GP_UN("__index__", nb_index, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    GP_BIN("__matmul__", "__rmatmul__", nb_matrix_multiply, "@"),
    GP_IN("__iadd__", nb_inplace_add, "Return self+=value."),
    GP_IN("__isub__", nb_inplace_subtract, "Return self-=value."),
    GP_IN("__imul__", nb_inplace_multiply, "Return self*=value."),
    GP_IN("__imod__", nb_inplace_remainder, "Return self%=value."),
    GP_IN("__ilshift__", nb_inplace_lshift, "Return self<<=value."),
    GP_IN("__irshift__", nb_inplace_rshift, "Return self>>=value."),
    GP_IN("__iand__", nb_inplace_and, "Return self&=value."),
    GP_IN("__ixor__", nb_inplace_xor, "Return self^=value."),
    GP_IN("__ior__", nb_inplace_or, "Return self|=value."),
    GP_IN("__ifloordiv__", nb_inplace_floor_divide, "Return self//=value."),
    GP_IN("__itruediv__", nb_inplace_true_divide, "Return self/=value."),
    {"__len__", has_len, wrap_any_len, GP_SIG("__len__", "($self, /)") "Return len(self)."},
    {"__getitem__", has_getitem, wrap_getitem, GP_SIG("__getitem__", "($self, key, /)") "Return self[key]."},
    {"__setitem__", has_mapping_or_seq_ass, wrap_setitem, GP_SIG("__setitem__", "($self, key, value, /)") "Set self[key] to value."},
    {"__delitem__", has_mapping_or_seq_ass, wrap_delitem, GP_SIG("__delitem__", "($self, key, /)") "Delete self[key]."},
    {"__contains__", own_slot<&TypeObject::sq_contains>, wrap_contains, GP_SIG("__contains__", "($self, key, /)") "Return key in self."},
    {"__add__", has_sq_concat_only, wrap_binary_l<&TypeObject::sq_concat>, GP_SIG("__add__", "($self, value, /)") "Return self+value."},
    {"__mul__", has_sq_repeat_only, wrap_repeat<&TypeObject::sq_repeat>, GP_SIG("__mul__", "($self, value, /)") "Return self*value."},
    {"__rmul__", has_sq_repeat_only, wrap_repeat<&TypeObject::sq_repeat>, GP_SIG("__rmul__", "($self, value, /)") "Return value*self."},
    {"__iadd__", own_slot<&TypeObject::sq_inplace_concat>, wrap_binary_l<&TypeObject::sq_inplace_concat>, GP_SIG("__iadd__", "($self, value, /)") "Implement self+=value."},
    {"__imul__", own_slot<&TypeObject::sq_inplace_repeat>, wrap_repeat<&TypeObject::sq_inplace_repeat>, GP_SIG("__imul__", "($self, value, /)") "Implement self*=value."},
    {nullptr, nullptr, nullptr, nullptr},
};

#undef GP_SIG
#undef GP_BIN_DOCS
#undef GP_BIN
#undef GP_UN
#undef GP_IN
#undef GP_CMP

WrapperDescrObject* as_wrapper(Object* o) { return static_cast<WrapperDescrObject*>(o); }

bool check_self(Object* descr, Object* self) {
    WrapperDescrObject* d = as_wrapper(descr);
    if (is_instance_of(self, d->d_type)) return true;
    set_error_fmt(&exc::TypeError, "descriptor '{}' requires a '{}' object but received a '{}'", d->d_base->name,
                  d->d_type->tp_name, type_name(self));
    return false;
}

Object* wrapper_call(Object* descr, Object* args, Object* kwargs) {
    return call_vector_from_dict(
        args, kwargs,
        [](void* d, Object* const* v, ssize_t npos, Object* names) -> Object* {
            auto* descr = static_cast<Object*>(d);
            if (npos < 1) {
                set_error_fmt(&exc::TypeError, "descriptor '{}' of '{}' object needs an argument",
                              as_wrapper(descr)->d_base->name, as_wrapper(descr)->d_type->tp_name);
                return nullptr;
            }
            if (!check_self(descr, v[0])) return nullptr;
            return wrapper_call_on(descr, v[0], v + 1, npos - 1, names);
        },
        descr);
}

Object* wrapper_get(Object* self, Object* obj, Object*) {
    if (!obj) {
        incref(self);
        return self;
    }
    if (!check_self(self, obj)) return nullptr;
    return method_wrapper_new(self, obj);
}

void wrapper_dealloc(Object* self) {
    decref(as_wrapper(self)->d_type);
    free_object(self);
}

Object* wrapper_repr(Object* self) {
    return str_from_utf8(fmt::format("<slot wrapper '{}' of '{}' objects>", as_wrapper(self)->d_base->name,
                                     as_wrapper(self)->d_type->tp_name));
}

const GetSetDef WRAPPER_GETSET[] = {
    {"__name__", [](Object* s) { return str_from_utf8(as_wrapper(s)->d_base->name); }, nullptr, nullptr},
    {"__qualname__", [](Object* s) { return descr_qualname(as_wrapper(s)->d_type, as_wrapper(s)->d_base->name); },
     nullptr, nullptr},
    {"__doc__", [](Object* s) { return doc_after_signature(as_wrapper(s)->d_base->name, as_wrapper(s)->d_base->doc); },
     nullptr, nullptr},
    {"__text_signature__",
     [](Object* s) { return text_signature_of(as_wrapper(s)->d_base->name, as_wrapper(s)->d_base->doc); }, nullptr,
     nullptr},
    {"__objclass__",
     [](Object* s) -> Object* {
         incref(as_wrapper(s)->d_type);
         return as_wrapper(s)->d_type;
     },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_wrapper_descr_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "wrapper_descriptor";
    t.tp_basicsize = sizeof(WrapperDescrObject);
    t.tp_dealloc = wrapper_dealloc;
    t.tp_repr = wrapper_repr;
    t.tp_call = wrapper_call;
    t.tp_descr_get = wrapper_get;
    t.tp_getset = WRAPPER_GETSET;
    return t;
}

// T.__new__(S, ...): a built-in function bound to T that checks S is a
// subtype of T and that T's tp_new is the right one for S (CPython:
// tp_new_wrapper).
Object* tp_new_wrapper(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(self);
    if (nargs < 1) {
        set_error_fmt(&exc::TypeError, "{}.__new__(): not enough arguments", type->tp_name);
        return nullptr;
    }
    Object* arg0 = args[0];
    if (!is_type(arg0)) {
        set_error_fmt(&exc::TypeError, "{}.__new__(X): X is not a type object ({})", type->tp_name, type_name(arg0));
        return nullptr;
    }
    auto* subtype = static_cast<TypeObject*>(arg0);
    if (!is_subtype(subtype, type)) {
        set_error_fmt(&exc::TypeError, "{}.__new__({}): {} is not a subtype of {}", type->tp_name, subtype->tp_name,
                      subtype->tp_name, type->tp_name);
        return nullptr;
    }
    // The most derived built-in base of subtype must use this tp_new.
    TypeObject* staticbase = subtype;
    while (staticbase && staticbase->tp_new == nullptr) staticbase = staticbase->tp_base;
    while (staticbase && is_heap_type(staticbase)) staticbase = staticbase->tp_base;
    if (staticbase && staticbase->tp_new != type->tp_new) {
        set_error_fmt(&exc::TypeError, "{}.__new__({}) is not safe, use {}.__new__()", type->tp_name,
                      subtype->tp_name, staticbase->tp_name);
        return nullptr;
    }
    Ref<> rest = Ref<>::steal(tuple_of(args + 1, nargs - 1));
    if (!rest) return nullptr;
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Ref<> kwargs;
    if (nkw) {
        kwargs = Ref<>::steal(dict_new());
        if (!kwargs) return nullptr;
        for (ssize_t i = 0; i < nkw; ++i)
            if (dict_setitem(kwargs.get(), tuple_item(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
    return type->tp_new(subtype, rest.get(), kwargs.get());
}

const BuiltinDef NEW_DEF = {"__new__", tp_new_wrapper,
                            "__new__($type, *args, **kwargs)\n--\n\n"
                            "Create and return a new object.  See help(type) for accurate signature."};

}  // namespace

TypeObject wrapper_descr_type = make_wrapper_descr_type();

TypeObject* wrapper_owner(const Object* o) {
    return is_wrapper_descr(o) ? static_cast<const WrapperDescrObject*>(o)->d_type : nullptr;
}

const char* wrapper_name(const Object* o) {
    return is_wrapper_descr(o) ? static_cast<const WrapperDescrObject*>(o)->d_base->name : nullptr;
}

TypeObject* new_wrapper_owner(const Object* o) {
    if (o->ob_type != &builtin_function_type) return nullptr;
    auto* b = static_cast<const BuiltinFunctionObject*>(o);
    return b->def == &NEW_DEF ? static_cast<TypeObject*>(b->self) : nullptr;
}

Object* wrapper_call_on(Object* descr, Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    WrapperDescrObject* d = as_wrapper(descr);
    const WrapperDef* def = d->d_base;
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    bool takes_keywords = std::string_view(def->name) == "__init__" || std::string_view(def->name) == "__call__";
    if (nkw && !takes_keywords) {
        set_error_fmt(&exc::TypeError, "wrapper {}() takes no keyword arguments", def->name);
        return nullptr;
    }
    if (takes_keywords) {
        Ref<> tuple = Ref<>::steal(tuple_of(args, nargs));
        if (!tuple) return nullptr;
        Ref<> kwargs;
        if (nkw) {
            kwargs = Ref<>::steal(dict_new());
            if (!kwargs) return nullptr;
            for (ssize_t i = 0; i < nkw; ++i)
                if (dict_setitem(kwargs.get(), tuple_item(kwnames, i), args[nargs + i]) < 0) return nullptr;
        }
        if (def->name[2] == 'i') {
            if (d->d_type->tp_init(self, tuple.get(), kwargs.get()) < 0) return nullptr;
            return none_ref();
        }
        return d->d_type->tp_call(self, tuple.get(), kwargs.get());
    }
    return def->call(d->d_type, self, args, nargs);
}

int add_slot_wrappers(TypeObject* type) {
    for (const WrapperDef* def = WRAPPERS; def->name; ++def) {
        if (!def->present(type)) continue;
        if (dict_getitem_str(type->tp_dict, def->name)) continue;
        // An unhashable type says so with __hash__ = None, which is what
        // collections.abc.Hashable and hash() of a subclass look for.
        if (def->call == wrap_hash && type->tp_hash == hash_not_implemented) {
            if (dict_setitem_str(type->tp_dict, def->name, None()) < 0) return -1;
            continue;
        }
        Object* o = alloc_object(&wrapper_descr_type);
        if (!o) return -1;
        incref(type);
        as_wrapper(o)->d_type = type;
        as_wrapper(o)->d_base = def;
        int r = dict_setitem_str(type->tp_dict, def->name, o);
        decref(o);
        if (r < 0) return -1;
    }
    if (type->tp_new && (!type->tp_base || type->tp_base->tp_new != type->tp_new) &&
        !dict_getitem_str(type->tp_dict, "__new__")) {
        Object* f = builtin_function_new(&NEW_DEF, type);
        if (!f) return -1;
        int r = dict_setitem_str(type->tp_dict, "__new__", f);
        decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

}  // namespace glasspy::rt
