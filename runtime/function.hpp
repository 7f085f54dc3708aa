// Functions: Python functions, the cells their closures share, and built-in
// functions written in C++ (CPython: Objects/funcobject.c, cellobject.c,
// methodobject.c).
//
// Calling a Python function runs the eval loop, which lives in interp/; the
// runtime reaches it only through EvalHooks, which interp/ registers at
// start-up (the one door from runtime/ to interp/, STYLE.md).
//
// Invariants: every Object* field is an owned reference or null; a
// function's code, globals and name are never null.
#pragma once

#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

struct FunctionObject : Object {
    Object* func_code;         // code object
    Object* func_globals;      // dict
    Object* func_builtins;     // dict
    Object* func_name;         // str
    Object* func_qualname;     // str
    Object* func_defaults;     // tuple or null
    Object* func_kwdefaults;   // dict or null
    Object* func_closure;      // tuple of cells or null
    Object* func_doc;          // str or None
    Object* func_dict;         // the function's __dict__ or null
    Object* func_annotations;  // dict or null
    Object* func_module;       // __module__
};

struct CellObject : Object {
    Object* ob_ref;  // the variable's value, or null while unbound
};

struct BuiltinFunctionObject : Object {
    const BuiltinDef* def;
    Object* self;  // owned, may be null
};

extern TypeObject function_type;
extern TypeObject cell_type;
extern TypeObject builtin_function_type;

// A new function for code in globals (builtins found from globals'
// __builtins__ or the interpreter's), named as the code object says.
Object* function_new(Object* code, Object* globals, Object* qualname);
Object* cell_new(Object* value);  // value may be null
Object* builtin_function_new(const BuiltinDef* def, Object* self);

// Calls call(context, ...) in the vectorcall shape with the arguments of a
// tp_call (a tuple and a dict of keywords, or null).
Object* call_vector_from_dict(Object* args, Object* kwargs,
                              Object* (*call)(void* context, Object* const* args, ssize_t npos, Object* kwnames),
                              void* context);

// What the eval loop provides to the runtime (interp/ceval.cpp registers it).
struct EvalHooks {
    // Calls a Python function (vectorcall shape).
    Object* (*call_function)(FunctionObject* func, Object* const* args, ssize_t nargs, Object* kwnames) = nullptr;
    // The code object's name and qualified name (runtime cannot see CodeObject).
    Object* (*code_name)(Object* code) = nullptr;
    Object* (*code_qualname)(Object* code) = nullptr;
    // The docstring (a function's first constant when it is a str) or None.
    Object* (*code_doc)(Object* code) = nullptr;
    // How many free variables a code object needs, or -1 if o is not a
    // code object (for assigning function.__code__).
    int (*code_free_vars)(Object* o) = nullptr;
    // Compiles source (read from filename) and runs it with globals as its
    // namespace: what importing a .py file does.  False with the exception
    // set (SyntaxError included).
    bool (*exec_source)(std::string_view source, std::string_view filename, Object* globals) = nullptr;
    // The globals of the innermost running frame (null when none runs):
    // type() takes __module__ from there.
    Object* (*current_globals)() = nullptr;
    // Runs a class body (func's code) with ns as its namespace; returns
    // what the body returns (its __class__ cell, or None).
    Object* (*run_class_body)(FunctionObject* func, Object* ns) = nullptr;
    // super() without arguments: the running method's __class__ cell
    // content and first argument (new references), or false with
    // RuntimeError as CPython's.
    bool (*super_arguments)(Object** type, Object** obj) = nullptr;
};
EvalHooks& eval_hooks();

}  // namespace glasspy::rt
