// What the builtins_*.cpp files share: the argument checks that give
// CPython's exact TypeError messages (CPython: Python/getargs.c and the
// Argument Clinic code in Python/clinic/bltinmodule.c.h), and each file's
// table of functions, which builtins.cpp puts in the builtins namespace.
//
// Every built-in function has the vectorcall shape (runtime/function.hpp):
// nargs positional arguments, then one value per name in kwnames.  Each
// checks its arguments the way its CPython counterpart's calling convention
// does, because the convention decides the message:
//   METH_O         exactly_one          "len() takes exactly one argument (2 given)"
//   METH_NOARGS    no_arguments         "globals() takes no arguments (1 given)"
//   METH_FASTCALL  check_positional     "getattr expected at least 2 arguments, got 1"
//   Clinic with keywords  unpack_keywords  "round() missing required argument 'number' (pos 1)"
#pragma once

#include <initializer_list>
#include <span>

#include "runtime/type.hpp"

namespace glasspy::stdlib {

// "f() takes no keyword arguments" unless kwnames is null or empty.
bool no_keywords(const char* name, rt::Object* kwnames);
// METH_O: no keywords and exactly one positional argument.
bool exactly_one(const char* name, rt::ssize_t nargs, rt::Object* kwnames);
// METH_NOARGS: no keywords and no arguments.
bool no_arguments(const char* name, rt::ssize_t nargs, rt::Object* kwnames);
// min <= nargs <= max, with _PyArg_CheckPositional's "name expected ..."
// messages (name without parentheses, as CPython writes it).
bool check_positional(const char* name, rt::ssize_t nargs, rt::ssize_t min, rt::ssize_t max);

// An Argument Clinic signature (CPython: _PyArg_Parser).  keywords names
// every parameter in order, "" for each positional-only one (they come
// first); the first minpos are required, at most maxpos may be positional.
struct KeywordParser {
    const char* fname;
    std::initializer_list<const char*> keywords;
    int minpos;
    int maxpos;
};
// Puts each parameter's argument, borrowed, in out[0 .. keywords.size())
// (null where none was given), or fails with _PyArg_UnpackKeywords' message.
bool unpack_keywords(const KeywordParser& parser, rt::Object* const* args, rt::ssize_t nargs,
                     rt::Object* kwnames, rt::Object** out);

// operator.index(o) as an exact int (CPython: PyNumber_Index); TypeError
// "'float' object cannot be interpreted as an integer".
rt::Object* number_index(rt::Object* o);

// The functions each file defines, in the order they are added.
std::span<const rt::BuiltinDef> numeric_builtins();    // builtins_numbers.cpp
std::span<const rt::BuiltinDef> iteration_builtins();  // builtins_iter.cpp
std::span<const rt::BuiltinDef> attribute_builtins();  // builtins_attr.cpp
std::span<const rt::BuiltinDef> exec_builtins();       // builtins_exec.cpp
std::span<const rt::BuiltinDef> class_builtins();      // builtins_class.cpp

}  // namespace glasspy::stdlib
