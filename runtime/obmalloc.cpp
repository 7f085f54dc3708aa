// The small-object allocator; see obmalloc.hpp for the picture.
//
// Invariants:
// - A pool is on usedpools[c] exactly when it serves size class c and has a
//   free block (on its freeblock chain or never yet handed out).
// - A pool with no block in use is on freepools, whatever class it served.
// - Every arena's address is recorded in the arena map, so object_free can
//   tell a pool block (inside an arena) from a malloc'd one.
// The callers hold the GIL, which is what makes these plain globals safe.
#include "runtime/obmalloc.hpp"

#include <cstdlib>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GP_OBMALLOC_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define GP_OBMALLOC_ENABLED 0
#endif
#endif
#ifndef GP_OBMALLOC_ENABLED
#define GP_OBMALLOC_ENABLED 1
#endif

namespace glasspy::rt {

namespace {

struct Block {
    Block* next;  // the next free block of the same pool
};

struct PoolHeader {
    Block* freeblock;      // chain of freed blocks, or null
    PoolHeader* nextpool;  // on usedpools[szidx] or freepools
    PoolHeader* prevpool;  // on usedpools[szidx]
    std::uint32_t ref_count;      // blocks in use
    std::uint32_t szidx;          // size class
    std::uint32_t nextoffset;     // the first never-used block
    std::uint32_t maxnextoffset;  // the last block's offset
};

constexpr std::size_t POOL_OVERHEAD = (sizeof(PoolHeader) + OBMALLOC_ALIGNMENT - 1) & ~(OBMALLOC_ALIGNMENT - 1);
constexpr std::size_t POOLS_PER_ARENA = ARENA_SIZE / POOL_SIZE;

constexpr std::size_t block_size(std::size_t szidx) { return (szidx + 1) * OBMALLOC_ALIGNMENT; }

// ---- the arena map: is this address inside one of our arenas? ----------------------------
// A two-level bitmap over arena numbers (address / ARENA_SIZE): user-space
// addresses have 47 bits, so 27 bits of arena number, split 13 + 14.
constexpr unsigned ARENA_BITS = 20;
constexpr unsigned LEAF_BITS = 14;
constexpr unsigned ROOT_BITS = 47 - ARENA_BITS - LEAF_BITS;
struct ArenaMapLeaf {
    std::uint64_t bits[(std::size_t{1} << LEAF_BITS) / 64];
};
ArenaMapLeaf* arena_map[std::size_t{1} << ROOT_BITS];

bool in_arena(const void* p) {
    auto n = reinterpret_cast<std::uintptr_t>(p) >> ARENA_BITS;
    std::uintptr_t root = n >> LEAF_BITS;
    if (root >= (std::uintptr_t{1} << ROOT_BITS)) return false;
    const ArenaMapLeaf* leaf = arena_map[root];
    if (!leaf) return false;
    std::uintptr_t i = n & ((std::uintptr_t{1} << LEAF_BITS) - 1);
    return (leaf->bits[i / 64] >> (i % 64)) & 1;
}

bool map_arena(const void* arena) {
    auto n = reinterpret_cast<std::uintptr_t>(arena) >> ARENA_BITS;
    std::uintptr_t root = n >> LEAF_BITS;
    if (root >= (std::uintptr_t{1} << ROOT_BITS)) return false;
    ArenaMapLeaf*& leaf = arena_map[root];
    if (!leaf) {
        leaf = static_cast<ArenaMapLeaf*>(std::calloc(1, sizeof(ArenaMapLeaf)));
        if (!leaf) return false;
    }
    std::uintptr_t i = n & ((std::uintptr_t{1} << LEAF_BITS) - 1);
    leaf->bits[i / 64] |= std::uint64_t{1} << (i % 64);
    return true;
}

// ---- pools --------------------------------------------------------------------------------
PoolHeader* usedpools[NB_SMALL_SIZE_CLASSES];
PoolHeader* freepools = nullptr;
// The arena pools are being carved from, and how many it has left.
char* current_arena = nullptr;
std::size_t current_arena_pools_left = 0;
ObmallocStats stats;

PoolHeader* pool_of(const void* p) {
    return reinterpret_cast<PoolHeader*>(reinterpret_cast<std::uintptr_t>(p) & ~(POOL_SIZE - 1));
}

PoolHeader* new_pool() {
    if (PoolHeader* pool = freepools) {
        freepools = pool->nextpool;
        --stats.free_pools;
        return pool;
    }
    if (current_arena_pools_left == 0) {
        void* arena = std::aligned_alloc(ARENA_SIZE, ARENA_SIZE);
        if (!arena) return nullptr;
        if (!map_arena(arena)) {
            std::free(arena);
            return nullptr;
        }
        ++stats.arenas;
        current_arena = static_cast<char*>(arena);
        current_arena_pools_left = POOLS_PER_ARENA;
    }
    auto* pool = reinterpret_cast<PoolHeader*>(current_arena);
    current_arena += POOL_SIZE;
    --current_arena_pools_left;
    return pool;
}

void link_used(PoolHeader* pool, std::size_t szidx) {
    PoolHeader* head = usedpools[szidx];
    pool->nextpool = head;
    pool->prevpool = nullptr;
    if (head) head->prevpool = pool;
    usedpools[szidx] = pool;
}

void unlink_used(PoolHeader* pool) {
    if (pool->prevpool)
        pool->prevpool->nextpool = pool->nextpool;
    else
        usedpools[pool->szidx] = pool->nextpool;
    if (pool->nextpool) pool->nextpool->prevpool = pool->prevpool;
}

bool pool_is_full(const PoolHeader* pool) { return !pool->freeblock && pool->nextoffset > pool->maxnextoffset; }

void* small_alloc(std::size_t szidx) {
    PoolHeader* pool = usedpools[szidx];
    if (!pool) {
        pool = new_pool();
        if (!pool) return nullptr;
        pool->freeblock = nullptr;
        pool->ref_count = 0;
        pool->szidx = static_cast<std::uint32_t>(szidx);
        pool->nextoffset = static_cast<std::uint32_t>(POOL_OVERHEAD);
        pool->maxnextoffset = static_cast<std::uint32_t>(POOL_SIZE - block_size(szidx));
        ++stats.pools_in_use;
        link_used(pool, szidx);
    }
    void* block;
    if (Block* b = pool->freeblock) {
        pool->freeblock = b->next;
        block = b;
    } else {
        block = reinterpret_cast<char*>(pool) + pool->nextoffset;
        pool->nextoffset += static_cast<std::uint32_t>(block_size(szidx));
    }
    ++pool->ref_count;
    ++stats.blocks_in_use;
    if (pool_is_full(pool)) unlink_used(pool);
    return block;
}

void small_free(void* p) {
    PoolHeader* pool = pool_of(p);
    bool was_full = pool_is_full(pool);
    auto* b = static_cast<Block*>(p);
    b->next = pool->freeblock;
    pool->freeblock = b;
    --pool->ref_count;
    --stats.blocks_in_use;
    if (pool->ref_count == 0) {
        // Empty: any size class may have it next.
        if (!was_full) unlink_used(pool);
        pool->nextpool = freepools;
        freepools = pool;
        --stats.pools_in_use;
        ++stats.free_pools;
    } else if (was_full) {
        link_used(pool, pool->szidx);
    }
}

}  // namespace

void* object_malloc(std::size_t size) noexcept {
    if (GP_OBMALLOC_ENABLED && size - 1 < SMALL_REQUEST_THRESHOLD)
        return small_alloc((size - 1) / OBMALLOC_ALIGNMENT);
    void* p = std::malloc(size ? size : 1);
    if (p) ++stats.large_in_use;
    return p;
}

void object_free(void* p) noexcept {
    if (!p) return;
    if (GP_OBMALLOC_ENABLED && in_arena(p)) {
        small_free(p);
        return;
    }
    --stats.large_in_use;
    std::free(p);
}

void* object_realloc(void* p, std::size_t size) noexcept {
    if (!p) return object_malloc(size);
    if (GP_OBMALLOC_ENABLED && in_arena(p)) {
        std::size_t old = block_size(pool_of(p)->szidx);
        // Shrinking by less than a quarter keeps the block, as CPython does.
        if (size <= old && 4 * size > 3 * old) return p;
        void* q = object_malloc(size);
        if (!q) return nullptr;
        std::memcpy(q, p, size < old ? size : old);
        small_free(p);
        return q;
    }
    if (GP_OBMALLOC_ENABLED && size - 1 < SMALL_REQUEST_THRESHOLD) {
        // A malloc'd block shrinking into pool range: leave it where it is.
        void* q = std::realloc(p, size);
        return q;
    }
    return std::realloc(p, size ? size : 1);
}

ObmallocStats obmalloc_stats() noexcept { return stats; }

bool obmalloc_enabled() noexcept { return GP_OBMALLOC_ENABLED; }

}  // namespace glasspy::rt
