// _weakref: the native part of weakref.py (CPython: Modules/_weakref.c):
// the reference type and the counts; weakref.py builds the dictionaries,
// WeakSet, proxy and finalize on it.
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/weakref.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

Object* weakref_getweakrefcount(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("getweakrefcount", nargs, kwnames)) return nullptr;
    return int_from_ssize(weakref_count(args[0]));
}

Object* weakref_getweakrefs(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("getweakrefs", nargs, kwnames)) return nullptr;
    return weakref_list(args[0]);
}

const BuiltinDef WEAKREF_FUNCTIONS[] = {
    {"getweakrefcount", weakref_getweakrefcount, "Return the number of weak references to 'object'."},
    {"getweakrefs", weakref_getweakrefs, "Return a list of all weak reference objects pointing to 'object'."},
};

Object* make_weakref_module() {
    Ref<> m = Ref<>::steal(module_new("_weakref"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : WEAKREF_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    if (dict_setitem_str(d, "ref", &weakref_type) < 0 || dict_setitem_str(d, "ReferenceType", &weakref_type) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_weakref_module() { register_native_module("_weakref", make_weakref_module); }

}  // namespace glasspy::stdlib
