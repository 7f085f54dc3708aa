// The import system (CPython: Python/import.c and the finders and loaders
// of Lib/importlib/_bootstrap*.py, done here in C++ without importlib's
// frames).
//
// `import a.b` imports a, then a.b, each once: a module is looked for in
// sys.modules first, then among the modules written in C++ (stdlib/
// registers them), then on sys.path (a package directory a/__init__.py
// before a module file a.py, a directory without __init__.py as a
// namespace package last).  A module found on disk is put into
// sys.modules before its code runs, so a circular import finds the
// partially initialised module instead of looping; if its code fails it is
// taken out again.  A submodule becomes an attribute of its package.
#pragma once

#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

// Creates sys.modules, the sys and builtins modules (builtins' namespace is
// `builtins_dict`, a reference is taken).  Call once at start-up, after
// runtime_init and the registration of the native modules.
bool import_init(Object* sys_module, Object* builtins_module);

// Registers a module written in C++ under `name`: `import name` calls
// create() once and keeps the module in sys.modules.
void register_native_module(const char* name, Object* (*create)());

// __import__(name, globals, locals, fromlist, level) (CPython:
// PyImport_ImportModuleLevelObject): the top-level package for `import
// a.b`, the module itself when fromlist is non-empty.  globals may be null
// for level 0.
Object* import_module_level(Object* name, Object* globals, Object* fromlist, int level);
// `import name` of an absolute dotted name, returning the named module
// itself (CPython: PyImport_ImportModule).
Object* import_module(std::string_view name);

// IMPORT_FROM: `from module import name`, falling back to sys.modules for a
// submodule still being imported; ImportError "cannot import name ..." with
// CPython's wording otherwise.
Object* import_from(Object* module, Object* name);
// IMPORT_STAR: `from module import *` into a namespace dict: the names of
// __all__, or every name not starting with an underscore.
bool import_star(Object* module, Object* locals);

// The builtins namespace code running with these globals sees (CPython:
// _PyEval_BuiltinsFromGlobals): globals['__builtins__'], the dict of it if
// it is a module (as in __main__), else the interpreter's; borrowed.
Object* builtins_of_globals(Object* globals);

// builtins.__import__, which IMPORT_NAME recognises to skip the call.
extern const BuiltinDef IMPORT_BUILTIN;

// sys.modules (borrowed).
Object* sys_modules();

}  // namespace glasspy::rt
