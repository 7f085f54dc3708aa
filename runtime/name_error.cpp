// NameError.name (CPython 3.10+: NameError_init and NameError_members in
// Objects/exceptions.c; format_exc_check_arg in Python/ceval.c).
//
// The eval loop sets .name on the NameError it raises for an unbound
// global or free variable, so that the traceback printer can suggest a
// close name ("Did you mean: 'print'?", interp/suggestions.cpp).  Only
// NameError proper gets it: CPython leaves UnboundLocalError's name unset
// (the suggestion would be the local itself).  Python code may pass it:
// NameError(msg, name='x'), keyword-only; the positional arguments stay
// args as for any exception.
//
// Invariant: `name` is an owned reference or null (never set, or reset by
// calling __init__ again without it); null reads as None.
#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

NameErrorObject* as_name_error(Object* o) {
    return static_cast<NameErrorObject*>(o);
}

void set_field(Object*& field, Object* value) {
    xincref(value);
    Object* old = field;
    field = value;
    xdecref(old);
}

Object* NameError_new(TypeObject* type, Object* args, Object* kwargs) {
    Object* self = BaseException_new(type, args, kwargs);
    if (self) as_name_error(self)->name = nullptr;
    return self;
}

// NameError(*args, name=None): the keyword as CPython's format
// "|$O:NameError" parses it, so a wrong keyword reads "'obj' is an invalid
// keyword argument for NameError()".
int NameError_init(Object* self, Object* args, Object* kwargs) {
    if (BaseException_init(self, args, nullptr) < 0) return -1;
    static constexpr const char* KEYWORDS[] = {"name"};
    static constexpr ArgParser PARSER{"NameError", KEYWORDS, 0, 0, 0};
    Object* name = nullptr;
    if (kwargs) {
        Ref<> no_args = Ref<>::steal(tuple_new(0));
        if (!no_args || !unpack_keywords_dict(PARSER, no_args.get(), kwargs, &name)) return -1;
    }
    set_field(as_name_error(self)->name, name);
    return 0;
}

int NameError_clear(Object* self) {
    clear(as_name_error(self)->name);
    return BaseException_clear(self);
}

void NameError_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    NameError_clear(self);
    free_object(self);
}

int NameError_traverse(Object* self, visitproc visit, void* arg) {
    if (Object* name = as_name_error(self)->name)
        if (int r = visit(name, arg)) return r;
    return BaseException_traverse(self, visit, arg);
}

void* name_field(Object* self) {
    return &as_name_error(self)->name;
}

const MemberDef NAME_ERROR_MEMBERS[] = {
    {"name", MemberKind::Object, name_field, false, "name"},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

}  // namespace

void name_error_prepare() {
    TypeObject& t = exc::NameError;
    t.tp_basicsize = sizeof(NameErrorObject);
    t.tp_new = NameError_new;
    t.tp_init = NameError_init;
    t.tp_clear = NameError_clear;
    t.tp_dealloc = NameError_dealloc;
    t.tp_traverse = NameError_traverse;
    t.tp_members = NAME_ERROR_MEMBERS;
}

void set_name_error(std::string_view message, Object* name) {
    Object* e = exception_new(&exc::NameError, message);
    if (!e) return;  // exception_new has set what went wrong
    set_field(as_name_error(e)->name, name);
    set_exception(e);
    decref(e);
}

}  // namespace glasspy::rt
