// Allocating and freeing frames (see frame.hpp).  Each frame is one heap
// block; CPython 3.11 carves them out of a per-thread stack of chunks, which
// is a possible optimisation here too (frames are freed in LIFO order except
// for generators).
#include "interp/frame.hpp"

#include <cstdlib>

#include "runtime/errors.hpp"

namespace glasspy::interp {

Frame* frame_new(CodeObject* code, Object* func, Object* globals, Object* builtins, Object* locals) {
    int slots = code->co_nlocalsplus + code->co_stacksize;
    std::size_t size = sizeof(Frame) + sizeof(Object*) * static_cast<std::size_t>(slots > 0 ? slots - 1 : 0);
    auto* f = static_cast<Frame*>(std::malloc(size));
    if (!f) return rt::no_memory();
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
    f->prev_instr = -1;
    f->stacktop = 0;
    f->is_entry = false;
    for (int i = 0; i < code->co_nlocalsplus; ++i) f->localsplus[i] = nullptr;
    return f;
}

void frame_free(Frame* f) {
    Object** stack = f->stack_base();
    for (int i = 0; i < f->stacktop; ++i) rt::xdecref(stack[i]);
    for (int i = 0; i < f->f_code->co_nlocalsplus; ++i) rt::xdecref(f->localsplus[i]);
    rt::xdecref(f->f_locals);
    rt::decref(f->f_builtins);
    rt::decref(f->f_globals);
    rt::xdecref(f->f_func);
    rt::decref(f->f_code);
    std::free(f);
}

int frame_lineno(const Frame* f) {
    const auto& locations = f->f_code->co_data->locations;
    if (f->prev_instr < 0 || static_cast<std::size_t>(f->prev_instr) >= locations.size())
        return f->f_code->co_firstlineno;
    return locations[static_cast<std::size_t>(f->prev_instr)].lineno;
}

}  // namespace glasspy::interp
