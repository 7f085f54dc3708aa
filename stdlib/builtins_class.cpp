// The class statement's builtin: __build_class__(func, name, *bases,
// metaclass=..., **kwds) (CPython: Python/bltinmodule.c
// builtin___build_class__).
//
// `class C(B, metaclass=M, x=1): body` compiles to a call of it with the
// body as a function.  It picks the metaclass (M, else the type of the
// first base, then the most derived of the bases' metaclasses), asks it
// for a namespace (__prepare__), runs the body in that namespace, and calls
// M("C", (B,), namespace, x=1).  The body's __class__ cell, which methods
// using super() close over, must then hold the new class.
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/builtins_internal.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool is_mapping(Object* o) { return o->ob_type->mp_subscript != nullptr; }


// PEP 560: a base that is not a class may stand for others through
// __mro_entries__(bases) (class C(list[int]) has base list); a new tuple
// when something was replaced, else bases itself (CPython: update_bases).
Object* resolve_mro_entries(Object* bases) {
    Ref<> result;  // made at the first replacement
    static Object* const mro_entries = str_intern("__mro_entries__");
    for (ssize_t i = 0, n = tuple_size(bases); i < n; ++i) {
        Object* base = tuple_item(bases, i);
        Ref<> entries;
        if (!is_type(base)) {
            Ref<> method = Ref<>::steal(get_attr(base, mro_entries));
            if (!method && !error_matches(&exc::AttributeError)) return nullptr;
            clear_error();
            if (method) {
                entries = Ref<>::steal(call(method.get(), &bases, 1));
                if (!entries) return nullptr;
                if (!is_tuple(entries.get())) {
                    set_error(&exc::TypeError, "__mro_entries__ must return a tuple");
                    return nullptr;
                }
            }
        }
        if (!entries && !result) continue;
        if (!result) {  // copy the bases kept so far
            result = Ref<>::steal(list_new(0));
            if (!result) return nullptr;
            for (ssize_t j = 0; j < i; ++j)
                if (list_append(result.get(), tuple_item(bases, j)) < 0) return nullptr;
        }
        if (entries) {
            for (ssize_t j = 0, m = tuple_size(entries.get()); j < m; ++j)
                if (list_append(result.get(), tuple_item(entries.get(), j)) < 0) return nullptr;
        } else if (list_append(result.get(), base) < 0) {
            return nullptr;
        }
    }
    if (!result) return new_ref(bases).release();
    return tuple_from_array(list_items(result.get()), list_size(result.get()));
}

Object* build_class(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (nargs < 2) {
        set_error(&exc::TypeError, "__build_class__: not enough arguments");
        return nullptr;
    }
    Object* func = args[0];
    if (func->ob_type != &function_type) {
        set_error(&exc::TypeError, "__build_class__: func must be a function");
        return nullptr;
    }
    Object* name = args[1];
    if (!is_str(name)) {
        set_error(&exc::TypeError, "__build_class__: name is not a string");
        return nullptr;
    }
    Ref<> bases = Ref<>::steal(tuple_new(nargs - 2));
    if (!bases) return nullptr;
    for (ssize_t i = 2; i < nargs; ++i) {
        incref(args[i]);
        tuple_items(bases.get())[i - 2] = args[i];
    }
    Ref<> orig_bases = bases;
    bases = Ref<>::steal(resolve_mro_entries(orig_bases.get()));
    if (!bases) return nullptr;
    // The keywords, less metaclass=.
    Object* meta = nullptr;
    Ref<> kwds = Ref<>::steal(dict_new());
    if (!kwds) return nullptr;
    for (ssize_t i = 0, n = kwnames ? tuple_size(kwnames) : 0; i < n; ++i) {
        Object* key = tuple_item(kwnames, i);
        if (str_equals_ascii(key, "metaclass"))
            meta = args[nargs + i];
        else if (dict_setitem(kwds.get(), key, args[nargs + i]) < 0)
            return nullptr;
    }
    Ref<> meta_owned;
    if (!meta) meta = tuple_size(bases.get()) > 0 ? tuple_item(bases.get(), 0)->ob_type : &type_type;
    if (is_type(meta)) {
        meta = calculate_metaclass(static_cast<TypeObject*>(meta), bases.get());
        if (!meta) return nullptr;
    }
    incref(meta);
    meta_owned = Ref<>::steal(meta);

    // The namespace: meta.__prepare__(name, bases, **kwds), else a dict.
    Ref<> ns;
    Ref<> prepare = Ref<>::steal(get_attr_str(meta, "__prepare__"));
    if (prepare) {
        ns = Ref<>::steal(call_vector_from_dict(
            Ref<>::steal(tuple_pack({name, bases.get()})).get(), kwds.get(),
            [](void* p, Object* const* v, ssize_t npos, Object* names) {
                return call(static_cast<Object*>(p), v, static_cast<std::size_t>(npos), names);
            },
            prepare.get()));
        if (!ns) return nullptr;
        if (!is_mapping(ns.get())) {
            std::string who = is_type(meta) ? std::string(static_cast<TypeObject*>(meta)->tp_name) : "<metaclass>";
            set_error_fmt(&exc::TypeError, "{}.__prepare__() must return a mapping, not {}", who,
                          type_name(ns.get()));
            return nullptr;
        }
    } else {
        if (!error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
        ns = Ref<>::steal(dict_new());
        if (!ns) return nullptr;
    }

    Ref<> cell = Ref<>::steal(eval_hooks().run_class_body(static_cast<FunctionObject*>(func), ns.get()));
    if (!cell) return nullptr;
    if (bases.get() != orig_bases.get() && set_item(ns.get(), Ref<>::steal(str_intern("__orig_bases__")).get(), orig_bases.get()) < 0)
        return nullptr;

    Ref<> cls = Ref<>::steal(call_vector_from_dict(
        Ref<>::steal(tuple_pack({name, bases.get(), ns.get()})).get(), kwds.get(),
        [](void* m, Object* const* v, ssize_t npos, Object* names) {
            return call(static_cast<Object*>(m), v, static_cast<std::size_t>(npos), names);
        },
        meta));
    if (!cls) return nullptr;
    if (cell.get()->ob_type == &cell_type && is_type(cls.get())) {
        Object* held = static_cast<CellObject*>(cell.get())->ob_ref;
        if (held != cls.get()) {
            Ref<> r = Ref<>::steal(repr(cls.get()));
            if (!r) return nullptr;
            if (!held)
                set_error_fmt(&exc::RuntimeError,
                              "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                              str_to_utf8(Ref<>::steal(repr(name)).get()), str_to_utf8(r.get()));
            else
                set_error_fmt(&exc::TypeError, "__class__ set to {} defining {} as {}",
                              str_to_utf8(Ref<>::steal(repr(held)).get()),
                              str_to_utf8(Ref<>::steal(repr(name)).get()), str_to_utf8(r.get()));
            return nullptr;
        }
    }
    return cls.release();
}

const BuiltinDef CLASS_FUNCTIONS[] = {
    {"__build_class__", build_class,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the "
     "class statement."},
};

}  // namespace

std::span<const BuiltinDef> class_builtins() { return CLASS_FUNCTIONS; }

}  // namespace glasspy::stdlib
