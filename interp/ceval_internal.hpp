// What the parts of the eval loop share (ceval.cpp, ceval_call.cpp,
// traceback.cpp); not for use outside interp/.
#pragma once

#include "interp/frame.hpp"
#include "runtime/function.hpp"

namespace glasspy::interp {

// Fills a new frame's parameters from a call's arguments (vectorcall shape);
// false with TypeError when they do not fit the signature.
bool bind_arguments(Frame* f, rt::FunctionObject* func, Object* const* args, ssize_t npos, Object* kwnames);

// ---- ceval_slow.cpp: what the loop's cases call ------------------------------------------
void name_error(Object* name);
// PRINT_EXPR's call of sys.displayhook; SETUP_ANNOTATIONS.  False with the exception set.
bool print_expr(Object* value);
bool setup_annotations(Frame* f);
// LOAD_DEREF / DELETE_DEREF of an empty cell: UnboundLocalError for the
// frame's own cell variable, NameError for a free variable.
void unbound_deref_error(const CodeObject* co, int index);
Object* load_global(Frame* f, Object* name);
Object* load_name(Frame* f, Object* name);
// IMPORT_NAME: builtins.__import__(name, globals, locals, fromlist, level),
// straight to the import system when __import__ is the built-in one.
Object* import_name(Frame* f, Object* name, Object* fromlist, Object* level);
const ExceptionTableEntry* find_handler(const CodeObject* co, int index);
// RAISE_VARARGS: sets the exception to raise (always "fails": returns false).
bool do_raise(Object* exc, Object* cause);
// A new exception's __context__ becomes the exception being handled.
void chain_context();
// Calls a callable that is not a Python function (vectorcall shape).
Object* call_object(Object* callable, Object* const* args, ssize_t npos, Object* kwnames);
// Runs a generator's frame from where it stopped, as an entry frame; with
// `throwing`, the exception already set is raised there first.
Object* resume_frame(Frame* frame, bool throwing);
// BEFORE_WITH: mgr.__exit__ (bound) in *exit and mgr.__enter__() returned,
// looked up on the type as special methods are; null with TypeError for
// an object that is not a context manager.
Object* enter_context(Object* mgr, Object** exit);
// WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__).
Object* call_exit_with(Object* exit, Object* exc);
// A frame for calling func with these arguments, not yet linked in.
Frame* frame_for_call(rt::FunctionObject* func, Object* const* args, ssize_t npos, Object* kwnames);
// Unpacks seq into `before` targets, or with after >= 0 into before + a
// starred list + after; writes them at sp so that the first is on top.
bool unpack_iterable(Object* seq, int before, int after, Object** sp);
Object* build_map(Object* const* items, int pairs);
Object* build_const_key_map(Object* keys, Object* const* values, int n);
Object* build_set(Object* const* items, int n);
int list_extend_for_star(Object* list, Object* iterable);
Object* format_value(Object* v, int conversion, Object* spec);
// MAKE_FUNCTION: takes (and releases) the code and the parts oparg names
// from just below sp.
Object* make_function(Frame* f, int oparg, Object** sp);
Object* call_function_ex(Object* callable, Object* callargs, Object* kwargs);

// Adds the frame's current line to the traceback of the exception being
// raised (CPython: PyTraceBack_Here).
void traceback_here(Frame* f);

}  // namespace glasspy::interp
