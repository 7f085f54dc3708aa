// Generators (CPython: Objects/genobject.c).
//
// Calling a generator function runs its frame only as far as
// RETURN_GENERATOR, which moves the frame to the heap, hands it to a new
// generator object and returns that.  next()/send() push a value on the
// frame's stack and run it from where it stopped, as an entry frame of the
// eval loop; YIELD_VALUE returns from that run with the frame suspended,
// RETURN_VALUE completes it (StopIteration carries the return value).
#pragma once

#include "interp/frame.hpp"
#include "runtime/type.hpp"

namespace glasspy::interp {

struct GenObject : Object {
    Frame* gi_frame;         // owned (heap); completed once the generator is exhausted
    Object* gi_code;         // owned
    Object* gi_name;         // str
    Object* gi_qualname;     // str
    Object* gi_exc;          // the exception being handled inside, kept while suspended (or null)
    bool gi_running;
};

extern rt::TypeObject generator_type;

inline bool is_generator(const Object* o) { return o->ob_type == &generator_type; }

// RETURN_GENERATOR: a generator owning `frame` (moved off the frame stack).
Object* gen_new_from_frame(Frame* frame);

// What one step of a generator (or any iterator, for yield from) gave.
enum class SendResult { next, returned, error };
// Sends arg into receiver: a generator resumes with it; another iterator
// gets next() for None and .send(arg) otherwise (CPython: PyIter_Send).
SendResult iter_send(Object* receiver, Object* arg, Object** result);

void genobject_init();

}  // namespace glasspy::interp
