// Generators; see genobject.hpp.
#include "interp/genobject.hpp"

#include <cstddef>
#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "interp/ceval_internal.hpp"
#include "interp/frame_object.hpp"
#include "interp/opcodes.hpp"
#include "interp/traceback.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/weakref.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }


}  // namespace

const char* gen_kind(const GenObject* gen) {
    if (is_coroutine(gen)) return "coroutine";
    if (is_async_generator(gen)) return "async generator";
    return "generator";
}

// The iterator a suspended `yield from` delegates to: the top of the
// frame's stack when the instruction after the YIELD_VALUE is RESUME 2
// (CPython: _PyGen_yf).
Object* gen_yielded_from(GenObject* gen) {
    Frame* f = gen->gi_frame;
    if (f->state != FrameState::suspended) return nullptr;
    const auto& code = f->f_code->co_data->code;
    auto at = static_cast<std::size_t>(frame_lasti(f) + 1);
    if (at >= code.size()) return nullptr;
    std::uint16_t next = code[at];
    if ((next & 0xFF) != static_cast<int>(Opcode::RESUME) || (next >> 8) < 2 || f->stacktop == 0) return nullptr;
    return f->stack_base()[f->stacktop - 1];
}

void gen_forbid_stop_iteration(GenObject* gen) {
    bool stop_async = is_async_generator(gen) && error_matches(&exc::StopAsyncIteration);
    if (!error_matches(&exc::StopIteration) && !stop_async) return;
    Ref<> stop = fetch_error();
    set_error_fmt(&exc::RuntimeError, "{} raised {}", gen_kind(gen), stop_async ? "StopAsyncIteration" : "StopIteration");
    Ref<> err = fetch_error();
    auto* e = static_cast<BaseExceptionObject*>(err.get());
    incref(stop.get());
    e->cause = stop.get();
    incref(stop.get());
    e->context = stop.get();
    e->suppress_context = 1;
    set_exception(err.get());
}

// One run of the generator's frame (CPython: gen_send_ex2).  With
// `throwing`, the exception already set is raised where the frame stopped.
SendResult gen_send_ex(GenObject* gen, Object* arg, Object** result, bool throwing, bool closing) {
    Frame* f = gen->gi_frame;
    *result = nullptr;
    if (!throwing && f->state == FrameState::created && arg && arg != None()) {
        set_error_fmt(&exc::TypeError, "can't send non-None value to a just-started {}", gen_kind(gen));
        return SendResult::error;
    }
    if (gen->gi_running) {
        set_error_fmt(&exc::ValueError, "{} already executing", gen_kind(gen));
        return SendResult::error;
    }
    if (f->state == FrameState::completed) {
        if (is_coroutine(gen) && !closing) {
            // An exhausted coroutine is an error to resume, except for
            // close(), which is always silent.
            if (throwing) clear_error();
            set_error(&exc::RuntimeError, "cannot reuse already awaited coroutine");
            return SendResult::error;
        }
        if (throwing) return SendResult::error;  // the thrown exception propagates
        *result = none_ref();
        return SendResult::returned;
    }
    if (!throwing) {
        // The value of the yield expression it resumes at.
        Object* value = arg ? arg : None();
        incref(value);
        f->stack_base()[f->stacktop++] = value;
    }
    ThreadState* ts = ThreadState::current();
    gen_start(ts, gen);
    Object* r = resume_frame(f, throwing);
    gen_stop(ts, gen);
    if (f->state != FrameState::completed) {
        f->state = FrameState::suspended;
        *result = r;
        return SendResult::next;
    }
    if (r) {
        *result = r;
        return SendResult::returned;
    }
    gen_forbid_stop_iteration(gen);
    return SendResult::error;
}

namespace {

// StopIteration(value) for a return value (a tuple or exception value is
// wrapped so it is not taken as the arguments).
void set_stop_iteration(Object* value) {
    if (value == None()) {
        set_error_object(&exc::StopIteration, Ref<>::steal(tuple_new(0)).get());
        return;
    }
    Ref<> args = Ref<>::steal(tuple_pack({value}));
    if (args) set_error_object(&exc::StopIteration, args.get());
}

}  // namespace

Object* gen_step_result(SendResult s, Object* result, bool none_is_silent) {
    switch (s) {
        case SendResult::next: return result;
        case SendResult::returned:
            if (!none_is_silent || result != None()) set_stop_iteration(result);
            decref(result);
            return nullptr;
        case SendResult::error: return nullptr;
    }
    return nullptr;
}

Object* gen_next(GenObject* gen) {
    Object* result;
    SendResult s = gen_send_ex(gen, nullptr, &result, false);
    return gen_step_result(s, result, true);
}

Object* gen_send_value(GenObject* gen, Object* arg) {
    Object* result;
    SendResult s = gen_send_ex(gen, arg, &result, false);
    return gen_step_result(s, result, false);
}

Object* gen_send(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("send", nargs, kwnames)) return nullptr;
    return gen_send_value(as_gen(self), args[0]);
}

namespace {

Object* gen_iternext(Object* self) { return gen_next(as_gen(self)); }

// Raises the exception already set where the generator stopped; its next
// yield, or StopIteration for its return.
Object* throw_set_error(GenObject* gen) {
    Object* result;
    SendResult s = gen_send_ex(gen, nullptr, &result, true);
    return gen_step_result(s, result, false);
}

}  // namespace

// close(): GeneratorExit raised where it stopped; a generator that yields
// instead is an error.
Object* gen_close_impl(GenObject* gen) {
    Frame* f = gen->gi_frame;
    if (f->state == FrameState::created) {
        frame_free(f);  // a generator's frame: cleared and completed
        return none_ref();
    }
    if (f->state == FrameState::completed) return none_ref();
    bool delegate_failed = false;
    if (Object* yf = gen_yielded_from(gen)) {
        incref(yf);
        Ref<> held = Ref<>::steal(yf);
        gen->gi_running = true;
        Ref<> r;
        if (is_gen_or_coro(yf)) {
            r = Ref<>::steal(gen_close_impl(as_gen(yf)));
        } else {
            Ref<> close = Ref<>::steal(get_attr_str(yf, "close"));
            if (close) {
                r = Ref<>::steal(call(close.get(), nullptr, 0));
            } else if (error_matches(&exc::AttributeError)) {
                clear_error();
                r = Ref<>::steal(none_ref());
            }
        }
        gen->gi_running = false;
        delegate_failed = !r;
    }
    if (!delegate_failed) set_error_object(&exc::GeneratorExit, Ref<>::steal(tuple_new(0)).get());
    Object* result;
    SendResult s = gen_send_ex(gen, nullptr, &result, true, true);
    if (s != SendResult::error) {
        decref(result);
        if (s == SendResult::next) {
            set_error_fmt(&exc::RuntimeError, "{} ignored GeneratorExit", gen_kind(gen));
            return nullptr;
        }
        return none_ref();
    }
    if (error_matches(&exc::StopIteration) || error_matches(&exc::GeneratorExit)) {
        clear_error();
        return none_ref();
    }
    return nullptr;
}

namespace {

Object* gen_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    return gen_close_impl(as_gen(self));
}

}  // namespace

// The exception to throw from throw()'s arguments (CPython: _gen_throw's
// normalisation).
Object* gen_make_thrown(Object* type, Object* value, Object* tb) {
    if (tb && tb != None() && !is_instance_of(tb, &traceback_type)) {
        set_error(&exc::TypeError, "throw() third argument must be a traceback object");
        return nullptr;
    }
    if (is_type(type) && is_subtype(static_cast<TypeObject*>(type), &exc::BaseException)) {
        if (value && is_instance_of(value, static_cast<TypeObject*>(type))) {
            incref(value);
            return value;
        }
        Ref<> args = Ref<>::steal(!value || value == None() ? tuple_new(0)
                                  : is_tuple(value)          ? (incref(value), value)
                                                             : tuple_pack({value}));
        if (!args) return nullptr;
        return call(type, tuple_items(args.get()), static_cast<std::size_t>(tuple_size(args.get())));
    }
    if (is_instance_of(type, &exc::BaseException)) {
        if (value && value != None()) {
            set_error(&exc::TypeError, "instance exception may not have a separate value");
            return nullptr;
        }
        incref(type);
        return type;
    }
    set_error_fmt(&exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not {}",
                  type_name(type));
    return nullptr;
}

// throw(): the exception is raised in the delegate of a `yield from` if
// there is one, else where this generator stopped (CPython: _gen_throw).
Object* gen_throw_in(GenObject* gen, Object* type, Object* value, Object* tb) {
    if (Object* yf = gen_yielded_from(gen)) {
        incref(yf);
        Ref<> held = Ref<>::steal(yf);
        if (is_instance_of(type, &exc::GeneratorExit) ||
            (is_type(type) && is_subtype(static_cast<TypeObject*>(type), &exc::GeneratorExit))) {
            // Closing the delegate first, then this generator.
            gen->gi_running = true;
            Ref<> r = Ref<>::steal(is_gen_or_coro(yf) ? gen_close_impl(as_gen(yf)) : none_ref());
            gen->gi_running = false;
            if (!r) return gen_throw_in(gen, type, value, tb);
        } else {
            Ref<> r;
            gen->gi_running = true;
            if (is_gen_or_coro(yf)) {
                r = Ref<>::steal(gen_throw_in(as_gen(yf), type, value, tb));
            } else {
                Ref<> meth = Ref<>::steal(get_attr_str(yf, "throw"));
                if (!meth) {
                    gen->gi_running = false;
                    if (!error_matches(&exc::AttributeError)) return nullptr;
                    clear_error();
                    goto throw_here;
                }
                Object* args[] = {type, value ? value : None(), tb ? tb : None()};
                r = Ref<>::steal(call(meth.get(), args, tb ? 3 : value ? 2 : 1));
            }
            gen->gi_running = false;
            if (r) return r.release();
            // The delegate finished: its StopIteration value is what the
            // `yield from` evaluates to; the frame continues after the loop.
            Frame* f = gen->gi_frame;
            Object* popped = f->stack_base()[--f->stacktop];
            decref(popped);
            int send_arg = f->prev_instr[-1] >> 8;
            f->prev_instr += send_arg - 1;
            if (!error_matches(&exc::StopIteration)) return throw_set_error(gen);
            Ref<> stop = fetch_error();
            Ref<> v = Ref<>::steal(get_attr_str(stop.get(), "value"));
            if (!v) return nullptr;
            return gen_send_value(gen, v.get());
        }
    }
throw_here:
    Ref<> exc = Ref<>::steal(gen_make_thrown(type, value, tb));
    if (!exc) return nullptr;
    if (tb && tb != None()) {
        auto* e = static_cast<BaseExceptionObject*>(exc.get());
        incref(tb);
        xdecref(e->traceback);
        e->traceback = tb;
    }
    set_exception(exc.get());
    return throw_set_error(gen);
}

namespace {

Object* gen_throw(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("throw", kwnames) || !check_arg_count("throw", nargs, 1, 3)) return nullptr;
    return gen_throw_in(as_gen(self), args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
}

void gen_dealloc(Object* self) {
    GenObject* gen = as_gen(self);
    if (gen_finalize_once(gen, gen_finalize)) gen_free(gen);
}

}  // namespace

void gen_finalize(GenObject* gen) {
    if (gen->gi_frame->state != FrameState::suspended) return;
    // Its finally blocks run now (CPython: _PyGen_Finalize).
    Ref<> saved = fetch_error();
    Object* r = gen_close_impl(gen);
    if (r)
        decref(r);
    else
        clear_error();  // CPython reports it as unraisable
    if (saved) set_exception(saved.get());
}

void gen_tp_finalize(Object* self) { gen_finalize(as_gen(self)); }

rt::ssize_t gen_weaklist_offset() {
    // GenObject derives from Object, so it is not standard-layout and
    // offsetof is only conditionally supported; GCC and Clang give the
    // obvious answer (as for ModuleObject in runtime/module.cpp).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    return static_cast<rt::ssize_t>(offsetof(GenObject, gi_weakreflist));
#pragma GCC diagnostic pop
}

void gen_free(GenObject* gen) {
    frame_free_heap(gen->gi_frame);
    clear(gen->gi_code);
    clear(gen->gi_name);
    clear(gen->gi_qualname);
    clear(gen->gi_exc);
    free_object(gen);
}

int gen_traverse(Object* self, visitproc visit, void* arg) {
    GenObject* gen = as_gen(self);
    Frame* f = gen->gi_frame;
    if (f->state != FrameState::completed) {
        if (int r = frame_traverse(f, visit, arg)) return r;
        if (f->frame_obj)
            if (int r = visit(f->frame_obj, arg)) return r;
    }
    for (Object* o : {gen->gi_code, gen->gi_name, gen->gi_qualname, gen->gi_exc})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

namespace {

Object* gen_repr(Object* self) {
    return str_from_utf8(fmt::format("<generator object {} at {}>", str_to_utf8(as_gen(self)->gi_qualname),
                                     static_cast<const void*>(self)));
}

Object* gen_iter(Object* self) {
    incref(self);
    return self;
}

Object* field(Object* o) { return gen_get_field(o); }

}  // namespace

// CPython 3.11 embeds the frame in the generator: the generator's fields
// (80 bytes), the frame's (72) and a slot per local and stack entry.  What
// sys.getsizeof tells is that layout's size, which glasspy's heap frame
// mirrors slot for slot.
Object* gen_sizeof(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
    const auto* code = static_cast<const CodeObject*>(as_gen(self)->gi_code);
    constexpr ssize_t fixed = 80 + 72;
    return int_from_ssize(fixed + static_cast<ssize_t>(sizeof(Object*)) * (code->co_nlocalsplus + code->co_stacksize));
}

namespace {

const BuiltinDef GEN_METHODS[] = {
    {"send", gen_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\n"
     "StopIteration."},
    {"close", gen_close, "close() -> raise GeneratorExit inside generator."},
    {"__sizeof__", gen_sizeof, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {nullptr, nullptr, nullptr},
};

int set_name_field(Object*& field, Object* value, const char* what) {
    return gen_set_name_field(field, value, what);
}

ssize_t frame_state_number(FrameState state) {
    switch (state) {
        case FrameState::created: return -2;
        case FrameState::suspended: return -1;
        case FrameState::executing: return 0;
        case FrameState::completed: return 1;
    }
    return 1;
}

const GetSetDef GEN_GETSET[] = {
    {"__name__", [](Object* s) { return field(as_gen(s)->gi_name); },
     [](Object* s, Object* v) { return set_name_field(as_gen(s)->gi_name, v, "__name__"); }, nullptr},
    {"__qualname__", [](Object* s) { return field(as_gen(s)->gi_qualname); },
     [](Object* s, Object* v) { return set_name_field(as_gen(s)->gi_qualname, v, "__qualname__"); }, nullptr},
    {"gi_code", [](Object* s) { return field(as_gen(s)->gi_code); }, nullptr, nullptr},
    {"gi_running", [](Object* s) { return bool_from(as_gen(s)->gi_running); }, nullptr, nullptr},
    {"gi_suspended",
     [](Object* s) { return bool_from(as_gen(s)->gi_frame->state == FrameState::suspended); }, nullptr, nullptr},
    {"gi_frame", [](Object* s) { return gen_frame_object(as_gen(s)); }, nullptr, nullptr},
    // CPython 3.11's _PyFrameState numbers: -2 created, -1 suspended, 0
    // executing, 1 completed (inspect.getgeneratorstate reads them).
    {"gi_frame_state", [](Object* s) { return int_from_ssize(frame_state_number(as_gen(s)->gi_frame->state)); },
     nullptr, "state of the generator's frame (CPython's FRAME_CREATED ... FRAME_COMPLETED)"},
    {"gi_yieldfrom", [](Object* s) { return field(gen_yielded_from(as_gen(s))); }, nullptr,
     "object being iterated by yield from, or None"},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_generator_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "generator";
    t.tp_basicsize = sizeof(GenObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = gen_dealloc;
    t.tp_finalize = gen_tp_finalize;
    t.tp_weaklistoffset = gen_weaklist_offset();
    t.tp_traverse = gen_traverse;
    t.tp_repr = gen_repr;
    t.tp_iter = gen_iter;
    t.tp_iternext = gen_iternext;
    t.tp_methods = GEN_METHODS;
    t.tp_getset = GEN_GETSET;
    return t;
}

}  // namespace

TypeObject generator_type = make_generator_type();

Object* gen_frame_object(GenObject* gen) {
    if (gen->gi_frame->state == FrameState::completed) return new_ref(None()).release();
    Object* fo = frame_get_object(gen->gi_frame);
    return fo ? new_ref(fo).release() : nullptr;
}

Object* gen_get_field(Object* o) {
    if (!o) o = None();
    incref(o);
    return o;
}

int gen_set_name_field(Object*& field, Object* value, const char* what) {
    if (!value || !is_str(value)) {
        set_error_fmt(&exc::TypeError, "{} must be set to a string object", what);
        return -1;
    }
    incref(value);
    decref(field);
    field = value;
    return 0;
}

Object* gen_new_from_frame(Frame* frame) {
    int flags = frame->f_code->co_flags;
    TypeObject* type = (flags & CO_COROUTINE)         ? &coroutine_type
                       : (flags & CO_ASYNC_GENERATOR) ? &async_generator_type
                                                      : &generator_type;
    Object* mem = alloc_object(type);
    if (!mem) return no_memory();
    Frame* heap = frame_move_to_heap(frame);
    if (!heap) {
        free_object(mem);
        return nullptr;
    }
    GenObject* gen = as_gen(mem);
    gen->gi_frame = heap;
    CodeObject* co = heap->f_code;
    incref(co);
    gen->gi_code = co;
    // A function's name may have been changed since it was made.
    Object* name = co->co_name;
    Object* qualname = co->co_qualname;
    if (heap->f_func) {
        auto* fn = static_cast<FunctionObject*>(heap->f_func);
        name = fn->func_name;
        qualname = fn->func_qualname;
    }
    incref(name);
    incref(qualname);
    gen->gi_name = name;
    gen->gi_qualname = qualname;
    gen->gi_exc = nullptr;
    gen->gi_resumer_exc = nullptr;
    gen->gi_weakreflist = nullptr;
    gen->gi_running = false;
    gen->gi_resumed_by_call = false;
    if (type == &async_generator_type) {
        auto* ag = static_cast<AsyncGenObject*>(gen);
        ag->ag_finalizer = nullptr;
        ag->ag_hooks_inited = false;
        ag->ag_closed = false;
        ag->ag_running_async = false;
    }
    gc::track(rt::interp().gc, mem);
    return mem;
}

SendResult iter_send(Object* receiver, Object* arg, Object** result) {
    if (is_gen_or_coro(receiver)) return gen_send_ex(as_gen(receiver), arg, result, false);
    if (arg == None() && receiver->ob_type->tp_iternext) {
        *result = receiver->ob_type->tp_iternext(receiver);
    } else {
        Ref<> send = Ref<>::steal(str_intern("send"));
        *result = call_method(receiver, send.get(), &arg, 1);
    }
    if (*result) return SendResult::next;
    // Finished: its return value is the StopIteration's value.
    if (!error_occurred()) {
        *result = none_ref();
        return SendResult::returned;
    }
    if (!error_matches(&exc::StopIteration)) return SendResult::error;
    Ref<> stop = fetch_error();
    *result = get_attr_str(stop.get(), "value");
    return *result ? SendResult::returned : SendResult::error;
}

void genobject_init() {
    (void)type_ready(&generator_type);
    coroutine_init();
    async_gen_init();
}

bool gen_finalize_once(GenObject* gen, void (*finalize)(GenObject*)) {
    // Still tracked while it runs: a generator the finalizer resurrects is
    // an ordinary live object again, and the header remembers that its
    // finalizer ran (PEP 442: once).
    // Weak references die first, before the finalizer runs (as CPython's
    // gen_dealloc clears them).
    if (gen->gi_weakreflist) clear_weakrefs(gen);
    gc::GCHead* g = gc::head_of(gen);
    if (!(g->gc_prev & gc::PREV_FINALIZED)) {
        g->gc_prev |= gc::PREV_FINALIZED;
        gen->ob_refcnt = 1;  // alive while the finalizer runs
        finalize(gen);
        if (--gen->ob_refcnt != 0) return false;  // resurrected
    }
    if (gc::is_tracked(gen)) gc::untrack(gen);
    return true;
}

}  // namespace glasspy::interp
