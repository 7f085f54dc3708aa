// The code type (see code.hpp).
#include "interp/code.hpp"

#include <fmt/format.h>

#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"

namespace glasspy::interp {

namespace {

void code_dealloc(Object* self) {
    auto* co = static_cast<CodeObject*>(self);
    rt::clear(co->co_consts);
    rt::clear(co->co_names);
    rt::clear(co->co_localsplusnames);
    rt::clear(co->co_filename);
    rt::clear(co->co_name);
    rt::clear(co->co_qualname);
    delete co->co_data;
    co->co_data = nullptr;
    rt::free_object(self);
}

// A code object holds only constants and names, so it is no container for
// the collector (as in CPython); tp_traverse still says what it holds, for
// what walks the object graph without the collector (the leak check,
// runtime/leakcheck.hpp).
int code_traverse(Object* self, rt::visitproc visit, void* arg) {
    auto* co = static_cast<CodeObject*>(self);
    for (Object* o : {co->co_consts, co->co_names, co->co_localsplusnames, co->co_filename, co->co_name,
                      co->co_qualname})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

// <code object f at 0x7f..., file "t.py", line 1>
Object* code_repr(Object* self) {
    auto* co = static_cast<CodeObject*>(self);
    return rt::str_from_utf8(fmt::format("<code object {} at {}, file \"{}\", line {}>",
                                         rt::str_to_utf8(co->co_name), static_cast<const void*>(self),
                                         rt::str_to_utf8(co->co_filename), co->co_firstlineno));
}

rt::TypeObject make_code_type() {
    rt::TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "code";
    t.tp_basicsize = sizeof(CodeObject);
    t.tp_dealloc = code_dealloc;
    t.tp_traverse = code_traverse;
    t.tp_repr = code_repr;
    t.tp_getset = CODE_GETSET;
    t.tp_members = CODE_MEMBERS;
    t.tp_methods = CODE_METHODS;
    return t;
}

}  // namespace

rt::TypeObject code_type = make_code_type();

CodeObject* code_new(CodeData&& data, Object* consts, Object* names, Object* localsplusnames,
                     Object* filename, Object* name, Object* qualname) {
    Object* mem = rt::alloc_object(&code_type);
    if (!mem) return rt::no_memory();
    auto* co = new (mem) CodeObject;  // fields start zeroed as declared
    co->ob_refcnt = 1;
    co->ob_type = &code_type;
    co->co_data = new CodeData(std::move(data));
    for (auto [field, value] : {std::pair{&co->co_consts, consts}, {&co->co_names, names},
                                {&co->co_localsplusnames, localsplusnames}, {&co->co_filename, filename},
                                {&co->co_name, name}, {&co->co_qualname, qualname}}) {
        rt::incref(value);
        *field = value;
    }
    return co;
}

}  // namespace glasspy::interp
