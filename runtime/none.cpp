// None, NotImplemented and Ellipsis (CPython: Objects/object.c
// none_repr/notimplemented_repr, Objects/sliceobject.c ellipsis_repr).
#include "runtime/none.hpp"

#include <cstdio>
#include <cstdlib>

#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

Object* none_repr(Object*) { return str_from_utf8("None"); }
Object* not_implemented_repr(Object*) { return str_from_utf8("NotImplemented"); }
Object* ellipsis_repr(Object*) { return str_from_utf8("Ellipsis"); }

int none_bool(Object*) { return 0; }

// NotImplemented is true in 3.11 but deprecated as a truth value (3.9+).
int not_implemented_bool(Object*) { return 1; }

// The singletons are never freed; reaching zero means a reference was
// dropped that was never taken, a bug in the interpreter.
void singleton_dealloc(Object* self) {
    std::fprintf(stderr, "Fatal glasspy error: deallocating %s\n", self->ob_type->tp_name);
    std::abort();
}

// __reduce__ of Ellipsis and NotImplemented: their names, which pickle
// writes as the globals builtins.Ellipsis and builtins.NotImplemented.
Object* singleton_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    return self->ob_type->tp_repr(self);
}

const BuiltinDef SINGLETON_METHODS[] = {
    {"__reduce__", singleton_reduce, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeObject make_singleton_type(const char* name, reprfunc repr, inquiry boolean, bool reducible = false) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(Object);
    t.tp_dealloc = singleton_dealloc;
    t.tp_repr = repr;
    t.nb_bool = boolean;
    if (reducible) t.tp_methods = SINGLETON_METHODS;
    return t;
}

}  // namespace

TypeObject none_type = make_singleton_type("NoneType", none_repr, none_bool);
TypeObject not_implemented_type =
    make_singleton_type("NotImplementedType", not_implemented_repr, not_implemented_bool, true);
TypeObject ellipsis_type = make_singleton_type("ellipsis", ellipsis_repr, nullptr, true);

Object none_object{1, &none_type};
Object not_implemented_object{1, &not_implemented_type};
Object ellipsis_object{1, &ellipsis_type};

}  // namespace glasspy::rt
