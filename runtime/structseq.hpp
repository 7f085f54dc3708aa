// Struct sequences (CPython: Objects/structseq.c): tuples whose items are
// also named fields, as sys.version_info, time.struct_time and
// sys.float_info are.  The first n_in_sequence fields are the tuple;
// the others (struct_time's tm_zone, tm_gmtoff) are attributes only, kept
// after the visible items in the same allocation.
#pragma once

#include <span>

#include "runtime/type.hpp"

namespace glasspy::rt {

struct StructSeqField {
    const char* name;
    const char* doc;
};

struct StructSeqDesc {
    const char* name;  // qualified: "time.struct_time"
    const char* doc;
    std::span<const StructSeqField> fields;
    int n_in_sequence;
};

// Fills `type` (static storage, otherwise empty) as a struct sequence type,
// a subclass of tuple, and readies it; false with an exception set.
bool structseq_init_type(TypeObject* type, const StructSeqDesc& desc);

// A new instance: items holds one new reference per field (stolen, also on
// failure; a null item stands for an allocation that failed).
Object* structseq_new(TypeObject* type, Object* const* items);

}  // namespace glasspy::rt
