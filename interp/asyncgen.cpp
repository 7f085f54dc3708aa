// Async generators (PEP 525; CPython: Objects/genobject.c, the async_gen_*
// part).
//
// An `async def` with a `yield` makes an async generator: again a
// GenObject on a heap frame, whose body may both await and yield.  Both
// suspend the frame with YIELD_VALUE, so the compiler marks the values of
// `yield` with ASYNC_GEN_WRAP: a value that comes out wrapped is an item of
// the iteration, anything else is passing through from an await on its way
// to the event loop.
//
// Its methods do not run it; they return awaitables that do:
//   __anext__() / asend(v)  -> async_generator_asend: each step sends into
//       the generator; an awaited value is yielded on, a wrapped item ends
//       the awaitable with StopIteration(item), the generator's end raises
//       StopAsyncIteration;
//   athrow(...) / aclose()  -> async_generator_athrow: throws into it;
//       aclose() throws GeneratorExit and finishes with StopIteration when
//       the generator ends, RuntimeError if it yields an item instead.
// `async for` awaits __anext__() until StopAsyncIteration (END_ASYNC_FOR).
//
// Not here yet: sys.set_asyncgen_hooks (the finalizer an event loop
// installs); an unfinished async generator is closed like a generator
// when it is deallocated.
#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "interp/genobject.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

AsyncGenObject* as_agen(Object* o) { return static_cast<AsyncGenObject*>(o); }


// ==== wrapped values (ASYNC_GEN_WRAP) ===========================================

struct WrappedValue : Object {
    Object* agw_val;  // owned
};

void wrapped_dealloc(Object* self) {
    gc::untrack(self);
    clear(static_cast<WrappedValue*>(self)->agw_val);
    free_object(self);
}

int wrapped_traverse(Object* self, visitproc visit, void* arg) {
    Object* v = static_cast<WrappedValue*>(self)->agw_val;
    return v ? visit(v, arg) : 0;
}

TypeObject make_wrapped_value_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "async_generator_wrapped_value";
    t.tp_basicsize = sizeof(WrappedValue);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = wrapped_dealloc;
    t.tp_traverse = wrapped_traverse;
    return t;
}

TypeObject wrapped_value_type = make_wrapped_value_type();

bool is_wrapped(Object* o) { return o->ob_type == &wrapped_value_type; }

// StopIteration(value), with a tuple or exception value kept whole.
void set_stop_iteration_value(Object* value) {
    Ref<> args = Ref<>::steal(tuple_pack({value}));
    if (!args) return;
    Ref<> stop = Ref<>::steal(call(&exc::StopIteration, tuple_items(args.get()), 1));
    if (stop) set_exception(stop.get());
}

// What one step of the generator means to the awaitable running it
// (CPython: async_gen_unwrap_value): its end or error ends the awaitable,
// an item finishes it with StopIteration(item), anything else was awaited
// inside and is yielded on.
Object* unwrap_value(AsyncGenObject* gen, Object* result) {
    if (!result) {
        if (!error_occurred()) set_error_object(&exc::StopAsyncIteration, Ref<>::steal(tuple_new(0)).get());
        if (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit)) gen->ag_closed = true;
        gen->ag_running_async = false;
        return nullptr;
    }
    if (is_wrapped(result)) {
        set_stop_iteration_value(static_cast<WrappedValue*>(result)->agw_val);
        decref(result);
        gen->ag_running_async = false;
        return nullptr;
    }
    return result;
}

// send() into the generator: its return is StopAsyncIteration (CPython:
// gen_send_ex for an async generator).
Object* agen_send(AsyncGenObject* gen, Object* arg) {
    Object* result;
    SendResult s = gen_send_ex(gen, arg, &result, false);
    if (s == SendResult::returned) {
        decref(result);
        set_error_object(&exc::StopAsyncIteration, Ref<>::steal(tuple_new(0)).get());
        return nullptr;
    }
    return s == SendResult::next ? result : nullptr;
}

Object* agen_throw(AsyncGenObject* gen, Object* const* args, ssize_t nargs) {
    Object* r = gen_throw_in(gen, args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
    // A return while throwing: StopIteration(None) from the shared code.
    if (!r && error_matches(&exc::StopIteration) && gen->gi_frame->state == FrameState::completed) {
        clear_error();
        set_error_object(&exc::StopAsyncIteration, Ref<>::steal(tuple_new(0)).get());
    }
    return r;
}

// ==== the awaitables ============================================================

enum class AwaitableState : char { init, iter, closed };

// async_generator_asend: __anext__() and asend(v).
struct ASend : Object {
    AsyncGenObject* ags_gen;  // owned
    Object* ags_sendval;      // owned
    AwaitableState ags_state;
};

// async_generator_athrow: athrow(...) and aclose() (no args).
struct AThrow : Object {
    AsyncGenObject* agt_gen;  // owned
    Object* agt_args;         // owned tuple; null for aclose()
    AwaitableState agt_state;
};

ASend* as_asend(Object* o) { return static_cast<ASend*>(o); }
AThrow* as_athrow(Object* o) { return static_cast<AThrow*>(o); }

Object* reused(const char* what) {
    set_error_fmt(&exc::RuntimeError, "cannot reuse already awaited {}", what);
    return nullptr;
}

Object* asend_send_impl(ASend* o, Object* arg) {
    if (o->ags_state == AwaitableState::closed) return reused("__anext__()/asend()");
    if (o->ags_state == AwaitableState::init) {
        if (o->ags_gen->ag_running_async) {
            set_error(&exc::RuntimeError, "anext(): asynchronous generator is already running");
            return nullptr;
        }
        if (!arg || arg == None()) arg = o->ags_sendval;
        o->ags_state = AwaitableState::iter;
    }
    o->ags_gen->ag_running_async = true;
    Object* result = unwrap_value(o->ags_gen, agen_send(o->ags_gen, arg));
    if (!result) o->ags_state = AwaitableState::closed;
    return result;
}

Object* asend_iternext(Object* self) { return asend_send_impl(as_asend(self), nullptr); }

Object* asend_send(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("send", nargs, kwnames)) return nullptr;
    return asend_send_impl(as_asend(self), args[0]);
}

Object* asend_throw(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("throw", kwnames) || !check_arg_count("throw", nargs, 1, 3)) return nullptr;
    ASend* o = as_asend(self);
    if (o->ags_state == AwaitableState::closed) return reused("__anext__()/asend()");
    Object* result = unwrap_value(o->ags_gen, agen_throw(o->ags_gen, args, nargs));
    if (!result) o->ags_state = AwaitableState::closed;
    return result;
}

Object* asend_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    as_asend(self)->ags_state = AwaitableState::closed;
    return none_ref();
}

Object* aclose_ignored(AThrow* o) {
    o->agt_gen->ag_running_async = false;
    o->agt_state = AwaitableState::closed;
    set_error(&exc::RuntimeError, "async generator ignored GeneratorExit");
    return nullptr;
}

// The end of an athrow/aclose step that raised: aclose() is done
// (StopIteration) when the generator finished or let GeneratorExit out.
Object* athrow_check_error(AThrow* o) {
    o->agt_gen->ag_running_async = false;
    o->agt_state = AwaitableState::closed;
    if (!o->agt_args && (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit))) {
        clear_error();
        set_error_object(&exc::StopIteration, Ref<>::steal(tuple_new(0)).get());
    }
    return nullptr;
}

Object* athrow_send_impl(AThrow* o, Object* arg) {
    AsyncGenObject* gen = o->agt_gen;
    if (o->agt_state == AwaitableState::closed) return reused("aclose()/athrow()");
    if (gen->gi_frame->state == FrameState::completed) {
        o->agt_state = AwaitableState::closed;
        set_error_object(&exc::StopIteration, Ref<>::steal(tuple_new(0)).get());
        return nullptr;
    }
    Object* retval;
    if (o->agt_state == AwaitableState::init) {
        if (gen->ag_running_async) {
            o->agt_state = AwaitableState::closed;
            set_error_fmt(&exc::RuntimeError, "{}(): asynchronous generator is already running",
                          o->agt_args ? "athrow" : "aclose");
            return nullptr;
        }
        if (gen->ag_closed) {
            o->agt_state = AwaitableState::closed;
            set_error_object(&exc::StopAsyncIteration, Ref<>::steal(tuple_new(0)).get());
            return nullptr;
        }
        if (arg && arg != None()) {
            set_error(&exc::RuntimeError, "can't send non-None value to a just-started coroutine");
            return nullptr;
        }
        o->agt_state = AwaitableState::iter;
        gen->ag_running_async = true;
        if (!o->agt_args) {
            gen->ag_closed = true;
            retval = gen_throw_in(gen, &exc::GeneratorExit, nullptr, nullptr);
            if (retval && is_wrapped(retval)) {
                decref(retval);
                return aclose_ignored(o);
            }
        } else {
            Object* const* a = tuple_items(o->agt_args);
            retval = unwrap_value(gen, agen_throw(gen, a, tuple_size(o->agt_args)));
        }
        return retval ? retval : athrow_check_error(o);
    }
    retval = agen_send(gen, arg ? arg : None());
    if (o->agt_args) return unwrap_value(gen, retval);
    if (!retval) return athrow_check_error(o);
    if (is_wrapped(retval)) {
        decref(retval);
        return aclose_ignored(o);
    }
    return retval;
}

Object* athrow_iternext(Object* self) { return athrow_send_impl(as_athrow(self), nullptr); }

Object* athrow_send(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("send", nargs, kwnames)) return nullptr;
    return athrow_send_impl(as_athrow(self), args[0]);
}

Object* athrow_throw(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("throw", kwnames) || !check_arg_count("throw", nargs, 1, 3)) return nullptr;
    AThrow* o = as_athrow(self);
    if (o->agt_state == AwaitableState::closed) return reused("aclose()/athrow()");
    Object* retval = agen_throw(o->agt_gen, args, nargs);
    if (o->agt_args) return unwrap_value(o->agt_gen, retval);
    if (retval && is_wrapped(retval)) {
        decref(retval);
        return aclose_ignored(o);
    }
    if (!retval && (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit))) {
        clear_error();
        set_error_object(&exc::StopIteration, Ref<>::steal(tuple_new(0)).get());
    }
    return retval;
}

Object* athrow_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    as_athrow(self)->agt_state = AwaitableState::closed;
    return none_ref();
}

void asend_dealloc(Object* self) {
    gc::untrack(self);
    ASend* o = as_asend(self);
    Object* gen = o->ags_gen;
    o->ags_gen = nullptr;
    xdecref(gen);
    clear(o->ags_sendval);
    free_object(self);
}

int asend_traverse(Object* self, visitproc visit, void* arg) {
    ASend* o = as_asend(self);
    for (Object* x : {static_cast<Object*>(o->ags_gen), o->ags_sendval})
        if (x)
            if (int r = visit(x, arg)) return r;
    return 0;
}

void athrow_dealloc(Object* self) {
    gc::untrack(self);
    AThrow* o = as_athrow(self);
    Object* gen = o->agt_gen;
    o->agt_gen = nullptr;
    xdecref(gen);
    clear(o->agt_args);
    free_object(self);
}

int athrow_traverse(Object* self, visitproc visit, void* arg) {
    AThrow* o = as_athrow(self);
    for (Object* x : {static_cast<Object*>(o->agt_gen), o->agt_args})
        if (x)
            if (int r = visit(x, arg)) return r;
    return 0;
}

const BuiltinDef ASEND_METHODS[] = {
    {"send", asend_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", asend_throw,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\n"
     "StopIteration."},
    {"close", asend_close, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, nullptr},
};

const BuiltinDef ATHROW_METHODS[] = {
    {"send", athrow_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", athrow_throw,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\n"
     "StopIteration."},
    {"close", athrow_close, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, nullptr},
};

TypeObject make_awaitable_type(const char* name, std::size_t size, destructor dealloc, traverseproc traverse,
                               iternextfunc next, const BuiltinDef* methods) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = static_cast<ssize_t>(size);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = dealloc;
    t.tp_traverse = traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.am_await = self_iter;
    t.tp_methods = methods;
    return t;
}

TypeObject asend_type = make_awaitable_type("async_generator_asend", sizeof(ASend), asend_dealloc, asend_traverse,
                                            asend_iternext, ASEND_METHODS);
TypeObject athrow_type = make_awaitable_type("async_generator_athrow", sizeof(AThrow), athrow_dealloc,
                                             athrow_traverse, athrow_iternext, ATHROW_METHODS);

Object* new_asend(Object* gen, Object* sendval) {
    Object* mem = alloc_object(&asend_type);
    if (!mem) return no_memory();
    ASend* o = as_asend(mem);
    incref(gen);
    o->ags_gen = as_agen(gen);
    incref(sendval);
    o->ags_sendval = sendval;
    o->ags_state = AwaitableState::init;
    gc::track(rt::interp().gc, mem);
    return mem;
}

Object* new_athrow(Object* gen, Object* args) {
    Object* mem = alloc_object(&athrow_type);
    if (!mem) return no_memory();
    AThrow* o = as_athrow(mem);
    incref(gen);
    o->agt_gen = as_agen(gen);
    xincref(args);
    o->agt_args = args;
    o->agt_state = AwaitableState::init;
    gc::track(rt::interp().gc, mem);
    return mem;
}

// ==== the async generator type ==================================================

// On the first __anext__/asend/athrow/aclose: the thread's hooks (CPython:
// async_gen_init_hooks) — the finalizer is kept for when the generator is
// garbage, firstiter is called now (an event loop registers it).
bool init_hooks(Object* self) {
    AsyncGenObject* ag = as_agen(self);
    if (ag->ag_hooks_inited) return true;
    ag->ag_hooks_inited = true;
    ThreadState* ts = ThreadState::current();
    if (ts->asyncgen_finalizer) ag->ag_finalizer = new_ref(ts->asyncgen_finalizer).release();
    if (Object* firstiter = ts->asyncgen_firstiter) {
        Ref<> keep = Ref<>::borrow(firstiter);
        Ref<> r = Ref<>::steal(call(firstiter, &self, 1));
        if (!r) return false;
    }
    return true;
}

Object* agen_anext(Object* self) {
    if (!init_hooks(self)) return nullptr;
    return new_asend(self, None());
}

Object* agen_asend(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("asend", nargs, kwnames)) return nullptr;
    if (!init_hooks(self)) return nullptr;
    return new_asend(self, args[0]);
}

Object* agen_athrow(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("athrow", kwnames) || !check_arg_count("athrow", nargs, 1, 3)) return nullptr;
    if (!init_hooks(self)) return nullptr;
    Ref<> tuple = Ref<>::steal(tuple_new(nargs));
    if (!tuple) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i) {
        incref(args[i]);
        tuple_items(tuple.get())[i] = args[i];
    }
    return new_athrow(self, tuple.get());
}

Object* agen_aclose(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("aclose", nargs, kwnames)) return nullptr;
    if (!init_hooks(self)) return nullptr;
    return new_athrow(self, nullptr);
}

// An unfinished async generator that is garbage goes to the finalizer the
// event loop registered (which schedules its aclose()); without one, its
// frame is closed here as a generator's is (CPython: _PyGen_Finalize).
void agen_finalize(GenObject* gen) {
    AsyncGenObject* ag = as_agen(gen);
    if (!ag->ag_finalizer || ag->ag_closed) return gen_finalize(gen);
    Ref<> saved = fetch_error();
    Object* self = gen;
    Ref<> r = Ref<>::steal(call(ag->ag_finalizer, &self, 1));
    if (!r) write_unraisable(self);
    if (saved) set_exception(saved.get());
}

void agen_dealloc(Object* self) {
    if (!gen_finalize_once(as_agen(self), agen_finalize)) return;
    clear(as_agen(self)->ag_finalizer);
    gen_free(as_agen(self));
}

int agen_traverse(Object* self, visitproc visit, void* arg) {
    if (Object* f = as_agen(self)->ag_finalizer)
        if (int r = visit(f, arg)) return r;
    return gen_traverse(self, visit, arg);
}

Object* agen_repr(Object* self) {
    return str_from_utf8(fmt::format("<async_generator object {} at {}>", str_to_utf8(as_agen(self)->gi_qualname),
                                     static_cast<const void*>(self)));
}

const BuiltinDef AGEN_METHODS[] = {
    {"asend", agen_asend, "asend(v) -> send 'v' in generator."},
    {"athrow", agen_athrow, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_aclose, "aclose() -> raise GeneratorExit inside generator."},
    {"__sizeof__", gen_sizeof, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {nullptr, nullptr, nullptr},
};

const GetSetDef AGEN_GETSET[] = {
    {"__name__", [](Object* s) { return gen_get_field(as_agen(s)->gi_name); },
     [](Object* s, Object* v) { return gen_set_name_field(as_agen(s)->gi_name, v, "__name__"); }, nullptr},
    {"__qualname__", [](Object* s) { return gen_get_field(as_agen(s)->gi_qualname); },
     [](Object* s, Object* v) { return gen_set_name_field(as_agen(s)->gi_qualname, v, "__qualname__"); }, nullptr},
    {"ag_code", [](Object* s) { return gen_get_field(as_agen(s)->gi_code); }, nullptr, nullptr},
    {"ag_frame", [](Object* s) { return gen_frame_object(as_agen(s)); }, nullptr, nullptr},
    {"ag_running", [](Object* s) { return bool_from(as_agen(s)->ag_running_async); }, nullptr, nullptr},
    {"ag_await", [](Object* s) { return gen_get_field(gen_yielded_from(as_agen(s))); }, nullptr,
     "object being awaited on, or None"},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_async_generator_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "async_generator";
    t.tp_basicsize = sizeof(AsyncGenObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = agen_dealloc;
    t.tp_weaklistoffset = gen_weaklist_offset();
    t.tp_finalize = [](Object* self) { agen_finalize(as_agen(self)); };
    t.tp_traverse = agen_traverse;
    t.tp_repr = agen_repr;
    t.am_aiter = self_iter;
    t.am_anext = agen_anext;
    t.tp_methods = AGEN_METHODS;
    t.tp_getset = AGEN_GETSET;
    return t;
}

}  // namespace

TypeObject async_generator_type = make_async_generator_type();

Object* async_gen_value_wrap(Object* value) {
    Object* mem = alloc_object(&wrapped_value_type);
    if (!mem) return no_memory();
    incref(value);
    static_cast<WrappedValue*>(mem)->agw_val = value;
    gc::track(rt::interp().gc, mem);
    return mem;
}

void async_gen_init() {
    for (TypeObject* t : {&async_generator_type, &asend_type, &athrow_type, &wrapped_value_type})
        (void)type_ready(t);
}

}  // namespace glasspy::interp
