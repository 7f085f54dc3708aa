// The free lists of float and int, which InterpreterState holds (CPython
// 3.11: struct _Py_float_state in PyInterpreterState); float.hpp and
// int.cpp use them.  Freed exact objects are linked through their ob_type
// field, most recent first.
#pragma once

namespace glasspy::rt {

struct FloatObject;
struct IntObject;

struct FloatState {
    static constexpr int MAXFREELIST = 100;  // PyFloat_MAXFREELIST, CPython 3.11
    FloatObject* free_list = nullptr;
    int numfree = 0;
};

// Exact ints of at most two digits (glasspy's own: CPython 3.11 has no int
// free list, its pymalloc serves them), and sys.set_int_max_str_digits's
// limit (CPython: interp->int_max_str_digits).
struct IntState {
    static constexpr int MAXFREELIST = 100;
    IntObject* free_list = nullptr;
    int numfree = 0;
    int max_str_digits = 4300;  // _PY_LONG_DEFAULT_MAX_STR_DIGITS
};

}  // namespace glasspy::rt
