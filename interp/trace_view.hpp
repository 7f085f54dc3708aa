// The trace views: the runtime's events (runtime/trace_events.def) as
// lines a learner can read, or as JSON lines for other tools.
//
//   glasspy --trace=refcount --trace-watch=a script.py
//   import glasspy; glasspy.trace("refcount,gc", watch="a")
//
// Each event says what happened to which object and why: a reference count
// going from 1 to 2 names the object (type, address, a short repr) and the
// instruction that did it (line, opcode, the name or attribute it works
// on); a free says whether the memory went back to a free list; a
// collection says which generation, how many objects it examined, found
// unreachable and kept.  With watched names, the object events are those
// of the objects bound to the names (once bound, an object stays watched
// until it is freed), and each new binding of a name is an event of its
// own.
//
// With refcount events, the instruction's cause also names the container
// or object it works on (STORE_SUBSCR into dict at 0x..., CALL list.append
// on list at 0x...).
//
// The sources pay one predictable branch each while a view is off (the
// trace mask bit, or the eval loop's second dispatch table for the
// instruction events: calls, lines and bindings).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "interp/frame.hpp"
#include "runtime/state.hpp"

namespace glasspy::interp::trace_view {

struct Options {
    std::uint32_t kinds = 0;          // tracing:: bits
    bool json = false;                // one JSON object per line instead of text
    std::vector<std::string> watch;   // names whose objects the object events are limited to
    std::vector<std::string> types;   // else: type names (as type(o).__name__) they are limited to
    // Addresses (id()) the object events are limited to, besides the watched
    // names' objects: what is at that address, so a new object that reuses
    // the memory of a freed one (a free list) is seen too.
    std::vector<std::uintptr_t> objects;
};

// "refcount,gc" (or "all") as bits; false with a message naming the kind
// that is not one.
bool parse_kinds(std::string_view list, std::uint32_t* kinds, std::string* error);
// The kinds as parse_kinds reads them, for usage messages and tracing().
std::string kinds_text(std::uint32_t kinds);

// Switches the views on (replacing any that are on) or off; events go to
// stderr, after stdout is flushed so that they interleave with the
// program's output in order.
void start(const Options& options);
void stop();
const Options* current();

// Whether the eval loop must report each instruction to the views
// (ceval_trace.cpp reads it into each thread's use_tracing).
inline bool wants_instructions = false;

// From the eval loop's tracing entry, before each instruction: 'call' and
// 'line' events, returns, and new bindings of watched names.
void instruction(rt::ThreadState* ts, Frame* frame, int opcode, Object* top);
// A frame left by an exception.
void unwind(Frame* frame);
// The exception `exc` is raised in `frame`, or reached it from a callee.
void exception(Frame* frame, Object* exc);

}  // namespace glasspy::interp::trace_view
