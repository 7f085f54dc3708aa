// The events of sys.settrace and sys.setprofile (see ceval_trace.hpp).
#include "interp/ceval_trace.hpp"

#include <atomic>

#include "interp/ceval_internal.hpp"
#include "interp/frame_object.hpp"
#include "interp/opcodes.hpp"
#include "interp/trace_view.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/descr.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

using namespace pytrace;

// The names of the events, as the Python functions receive them.
const char* const EVENT_NAMES[] = {"call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"};

// How many threads have use_tracing on: the dispatch table follows it.
std::atomic<int> tracing_threads{0};

void update_use_tracing(ThreadState* ts) {
    bool on = (ts->trace_func || ts->profile_func || trace_view::wants_instructions) && ts->tracing == 0;
    if (on == ts->use_tracing) return;
    ts->use_tracing = on;
    int now = tracing_threads.fetch_add(on ? 1 : -1, std::memory_order_relaxed) + (on ? 1 : -1);
    if (now == (on ? 1 : 0)) set_dispatch_tracing(on);
}

// The interned event names, made once.
Object* event_name(int what) {
    static Object* names[8] = {};
    if (!names[what]) names[what] = str_intern(EVENT_NAMES[what]);  // kept for the process, as interned names are
    return names[what];
}

// Runs `callback(frame, event, arg)` with tracing suspended on this thread
// (so the callback's own code is not traced) and the frame's f_locals
// refreshed before and written back after, so that a debugger sees and
// can change the locals (CPython: call_trampoline with
// PyFrame_FastToLocals / PyFrame_LocalsToFast).  New reference or null.
Object* call_trampoline(ThreadState* ts, Object* callback, FrameObject* fo, int what, Object* arg) {
    if (fo->f_locals_snapshot) {
        Object* fresh = frame_object_locals(fo);
        if (!fresh) return nullptr;
        decref(fresh);
    }
    Object* name = event_name(what);
    if (!name) return nullptr;
    Object* args[] = {fo, name, arg ? arg : None()};
    ++ts->tracing;
    int saved_what = ts->tracing_what;
    ts->tracing_what = what;
    update_use_tracing(ts);
    Object* result = call(callback, args, 3);
    ts->tracing_what = saved_what;
    --ts->tracing;
    update_use_tracing(ts);
    if (fo->f_locals_snapshot) frame_locals_to_fast(fo);
    // The traced frame is part of the failure (CPython's call_trampoline
    // adds it; the eval loop adds it again when the error reaches it).
    if (!result) traceback_here(fo->f_frame);
    return result;
}

// The trace function's side of an event (CPython: trace_trampoline):
// 'call' goes to the global function, the rest to the frame's f_trace,
// whose result (unless None) becomes the new f_trace.  A function that
// raises is unset, globally and for the frame.  False on error.
bool call_trace(ThreadState* ts, FrameObject* fo, int what, Object* arg) {
    Object* callback = what == CALL ? ts->trace_func : fo->f_trace;
    if (!callback) return true;
    Ref<> keep = Ref<>::borrow(callback);  // the callback may unset itself
    Object* result = call_trampoline(ts, callback, fo, what, arg);
    if (!result) {
        set_trace_function(ts, nullptr);
        clear(fo->f_trace);
        return false;
    }
    if (result != None()) {
        Object* old = fo->f_trace;
        fo->f_trace = result;
        xdecref(old);
    } else {
        decref(result);
    }
    return true;
}

// A profiler written in C++ (ThreadState::profile_hook), called as
// CPython's call_trace calls a Py_tracefunc: with tracing suspended, so
// that a timer written in Python is not itself profiled, and without a
// frame object, which it does not need.
bool call_profile_hook(ThreadState* ts, Object* profiler, Frame* frame, int what, Object* arg) {
    ++ts->tracing;
    int saved_what = ts->tracing_what;
    ts->tracing_what = what;
    update_use_tracing(ts);
    bool ok = ts->profile_hook(profiler, frame, what, arg);
    ts->tracing_what = saved_what;
    --ts->tracing;
    update_use_tracing(ts);
    return ok;
}

// The profile function's side (CPython: profile_trampoline): every call,
// return and C event, result ignored; one that raises is unset.
bool call_profile(ThreadState* ts, Frame* frame, int what, Object* arg) {
    if (!ts->profile_func) return true;
    Ref<> keep = Ref<>::borrow(ts->profile_func);
    if (ts->profile_hook) {
        if (call_profile_hook(ts, keep.get(), frame, what, arg)) return true;
        set_profile_function(ts, nullptr);
        return false;
    }
    FrameObject* fo = frame_get_object(frame);
    if (!fo) return false;
    Object* result = call_trampoline(ts, keep.get(), fo, what, arg);
    if (!result) {
        set_profile_function(ts, nullptr);
        return false;
    }
    decref(result);
    return true;
}

// The same with the exception being raised kept across the call, unless
// the callback raises its own (CPython: call_trace_protected).
template <typename Call>
void protected_call(Call&& call_event) {
    Ref<> saved = fetch_error();
    if (call_event()) {
        if (saved) set_exception(saved.get());
    }
}

int first_traceable(const CodeObject* co) {
    CodeData& data = *co->co_data;
    if (data.first_traceable < 0) {
        const auto resume = static_cast<std::uint16_t>(Opcode::RESUME);
        std::size_t i = 0;
        while (i < data.code.size() && (data.code[i] & 0xFF) != resume) i += 1 + OPCODE_CACHES[data.code[i] & 0xFF];
        data.first_traceable = static_cast<int>(i);
    }
    return data.first_traceable;
}

int line_at(const CodeObject* co, int lasti) {
    const auto& locations = co->co_data->locations;
    if (lasti < 0 || static_cast<std::size_t>(lasti) >= locations.size()) return -1;
    return locations[static_cast<std::size_t>(lasti)].lineno;
}

// 'call' to both functions (CPython: trace_function_entry).
bool function_entry(ThreadState* ts, Frame* frame) {
    if (ts->trace_func) {
        FrameObject* fo = frame_get_object(frame);
        if (!fo || !call_trace(ts, fo, CALL, None())) return false;
    }
    return call_profile(ts, frame, CALL, None());
}

// 'return' to both (CPython: trace_function_exit).
bool function_exit(ThreadState* ts, Frame* frame, Object* value) {
    if (ts->trace_func) {
        FrameObject* fo = frame_get_object(frame);
        if (!fo || !call_trace(ts, fo, RETURN, value)) return false;
    }
    return call_profile(ts, frame, RETURN, value);
}

// 'line' and 'opcode' (CPython: maybe_call_line_trace): a line event when
// the instruction's line differs from the previous instruction's in this
// frame, or when control jumped back (except the SEND of yield from
// re-running itself).  The first instruction after the function's start
// always counts as a new line.
bool line_events(ThreadState* ts, Frame* frame, FrameObject* fo, int instr_prev, int lasti, int opcode) {
    const CodeObject* co = frame->f_code;
    int lastline = instr_prev <= first_traceable(co) ? -1 : line_at(co, instr_prev);
    int line = line_at(co, lasti);
    if (line != -1 && fo->f_trace_lines) {
        bool jumped_back = lasti < instr_prev && opcode != static_cast<int>(Opcode::SEND);
        if ((line != lastline || jumped_back) && !call_trace(ts, fo, LINE, None())) return false;
    }
    if (fo->f_trace_opcodes && !call_trace(ts, fo, OPCODE, None())) return false;
    return true;
}

bool is_c_function(Object* callable, Object* const* args, ssize_t nargs) {
    return callable->ob_type == &builtin_function_type ||
           (callable->ob_type == &method_descr_type && nargs > 0 && args[0]);
}

}  // namespace

bool trace_instruction(ThreadState* ts, Frame* frame, int opcode, Object* top) {
    int lasti = frame_lasti(frame);
    if (lasti < first_traceable(frame->f_code)) return true;
    if (trace_view::wants_instructions) trace_view::instruction(ts, frame, opcode, top);
    if (!ts->trace_func && !ts->profile_func) return true;
    if (opcode == static_cast<int>(Opcode::RESUME)) {
        if (!function_entry(ts, frame)) return false;
        if (auto* fo = static_cast<FrameObject*>(frame->frame_obj)) fo->f_trace_prev = lasti;
        return true;
    }
    if (ts->trace_func) {
        // Only a frame with a local trace function has line events.
        auto* fo = static_cast<FrameObject*>(frame->frame_obj);
        if (fo) {
            int instr_prev = fo->f_trace_prev;
            fo->f_trace_prev = lasti;
            if (fo->f_trace && !line_events(ts, frame, fo, instr_prev, lasti, opcode)) return false;
        }
    }
    if (opcode == static_cast<int>(Opcode::RETURN_VALUE) || opcode == static_cast<int>(Opcode::YIELD_VALUE))
        return function_exit(ts, frame, top);
    return true;
}

void trace_exception(ThreadState* ts, Frame* frame) {
    if (!ts->use_tracing) return;
    if (trace_view::wants_instructions && ts->current_exception) trace_view::exception(frame, ts->current_exception);
    if (!ts->trace_func) return;
    FrameObject* fo = frame_object_if_possible(frame);
    if (!fo || !fo->f_trace) return;
    Object* exc = ts->current_exception;
    if (!exc) return;
    Object* tb = static_cast<BaseExceptionObject*>(exc)->traceback;
    Ref<> arg = Ref<>::steal(tuple_pack({exc->ob_type, exc, tb ? tb : None()}));
    if (!arg) return;
    protected_call([&] { return call_trace(ts, fo, EXCEPTION, arg.get()); });
}

void trace_unwind(ThreadState* ts, Frame* frame) {
    if (!ts->use_tracing) return;
    if (trace_view::wants_instructions) trace_view::unwind(frame);
    if (!ts->trace_func && !ts->profile_func) return;
    protected_call([&] { return function_exit(ts, frame, None()); });
}

bool trace_throw_entry(ThreadState* ts, Frame* frame) {
    if (!ts->use_tracing) return true;
    Ref<> saved = fetch_error();
    if (!function_entry(ts, frame)) return false;
    set_exception(saved.get());
    return true;
}

Object* call_profiled(ThreadState* ts, Object* callable, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!ts->profile_func || !ts->use_tracing || !is_c_function(callable, args, nargs))
        return call_object(callable, args, nargs, kwnames);
    auto* frame = static_cast<Frame*>(ts->frame);
    if (!frame) return call_object(callable, args, nargs, kwnames);
    // A method descriptor called with its instance is reported as the bound
    // built-in method (CPython: trace_call_function), e.g. "append" of a list.
    Ref<> shown = Ref<>::borrow(callable);
    if (callable->ob_type == &method_descr_type) {
        shown = Ref<>::steal(callable->ob_type->tp_descr_get(callable, args[0], type_of(args[0])));
        if (!shown) return nullptr;
    }
    if (!call_profile(ts, frame, C_CALL, shown.get())) return nullptr;
    Object* result = call_object(callable, args, nargs, kwnames);
    if (result) {
        if (!call_profile(ts, frame, C_RETURN, shown.get())) {
            decref(result);
            return nullptr;
        }
    } else {
        protected_call([&] { return call_profile(ts, frame, C_EXCEPTION, shown.get()); });
    }
    return result;
}

void refresh_use_tracing() {
    for (ThreadState* ts = rt::interp().threads; ts; ts = ts->next) update_use_tracing(ts);
    if (ThreadState* ts = ThreadState::current()) update_use_tracing(ts);
}

void end_thread_tracing(ThreadState* ts) {
    set_trace_function(ts, nullptr);
    set_profile_function(ts, nullptr);
    ++ts->tracing;  // whatever the views want, this thread runs no more code
    update_use_tracing(ts);
}

void set_trace_function(ThreadState* ts, Object* func) {
    // Line events compare with the instruction each frame last ran, which
    // went unseen while tracing was off: what the frames run now.
    for (auto* f = static_cast<Frame*>(ts->frame); f; f = f->previous)
        if (auto* fo = static_cast<FrameObject*>(f->frame_obj)) fo->f_trace_prev = frame_lasti(f);
    Object* old = ts->trace_func;
    ts->trace_func = func && func != None() ? new_ref(func).release() : nullptr;
    xdecref(old);
    update_use_tracing(ts);
}

void set_profile_function(ThreadState* ts, Object* func) {
    set_profile_hook(ts, nullptr, func);
}

void set_profile_hook(ThreadState* ts, ProfileHook hook, Object* obj) {
    Object* old = ts->profile_func;
    ts->profile_func = obj && obj != None() ? new_ref(obj).release() : nullptr;
    ts->profile_hook = ts->profile_func ? hook : nullptr;
    xdecref(old);
    update_use_tracing(ts);
}

}  // namespace glasspy::interp
