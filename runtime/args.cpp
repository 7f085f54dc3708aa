// Argument parsing for built-ins (see args.hpp; CPython: Python/getargs.c,
// Python/modsupport.c, Objects/descrobject.c).
//
// The messages are CPython 3.11's, including its quirks: "at most 2
// keyword arguments" when no argument was positional (bpo-31229), and
// "argument" without an "s" when the count is 1.
#include "runtime/args.hpp"

#include <climits>
#include <cstdint>

#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

const char* plural(ssize_t n) { return n == 1 ? "" : "s"; }

ssize_t kw_count(Object* kwnames) { return kwnames ? tuple_size(kwnames) : 0; }

}  // namespace

// ---- calling-convention checks ------------------------------------------------------------

bool check_no_kwargs(std::string_view qualname, Object* kwnames) {
    if (kw_count(kwnames) == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no keyword arguments", qualname);
    return false;
}

bool check_no_args(std::string_view qualname, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname, kwnames)) return false;
    if (nargs == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no arguments ({} given)", qualname, nargs);
    return false;
}

bool check_one_arg(std::string_view qualname, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname, kwnames)) return false;
    if (nargs == 1) return true;
    set_error_fmt(&exc::TypeError, "{}() takes exactly one argument ({} given)", qualname, nargs);
    return false;
}

bool check_positional(std::string_view name, ssize_t nargs, ssize_t min, ssize_t max) {
    if (nargs < min) {
        set_error_fmt(&exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at least ",
                      min, plural(min), nargs);
        return false;
    }
    if (nargs > max) {
        set_error_fmt(&exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at most ",
                      max, plural(max), nargs);
        return false;
    }
    return true;
}

bool check_arg_count(std::string_view name, ssize_t nargs, ssize_t min, ssize_t max) {
    // CPython's vgetargs1_impl: "exactly" when there are no optional
    // arguments, "at least"/"at most" otherwise.
    if (nargs < min || nargs > max) {
        ssize_t bound = nargs < min ? min : max;
        const char* how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
        set_error_fmt(&exc::TypeError, "{}() takes {} {} argument{} ({} given)", name, how, bound, plural(bound),
                      nargs);
        return false;
    }
    return true;
}

// ---- keyword arguments --------------------------------------------------------------------------

int ArgParser::posonly() const {
    int n = 0;
    while (n < static_cast<int>(keywords.size()) && keywords[n][0] == '\0') ++n;
    return n;
}

namespace {

// Where the keyword arguments are: a kwnames tuple with its values after
// the positional ones, or a dict.
struct Keywords {
    Object* kwnames = nullptr;
    Object* const* kwstack = nullptr;
    Object* kwargs = nullptr;

    ssize_t count() const { return kwargs ? dict_size(kwargs) : kw_count(kwnames); }
    // The value passed for the name, or null.
    Object* find(const char* name) const {
        if (kwargs) return dict_getitem_str(kwargs, name);
        for (ssize_t i = 0, n = kw_count(kwnames); i < n; ++i)
            if (str_equals_ascii(tuple_item(kwnames, i), name)) return kwstack[i];
        return nullptr;
    }
    // The i-th name given (dict order for a dict).
    Object* name_at(ssize_t i) const {
        if (!kwargs) return tuple_item(kwnames, i);
        ssize_t pos = 0;
        Object *key, *value;
        for (ssize_t k = 0; dict_next(kwargs, &pos, &key, &value); ++k)
            if (k == i) return key;
        return nullptr;
    }
};

// The first name that is no parameter's (CPython: error_unexpected_keyword_arg).
void error_unexpected_keyword_arg(const ArgParser& p, const Keywords& kw) {
    for (ssize_t i = 0, n = kw.count(); i < n; ++i) {
        Object* name = kw.name_at(i);
        if (!is_str(name)) {
            set_error(&exc::TypeError, "keywords must be strings");
            return;
        }
        bool known = false;
        for (const char* k : p.keywords)
            if (k[0] && str_equals_ascii(name, k)) known = true;
        if (!known) {
            set_error_fmt(&exc::TypeError, "'{}' is an invalid keyword argument for {}()", str_to_utf8(name),
                          p.fname);
            return;
        }
    }
    set_error_fmt(&exc::TypeError, "invalid keyword argument for {}()", p.fname);
}

bool unpack(const ArgParser& p, Object* const* args, ssize_t nargs, const Keywords& kw, Object** out) {
    const int posonly = p.posonly();
    const int maxargs = static_cast<int>(p.keywords.size());
    const int minposonly = std::min(posonly, p.minpos);
    const int reqlimit = p.minkw ? p.maxpos + p.minkw : p.minpos;
    ssize_t nkwargs = kw.count();
    if (nargs + nkwargs > maxargs) {
        set_error_fmt(&exc::TypeError, "{}() takes at most {} {}argument{} ({} given)", p.fname, maxargs,
                      nargs == 0 ? "keyword " : "", plural(maxargs), nargs + nkwargs);
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
    if (nargs < minposonly) {
        set_error_fmt(&exc::TypeError, "{}() takes {} {} positional argument{} ({} given)", p.fname,
                      minposonly < p.maxpos ? "at least" : "exactly", minposonly, plural(minposonly), nargs);
        return false;
    }
    for (ssize_t i = 0; i < maxargs; ++i) out[i] = nullptr;
    for (ssize_t i = 0; i < nargs; ++i) out[i] = args[i];
    for (ssize_t i = std::max<ssize_t>(nargs, posonly); i < maxargs; ++i) {
        Object* value = nkwargs ? kw.find(p.keywords[i]) : nullptr;
        out[i] = value;
        if (value) {
            --nkwargs;
        } else if (i < p.minpos || (p.maxpos <= i && i < reqlimit)) {
            set_error_fmt(&exc::TypeError, "{}() missing required argument '{}' (pos {})", p.fname, p.keywords[i],
                          i + 1);
            return false;
        }
    }
    if (nkwargs > 0) {
        // Given both by name and by position?
        for (ssize_t i = posonly; i < nargs; ++i) {
            if (kw.find(p.keywords[i])) {
                set_error_fmt(&exc::TypeError, "argument for {}() given by name ('{}') and position ({})",
                              p.fname, p.keywords[i], i + 1);
                return false;
            }
        }
        error_unexpected_keyword_arg(p, kw);
        return false;
    }
    return true;
}

}  // namespace

bool unpack_keywords(const ArgParser& parser, Object* const* args, ssize_t nargs, Object* kwnames,
                     Object** out) {
    Keywords kw;
    kw.kwnames = kwnames;
    kw.kwstack = args + nargs;
    return unpack(parser, args, nargs, kw, out);
}

bool unpack_keywords_dict(const ArgParser& parser, Object* args, Object* kwargs, Object** out) {
    Keywords kw;
    kw.kwargs = kwargs && dict_size(kwargs) ? kwargs : nullptr;
    return unpack(parser, tuple_items(args), tuple_size(args), kw, out);
}

// ---- converters ------------------------------------------------------------------------------

bool arg_ssize(Object* o, ssize_t* out) { return index_as_ssize(o, out); }

bool arg_int(Object* o, int* out) {
    ssize_t v;
    if (!arg_ssize(o, &v)) {
        // CPython converts through a C long: the overflow message names int.
        if (error_matches(&exc::OverflowError)) {
            clear_error();
            set_error(&exc::OverflowError, "Python int too large to convert to C int");
        }
        return false;
    }
    if (v < INT_MIN || v > INT_MAX) {
        set_error(&exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

bool arg_slice_index(Object* o, ssize_t* out) {
    if (o == None()) return true;
    if (!is_int(o) && !o->ob_type->nb_index) {
        set_error(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Object* i = is_int(o) ? (incref(o), o) : o->ob_type->nb_index(o);
    if (!i) return false;
    // Clamped, not an overflow (CPython: PyNumber_AsSsize_t(v, NULL)).
    if (!int_as_ssize(i, out)) {
        clear_error();
        *out = int_sign(i) < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    }
    decref(i);
    return true;
}

void arg_bad_argument(std::string_view fname, std::string_view which, std::string_view expected,
                      const Object* o) {
    set_error_fmt(&exc::TypeError, "{}() {} must be {}, not {}", fname, which, expected,
                  o == None() ? std::string_view("None") : type_name(o));
}

bool arg_str(Object* o, std::string_view fname, std::string_view which) {
    if (is_str(o)) return true;
    arg_bad_argument(fname, which, "str", o);
    return false;
}

bool arg_str_utf8(Object* o, std::string_view fname, std::string_view which, std::string* out) {
    if (!arg_str(o, fname, which)) return false;
    *out = str_to_utf8(o);
    return true;
}

}  // namespace glasspy::rt
