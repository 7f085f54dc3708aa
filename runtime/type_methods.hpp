// The method tables and constructors that make the built-in text and number
// types usable from Python: what each type file puts in its TypeObject's
// tp_methods and tp_new (CPython keeps them beside each type in
// Objects/unicodeobject.c, bytesobject.c, longobject.c ...; here the C++
// API and its Python face are separate files: str.cpp holds the type,
// str_type.cpp its table of thin wrappers).
//
// The tables are constant-initialised arrays, so they are complete before
// any TypeObject's dynamic initialiser refers to them.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

// str_type.cpp
extern const BuiltinDef str_method_table[];
Object* str_tp_new(TypeObject* type, Object* args, Object* kwargs);
// Adds str.maketrans, a static method, once str_type is ready; -1 on error.
int add_str_staticmethods();

// bytes_type.cpp
extern const BuiltinDef bytes_method_table[];
extern const BuiltinDef bytearray_method_table[];
Object* bytes_tp_new(TypeObject* type, Object* args, Object* kwargs);
Object* bytearray_tp_new(TypeObject* type, Object* args, Object* kwargs);

// number_methods.cpp
extern const BuiltinDef int_method_table[];
extern const BuiltinDef float_method_table[];
extern const GetSetDef int_getset_table[];
extern const GetSetDef float_getset_table[];
extern const BuiltinDef complex_method_table[];
Object* int_tp_new(TypeObject* type, Object* args, Object* kwargs);
Object* bool_tp_new(TypeObject* type, Object* args, Object* kwargs);
Object* float_tp_new(TypeObject* type, Object* args, Object* kwargs);
Object* complex_tp_new(TypeObject* type, Object* args, Object* kwargs);

}  // namespace glasspy::rt
