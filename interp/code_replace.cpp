// code.replace(**changes): a copy of a code object with some fields changed
// (CPython: code_replace_impl).  types.coroutine uses it to set a flag.
// The fields whose change must keep the bytecode consistent with them
// (co_code, the variable names, the counts) are not supported yet: asking
// for them is a NotImplementedError rather than a silently broken code
// object.
#include <string>
#include <string_view>

#include "interp/code.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

bool str_field(std::string_view key, Object* value, Object** out) {
    if (!is_str(value)) {
        arg_bad_argument("replace", fmt::format("argument '{}'", key), "str", value);
        return false;
    }
    *out = value;
    return true;
}

// A new tuple for co_consts/co_names must have the old one's length: the
// instructions index into it.
bool tuple_field(std::string_view key, Object* value, Object* old, Object** out) {
    if (!is_tuple(value)) {
        arg_bad_argument("replace", fmt::format("argument '{}'", key), "tuple", value);
        return false;
    }
    if (tuple_size(value) != tuple_size(old)) {
        set_error_fmt(&exc::NotImplementedError, "glasspy: code.replace() of {} with another length", key);
        return false;
    }
    *out = value;
    return true;
}

}  // namespace

Object* code_replace(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_positional("replace", nargs, 0, 0)) return nullptr;
    auto* co = static_cast<CodeObject*>(self);
    int flags = co->co_flags, firstlineno = co->co_firstlineno;
    Object *consts = co->co_consts, *names = co->co_names, *filename = co->co_filename, *name = co->co_name,
           *qualname = co->co_qualname;
    for (ssize_t i = 0, n = kwnames ? tuple_size(kwnames) : 0; i < n; ++i) {
        std::string key = str_to_utf8(tuple_item(kwnames, i));
        Object* value = args[nargs + i];
        bool ok;
        if (key == "co_flags") ok = arg_int(value, &flags);
        else if (key == "co_firstlineno") ok = arg_int(value, &firstlineno);
        else if (key == "co_name") ok = str_field(key, value, &name);
        else if (key == "co_qualname") ok = str_field(key, value, &qualname);
        else if (key == "co_filename") ok = str_field(key, value, &filename);
        else if (key == "co_consts") ok = tuple_field(key, value, co->co_consts, &consts);
        else if (key == "co_names") ok = tuple_field(key, value, co->co_names, &names);
        else if (key == "co_argcount" || key == "co_posonlyargcount" || key == "co_kwonlyargcount" ||
                 key == "co_nlocals" || key == "co_stacksize" || key == "co_code" || key == "co_varnames" ||
                 key == "co_freevars" || key == "co_cellvars" || key == "co_linetable" ||
                 key == "co_exceptiontable") {
            set_error_fmt(&exc::NotImplementedError, "glasspy: code.replace({}=...) is not supported yet", key);
            ok = false;
        } else {
            set_error_fmt(&exc::TypeError, "'{}' is an invalid keyword argument for replace()", key);
            ok = false;
        }
        if (!ok) return nullptr;
    }
    CodeData data = *co->co_data;
    CodeObject* copy = code_new(std::move(data), consts, names, co->co_localsplusnames, filename, name, qualname);
    if (!copy) return nullptr;
    copy->co_argcount = co->co_argcount;
    copy->co_posonlyargcount = co->co_posonlyargcount;
    copy->co_kwonlyargcount = co->co_kwonlyargcount;
    copy->co_stacksize = co->co_stacksize;
    copy->co_flags = flags;
    copy->co_firstlineno = firstlineno;
    copy->co_nlocalsplus = co->co_nlocalsplus;
    copy->co_nlocals = co->co_nlocals;
    copy->co_ncellvars = co->co_ncellvars;
    copy->co_nfreevars = co->co_nfreevars;
    return copy;
}

}  // namespace glasspy::interp
