// Argument parsing for built-in functions and methods written in C++
// (CPython: Python/getargs.c, Python/modsupport.c, the code Argument Clinic
// generates, and the calling-convention checks of Objects/descrobject.c and
// Objects/methodobject.c).
//
// A built-in receives its arguments in the vectorcall shape (type.hpp):
// args[0 .. nargs) positional, then one value per name in kwnames (a tuple
// of str, or null).  CPython states each function's convention in its
// method table (METH_NOARGS, METH_O, METH_FASTCALL, METH_VARARGS, with or
// without METH_KEYWORDS) and the call machinery checks it, with messages
// that name the function differently depending on who checks.  Here each
// wrapper calls the check that matches the convention CPython uses for that
// function, so that the message is CPython's byte for byte:
//
//   METH_NOARGS             check_no_args("str.upper", ...)
//                           "str.upper() takes no arguments (1 given)"
//   METH_O                  check_one_arg("str.zfill", ...)
//                           "str.zfill() takes exactly one argument (0 given)"
//   no METH_KEYWORDS        check_no_kwargs("str.center", kwnames)
//                           "str.center() takes no keyword arguments"
//   Clinic, positional-only check_positional("center", nargs, 1, 2)
//                           "center expected at least 1 argument, got 0"
//   PyArg_ParseTuple        check_arg_count("find", nargs, 1, 3)
//                           "find() takes at least 1 argument (0 given)"
//   Clinic with keywords    unpack_keywords(parser, ...)
//                           "split() takes at most 2 arguments (3 given)",
//                           "'x' is an invalid keyword argument for split()"
//
// Which one a CPython function uses is visible in its error for a wrong
// call: try it in python3 (3.11) before choosing.
//
// Then each argument is converted with the converter Clinic would use
// (arg_ssize for Py_ssize_t, arg_slice_index for the start/end of find &
// co., arg_str for a `str` parameter ...), again with CPython's messages.
//
// Conventions: every function returns false with the exception set on
// failure; converted objects are borrowed from the caller's arguments.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

// ---- calling-convention checks ------------------------------------------------------------
// qualname is "type.method" (or a function's name): the descriptor's
// __qualname__ as CPython's _PyObject_FunctionStr shows it.
bool check_no_args(std::string_view qualname, ssize_t nargs, Object* kwnames);
bool check_one_arg(std::string_view qualname, ssize_t nargs, Object* kwnames);
bool check_no_kwargs(std::string_view qualname, Object* kwnames);
// Clinic's positional-only count check (CPython: _PyArg_CheckPositional).
bool check_positional(std::string_view name, ssize_t nargs, ssize_t min, ssize_t max);
// PyArg_ParseTuple's count check for a format like "O|OO:find".
bool check_arg_count(std::string_view name, ssize_t nargs, ssize_t min, ssize_t max);

// ---- keyword arguments (CPython: _PyArg_Parser, _PyArg_UnpackKeywords) ------------------
// A function's parameters as Clinic describes them.  keywords names every
// parameter in order, "" for the positional-only ones (which must come
// first); the first maxpos parameters may be given by position, the rest
// only by keyword; the first minpos are required, and so are the first
// minkw keyword-only ones.
//
//   // str.split(sep=None, maxsplit=-1)
//   static constexpr const char* kw[] = {"sep", "maxsplit"};
//   static constexpr ArgParser parser{"split", kw, 0, 2, 0};
//   Object* argv[2];
//   if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
struct ArgParser {
    const char* fname;                       // the name in messages, without "()"
    std::span<const char* const> keywords;   // one per parameter
    int minpos;
    int maxpos;
    int minkw;
    int posonly() const;  // how many leading "" keywords
};

// Puts each parameter's argument in out[0 .. keywords.size()), null for an
// optional one not given.  kwnames holds str only (the eval loop ensures it).
bool unpack_keywords(const ArgParser& parser, Object* const* args, ssize_t nargs, Object* kwnames,
                     Object** out);
// The same for the tuple-and-dict form of tp_new and tp_call (kwargs: a dict
// with str keys, or null).
bool unpack_keywords_dict(const ArgParser& parser, Object* args, Object* kwargs, Object** out);

// ---- converters ---------------------------------------------------------------------------------
// Py_ssize_t (CPython: _PyNumber_Index then PyLong_AsSsize_t):
// "'str' object cannot be interpreted as an integer", OverflowError
// "Python int too large to convert to C ssize_t".
bool arg_ssize(Object* o, ssize_t* out);
// A C int (Clinic's `int` and `bool(accept={int})`): as arg_ssize, then
// OverflowError "Python int too large to convert to C int".
bool arg_int(Object* o, int* out);
// The start/end of find & co. (CPython: _PyEval_SliceIndex): None leaves
// *out unchanged, an int is clamped to ssize_t, anything else is TypeError
// "slice indices must be integers or None or have an __index__ method".
bool arg_slice_index(Object* o, ssize_t* out);
// A parameter that must be a str: "replace() argument 1 must be str, not
// int" (CPython: _PyArg_BadArgument).  which is "argument 1" or
// "argument 'encoding'".
bool arg_str(Object* o, std::string_view fname, std::string_view which);
// The same check, then the text as UTF-8 (for encodings, error handlers).
bool arg_str_utf8(Object* o, std::string_view fname, std::string_view which, std::string* out);
// Sets _PyArg_BadArgument's TypeError: "{fname}() {which} must be {expected},
// not {type}" (None shows as "None").
void arg_bad_argument(std::string_view fname, std::string_view which, std::string_view expected,
                      const Object* o);

}  // namespace glasspy::rt
