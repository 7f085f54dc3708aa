// Frame objects (see frame_object.hpp).
#include "interp/frame_object.hpp"

#include <fmt/format.h>

#include <cstring>

#include "gc/gc_head.hpp"
#include "interp/frame_jump.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

FrameObject* as_frame(Object* o) { return static_cast<FrameObject*>(o); }

// A frame's own references, with its code (visited only where the object
// owns the copy; a live Frame is its runner's to report).
int visit_frame_contents(Frame* f, visitproc visit, void* arg) {
    if (int r = visit(f->f_code, arg)) return r;
    return frame_traverse(f, visit, arg);
}

int frame_traverse(Object* self, visitproc visit, void* arg) {
    FrameObject* f = as_frame(self);
    for (Object* o : {f->f_back, f->f_trace, f->f_locals_snapshot})
        if (o)
            if (int r = visit(o, arg)) return r;
    return f->owns_frame ? visit_frame_contents(f->f_frame, visit, arg) : 0;
}

int frame_tp_clear(Object* self) {
    FrameObject* f = as_frame(self);
    clear(f->f_back);
    clear(f->f_trace);
    clear(f->f_locals_snapshot);
    if (f->owns_frame) frame_clear(f->f_frame);
    return 0;
}

void frame_dealloc(Object* self) {
    FrameObject* f = as_frame(self);
    if (gc::is_tracked(self)) gc::untrack(self);
    frame_tp_clear(self);
    if (f->owns_frame) decref(f->f_frame->f_code);
    free_object(self);
}

// The frame's contents move into the object (CPython: take_ownership):
// the Frame is left with nothing to drop but its code.
void take_ownership(FrameObject* fo, Frame* f) {
    std::size_t slots = frame_slots(f->f_code);
    auto* copy = reinterpret_cast<Frame*>(fo->storage);
    std::memcpy(static_cast<void*>(copy), static_cast<const void*>(f), slots * sizeof(Object*));
    incref(copy->f_code);
    copy->frame_obj = nullptr;  // the object is not its own frame's owner
    copy->previous = nullptr;
    copy->is_entry = false;
    copy->in_generator = false;
    copy->state = FrameState::completed;
    for (int i = 0, n = f->f_code->co_nlocalsplus; i < n; ++i) f->localsplus[i] = nullptr;
    f->stacktop = 0;
    f->f_func = f->f_globals = f->f_builtins = f->f_locals = nullptr;
    fo->f_frame = copy;
    fo->owns_frame = true;
    // The caller is linked through its object from now on.  Not a
    // generator's: it lets go of its resumer before its frame is cleared
    // (CPython 3.11's gen_send_ex2), so a finished one's f_back is None.
    if (!fo->f_back && f->previous && !f->in_generator) {
        // Without memory, the chain ends here.
        if (FrameObject* back = frame_object_if_possible(f->previous)) fo->f_back = new_ref(back).release();
    }
    if (!gc::is_tracked(fo)) gc::track(rt::interp().gc, fo);
}

}  // namespace

FrameObject* frame_get_object(Frame* frame) {
    if (FrameObject* fo = frame_object_if_possible(frame)) return fo;
    return no_memory();
}

FrameObject* frame_object_if_possible(Frame* frame) {
    if (frame->frame_obj) return as_frame(frame->frame_obj);
    auto slots = static_cast<ssize_t>(frame_slots(frame->f_code));
    Object* mem = alloc_object(&frame_type, slots);
    if (!mem) return nullptr;
    FrameObject* fo = as_frame(mem);
    fo->f_frame = frame;
    fo->f_back = nullptr;
    fo->f_trace = nullptr;
    fo->f_locals_snapshot = nullptr;
    fo->f_trace_prev = frame_lasti(frame);
    fo->f_trace_lines = true;
    fo->f_trace_opcodes = false;
    fo->owns_frame = false;
    // Untracked while the Frame runs, as in CPython: until it ends, the
    // object refers to nothing of its own but the Frame's runner.
    frame->frame_obj = mem;
    return fo;
}

void frame_detach_object(Frame* frame) {
    auto* fo = as_frame(frame->frame_obj);
    frame->frame_obj = nullptr;
    if (fo->ob_refcnt > 1) take_ownership(fo, frame);
    else fo->f_frame = nullptr;
    decref(fo);
}

Object* frame_object_back(FrameObject* fo) {
    if (fo->owns_frame) return fo->f_back;
    Frame* f = fo->f_frame;
    // A suspended generator has no caller until it is resumed.
    if (f->in_generator && f->state != FrameState::executing) return nullptr;
    return f->previous ? frame_get_object(f->previous) : nullptr;
}

Object* frame_object_locals(FrameObject* fo) {
    Frame* f = fo->f_frame;
    if (f->f_locals) return new_ref(f->f_locals).release();
    if (!fo->f_locals_snapshot) {
        fo->f_locals_snapshot = dict_new();
        if (!fo->f_locals_snapshot) return nullptr;
    }
    Object* d = fo->f_locals_snapshot;
    const CodeObject* co = f->f_code;
    const std::vector<std::uint8_t>& kinds = co->co_data->localspluskinds;
    for (int i = 0; i < co->co_nlocalsplus; ++i) {
        Object* value = f->localsplus[i];
        auto k = static_cast<std::size_t>(i);
        bool is_cell = k < kinds.size() && (kinds[k] & (CO_FAST_CELL | CO_FAST_FREE));
        if (value && is_cell && value->ob_type == &cell_type) value = static_cast<CellObject*>(value)->ob_ref;
        Object* name = tuple_item(co->co_localsplusnames, i);
        if (value) {
            if (dict_setitem(d, name, value) < 0) return nullptr;
        } else if (dict_getitem(d, name)) {
            // Unbound now (del x): the name goes from the dict too.
            if (dict_delitem(d, name) < 0) return nullptr;
        } else if (error_occurred()) {
            return nullptr;
        }
    }
    incref(d);
    return d;
}

void frame_locals_to_fast(FrameObject* fo) {
    Frame* f = fo->f_frame;
    Object* d = fo->f_locals_snapshot;
    if (!d || f->f_locals) return;
    Ref<> saved = fetch_error();
    const CodeObject* co = f->f_code;
    const std::vector<std::uint8_t>& kinds = co->co_data->localspluskinds;
    for (int i = 0; i < co->co_nlocalsplus; ++i) {
        Object* value = dict_getitem(d, tuple_item(co->co_localsplusnames, i));
        if (!value && error_occurred()) clear_error();
        auto k = static_cast<std::size_t>(i);
        Object*& slot = f->localsplus[i];
        if (k < kinds.size() && (kinds[k] & (CO_FAST_CELL | CO_FAST_FREE))) {
            if (slot && slot->ob_type == &cell_type) {
                Object*& content = static_cast<CellObject*>(slot)->ob_ref;
                if (content != value) {
                    Object* old = content;
                    content = value ? new_ref(value).release() : nullptr;
                    xdecref(old);
                }
            }
            continue;
        }
        if (slot != value) {
            Object* old = slot;
            slot = value ? new_ref(value).release() : nullptr;
            xdecref(old);
        }
    }
    if (saved) set_exception(saved.get());
}

namespace {

Frame* live(Object* self) { return as_frame(self)->f_frame; }

Object* frame_repr(Object* self) {
    Frame* f = live(self);
    Ref<> file = Ref<>::steal(repr(f->f_code->co_filename));
    if (!file) return nullptr;
    return str_from_utf8(fmt::format("<frame at {}, file {}, line {}, code {}>", static_cast<const void*>(self),
                                     str_to_utf8(file.get()), frame_lineno(f), str_to_utf8(f->f_code->co_name)));
}

Object* or_none(Object* o) { return new_ref(o ? o : None()).release(); }

Object* get_back(Object* self) {
    Object* back = frame_object_back(as_frame(self));
    if (!back && error_occurred()) return nullptr;
    return or_none(back);
}

Object* get_lasti(Object* self) {
    int lasti = frame_lasti(live(self));
    return int_from_ssize(lasti < 0 ? -1 : 2 * lasti);
}

// Jumps are a debugger's tool, allowed only from a trace function's 'line'
// event (outside tracing, CPython 3.11 sees the 'call' event of a new
// frame); interp/frame_jump.cpp moves the frame.  The eval loop goes on at
// the new instruction once the trace function returns.
int set_lineno(Object* self, Object* value) {
    if (!value) {
        set_error(&exc::AttributeError, "cannot delete attribute");
        return -1;
    }
    if (value->ob_type != &int_type) {
        set_error(&exc::ValueError, "lineno must be an integer");
        return -1;
    }
    switch (ThreadState::current()->tracing_what) {
        case 0: set_error(&exc::ValueError, "can't jump from the 'call' trace event of a new frame"); return -1;
        case 2: break;  // 'line'
        default: set_error(&exc::ValueError, "can only jump from a 'line' trace event"); return -1;
    }
    if (!as_frame(self)->f_trace) {
        set_error(&exc::ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    ssize_t line;
    if (!int_as_ssize(value, &line)) {
        clear_error();
        set_error(&exc::ValueError, "lineno out of range");
        return -1;
    }
    FrameObject* fo = as_frame(self);
    Frame* f = live(self);
    if (!frame_jump_to_line(f, line)) return -1;
    fo->f_trace_prev = frame_lasti(f);  // the target line's event is the one being handled
    return 0;
}

int set_trace(Object* self, Object* value) {
    FrameObject* f = as_frame(self);
    Object* old = f->f_trace;
    f->f_trace = value && value != None() ? new_ref(value).release() : nullptr;
    xdecref(old);
    return 0;
}

int set_flag(Object* value, bool* flag) {
    if (!value || value->ob_type != &bool_type) {
        set_error(&exc::TypeError, "attribute value type must be bool");
        return -1;
    }
    *flag = value == true_object;
    return 0;
}

const GetSetDef FRAME_GETSET[] = {
    {"f_back", get_back, nullptr, nullptr},
    {"f_code", [](Object* s) -> Object* { return new_ref(live(s)->f_code).release(); }, nullptr, nullptr},
    {"f_globals", [](Object* s) { return or_none(live(s)->f_globals); }, nullptr, nullptr},
    {"f_builtins", [](Object* s) { return or_none(live(s)->f_builtins); }, nullptr, nullptr},
    {"f_locals", [](Object* s) { return frame_object_locals(as_frame(s)); }, nullptr, nullptr},
    {"f_lineno", [](Object* s) { return int_from_ssize(frame_lineno(live(s))); }, set_lineno, nullptr},
    {"f_lasti", get_lasti, nullptr, nullptr},
    {"f_trace", [](Object* s) { return or_none(as_frame(s)->f_trace); }, set_trace, nullptr},
    {"f_trace_lines", [](Object* s) { return bool_from(as_frame(s)->f_trace_lines); },
     [](Object* s, Object* v) { return set_flag(v, &as_frame(s)->f_trace_lines); }, nullptr},
    {"f_trace_opcodes", [](Object* s) { return bool_from(as_frame(s)->f_trace_opcodes); },
     [](Object* s, Object* v) { return set_flag(v, &as_frame(s)->f_trace_opcodes); }, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// frame.clear(): drops the locals of a frame that has ended.
Object* frame_clear_method(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("frame.clear", nargs, kwnames)) return nullptr;
    FrameObject* f = as_frame(self);
    if (!f->owns_frame) {
        set_error(&exc::RuntimeError, f->f_frame->state == FrameState::suspended ? "cannot clear a suspended frame"
                                                                                  : "cannot clear an executing frame");
        return nullptr;
    }
    Frame* copy = f->f_frame;
    for (int i = 0, n = copy->f_code->co_nlocalsplus; i < n; ++i) clear(copy->localsplus[i]);
    clear(f->f_locals_snapshot);
    return new_ref(None()).release();
}

const BuiltinDef FRAME_METHODS[] = {
    {"clear", frame_clear_method, "F.clear(): clear most references held by the frame"},
    {nullptr, nullptr, nullptr},
};

TypeObject make_frame_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "frame";
    t.tp_basicsize = sizeof(FrameObject) - sizeof(Object*);  // up to storage
    t.tp_itemsize = sizeof(Object*);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = frame_dealloc;
    t.tp_traverse = frame_traverse;
    t.tp_clear = frame_tp_clear;
    t.tp_repr = frame_repr;
    t.tp_getset = FRAME_GETSET;
    t.tp_methods = FRAME_METHODS;
    return t;
}

}  // namespace

TypeObject frame_type = make_frame_type();

}  // namespace glasspy::interp
