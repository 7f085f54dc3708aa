// builtins.help (CPython makes it in site.py from Lib/_sitebuiltins.py's
// _Helper).  Typing `help` shows how to use it; calling it imports pydoc
// (stdlib/lib/pydoc.py) and hands the arguments to pydoc.help.  Native and
// lazy, so start-up imports nothing for it: pydoc and inspect are loaded
// the first time someone asks for help.
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/import.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

Object* helper_repr(Object* /*self*/) {
    return str_from_utf8("Type help() for interactive help, or help(object) for help about object.");
}

// help(*args, **kwargs) -> pydoc.help(*args, **kwargs)
Object* helper_call(Object* /*self*/, Object* args, Object* kwargs) {
    Ref<> pydoc = Ref<>::steal(import_module("pydoc"));
    if (!pydoc) return nullptr;
    Ref<> target = Ref<>::steal(get_attr_str(pydoc.get(), "help"));
    if (!target) return nullptr;
    // The tuple-and-dict arguments, in the vectorcall shape call() takes.
    std::vector<Object*> argv(tuple_items(args), tuple_items(args) + tuple_size(args));
    ssize_t npos = tuple_size(args);
    Ref<> kwnames;
    if (kwargs && dict_size(kwargs) > 0) {
        kwnames = Ref<>::steal(tuple_new(dict_size(kwargs)));
        if (!kwnames) return nullptr;
        Object* key;
        Object* value;
        ssize_t i = 0;
        for (ssize_t pos = 0; dict_next(kwargs, &pos, &key, &value); ++i) {
            incref(key);
            tuple_items(kwnames.get())[i] = key;
            argv.push_back(value);
        }
    }
    return call(target.get(), argv.data(), static_cast<std::size_t>(npos), kwnames.get());
}

TypeObject make_helper_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_sitebuiltins._Helper";
    t.tp_basicsize = sizeof(Object);
    t.tp_dealloc = [](Object* o) { free_object(o); };
    t.tp_repr = helper_repr;
    t.tp_call = helper_call;
    t.tp_doc = "Define the builtin 'help'.\n\n"
               "This is a wrapper around pydoc.help that provides a helpful message\n"
               "when 'help' is typed at the Python interactive prompt.\n\n"
               "Calling help() at the Python prompt starts an interactive help session.\n"
               "Calling help(thing) prints help for the python object 'thing'.";
    return t;
}

TypeObject helper_type = make_helper_type();

}  // namespace

bool install_helper(Object* builtins) {
    if (!helper_type.tp_dict && type_ready(&helper_type) < 0) return false;
    Ref<> helper = Ref<>::steal(alloc_object(&helper_type));
    return helper && dict_setitem_str(builtins, "help", helper.get()) == 0;
}

}  // namespace glasspy::stdlib
