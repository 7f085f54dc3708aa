// The built-ins aiter() and anext(), and the awaitable anext(it, default)
// returns (CPython: builtin_aiter/builtin_anext in Python/bltinmodule.c,
// anextawaitable in Objects/iterobject.c).
//
// `await anext(it, default)` must give `default` where `await
// it.__anext__()` would raise StopAsyncIteration.  The anext_awaitable
// stands between the awaiting frame and the awaitable __anext__ returned:
// every send(), throw() and next() goes through to that awaitable's
// iterator, and a StopAsyncIteration coming back becomes StopIteration
// carrying the default, which is how an await finishes with a value.
#include "gc/gc_head.hpp"
#include "interp/genobject.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

struct AnextAwaitable : Object {
    Object* wrapped;        // what __anext__ returned (owned)
    Object* default_value;  // owned
    Object* iter;           // the wrapped awaitable's iterator, once asked for (owned or null)
};

AnextAwaitable* as_anext(Object* o) { return static_cast<AnextAwaitable*>(o); }

void anext_dealloc(Object* self) {
    gc::untrack(self);
    clear(as_anext(self)->wrapped);
    clear(as_anext(self)->default_value);
    clear(as_anext(self)->iter);
    free_object(self);
}

int anext_traverse(Object* self, visitproc visit, void* arg) {
    for (Object* field : {as_anext(self)->wrapped, as_anext(self)->default_value, as_anext(self)->iter})
        if (field)
            if (int r = visit(field, arg)) return r;
    return 0;
}

Object* wrapped_iter(Object* self) {
    AnextAwaitable* a = as_anext(self);
    if (!a->iter) a->iter = get_awaitable(a->wrapped, 0);
    return a->iter;
}

// What came back from the wrapped iterator: a value passes; the end of
// the async iteration is the end of this await, with the default.
Object* end_with_default(Object* self, Object* result) {
    if (result || !error_matches(&exc::StopAsyncIteration)) return result;
    clear_error();
    Ref<> args = Ref<>::steal(tuple_pack({as_anext(self)->default_value}));
    if (args) set_error_object(&exc::StopIteration, args.get());
    return nullptr;
}

Object* anext_send_value(Object* self, Object* value) {
    Object* it = wrapped_iter(self);
    if (!it) return nullptr;
    Object* result = nullptr;
    SendResult r = iter_send(it, value, &result);
    if (r == SendResult::returned) {
        // The awaitable finished: so does this await, with its value.
        Ref<> done = Ref<>::steal(result);
        Ref<> args = Ref<>::steal(tuple_pack({done.get()}));
        if (args) set_error_object(&exc::StopIteration, args.get());
        return end_with_default(self, nullptr);
    }
    return end_with_default(self, r == SendResult::next ? result : nullptr);
}

Object* anext_iternext(Object* self) { return anext_send_value(self, None()); }

Object* anext_send(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("send", nargs, kwnames)) return nullptr;
    return anext_send_value(self, args[0]);
}

// throw() and close() go to the wrapped iterator's own methods.
Object* forward(Object* self, const char* method, Object* const* args, ssize_t nargs) {
    Object* it = wrapped_iter(self);
    if (!it) return nullptr;
    Ref<> name = Ref<>::steal(str_from_utf8(method));
    if (!name) return nullptr;
    return end_with_default(self, call_method(it, name.get(), args, nargs));
}

Object* anext_throw(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("throw", kwnames) || !check_positional("throw", nargs, 1, 3)) return nullptr;
    return forward(self, "throw", args, nargs);
}

Object* anext_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    return forward(self, "close", nullptr, 0);
}

const BuiltinDef ANEXT_METHODS[] = {
    {"send", anext_send, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", anext_throw,
     "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"close", anext_close, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, nullptr},
};

TypeObject make_anext_awaitable_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "anext_awaitable";
    t.tp_basicsize = sizeof(AnextAwaitable);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = anext_dealloc;
    t.tp_traverse = anext_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = anext_iternext;
    t.am_await = self_iter;
    t.tp_methods = ANEXT_METHODS;
    return t;
}

}  // namespace

TypeObject anext_awaitable_type = make_anext_awaitable_type();

Object* builtin_aiter(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("aiter", kwnames) || !check_positional("aiter", nargs, 1, 1)) return nullptr;
    unaryfunc getter = args[0]->ob_type->am_aiter;
    if (!getter) {
        set_error_fmt(&exc::TypeError, "'{}' object is not an async iterable", type_name(args[0]));
        return nullptr;
    }
    Object* it = getter(args[0]);
    if (it && !it->ob_type->am_anext) {
        set_error_fmt(&exc::TypeError, "aiter() returned not an async iterator of type '{}'", type_name(it));
        decref(it);
        return nullptr;
    }
    return it;
}

Object* builtin_anext(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("anext", kwnames) || !check_positional("anext", nargs, 1, 2)) return nullptr;
    unaryfunc getter = args[0]->ob_type->am_anext;
    if (!getter) {
        set_error_fmt(&exc::TypeError, "'{}' object is not an async iterator", type_name(args[0]));
        return nullptr;
    }
    Object* awaitable = getter(args[0]);
    if (!awaitable || nargs == 1) return awaitable;
    Object* mem = alloc_object(&anext_awaitable_type);
    if (!mem) {
        decref(awaitable);
        return no_memory();
    }
    as_anext(mem)->wrapped = awaitable;
    as_anext(mem)->default_value = new_ref(args[1]).release();
    as_anext(mem)->iter = nullptr;
    gc::track(rt::interp().gc, mem);
    return mem;
}

}  // namespace glasspy::interp
