// What select, poll and sockets accept as "a file": an int, or an object
// with a fileno() method that returns one (CPython: PyObject_AsFileDescriptor
// in Objects/fileobject.c).
#pragma once

#include "runtime/object.hpp"

namespace glasspy::stdlib {

// The descriptor o stands for; false with TypeError ("argument must be an
// int, or have a fileno() method.") or ValueError for a negative number.
bool file_descriptor_of(rt::Object* o, int* out);

}  // namespace glasspy::stdlib
