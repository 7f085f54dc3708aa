// A native function's signature, written at the head of its docstring as
// CPython's Argument Clinic writes it:
//
//   "len($module, obj, /)\n--\n\nReturn the number of items in a container."
//
// __text_signature__ is the part in parentheses ("($module, obj, /)"), which
// inspect.signature parses ($module, $self, $type: the bound first
// parameter); __doc__ is what follows the "--" line.  A docstring without
// that head is all __doc__, and the function has no __text_signature__ (None).
#pragma once

#include "runtime/object.hpp"

namespace glasspy::rt {

// `name` is the function's own name (a dotted one is cut to its last part).
Object* doc_after_signature(const char* name, const char* doc);   // new reference: str or None
Object* text_signature_of(const char* name, const char* doc);     // new reference: str or None

}  // namespace glasspy::rt
