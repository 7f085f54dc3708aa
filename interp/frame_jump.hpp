// Jumping to another line of a running frame: what `frame.f_lineno = n`
// does from a trace function's 'line' event, and so pdb's `jump` command
// (CPython: frame_setlineno and mark_stacks in Objects/frameobject.c).
//
// A jump is safe when the value stack at the target can be had from the
// one now by dropping items from its top: the compiler leaves an iterator
// under a for loop's body and the exception being handled under an
// except block, and jumping into one of those would run it without them.
// So the kind of every stack slot (an object, a NULL of a call, an
// iterator, an exception, the offset a re-raise needs) is worked out for
// every instruction by following the code's control flow and its
// exception table; the jump goes to the first instruction of the target
// line whose stack is a prefix of the current one, after popping the
// items in between (an exception popped is the one being handled again).
#pragma once

#include "interp/frame.hpp"

namespace glasspy::interp {

// Moves the frame, stopped at its current instruction, to the start of
// `line` (the first line at or after it that has code).  False with
// ValueError and CPython's message when the line is outside the code or
// the jump would enter a block whose stack is not there.
bool frame_jump_to_line(Frame* frame, long line);

}  // namespace glasspy::interp
