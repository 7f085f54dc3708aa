// The type attribute cache (CPython 3.11: struct type_cache in
// PyInterpreterState): what type_lookup found, keyed by the type's version
// tag and the (interned) name.  InterpreterState holds the entries;
// typeobject.hpp's type_lookup reads them.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.hpp"

namespace glasspy::rt {

struct AttrCacheEntry {
    unsigned int version = 0;
    Object* name = nullptr;   // owned
    Object* value = nullptr;  // borrowed: trusted only while the version holds
};
inline constexpr std::size_t ATTR_CACHE_SIZE = 4096;
inline std::size_t attr_cache_index(unsigned int version, const Object* name) {
    return (version ^ (reinterpret_cast<std::uintptr_t>(name) >> 4)) & (ATTR_CACHE_SIZE - 1);
}

}  // namespace glasspy::rt
