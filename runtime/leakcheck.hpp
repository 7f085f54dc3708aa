// The leak check (GLASSPY_LEAKCHECK=1): which objects are still alive when
// the interpreter has finished, and which of them nothing explains.
//
// While it is on, every object the object allocator hands out (alloc_object,
// str_new) is recorded, and forgotten when free_object gives it back: the
// record is allocations minus frees, object by object.  At exit, after the
// modules' namespaces are cleared and the final collection has run
// (repl/main.cpp), leakcheck_report() sorts what is left into
//
//   kept by the runtime, which is not a leak:
//     - objects in the free lists (float, int, tuple, list, dict, slice):
//       freed as far as the program is concerned, their memory kept for reuse
//     - interned strs (sys.intern, identifiers, attribute names): the intern
//       table is the runtime's, as in CPython
//     - what C++ statics hold for the process (InterpreterState::static_roots:
//       '' and the one-character strs and bytes, classes made on first use)
//     - everything reachable from the runtime's roots: the built-in types'
//       namespaces, MROs and bases (int.__add__ and the like), the builtins
//       module, the interpreter and thread states' fields (sys.modules, the
//       type attribute cache's names, the current exception), each followed
//       through tp_traverse
//   leaked: the rest.  Among the leaked objects, the "leak roots" are those
//   whose reference count is more than the references the other leaked
//   objects hold: a reference that nothing accounts for was lost there (a
//   missing decref), and the others are alive only because of them.
//
// Static objects (the built-in types, None, True, the small ints) never go
// through the allocator and are not counted.
#pragma once

#include <cstddef>
#include <cstdio>
#include <unordered_set>
#include <vector>

#include "runtime/object.hpp"

namespace glasspy::rt {

// The record, held by InterpreterState::live_objects while the check is on.
struct LiveObjects {
    std::unordered_set<Object*> objects;
};

// Starts recording; call before the runtime makes its first object.
void leakcheck_enable();
bool leakcheck_enabled();
// Stops recording and writes the report to `out`: a line saying how many
// objects are alive and kept, then the leaked ones by type and the leak
// roots.  thread_roots: what the frames of threads still running (daemon
// threads) hold, which the runtime cannot see into (interp/ collects them:
// repl/main.cpp); `threads` is how many such threads there are.  Returns the
// number of leaked objects.
std::size_t leakcheck_report(std::FILE* out, const std::vector<Object*>& thread_roots = {}, int threads = 0);

}  // namespace glasspy::rt
