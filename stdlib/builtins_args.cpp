// Argument checking for the built-in functions, with CPython's messages
// (CPython: Python/getargs.c, _PyArg_CheckPositional and
// _PyArg_UnpackKeywords).  See builtins_internal.hpp for which check goes
// with which calling convention.
#include <algorithm>
#include <string>
#include <string_view>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/builtins_internal.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

ssize_t kw_count(Object* kwnames) { return kwnames ? tuple_size(kwnames) : 0; }

// The value passed for keyword `name`, or null (CPython: find_keyword).
Object* find_keyword(Object* kwnames, Object* const* kwstack, std::string_view name) {
    for (ssize_t i = 0, n = kw_count(kwnames); i < n; ++i)
        if (str_equals_ascii(tuple_item(kwnames, i), name)) return kwstack[i];
    return nullptr;
}

const char* plural(ssize_t n) { return n == 1 ? "" : "s"; }

}  // namespace

bool no_keywords(const char* name, Object* kwnames) {
    if (kw_count(kwnames) == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no keyword arguments", name);
    return false;
}

bool exactly_one(const char* name, ssize_t nargs, Object* kwnames) {
    if (!no_keywords(name, kwnames)) return false;
    if (nargs == 1) return true;
    set_error_fmt(&exc::TypeError, "{}() takes exactly one argument ({} given)", name, nargs);
    return false;
}

bool no_arguments(const char* name, ssize_t nargs, Object* kwnames) {
    if (!no_keywords(name, kwnames)) return false;
    if (nargs == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no arguments ({} given)", name, nargs);
    return false;
}

bool check_positional(const char* name, ssize_t nargs, ssize_t min, ssize_t max) {
    if (nargs < min) {
        set_error_fmt(&exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at least ", min,
                      plural(min), nargs);
        return false;
    }
    if (nargs > max) {
        set_error_fmt(&exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at most ", max,
                      plural(max), nargs);
        return false;
    }
    return true;
}

// The checks run in CPython's order, so that a call wrong in several ways
// gets the same complaint: too many arguments in all, too many positional,
// too few positional-only, a missing required one, then a keyword given
// twice or unknown.
bool unpack_keywords(const KeywordParser& p, Object* const* args, ssize_t nargs, Object* kwnames, Object** out) {
    const char* const* names = p.keywords.begin();
    auto maxargs = static_cast<ssize_t>(p.keywords.size());
    ssize_t posonly = 0;
    while (posonly < maxargs && names[posonly][0] == '\0') ++posonly;
    ssize_t nkw = kw_count(kwnames);
    Object* const* kwstack = args + nargs;
    if (nargs + nkw > maxargs) {
        // "keyword" when no positional argument was given (CPython: bpo-31229).
        set_error_fmt(&exc::TypeError, "{}() takes at most {} {}argument{} ({} given)", p.fname, maxargs,
                      nargs == 0 ? "keyword " : "", plural(maxargs), nargs + nkw);
        return false;
    }
    if (nargs > p.maxpos) {
        if (p.maxpos == 0)
            set_error_fmt(&exc::TypeError, "{}() takes no positional arguments", p.fname);
        else
            set_error_fmt(&exc::TypeError, "{}() takes {} {} positional argument{} ({} given)", p.fname,
                          p.minpos < p.maxpos ? "at most" : "exactly", p.maxpos, plural(p.maxpos), nargs);
        return false;
    }
    ssize_t minposonly = std::min<ssize_t>(posonly, p.minpos);
    if (nargs < minposonly) {
        set_error_fmt(&exc::TypeError, "{}() takes {} {} positional argument{} ({} given)", p.fname,
                      minposonly < p.maxpos ? "at least" : "exactly", minposonly, plural(minposonly), nargs);
        return false;
    }
    for (ssize_t i = 0; i < nargs; ++i) out[i] = args[i];
    ssize_t remaining = nkw;
    for (ssize_t i = nargs; i < maxargs; ++i) {
        Object* arg = i >= posonly && remaining ? find_keyword(kwnames, kwstack, names[i]) : nullptr;
        out[i] = arg;
        if (arg) {
            --remaining;
        } else if (i < p.minpos) {
            set_error_fmt(&exc::TypeError, "{}() missing required argument '{}' (pos {})", p.fname, names[i], i + 1);
            return false;
        }
    }
    if (remaining > 0) {
        for (ssize_t i = posonly; i < nargs; ++i) {
            if (find_keyword(kwnames, kwstack, names[i])) {
                set_error_fmt(&exc::TypeError, "argument for {}() given by name ('{}') and position ({})", p.fname,
                              names[i], i + 1);
                return false;
            }
        }
        // The first keyword that names no parameter (CPython:
        // error_unexpected_keyword_arg).
        for (ssize_t k = 0; k < nkw; ++k) {
            Object* key = tuple_item(kwnames, k);
            bool known = false;
            for (ssize_t i = posonly; i < maxargs && !known; ++i) known = str_equals_ascii(key, names[i]);
            if (!known) {
                set_error_fmt(&exc::TypeError, "'{}' is an invalid keyword argument for {}()", str_to_utf8(key),
                              p.fname);
                return false;
            }
        }
    }
    return true;
}

Object* number_index(Object* o) {
    if (is_int(o)) return int_exact(o);
    unaryfunc f = o->ob_type->nb_index;
    if (!f) {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
        return nullptr;
    }
    Object* r = f(o);
    if (r && !is_int(r)) {
        set_error_fmt(&exc::TypeError, "__index__ returned non-int (type {})", type_name(r));
        clear(r);
    }
    return r;
}

}  // namespace glasspy::stdlib
