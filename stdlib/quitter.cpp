// builtins.exit and builtins.quit (CPython makes them in site.py from
// Lib/_sitebuiltins.py's Quitter).  Typing `exit` shows how to leave;
// calling it raises SystemExit.  Native, so start-up imports no module for
// two objects every program has.
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/import.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

struct QuitterObject : Object {
    Object* name;  // "exit" or "quit"
    Object* eof;   // how the terminal ends input
};

QuitterObject* as_quitter(Object* o) { return static_cast<QuitterObject*>(o); }

void quitter_dealloc(Object* self) {
    xdecref(as_quitter(self)->name);
    xdecref(as_quitter(self)->eof);
    free_object(self);
}

// A quitter holds only strs, so it is no container for the collector (no
// GC header); tp_traverse still says what it holds, for what walks the
// object graph without the collector (the leak check, runtime/leakcheck.hpp).
int quitter_traverse(Object* self, visitproc visit, void* arg) {
    for (Object* o : {as_quitter(self)->name, as_quitter(self)->eof})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

Object* quitter_repr(Object* self) {
    return str_from_utf8("Use " + str_to_utf8(as_quitter(self)->name) + "() or " + str_to_utf8(as_quitter(self)->eof) +
                         " to exit");
}

// exit(code=None): closes sys.stdin first, as CPython's does, so that a
// front end reading it (a REPL that catches SystemExit) sees the end too.
Object* quitter_call(Object* self, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"code"};
    static constexpr ArgParser parser{"__call__", kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    (void)self;
    Ref<> sys = Ref<>::steal(import_module("sys"));
    Ref<> in = sys ? Ref<>::steal(get_attr_str(sys.get(), "stdin")) : Ref<>();
    Ref<> closed = in ? Ref<>::steal(call_method(in.get(), Ref<>::steal(str_intern("close")).get(), nullptr, 0))
                      : Ref<>();
    clear_error();  // whatever stdin is, leaving must not fail
    set_error_object(&exc::SystemExit, argv[0] ? argv[0] : None());
    return nullptr;
}

const MemberDef QUITTER_MEMBERS[] = {
    {"name", MemberKind::Object, member_field<&QuitterObject::name>, true, nullptr},
    {"eof", MemberKind::Object, member_field<&QuitterObject::eof>, true, nullptr},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

TypeObject make_quitter_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "Quitter";  // a class in CPython: messages say 'Quitter'; __module__ is set below
    t.tp_basicsize = sizeof(QuitterObject);
    t.tp_dealloc = quitter_dealloc;
    t.tp_traverse = quitter_traverse;
    t.tp_repr = quitter_repr;
    t.tp_call = quitter_call;
    t.tp_members = QUITTER_MEMBERS;
    return t;
}

TypeObject quitter_type = make_quitter_type();

}  // namespace

bool install_quitters(Object* builtins) {
    if (!quitter_type.tp_dict) {
        Ref<> module = Ref<>::steal(str_from_utf8("_sitebuiltins"));
        if (!module || type_ready(&quitter_type) < 0 ||
            dict_setitem_str(quitter_type.tp_dict, "__module__", module.get()) < 0)
            return false;
    }
    for (const char* name : {"exit", "quit"}) {
        auto* q = static_cast<QuitterObject*>(alloc_object(&quitter_type));
        if (!q) return false;
        q->name = str_from_utf8(name);
        q->eof = str_from_utf8("Ctrl-D (i.e. EOF)");
        Ref<> held = Ref<>::steal(q);
        if (!q->name || !q->eof || dict_setitem_str(builtins, name, q) != 0) return false;
    }
    return true;
}

}  // namespace glasspy::stdlib
