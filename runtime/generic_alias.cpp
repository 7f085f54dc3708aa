// types.GenericAlias (see generic_alias.hpp).
#include "runtime/generic_alias.hpp"

#include <string>
#include <string_view>

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
#include "runtime/union_type.hpp"

namespace glasspy::rt {

namespace {

struct GenericAliasObject : Object {
    Object* origin;
    Object* args;  // a tuple
};

GenericAliasObject* as_alias(Object* o) { return static_cast<GenericAliasObject*>(o); }

void alias_dealloc(Object* self) {
    gc::untrack(self);
    xdecref(as_alias(self)->origin);
    xdecref(as_alias(self)->args);
    free_object(self);
}

int alias_traverse(Object* self, visitproc visit, void* arg) {
    for (Object* o : {as_alias(self)->origin, as_alias(self)->args})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

// How an argument prints inside the brackets (CPython: ga_repr_item):
// classes by their qualified name (no module for builtins), ... as "...",
// anything else by repr.
bool repr_item(Object* p, std::string* out) {
    if (p == Ellipsis()) {
        *out += "...";
        return true;
    }
    if (p->ob_type == &generic_alias_type || !is_type(p)) {
        Ref<> r = Ref<>::steal(repr(p));
        if (!r) return false;
        *out += str_to_utf8(r.get());
        return true;
    }
    Ref<> qualname = Ref<>::steal(get_attr_str(p, "__qualname__"));
    Ref<> module = qualname ? Ref<>::steal(get_attr_str(p, "__module__")) : Ref<>();
    if (!qualname || !module) {
        clear_error();
        Ref<> r = Ref<>::steal(repr(p));
        if (!r) return false;
        *out += str_to_utf8(r.get());
        return true;
    }
    if (is_str(module.get()) && !str_equals_ascii(module.get(), "builtins")) {
        *out += str_to_utf8(module.get());
        *out += '.';
    }
    Ref<> name = Ref<>::steal(str(qualname.get()));
    if (!name) return false;
    *out += str_to_utf8(name.get());
    return true;
}

Object* alias_repr(Object* self) {
    std::string text;
    if (!repr_item(as_alias(self)->origin, &text)) return nullptr;
    text += '[';
    Object* args = as_alias(self)->args;
    ssize_t n = tuple_size(args);
    if (n == 0) text += "()";
    for (ssize_t i = 0; i < n; ++i) {
        if (i) text += ", ";
        Object* item = tuple_item(args, i);
        if (is_list(item)) {  // Callable[[int, str], bool]
            text += '[';
            for (ssize_t j = 0, m = list_size(item); j < m; ++j) {
                if (j) text += ", ";
                if (!repr_item(list_item(item, j), &text)) return nullptr;
            }
            text += ']';
        } else if (!repr_item(item, &text)) {
            return nullptr;
        }
    }
    text += ']';
    return str_from_utf8(text);
}

// The alias's own attributes; everything else is the origin's
// (list[int].append is list.append).
bool own_attribute(Object* name) {
    for (const char* own : {"__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__",
                            "__reduce__", "__copy__", "__deepcopy__", "__unpacked__", "__class__",
                            "__instancecheck__", "__subclasscheck__", "__getitem__", "__eq__", "__ne__",
                            "__hash__", "__repr__", "__call__", "__or__", "__ror__"})
        if (str_equals_ascii(name, own)) return true;
    return false;
}

Object* alias_getattro(Object* self, Object* name) {
    if (is_str(name) && !own_attribute(name)) return get_attr(as_alias(self)->origin, name);
    return generic_getattr(self, name);
}

// Calls the origin; the instance remembers the alias in __orig_class__
// when it can (typing's generic classes read it).
Object* alias_call(Object* self, Object* args, Object* kwargs) {
    Object* origin = as_alias(self)->origin;
    Ref<> result = Ref<>::steal(origin->ob_type->tp_call ? origin->ob_type->tp_call(origin, args, kwargs) : nullptr);
    if (!result) {
        if (!error_occurred())
            set_error_fmt(&exc::TypeError, "'{}' object is not callable", type_name(origin));
        return nullptr;
    }
    static Object* const orig_class = str_intern("__orig_class__");
    if (set_attr(result.get(), orig_class, self) < 0) {
        if (!error_matches(&exc::AttributeError) && !error_matches(&exc::TypeError)) return nullptr;
        clear_error();
    }
    return result.release();
}

Object* alias_richcompare(Object* a, Object* b, int op) {
    if (b->ob_type != &generic_alias_type || (op != EQ && op != NE)) {
        incref(NotImplemented());
        return NotImplemented();
    }
    int eq = rich_compare_bool(as_alias(a)->origin, as_alias(b)->origin, EQ);
    if (eq < 0) return nullptr;
    if (eq) eq = rich_compare_bool(as_alias(a)->args, as_alias(b)->args, EQ);
    if (eq < 0) return nullptr;
    return bool_from(op == EQ ? eq != 0 : eq == 0);
}

ssize_t alias_hash(Object* self) {
    ssize_t h0 = hash(as_alias(self)->origin);
    if (h0 == -1) return -1;
    ssize_t h1 = hash(as_alias(self)->args);
    if (h1 == -1) return -1;
    ssize_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

Object* alias_mro_entries(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("__mro_entries__", nargs, kwnames)) return nullptr;
    return tuple_pack({as_alias(self)->origin});
}

Object* alias_instancecheck(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("__instancecheck__", nargs, kwnames)) return nullptr;
    set_error(&exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return nullptr;
}

Object* alias_subclasscheck(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("__subclasscheck__", nargs, kwnames)) return nullptr;
    set_error(&exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    return nullptr;
}

Object* alias_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({as_alias(self)->origin, as_alias(self)->args}));
    if (!args) return nullptr;
    return tuple_pack({&generic_alias_type, args.get()});
}

// list[int][str]: without type variables there is nothing to substitute.
Object* alias_subscript(Object* self, Object*) {
    Ref<> r = Ref<>::steal(repr(self));
    if (!r) return nullptr;
    set_error_fmt(&exc::TypeError, "{} is not a generic class", str_to_utf8(r.get()));
    return nullptr;
}

Object* alias_tp_new(TypeObject*, Object* args, Object* kwargs) {
    if (!check_no_keywords("GenericAlias", kwargs) || !check_positional("GenericAlias", tuple_size(args), 2, 2))
        return nullptr;
    return generic_alias_new(tuple_item(args, 0), tuple_item(args, 1));
}

Object* new_ref_of(Object* o) {
    incref(o);
    return o;
}

const GetSetDef ALIAS_GETSET[] = {
    {"__origin__", [](Object* s) { return new_ref_of(as_alias(s)->origin); }, nullptr, nullptr},
    {"__args__", [](Object* s) { return new_ref_of(as_alias(s)->args); }, nullptr, nullptr},
    // No TypeVars exist yet, so no alias has parameters to fill in.
    {"__parameters__", [](Object*) { return tuple_new(0); }, nullptr, nullptr},
    {"__unpacked__", [](Object*) { return bool_from(false); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const BuiltinDef ALIAS_METHODS[] = {
    {"__mro_entries__", alias_mro_entries, nullptr},
    {"__instancecheck__", alias_instancecheck, nullptr},
    {"__subclasscheck__", alias_subclasscheck, nullptr},
    {"__reduce__", alias_reduce, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeObject make_generic_alias_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "types.GenericAlias";
    t.tp_basicsize = sizeof(GenericAliasObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).";
    t.tp_dealloc = alias_dealloc;
    t.tp_traverse = alias_traverse;
    t.tp_repr = alias_repr;
    t.tp_getattro = alias_getattro;
    t.tp_call = alias_call;
    t.tp_richcompare = alias_richcompare;
    t.tp_hash = alias_hash;
    t.mp_subscript = alias_subscript;
    t.nb_or = union_type_or;  // list[int] | None
    t.tp_new = alias_tp_new;
    t.tp_getset = ALIAS_GETSET;
    t.tp_methods = ALIAS_METHODS;
    return t;
}

}  // namespace

TypeObject generic_alias_type = make_generic_alias_type();

Object* generic_alias_new(Object* origin, Object* args) {
    Ref<> tuple = is_tuple(args) ? new_ref(args) : Ref<>::steal(tuple_pack({args}));
    if (!tuple) return nullptr;
    auto* alias = static_cast<GenericAliasObject*>(alloc_object(&generic_alias_type));
    if (!alias) return no_memory();
    alias->origin = new_ref(origin).release();
    alias->args = tuple.release();
    gc::track(interp().gc, alias);
    return alias;
}

Object* generic_alias_class_getitem(Object* cls, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("__class_getitem__", nargs, kwnames)) return nullptr;
    return generic_alias_new(cls, args[0]);
}

}  // namespace glasspy::rt
