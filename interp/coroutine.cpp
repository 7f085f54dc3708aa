// Coroutines and the awaitable protocol (CPython: Objects/genobject.c,
// the PyCoro_* part, and the GET_AWAITABLE / GET_AITER / GET_ANEXT cases
// of Python/ceval.c).
//
// Calling an `async def` function makes a coroutine: the same object as a
// generator (GenObject: a heap frame stopped before its first instruction),
// with another type.  `await x` compiles to GET_AWAITABLE then the SEND /
// YIELD_VALUE loop of `yield from`: what the innermost awaited iterator
// yields travels up through every awaiting coroutine to whoever called
// send() on the outermost one (an event loop), and send()'s value travels
// back down.  So a coroutine is a generator that
//   - is not iterable (no __iter__/__next__: `for` and next() refuse it),
//     but has __await__, which returns a `coroutine_wrapper` iterator;
//   - cannot be resumed once finished ("cannot reuse already awaited
//     coroutine"), and
//   - warns "coroutine '...' was never awaited" when it is destroyed
//     before it ever ran.
//
// A generator whose code has CO_ITERABLE_COROUTINE (types.coroutine) is
// awaitable as it is.
#include <fmt/format.h>

#include <cstdio>

#include "gc/gc_head.hpp"
#include "interp/genobject.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/source_text.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }

// ==== "coroutine ... was never awaited" =======================================

// The fallback when the warnings module cannot be used: the RuntimeWarning
// written as the warnings module's default filter shows it, once per line
// of the code that was running (the key goes into that module's
// __warningregistry__), with that line, and CPython's hint about
// tracemalloc.
void warn_unawaited_directly(GenObject* coro) {
    std::string msg = fmt::format("coroutine '{}' was never awaited", str_to_utf8(coro->gi_qualname));
    auto* f = static_cast<Frame*>(ThreadState::current()->frame);
    // With no Python code running (at exit), CPython's C fallback says
    // "sys:1" and keeps its registry in the sys module.
    Object* globals = f ? f->f_globals : rt::interp().sys_dict;
    int lineno = f ? frame_lineno(f) : 1;
    Ref<> saved = fetch_error();
    bool seen = false;
    if (globals) {
        Ref<> registry;
        if (Borrowed<> r = dict_getitem_str(globals, "__warningregistry__")) {
            registry = Ref<>::borrow(r);
        } else {
            registry = Ref<>::steal(dict_new());
            if (registry && dict_setitem_str(globals, "__warningregistry__", registry.get()) < 0) registry = {};
        }
        Ref<> text = Ref<>::steal(str_from_utf8(msg));
        Ref<> line_no = Ref<>::steal(int_from_ssize(lineno));
        Ref<> key = text && line_no
                        ? Ref<>::steal(tuple_pack({text.get(), &exc::RuntimeWarning, line_no.get()}))
                        : Ref<>();
        if (registry && key) {
            seen = dict_getitem(registry.get(), key.get()) != nullptr;
            if (!seen) (void)dict_setitem(registry.get(), key.get(), true_object);
        }
    }
    clear_error();
    if (saved) set_exception(saved.get());
    if (seen) return;
    std::string filename = f ? str_to_utf8(f->f_code->co_filename) : "sys";
    std::string out = fmt::format("{}:{}: RuntimeWarning: {}\n", filename, lineno, msg);
    if (f) {
        if (auto source = source_text_line(filename, lineno)) {
            std::size_t start = source->find_first_not_of(" \t\f");
            if (start != std::string::npos) out += fmt::format("  {}\n", source->substr(start));
        }
        out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    }
    std::fflush(stdout);
    std::fwrite(out.data(), 1, out.size(), stderr);
    std::fflush(stderr);
}

// The RuntimeWarning of a coroutine destroyed before it started, through
// warnings._warn_unawaited_coroutine, so that the filters apply (an "error"
// filter makes it an exception, reported as unraisable); directly when
// that fails for another reason (CPython: _PyErr_WarnUnawaitedCoroutine).
void warn_unawaited_coroutine(GenObject* coro) {
    // With no Python code running the interpreter is exiting: CPython's
    // warnings module is gone by then and its C fallback reports.
    if (!ThreadState::current()->frame) {
        warn_unawaited_directly(coro);
        return;
    }
    Ref<> saved = fetch_error();
    bool warned = false;
    Ref<> warnings = Ref<>::steal(import_module("warnings"));
    Ref<> fn = warnings ? Ref<>::steal(get_attr_str(warnings.get(), "_warn_unawaited_coroutine")) : Ref<>();
    if (fn) {
        Object* arg = coro;
        Ref<> r = Ref<>::steal(call(fn.get(), &arg, 1));
        warned = r || error_matches(&exc::RuntimeWarning);
    }
    if (error_occurred()) write_unraisable(coro);
    if (!warned) warn_unawaited_directly(coro);
    if (saved) set_exception(saved.get());
}

// ==== the coroutine type ========================================================

// A coroutine that never ran warns; one suspended runs its finally blocks.
// The caller holds a reference.
void coro_finalize(GenObject* coro) {
    if (coro->gi_frame->state != FrameState::created) return gen_finalize(coro);
    warn_unawaited_coroutine(coro);
}

void coro_dealloc(Object* self) {
    if (gen_finalize_once(as_gen(self), coro_finalize)) gen_free(as_gen(self));
}

Object* coro_repr(Object* self) {
    return str_from_utf8(fmt::format("<coroutine object {} at {}>", str_to_utf8(as_gen(self)->gi_qualname),
                                     static_cast<const void*>(self)));
}

Object* coro_send(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("send", nargs, kwnames)) return nullptr;
    return gen_send_value(as_gen(self), args[0]);
}

Object* coro_throw(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("throw", kwnames) || !check_arg_count("throw", nargs, 1, 3)) return nullptr;
    return gen_throw_in(as_gen(self), args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
}

Object* coro_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    return gen_close_impl(as_gen(self));
}

// ---- coroutine_wrapper: what coro.__await__() returns -------------------------
// An iterator over the coroutine, for code that drives awaitables with
// next()/send() (CPython: PyCoroWrapper).

struct CoroWrapper : Object {
    Object* cw_coroutine;  // owned
};

Object* cw_coro(Object* self) { return static_cast<CoroWrapper*>(self)->cw_coroutine; }

void cw_dealloc(Object* self) {
    gc::untrack(self);
    clear(static_cast<CoroWrapper*>(self)->cw_coroutine);
    free_object(self);
}

int cw_traverse(Object* self, visitproc visit, void* arg) {
    Object* c = cw_coro(self);
    return c ? visit(c, arg) : 0;
}

Object* cw_iter(Object* self) {
    incref(self);
    return self;
}

Object* cw_iternext(Object* self) { return gen_next(as_gen(cw_coro(self))); }

Object* cw_send(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return coro_send(cw_coro(self), args, nargs, kwnames);
}
Object* cw_throw(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return coro_throw(cw_coro(self), args, nargs, kwnames);
}
Object* cw_close(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return coro_close(cw_coro(self), args, nargs, kwnames);
}

const BuiltinDef CW_METHODS[] = {
    {"send", cw_send, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", cw_throw,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or "
     "raise\nStopIteration."},
    {"close", cw_close, "close() -> raise GeneratorExit inside coroutine."},
    {nullptr, nullptr, nullptr},
};

TypeObject make_coroutine_wrapper_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "coroutine_wrapper";
    t.tp_basicsize = sizeof(CoroWrapper);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = cw_dealloc;
    t.tp_traverse = cw_traverse;
    t.tp_iter = cw_iter;
    t.tp_iternext = cw_iternext;
    t.tp_methods = CW_METHODS;
    return t;
}

TypeObject coroutine_wrapper_type = make_coroutine_wrapper_type();

Object* coro_await(Object* self) {
    Object* mem = alloc_object(&coroutine_wrapper_type);
    if (!mem) return no_memory();
    incref(self);
    static_cast<CoroWrapper*>(mem)->cw_coroutine = self;
    gc::track(rt::interp().gc, mem);
    return mem;
}

const BuiltinDef CORO_METHODS[] = {
    {"send", coro_send, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", coro_throw,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or "
     "raise\nStopIteration."},
    {"close", coro_close, "close() -> raise GeneratorExit inside coroutine."},
    {"__sizeof__", gen_sizeof, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {nullptr, nullptr, nullptr},
};

const GetSetDef CORO_GETSET[] = {
    {"__name__", [](Object* s) { return gen_get_field(as_gen(s)->gi_name); },
     [](Object* s, Object* v) { return gen_set_name_field(as_gen(s)->gi_name, v, "__name__"); }, nullptr},
    {"__qualname__", [](Object* s) { return gen_get_field(as_gen(s)->gi_qualname); },
     [](Object* s, Object* v) { return gen_set_name_field(as_gen(s)->gi_qualname, v, "__qualname__"); }, nullptr},
    {"cr_code", [](Object* s) { return gen_get_field(as_gen(s)->gi_code); }, nullptr, nullptr},
    {"cr_frame", [](Object* s) { return gen_frame_object(as_gen(s)); }, nullptr, nullptr},
    {"cr_running", [](Object* s) { return bool_from(as_gen(s)->gi_running); }, nullptr, nullptr},
    {"cr_suspended",
     [](Object* s) { return bool_from(as_gen(s)->gi_frame->state == FrameState::suspended); }, nullptr, nullptr},
    {"cr_await", [](Object* s) { return gen_get_field(gen_yielded_from(as_gen(s))); }, nullptr,
     "object being awaited on, or None"},
    // Where the coroutine was made, when sys.set_coroutine_origin_tracking_depth asks (never here).
    {"cr_origin", [](Object*) { return gen_get_field(nullptr); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_coroutine_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "coroutine";
    t.tp_basicsize = sizeof(GenObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = coro_dealloc;
    t.tp_weaklistoffset = gen_weaklist_offset();
    t.tp_finalize = [](Object* self) { coro_finalize(as_gen(self)); };
    t.tp_traverse = gen_traverse;
    t.tp_repr = coro_repr;
    t.am_await = coro_await;
    t.tp_methods = CORO_METHODS;
    t.tp_getset = CORO_GETSET;
    return t;
}

// A generator marked by types.coroutine (CPython: gen_is_coroutine).
bool is_iterable_coroutine(Object* o) {
    return is_generator(o) && (static_cast<CodeObject*>(as_gen(o)->gi_code)->co_flags & CO_ITERABLE_COROUTINE);
}

// _PyCoro_GetAwaitableIter: a coroutine itself; else what __await__
// returns, which must be an iterator and not a coroutine.
Object* awaitable_iter(Object* o) {
    if (is_coroutine(o) || is_iterable_coroutine(o)) {
        incref(o);
        return o;
    }
    unaryfunc getter = o->ob_type->am_await;
    if (!getter) {
        set_error_fmt(&exc::TypeError, "object {} can't be used in 'await' expression", type_name(o));
        return nullptr;
    }
    Object* res = getter(o);
    if (!res) return nullptr;
    if (is_coroutine(res) || is_iterable_coroutine(res)) {
        decref(res);
        set_error(&exc::TypeError, "__await__() returned a coroutine");
        return nullptr;
    }
    if (!res->ob_type->tp_iternext) {
        set_error_fmt(&exc::TypeError, "__await__() returned non-iterator of type '{}'", type_name(res));
        decref(res);
        return nullptr;
    }
    return res;
}

}  // namespace

TypeObject coroutine_type = make_coroutine_type();

Object* get_awaitable(Object* o, int oparg) {
    Object* iter = awaitable_iter(o);
    if (!iter) {
        // format_awaitable_error: say which part of `async with` it was.
        if (!o->ob_type->am_await && (oparg == 1 || oparg == 2)) {
            clear_error();
            set_error_fmt(&exc::TypeError,
                          "'async with' received an object from {} that does not implement __await__: {}",
                          oparg == 1 ? "__aenter__" : "__aexit__", type_name(o));
        }
        return nullptr;
    }
    if (is_coroutine(iter) && gen_yielded_from(as_gen(iter))) {
        decref(iter);
        set_error(&exc::RuntimeError, "coroutine is being awaited already");
        return nullptr;
    }
    return iter;
}

Object* get_aiter(Object* o) {
    unaryfunc getter = o->ob_type->am_aiter;
    if (!getter) {
        set_error_fmt(&exc::TypeError, "'async for' requires an object with __aiter__ method, got {}",
                      type_name(o));
        return nullptr;
    }
    Object* iter = getter(o);
    if (!iter) return nullptr;
    if (!iter->ob_type->am_anext) {
        set_error_fmt(&exc::TypeError,
                      "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                      type_name(iter));
        decref(iter);
        return nullptr;
    }
    return iter;
}

Object* get_anext(Object* aiter) {
    unaryfunc getter = aiter->ob_type->am_anext;
    if (is_async_generator(aiter)) return getter(aiter);
    if (!getter) {
        set_error_fmt(&exc::TypeError, "'async for' requires an iterator with __anext__ method, got {}",
                      type_name(aiter));
        return nullptr;
    }
    Ref<> next = Ref<>::steal(getter(aiter));
    if (!next) return nullptr;
    Object* awaitable = awaitable_iter(next.get());
    if (!awaitable) {
        // _PyErr_FormatFromCause: the TypeError's cause is the first error.
        Ref<> cause = fetch_error();
        set_error_fmt(&exc::TypeError, "'async for' received an invalid object from __anext__: {}",
                      type_name(next.get()));
        Ref<> err = fetch_error();
        auto* e = static_cast<BaseExceptionObject*>(err.get());
        incref(cause.get());
        e->cause = cause.get();
        incref(cause.get());
        e->context = cause.get();
        e->suppress_context = 1;
        set_exception(err.get());
    }
    return awaitable;
}

void coroutine_init() {
    (void)type_ready(&coroutine_type);
    (void)type_ready(&coroutine_wrapper_type);
    (void)type_ready(&anext_awaitable_type);
}

}  // namespace glasspy::interp
