// Module objects (CPython: Objects/moduleobject.c): a namespace dict with a
// name.  `import x` makes one per module and keeps it in sys.modules, so a
// module's code runs once and every importer shares the same object (the
// tutorials' "a module is a natural singleton").
//
// Invariants: md_dict is an owned dict, never null; it always holds
// __name__.  `initializing` is true while the module's code runs, which is
// how an attribute error names a circular import.
#pragma once

#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

struct ModuleObject : Object {
    Object* md_dict;
    Object* md_weaklist;  // weak references to the module (CPython's md_weaklist); null until #6's weakref
    bool initializing;  // its code is running (import in progress)
    bool builtin;       // written in C++ (stdlib/), repr says "(built-in)"
};

extern TypeObject module_type;

inline bool is_module(const Object* o) { return o->ob_type == &module_type; }
inline Object* module_dict(Object* m) { return static_cast<ModuleObject*>(m)->md_dict; }

// A new, empty module: __name__, and __doc__, __package__, __loader__ and
// __spec__ all None, as types.ModuleType(name) makes it.
Object* module_new(std::string_view name);
// An instance of module or a subclass of it.
Object* module_new_of_type(TypeObject* type, std::string_view name);
// The module's __name__ as UTF-8 ("?" if it has none that is a str).
std::string module_name(Object* m);

}  // namespace glasspy::rt
