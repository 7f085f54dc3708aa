// AttributeError.name and .obj (CPython 3.10+: AttributeError_init and
// AttributeError_members in Objects/exceptions.c; set_attribute_error_context
// in Objects/object.c).
//
// Whatever raised it (a type's getattr, a module's, a property, a class's
// own __getattr__), an AttributeError that comes out of get_attr — the
// PyObject_GetAttr every obj.name goes through — is given the name looked
// up and the object, unless it already carries either.  The traceback
// printer reads them to suggest a close attribute from dir(obj) ("Did you
// mean: 'upper'?", interp/suggestions.cpp).  Failed stores and deletions
// set nothing, as in CPython.  Python code may pass both:
// AttributeError(msg, name='x', obj=o), keyword-only.
//
// Invariant: `name` and `obj` are owned references or null; null reads as
// None.  `obj` keeps the object alive as long as the exception lives.
#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/state.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

AttributeErrorObject* as_attribute_error(Object* o) {
    return static_cast<AttributeErrorObject*>(o);
}

void set_field(Object*& field, Object* value) {
    xincref(value);
    Object* old = field;
    field = value;
    xdecref(old);
}

Object* AttributeError_new(TypeObject* type, Object* args, Object* kwargs) {
    Object* self = BaseException_new(type, args, kwargs);
    if (self) {
        as_attribute_error(self)->name = nullptr;
        as_attribute_error(self)->obj = nullptr;
    }
    return self;
}

// AttributeError(*args, name=None, obj=None): the keywords as CPython's
// format "|$OO:AttributeError" parses them.
int AttributeError_init(Object* self, Object* args, Object* kwargs) {
    if (BaseException_init(self, args, nullptr) < 0) return -1;
    static constexpr const char* KEYWORDS[] = {"name", "obj"};
    static constexpr ArgParser PARSER{"AttributeError", KEYWORDS, 0, 0, 0};
    Object* given[2] = {nullptr, nullptr};
    if (kwargs) {
        Ref<> no_args = Ref<>::steal(tuple_new(0));
        if (!no_args || !unpack_keywords_dict(PARSER, no_args.get(), kwargs, given)) return -1;
    }
    set_field(as_attribute_error(self)->name, given[0]);
    set_field(as_attribute_error(self)->obj, given[1]);
    return 0;
}

int AttributeError_clear(Object* self) {
    clear(as_attribute_error(self)->name);
    clear(as_attribute_error(self)->obj);
    return BaseException_clear(self);
}

void AttributeError_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    AttributeError_clear(self);
    free_object(self);
}

int AttributeError_traverse(Object* self, visitproc visit, void* arg) {
    AttributeErrorObject* e = as_attribute_error(self);
    for (Object* field : {e->name, e->obj})
        if (field)
            if (int r = visit(field, arg)) return r;
    return BaseException_traverse(self, visit, arg);
}

void* name_field(Object* self) {
    return &as_attribute_error(self)->name;
}
void* obj_field(Object* self) {
    return &as_attribute_error(self)->obj;
}

const MemberDef ATTRIBUTE_ERROR_MEMBERS[] = {
    {"name", MemberKind::Object, name_field, false, "attribute name"},
    {"obj", MemberKind::Object, obj_field, false, "object"},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

}  // namespace

void attribute_error_prepare() {
    TypeObject& t = exc::AttributeError;
    t.tp_basicsize = sizeof(AttributeErrorObject);
    t.tp_new = AttributeError_new;
    t.tp_init = AttributeError_init;
    t.tp_clear = AttributeError_clear;
    t.tp_dealloc = AttributeError_dealloc;
    t.tp_traverse = AttributeError_traverse;
    t.tp_members = ATTRIBUTE_ERROR_MEMBERS;
}

void set_attribute_error_context(Object* obj, Object* name) {
    Object* exc = ThreadState::current()->current_exception;
    if (!exc || !is_instance_of(exc, &exc::AttributeError)) return;
    AttributeErrorObject* e = as_attribute_error(exc);
    if (e->name || e->obj) return;  // already says which lookup failed
    set_field(e->name, name);
    set_field(e->obj, obj);
}

}  // namespace glasspy::rt
