// str.format and str.format_map (CPython: Objects/stringlib/unicode_format.h).
//
// The format string is literal text with replacement fields
// "{field_name!conversion:format_spec}": field_name is an argument index
// (empty for automatic numbering) or a keyword name, followed by ".attr"
// and "[key]" lookups; the conversion is r, s or a; the spec may itself
// hold fields ("{0:{1}}"), expanded one level deep, as PEP 3101 allows.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

// format.format(*args, **kwargs): args is a tuple or null (format_map: then
// a positional field is ValueError), kwargs any mapping or null.
Object* str_format_method(Object* format, Object* args, Object* kwargs);
// The same with the positional arguments as an array, as a method call
// receives them (positional false: format_map's "no positional arguments").
Object* str_format_array(Object* format, Object* const* args, ssize_t nargs, bool positional, Object* kwargs);

}  // namespace glasspy::rt
