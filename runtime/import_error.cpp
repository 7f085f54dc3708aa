// ImportError.msg, .name and .path (CPython: ImportError_init,
// ImportError_str and ImportError_members in Objects/exceptions.c).
//
// The import system fills them: ModuleNotFoundError("No module named 'x'")
// has name 'x'; "cannot import name 'y' from 'm' (file)" has the module's
// name and file.  Python code may pass name= and path= (keyword-only).
// str() of the exception is msg when there is one.
//
// Invariant: each field is an owned reference or null; null reads as None.
#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

ImportErrorObject* as_import_error(Object* o) { return static_cast<ImportErrorObject*>(o); }

void set_field(Object*& field, Object* value) {
    xincref(value);
    Object* old = field;
    field = value;
    xdecref(old);
}

Object* ImportError_new(TypeObject* type, Object* args, Object* kwargs) {
    Object* self = BaseException_new(type, args, kwargs);
    if (self) {
        auto* e = as_import_error(self);
        e->msg = e->name = e->path = nullptr;
    }
    return self;
}

// ImportError(*args, name=None, path=None); msg is the only argument, if one.
int ImportError_init(Object* self, Object* args, Object* kwargs) {
    if (BaseException_init(self, args, nullptr) < 0) return -1;
    static constexpr const char* KEYWORDS[] = {"name", "path"};
    static constexpr ArgParser PARSER{"ImportError", KEYWORDS, 0, 0, 0};
    Object* fields[2] = {nullptr, nullptr};
    if (kwargs) {
        Ref<> no_args = Ref<>::steal(tuple_new(0));
        if (!no_args || !unpack_keywords_dict(PARSER, no_args.get(), kwargs, fields)) return -1;
    }
    auto* e = as_import_error(self);
    set_field(e->name, fields[0]);
    set_field(e->path, fields[1]);
    set_field(e->msg, args && tuple_size(args) == 1 ? tuple_item(args, 0) : nullptr);
    return 0;
}

Object* ImportError_str(Object* self) {
    Object* msg = as_import_error(self)->msg;
    if (msg && is_str(msg)) return new_ref(msg).release();
    return exc::BaseException.tp_str(self);
}

int ImportError_clear(Object* self) {
    auto* e = as_import_error(self);
    clear(e->msg);
    clear(e->name);
    clear(e->path);
    return BaseException_clear(self);
}

void ImportError_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    ImportError_clear(self);
    free_object(self);
}

int ImportError_traverse(Object* self, visitproc visit, void* arg) {
    auto* e = as_import_error(self);
    for (Object* field : {e->msg, e->name, e->path})
        if (field)
            if (int r = visit(field, arg)) return r;
    return BaseException_traverse(self, visit, arg);
}

const MemberDef IMPORT_ERROR_MEMBERS[] = {
    {"msg", MemberKind::Object, member_field<&ImportErrorObject::msg>, false, "exception message"},
    {"name", MemberKind::Object, member_field<&ImportErrorObject::name>, false, "module name"},
    {"path", MemberKind::Object, member_field<&ImportErrorObject::path>, false, "module path"},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

}  // namespace

void import_error_prepare() {
    TypeObject& t = exc::ImportError;
    t.tp_basicsize = sizeof(ImportErrorObject);
    t.tp_new = ImportError_new;
    t.tp_init = ImportError_init;
    t.tp_str = ImportError_str;
    t.tp_clear = ImportError_clear;
    t.tp_dealloc = ImportError_dealloc;
    t.tp_traverse = ImportError_traverse;
    t.tp_members = IMPORT_ERROR_MEMBERS;
}

void set_import_error(TypeObject* type, std::string_view message, Object* name, Object* path) {
    Object* e = exception_new(type, message);
    if (!e) return;
    set_field(as_import_error(e)->name, name);
    set_field(as_import_error(e)->path, path);
    set_exception(e);
    decref(e);
}

}  // namespace glasspy::rt
