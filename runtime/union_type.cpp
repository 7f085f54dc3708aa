// types.UnionType (see union_type.hpp).
#include "runtime/union_type.hpp"

#include <string>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/generic_alias.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

struct UnionObject : Object {
    Object* args;  // a tuple of at least two distinct members
};

UnionObject* as_union(Object* o) { return static_cast<UnionObject*>(o); }

void union_dealloc(Object* self) {
    gc::untrack(self);
    clear(as_union(self)->args);
    free_object(self);
}

int union_traverse(Object* self, visitproc visit, void* arg) {
    return as_union(self)->args ? visit(as_union(self)->args, arg) : 0;
}

// What may stand on either side of | (CPython: is_unionable).
bool is_unionable(Object* o) {
    return o == None() || is_type(o) || o->ob_type == &generic_alias_type || is_union(o);
}

// The members of a | b: unions spread out, None as NoneType, each once.
// Generic aliases are told apart by ==, anything else by identity.
Object* union_members(Object* a, Object* b) {
    Ref<> members = Ref<>::steal(list_new(0));
    if (!members) return nullptr;
    for (Object* operand : {a, b}) {
        Object* single[] = {operand};
        Object* const* items = single;
        ssize_t n = 1;
        if (is_union(operand)) {
            items = tuple_items(as_union(operand)->args);
            n = tuple_size(as_union(operand)->args);
        }
        for (ssize_t i = 0; i < n; ++i) {
            Object* item = items[i] == None() ? static_cast<Object*>(&none_type) : items[i];
            bool duplicate = false;
            for (ssize_t j = 0; j < list_size(members.get()) && !duplicate; ++j) {
                Object* seen = list_item(members.get(), j);
                if (item->ob_type == &generic_alias_type && seen->ob_type == &generic_alias_type) {
                    int eq = rich_compare_bool(item, seen, EQ);
                    if (eq < 0) return nullptr;
                    duplicate = eq;
                } else {
                    duplicate = item == seen;
                }
            }
            if (!duplicate && list_append(members.get(), item) < 0) return nullptr;
        }
    }
    return tuple_from_iterable(members.get());
}

// "int | None", "list[int] | mod.Cls" (CPython: union_repr_item).
bool repr_member(Object* p, std::string* out) {
    if (p == &none_type) {
        *out += "None";
        return true;
    }
    Ref<> qualname, module;
    if (p->ob_type != &generic_alias_type) {
        qualname = Ref<>::steal(get_attr_str(p, "__qualname__"));
        if (qualname) module = Ref<>::steal(get_attr_str(p, "__module__"));
        if (!qualname || !module) {
            if (!error_matches(&exc::AttributeError)) return false;
            clear_error();
        }
    }
    if (!qualname || !module || module.get() == None()) {
        Ref<> r = Ref<>::steal(repr(p));
        if (!r) return false;
        *out += str_to_utf8(r.get());
        return true;
    }
    std::string m = str_to_utf8(module.get());
    if (m != "builtins") *out += m + ".";
    *out += str_to_utf8(qualname.get());
    return true;
}

Object* union_repr(Object* self) {
    Object* args = as_union(self)->args;
    std::string out;
    for (ssize_t i = 0; i < tuple_size(args); ++i) {
        if (i > 0) out += " | ";
        if (!repr_member(tuple_item(args, i), &out)) return nullptr;
    }
    return str_from_utf8(out);
}

// Unions are equal when they have the same members, in any order.
Object* union_richcompare(Object* a, Object* b, int op) {
    if (!is_union(b) || (op != EQ && op != NE)) return new_ref(NotImplemented()).release();
    Ref<> sa = Ref<>::steal(frozenset_new(as_union(a)->args));
    Ref<> sb = Ref<>::steal(frozenset_new(as_union(b)->args));
    if (!sa || !sb) return nullptr;
    return rich_compare(sa.get(), sb.get(), op);
}

ssize_t union_hash(Object* self) {
    Ref<> s = Ref<>::steal(frozenset_new(as_union(self)->args));
    return s ? hash(s.get()) : -1;
}

// __parameters__: the type variables of the members (TypeVars are the
// objects with __typing_subst__), each once, in order.
Object* union_parameters(Object* self) {
    Ref<> params = Ref<>::steal(list_new(0));
    if (!params) return nullptr;
    Object* args = as_union(self)->args;
    for (ssize_t i = 0; i < tuple_size(args); ++i) {
        Object* arg = tuple_item(args, i);
        if (is_type(arg)) continue;
        Ref<> found;
        Ref<> subst = Ref<>::steal(get_attr_str(arg, "__typing_subst__"));
        if (subst) {
            found = Ref<>::steal(tuple_pack({arg}));
        } else {
            clear_error();
            found = Ref<>::steal(get_attr_str(arg, "__parameters__"));
            if (!found) {
                clear_error();
                continue;
            }
        }
        if (!found || !is_tuple(found.get())) continue;
        for (ssize_t j = 0; j < tuple_size(found.get()); ++j) {
            int present = contains(params.get(), tuple_item(found.get(), j));
            if (present < 0) return nullptr;
            if (!present && list_append(params.get(), tuple_item(found.get(), j)) < 0) return nullptr;
        }
    }
    return tuple_from_iterable(params.get());
}

const MemberDef UNION_MEMBERS[] = {
    {"__args__", MemberKind::Object, member_field<&UnionObject::args>, true, nullptr},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

const GetSetDef UNION_GETSET[] = {
    {"__parameters__", union_parameters, nullptr, "Type variables in the types.UnionType."},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_union_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "types.UnionType";
    t.tp_basicsize = sizeof(UnionObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
    t.tp_dealloc = union_dealloc;
    t.tp_traverse = union_traverse;
    t.tp_repr = union_repr;
    t.tp_richcompare = union_richcompare;
    t.tp_hash = union_hash;
    t.nb_or = union_type_or;
    t.tp_members = UNION_MEMBERS;
    t.tp_getset = UNION_GETSET;
    return t;
}

}  // namespace

TypeObject union_type = make_union_type();

Object* union_args(Object* u) { return as_union(u)->args; }

Object* union_type_or(Object* a, Object* b) {
    if (!is_unionable(a) || !is_unionable(b)) return new_ref(NotImplemented()).release();
    Ref<> members = Ref<>::steal(union_members(a, b));
    if (!members) return nullptr;
    if (tuple_size(members.get()) == 1) return new_ref(tuple_item(members.get(), 0)).release();
    if (union_type.tp_dict == nullptr && type_ready(&union_type) < 0) return nullptr;
    Object* o = alloc_object(&union_type);
    if (!o) return no_memory();
    as_union(o)->args = members.release();
    gc::track(interp().gc, o);
    return o;
}

}  // namespace glasspy::rt
