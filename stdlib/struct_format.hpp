// The struct module's format strings: compiling one ("<2hxq") into the list
// of items it describes, and packing / unpacking values by it (CPython:
// Modules/_struct.c, prepare_s, s_pack_internal, s_unpack_internal and the
// native_table / lilendian_table / bigendian_table of pack functions).
// struct_module.cpp builds the _struct module and the Struct type on it.
//
// A format starts with an optional byte order character:
//   '@' (default) native order, native sizes and native alignment (each
//       item starts at a multiple of its size, as a C compiler lays out a
//       struct; no padding is added at the end);
//   '=' '<' little-endian, '>' '!' big-endian: standard sizes, no alignment.
// then items: an optional repeat count and a code.  For 's' and 'p' the
// count is the length of one bytes value; for 'x' it is a number of pad
// bytes; for the other codes it repeats the item.
//
// Errors are struct.error (struct_error_type) with CPython's messages,
// except those CPython raises as TypeError or OverflowError.
#pragma once

#include <string_view>
#include <vector>

#include "runtime/object.hpp"

namespace glasspy::stdlib {

enum class ByteOrder { Native, Little, Big };

// One run of items of the same code (CPython: formatcode).
struct FormatCode {
    char code;
    rt::ssize_t offset;  // where the first item starts in the packed bytes
    rt::ssize_t size;    // one item's size; for 's' and 'p' the whole field's
    rt::ssize_t repeat;  // how many values (1 for 's' and 'p'); never 0
};

struct CompiledFormat {
    ByteOrder order = ByteOrder::Native;
    std::vector<FormatCode> codes;  // pad bytes ('x') have no entry
    rt::ssize_t size = 0;               // bytes packed (calcsize)
    rt::ssize_t len = 0;                // values packed / unpacked
};

// The module's exception class, struct.error (struct_module.cpp).
rt::TypeObject* struct_error_type();

// Reads a format (the bytes of a str or bytes format); false with
// struct.error set if it is malformed.
bool compile_format(std::string_view format, CompiledFormat* out);

// Packs exactly out.len values into buf, which holds out.size zeroed bytes.
bool pack_values(const CompiledFormat& f, rt::Object* const* values, char* buf);

// The tuple of values packed in buf (f.size bytes).
rt::Object* unpack_values(const CompiledFormat& f, const char* buf);

}  // namespace glasspy::stdlib
