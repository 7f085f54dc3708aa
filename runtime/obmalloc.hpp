// The small-object allocator (CPython: Objects/obmalloc.c, "pymalloc").
//
// Most Python objects are small and short-lived: an int, a float, a bound
// method, a two-item tuple.  Asking the C library for each one costs more
// than the work done with it, so, like CPython, glasspy serves requests of
// up to 512 bytes from its own pools:
//
//   arena  1 MiB from the C library, aligned to its size, cut into pools
//   pool   16 KiB holding blocks of one size class (a pool header first)
//   block  what an object gets: 16, 32, ..., 512 bytes (32 size classes)
//
// A pool's free blocks are chained through their first word; the pools of a
// size class that still have room are on a list, so an allocation is "take
// the first free block of the first pool" and a free is "push the block back
// on its pool", the pool found by masking the address (pools are aligned).
// A pool that becomes empty goes back to a list of free pools and can serve
// another size class.  Arenas are kept until exit.  Bigger requests go to
// malloc.
//
// Under AddressSanitizer and ThreadSanitizer every request goes to malloc, so
// that the sanitizers see each object's bounds and lifetime.
#pragma once

#include <cstddef>
#include <cstdint>

namespace glasspy::rt {

inline constexpr std::size_t OBMALLOC_ALIGNMENT = 16;
inline constexpr std::size_t SMALL_REQUEST_THRESHOLD = 512;
inline constexpr std::size_t NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / OBMALLOC_ALIGNMENT;
inline constexpr std::size_t POOL_SIZE = 16 * 1024;
inline constexpr std::size_t ARENA_SIZE = 1024 * 1024;

// Memory for an object or an object's buffer (CPython: PyObject_Malloc);
// null when out of memory.  Blocks are 16-byte aligned.
[[nodiscard]] void* object_malloc(std::size_t size) noexcept;
// Frees what object_malloc or object_realloc returned (null is ignored).
void object_free(void* p) noexcept;
// Resizes a block, moving it when needed (CPython: PyObject_Realloc).
[[nodiscard]] void* object_realloc(void* p, std::size_t size) noexcept;

// What the allocator holds, for sys._debugmallocstats-style reports and tests.
struct ObmallocStats {
    std::size_t arenas = 0;           // arenas allocated
    std::size_t pools_in_use = 0;     // pools serving some size class
    std::size_t free_pools = 0;       // empty pools ready for any class
    std::size_t blocks_in_use = 0;    // small blocks handed out and not freed
    std::size_t large_in_use = 0;     // requests above the threshold, not freed
};
ObmallocStats obmalloc_stats() noexcept;
// Whether small requests are served by the pools (false under sanitizers).
bool obmalloc_enabled() noexcept;

}  // namespace glasspy::rt
