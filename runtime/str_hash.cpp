// Hashing of str and bytes: SipHash-1-3 with a per-process key (CPython:
// Python/pyhash.c siphash13 and _Py_HashBytes, Python/bootstrap_hash.c
// _Py_HashRandomization_Init and lcg_urandom).
//
// CPython 3.11 hashes the raw bytes of a str (its kind-sized characters) or a
// bytes object with SipHash-1-3 (Py_HASH_ALGORITHM's default since 3.11) under
// a 128-bit key.  The key is random per process, so that attackers cannot
// choose colliding dict keys, unless PYTHONHASHSEED says otherwise:
//   PYTHONHASHSEED=0       the key is all zero (hash randomisation off)
//   PYTHONHASHSEED=N       the key bytes come from an LCG seeded with N
//   unset or "random"      the key is random
// Using the same algorithm and key derivation makes glasspy's hash('abc')
// equal CPython's under the same PYTHONHASHSEED.
//
// The key is a function-local static (made on first use): CPython keeps it
// in the process-wide _Py_HashSecret, since every interpreter of a process
// must agree on it.
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "runtime/str.hpp"

namespace glasspy::rt {

namespace {

struct HashKey {
    std::uint64_t k0 = 0, k1 = 0;
};

// CPython's lcg_urandom: the key bytes for PYTHONHASHSEED=N.
void lcg_urandom(unsigned int x, unsigned char* buffer, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
        x *= 214013;
        x += 2531011;
        buffer[i] = static_cast<unsigned char>((x >> 16) & 0xff);
    }
}

HashKey make_key() {
    // CPython's _Py_HashSecret_t is 24 bytes; SipHash uses the first 16,
    // read as two little-endian words.
    unsigned char secret[24] = {};
    const char* env = std::getenv("PYTHONHASHSEED");
    std::string seed_text = env ? env : "";
    if (!seed_text.empty() && seed_text != "random") {
        unsigned long seed = std::strtoul(seed_text.c_str(), nullptr, 10);
        if (seed != 0) lcg_urandom(static_cast<unsigned int>(seed), secret, sizeof secret);
    } else {
        std::random_device rd;
        for (unsigned char& b : secret) b = static_cast<unsigned char>(rd());
    }
    HashKey key;
    for (int i = 7; i >= 0; --i) key.k0 = (key.k0 << 8) | secret[i];
    for (int i = 15; i >= 8; --i) key.k1 = (key.k1 << 8) | secret[i];
    return key;
}

const HashKey& hash_key() {
    static const HashKey key = make_key();
    return key;
}

inline std::uint64_t rotate(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// One SipRound, written as CPython's two HALF_ROUNDs.
inline void half_round(std::uint64_t& a, std::uint64_t& b, std::uint64_t& c, std::uint64_t& d, int s,
                       int t) {
    a += b;
    c += d;
    b = rotate(b, s) ^ a;
    d = rotate(d, t) ^ c;
    a = rotate(a, 32);
}

inline void single_round(std::uint64_t& v0, std::uint64_t& v1, std::uint64_t& v2, std::uint64_t& v3) {
    half_round(v0, v1, v2, v3, 13, 16);
    half_round(v2, v1, v0, v3, 17, 21);
}

std::uint64_t load_le64(const unsigned char* p, std::size_t n) {
    std::uint64_t v = 0;
    for (std::size_t i = n; i-- > 0;) v = (v << 8) | p[i];
    return v;
}

}  // namespace

std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const void* data, ssize_t size) {
    auto* in = static_cast<const unsigned char*>(data);
    std::uint64_t b = static_cast<std::uint64_t>(size) << 56;
    std::uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    std::uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    std::uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    std::uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    // One compression round per 8-byte word: SipHash-"1"-3.
    while (size >= 8) {
        std::uint64_t mi = load_le64(in, 8);
        in += 8;
        size -= 8;
        v3 ^= mi;
        single_round(v0, v1, v2, v3);
        v0 ^= mi;
    }
    b |= load_le64(in, static_cast<std::size_t>(size));
    v3 ^= b;
    single_round(v0, v1, v2, v3);
    v0 ^= b;
    // Three finalisation rounds: SipHash-1-"3".
    v2 ^= 0xff;
    single_round(v0, v1, v2, v3);
    single_round(v0, v1, v2, v3);
    single_round(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

ssize_t hash_bytes(const void* data, ssize_t size) {
    // CPython's _Py_HashBytes: the empty input hashes to 0 without SipHash,
    // and -1 (the "error" hash of the C API) becomes -2.
    if (size == 0) return 0;
    const HashKey& key = hash_key();
    auto h = static_cast<ssize_t>(siphash13(key.k0, key.k1, data, size));
    return h == -1 ? -2 : h;
}

}  // namespace glasspy::rt
