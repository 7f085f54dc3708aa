// Binding a call's arguments to a new frame's parameters, with CPython's
// TypeErrors for every way a call can mismatch a signature (CPython:
// Python/ceval.c initialize_locals, positional_only_passed_as_keyword,
// missing_arguments, too_many_positional).
#include "interp/ceval_internal.hpp"

#include <fmt/format.h>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

std::string qualname(const FunctionObject* func) { return str_to_utf8(func->func_qualname); }

std::string slot_name(const CodeObject* co, int i) {
    return str_to_utf8(tuple_item(co->co_localsplusnames, i));
}

// 'a', 'a' and 'b', 'a', 'b', and 'c'
std::string name_list(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

void missing(const FunctionObject* func, const std::vector<std::string>& names, bool keyword_only) {
    set_error_fmt(&exc::TypeError, "{}() missing {} required {} argument{}: {}", qualname(func), names.size(),
                  keyword_only ? "keyword-only" : "positional", names.size() == 1 ? "" : "s", name_list(names));
}

void too_many_positional(const FunctionObject* func, const CodeObject* co, ssize_t given, int kwonly_given) {
    int argcount = co->co_argcount;
    ssize_t defaults = func->func_defaults ? tuple_size(func->func_defaults) : 0;
    std::string takes = defaults ? fmt::format("from {} to {}", argcount - defaults, argcount)
                                 : fmt::format("{}", argcount);
    bool plural = defaults || argcount != 1;
    std::string kw = kwonly_given ? fmt::format(" positional argument{} (and {} keyword-only argument{})",
                                                given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "")
                                  : "";
    set_error_fmt(&exc::TypeError, "{}() takes {} positional argument{} but {}{} {} given", qualname(func), takes,
                  plural ? "s" : "", given, kw, given == 1 && !kwonly_given ? "was" : "were");
}

}  // namespace

bool bind_arguments(Frame* f, FunctionObject* func, Object* const* args, ssize_t npos, Object* kwnames) {
    CodeObject* co = f->f_code;
    Object** slots = f->localsplus;
    int argcount = co->co_argcount;
    ssize_t ndefaults = func->func_defaults ? tuple_size(func->func_defaults) : 0;
    if (!kwnames && co->co_kwonlyargcount == 0 && !(co->co_flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        npos <= argcount && npos >= argcount - ndefaults) {
        // The commonest call: positional arguments, the rest from the defaults.
        for (ssize_t i = 0; i < npos; ++i) {
            incref(args[i]);
            slots[i] = args[i];
        }
        for (ssize_t i = npos; i < argcount; ++i) {
            Object* def = tuple_item(func->func_defaults, i - (argcount - ndefaults));
            incref(def);
            slots[i] = def;
        }
        return true;
    }
    int total = argcount + co->co_kwonlyargcount;
    bool varargs = co->co_flags & CO_VARARGS;
    bool varkw = co->co_flags & CO_VARKEYWORDS;
    Object* kwdict = nullptr;
    if (varkw) {
        kwdict = dict_new();
        if (!kwdict) return false;
        slots[total + (varargs ? 1 : 0)] = kwdict;
    }
    ssize_t n = npos < argcount ? npos : argcount;
    for (ssize_t i = 0; i < n; ++i) {
        incref(args[i]);
        slots[i] = args[i];
    }
    if (varargs) {
        ssize_t extra = npos > argcount ? npos - argcount : 0;
        Object* rest = tuple_new(extra);
        if (!rest) return false;
        for (ssize_t i = 0; i < extra; ++i) {
            incref(args[argcount + i]);
            tuple_items(rest)[i] = args[argcount + i];
        }
        slots[total] = rest;
    }
    // Keyword arguments: a parameter of that name, else **kwargs.
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; ++k) {
        Object* name = tuple_item(kwnames, k);
        Object* value = args[npos + k];
        // Names are interned, so identity almost always decides; equal text
        // in another object (a name built at run time) is the fallback.
        int found = -1;
        for (int j = co->co_posonlyargcount; j < total && found < 0; ++j)
            if (tuple_item(co->co_localsplusnames, j) == name) found = j;
        for (int j = co->co_posonlyargcount; j < total && found < 0; ++j)
            if (str_equal(tuple_item(co->co_localsplusnames, j), name)) found = j;
        if (found >= 0) {
            if (slots[found]) {
                set_error_fmt(&exc::TypeError, "{}() got multiple values for argument '{}'", qualname(func),
                              str_to_utf8(name));
                return false;
            }
            incref(value);
            slots[found] = value;
            continue;
        }
        if (kwdict) {
            if (dict_setitem(kwdict, name, value) < 0) return false;
            continue;
        }
        for (int j = 0; j < co->co_posonlyargcount; ++j) {
            if (str_to_utf8(tuple_item(co->co_localsplusnames, j)) == str_to_utf8(name)) {
                set_error_fmt(&exc::TypeError,
                              "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                              qualname(func), str_to_utf8(name));
                return false;
            }
        }
        set_error_fmt(&exc::TypeError, "{}() got an unexpected keyword argument '{}'", qualname(func),
                      str_to_utf8(name));
        return false;
    }
    if (npos > argcount && !varargs) {
        int kwonly_given = 0;
        for (int j = argcount; j < total; ++j) kwonly_given += slots[j] != nullptr;
        too_many_positional(func, co, npos, kwonly_given);
        return false;
    }
    // Defaults for the positional parameters not given.
    std::vector<std::string> absent;
    for (int i = static_cast<int>(n); i < argcount; ++i) {
        if (slots[i]) continue;
        ssize_t d = i - (argcount - ndefaults);
        if (d >= 0) {
            Object* def = tuple_item(func->func_defaults, d);
            incref(def);
            slots[i] = def;
        } else {
            absent.push_back(slot_name(co, i));
        }
    }
    if (!absent.empty()) {
        missing(func, absent, false);
        return false;
    }
    for (int i = argcount; i < total; ++i) {
        if (slots[i]) continue;
        Object* def = func->func_kwdefaults ? dict_getitem(func->func_kwdefaults, tuple_item(co->co_localsplusnames, i))
                                            : nullptr;
        if (def) {
            incref(def);
            slots[i] = def;
        } else {
            absent.push_back(slot_name(co, i));
        }
    }
    if (!absent.empty()) {
        missing(func, absent, true);
        return false;
    }
    return true;
}

}  // namespace glasspy::interp
