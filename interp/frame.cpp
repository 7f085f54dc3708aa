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

#include "interp/frame_object.hpp"
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

}  // namespace

Object** frame_stack_push_chunk(rt::ThreadState* ts, std::size_t slots) {
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
    ts->frame_chunk_first = chunk->slots();
    ts->frame_limit = chunk->slots() + chunk->size;
    return ts->frame_top;
}

void frame_stack_pop_chunk(rt::ThreadState* ts) {
    auto* chunk = static_cast<FrameChunk*>(ts->frame_chunk);
    FrameChunk* below = chunk->previous;
    ts->frame_chunk = below;
    ts->frame_top = chunk->saved_top;
    ts->frame_limit = below ? below->slots() + below->size : nullptr;
    ts->frame_chunk_first = below ? below->slots() : nullptr;
    if (!ts->frame_spare_chunk && chunk->size == CHUNK_SLOTS) {
        ts->frame_spare_chunk = chunk;
    } else {
        std::free(chunk);
    }
}

namespace {

// Gives a frame's slots back to the thread's frame stack.
void frame_release(Frame* f, [[maybe_unused]] std::size_t slots) {
    rt::ThreadState* ts = rt::ThreadState::current();
    auto* base = reinterpret_cast<Object**>(f);
    assert(base + slots == ts->frame_top && "frames are freed in LIFO order");
    if (base == ts->frame_chunk_first)
        frame_stack_pop_chunk(ts);
    else
        ts->frame_top = base;
}

}  // namespace

Frame* frame_move_to_heap(Frame* f) {
    std::size_t slots = frame_slots(f->f_code);
    auto* copy = static_cast<Frame*>(std::malloc(slots * sizeof(Object*)));
    if (!copy) return rt::no_memory();
    std::memcpy(static_cast<void*>(copy), static_cast<const void*>(f), slots * sizeof(Object*));
    copy->in_generator = true;
    copy->state = FrameState::created;
    copy->previous = nullptr;
    copy->is_entry = false;
    if (copy->frame_obj) static_cast<FrameObject*>(copy->frame_obj)->f_frame = copy;
    frame_release(f, slots);
    return copy;
}

void frame_free_heap(Frame* f) {
    if (f->state != FrameState::completed) frame_clear(f);
    rt::decref(f->f_code);
    std::free(f);
}

int frame_traverse(Frame* f, rt::visitproc visit, void* arg) {
    for (int i = 0, n = f->f_code->co_nlocalsplus; i < n; ++i)
        if (Object* o = f->localsplus[i])
            if (int r = visit(o, arg)) return r;
    Object** stack = f->stack_base();
    for (int i = 0; i < f->stacktop; ++i)
        if (stack[i])
            if (int r = visit(stack[i], arg)) return r;
    // A function's frame borrows its namespaces (frame.hpp): the function
    // visits them.
    Object* globals = f->f_func ? nullptr : f->f_globals;
    Object* builtins = f->f_func ? nullptr : f->f_builtins;
    for (Object* o : {f->f_func, globals, builtins, f->f_locals})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

Object* frame_get_locals(Frame* f) {
    if (f->f_locals) {
        rt::incref(f->f_locals);
        return f->f_locals;
    }
    // A function's variables: its frame object keeps the dict.
    FrameObject* fo = frame_get_object(f);
    return fo ? frame_object_locals(fo) : nullptr;
}

int frame_lineno(const Frame* f) {
    const auto& locations = f->f_code->co_data->locations;
    int lasti = frame_lasti(f);
    if (lasti < 0 || static_cast<std::size_t>(lasti) >= locations.size()) return f->f_code->co_firstlineno;
    return locations[static_cast<std::size_t>(lasti)].lineno;
}

}  // namespace glasspy::interp
