// Allocating and freeing frames (see frame.hpp), as CPython 3.11 does it
// (Python/pystate.c _PyThreadState_BumpFramePointer): each thread carves
// frames out of a stack of large chunks, so a call costs a pointer bump
// instead of a malloc.  Frames are freed in the reverse order of their
// allocation (a return pops the callee; unwinding pops frame by frame).
#include "interp/frame.hpp"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <cstring>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/tuple.hpp"
#include "runtime/state.hpp"

namespace glasspy::interp {

namespace {

// A chunk of the frame stack; its slots follow the header.
struct FrameChunk {
    FrameChunk* previous;  // the chunk below, or null
    Object** saved_top;    // the previous chunk's frame_top when this one was pushed
    std::size_t size;      // slots
    Object** slots() { return reinterpret_cast<Object**>(this + 1); }
};

// 256 KiB: about two thousand typical frames; the recursion limit's worth
// of frames needs a few chunks at most.
constexpr std::size_t CHUNK_SLOTS = 32 * 1024;

std::size_t frame_slots(const CodeObject* code) {
    constexpr std::size_t header = (sizeof(Frame) + sizeof(Object*) - 1) / sizeof(Object*) - 1;
    return header + static_cast<std::size_t>(code->co_nlocalsplus + code->co_stacksize);
}

Object** push_chunk(rt::ThreadState* ts, std::size_t slots) {
    FrameChunk* chunk = nullptr;
    // The last chunk popped is kept, so that a call that crosses a chunk
    // boundary over and over does not malloc and free each time.
    auto* spare = static_cast<FrameChunk*>(ts->frame_spare_chunk);
    if (spare && spare->size >= slots) {
        chunk = spare;
        ts->frame_spare_chunk = nullptr;
    } else {
        std::size_t size = std::max(slots, CHUNK_SLOTS);
        chunk = static_cast<FrameChunk*>(std::malloc(sizeof(FrameChunk) + size * sizeof(Object*)));
        if (!chunk) return nullptr;
        chunk->size = size;
    }
    chunk->previous = static_cast<FrameChunk*>(ts->frame_chunk);
    chunk->saved_top = ts->frame_top;
    ts->frame_chunk = chunk;
    ts->frame_top = chunk->slots();
    ts->frame_limit = chunk->slots() + chunk->size;
    return ts->frame_top;
}

void pop_chunk(rt::ThreadState* ts) {
    auto* chunk = static_cast<FrameChunk*>(ts->frame_chunk);
    FrameChunk* below = chunk->previous;
    ts->frame_chunk = below;
    ts->frame_top = chunk->saved_top;
    ts->frame_limit = below ? below->slots() + below->size : nullptr;
    if (!ts->frame_spare_chunk && chunk->size == CHUNK_SLOTS) {
        ts->frame_spare_chunk = chunk;
    } else {
        std::free(chunk);
    }
}

}  // namespace

Frame* frame_new(CodeObject* code, Object* func, Object* globals, Object* builtins, Object* locals) {
    rt::ThreadState* ts = rt::ThreadState::current();
    std::size_t slots = frame_slots(code);
    Object** base = ts->frame_top;
    if (!base || static_cast<std::size_t>(ts->frame_limit - base) < slots) {
        base = push_chunk(ts, slots);
        if (!base) return rt::no_memory();
    }
    ts->frame_top = base + slots;
    auto* f = reinterpret_cast<Frame*>(base);
    rt::incref(code);
    f->f_code = code;
    rt::xincref(func);
    f->f_func = func;
    rt::incref(globals);
    f->f_globals = globals;
    rt::incref(builtins);
    f->f_builtins = builtins;
    rt::xincref(locals);
    f->f_locals = locals;
    f->previous = nullptr;
    f->prev_instr = code->co_data->code.data() - 1;
    f->stacktop = 0;
    f->is_entry = false;
    f->in_generator = false;
    f->state = FrameState::executing;
    for (int i = 0; i < code->co_nlocalsplus; ++i) f->localsplus[i] = nullptr;
    return f;
}

namespace {

// Drops the references a frame holds.
void frame_clear(Frame* f) {
    Object** stack = f->stack_base();
    for (int i = 0; i < f->stacktop; ++i) rt::xdecref(stack[i]);
    f->stacktop = 0;
    for (int i = 0; i < f->f_code->co_nlocalsplus; ++i) rt::clear(f->localsplus[i]);
    rt::clear(f->f_locals);
    rt::clear(f->f_builtins);
    rt::clear(f->f_globals);
    rt::clear(f->f_func);
}

// Gives a frame's slots back to the thread's frame stack.
void frame_release(Frame* f, [[maybe_unused]] std::size_t slots) {
    rt::ThreadState* ts = rt::ThreadState::current();
    auto* base = reinterpret_cast<Object**>(f);
    assert(base + slots == ts->frame_top && "frames are freed in LIFO order");
    if (base == static_cast<FrameChunk*>(ts->frame_chunk)->slots())
        pop_chunk(ts);
    else
        ts->frame_top = base;
}

}  // namespace

void frame_free(Frame* f) {
    if (f->in_generator) {
        // The generator keeps the memory (and its code, for gi_code).
        frame_clear(f);
        f->state = FrameState::completed;
        return;
    }
    frame_clear(f);
    CodeObject* code = f->f_code;
    frame_release(f, frame_slots(code));
    rt::decref(code);
}

Frame* frame_move_to_heap(Frame* f) {
    std::size_t slots = frame_slots(f->f_code);
    auto* copy = static_cast<Frame*>(std::malloc(slots * sizeof(Object*)));
    if (!copy) return rt::no_memory();
    std::memcpy(static_cast<void*>(copy), static_cast<const void*>(f), slots * sizeof(Object*));
    copy->in_generator = true;
    copy->state = FrameState::created;
    copy->previous = nullptr;
    copy->is_entry = false;
    frame_release(f, slots);
    return copy;
}

void frame_free_heap(Frame* f) {
    if (f->state != FrameState::completed) frame_clear(f);
    rt::decref(f->f_code);
    std::free(f);
}

Object* frame_get_locals(Frame* f) {
    if (f->f_locals) {
        rt::incref(f->f_locals);
        return f->f_locals;
    }
    rt::Ref<> d = rt::Ref<>::steal(rt::dict_new());
    if (!d) return nullptr;
    const CodeObject* co = f->f_code;
    const std::vector<std::uint8_t>& kinds = co->co_data->localspluskinds;
    for (int i = 0; i < co->co_nlocalsplus; ++i) {
        Object* value = f->localsplus[i];
        bool is_cell = static_cast<std::size_t>(i) < kinds.size() && (kinds[static_cast<std::size_t>(i)] & (CO_FAST_CELL | CO_FAST_FREE));
        if (value && is_cell && value->ob_type == &rt::cell_type) value = static_cast<rt::CellObject*>(value)->ob_ref;
        if (!value) continue;
        if (rt::dict_setitem(d.get(), rt::tuple_item(co->co_localsplusnames, i), value) < 0) return nullptr;
    }
    return d.release();
}

int frame_lineno(const Frame* f) {
    const auto& locations = f->f_code->co_data->locations;
    int lasti = frame_lasti(f);
    if (lasti < 0 || static_cast<std::size_t>(lasti) >= locations.size()) return f->f_code->co_firstlineno;
    return locations[static_cast<std::size_t>(lasti)].lineno;
}

}  // namespace glasspy::interp
