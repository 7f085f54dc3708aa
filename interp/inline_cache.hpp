// What the eval loop remembers in an instruction's inline caches (the code
// units after it, CPython 3.11's layout: LOAD_ATTR and STORE_ATTR have 4,
// LOAD_METHOD 10) so that the next run of the instruction skips the generic
// lookup.  CPython rewrites the instruction into a specialised one
// (LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES ...); here the generic
// instruction checks its cache first, which keeps one opcode per meaning.
//
// Every entry is keyed by the owner's type version tag (typeobject.hpp):
// any change to the class or its bases gives the type a new tag, so an
// entry is trusted only while the type is the one it was filled for.  Tag
// 0 means "none", so zeroed caches never match.
//
// - Attribute (LOAD_ATTR, STORE_ATTR): units 0-1 the tag, unit 3 the kind.
//   ATTR_IN_DICT: unit 2 is the index of the attribute's entry in the
//   instance __dict__; filled only when the class has no data descriptor of
//   that name and uses the generic attribute protocol.  Instances built by
//   the same __init__ add their attributes in the same order, so one index
//   serves all of them; the hit check compares the key at that index
//   (CPython gets the same effect from dicts that share their keys).
//   ATTR_IN_SLOT: a __slots__ member; unit 2 is its offset in the instance
//   (CPython: LOAD_ATTR_SLOT).
//   ATTR_ON_CLASS (LOAD_ATTR only): the class has the attribute and it is
//   no data descriptor, and the instance did not shadow it when the cache
//   was filled; a hit checks the instance dict still lacks the name, then
//   takes the class's value from the type attribute cache.
// - Method (LOAD_METHOD): units 0-1 the tag, units 2-5 the function or
//   method descriptor found on the class (borrowed: the class's dict holds
//   it while the tag holds).
#pragma once

#include <cstdint>
#include <cstring>

#include "runtime/dict.hpp"
#include "runtime/object.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using rt::Object;

enum AttrCacheKind : std::uint16_t { ATTR_IN_DICT = 0, ATTR_IN_SLOT = 1, ATTR_ON_CLASS = 2 };

inline unsigned int cache_type_version(const std::uint16_t* cache) {
    return cache[0] | (static_cast<unsigned int>(cache[1]) << 16);
}

// The instance dict of an object whose type keeps it in front of the
// object (a class statement's instances) or at a fixed offset (null when
// it has none yet or its layout is variable).
inline rt::DictObject* fixed_instance_dict(Object* owner) {
    if (rt::has_flag(owner->ob_type, rt::TPFLAGS_MANAGED_DICT)) {
        Object** words = rt::managed_dict_words(owner);
        return static_cast<rt::DictObject*>(words[1] ? words[1] : words[0]);
    }
    rt::ssize_t offset = owner->ob_type->tp_dictoffset;
    if (offset <= 0) return nullptr;
    return *reinterpret_cast<rt::DictObject**>(reinterpret_cast<char*>(owner) + offset);
}

// Whether the cache was filled for the owner's type (then the kind says
// where to look).
[[gnu::always_inline]] inline bool attr_cache_valid(const Object* owner, const std::uint16_t* cache) {
    unsigned int version = cache_type_version(cache);
    return version != 0 && owner->ob_type->tp_version_tag == version;
}

// The slot of a __slots__ member the cache points at.
inline Object** cached_slot(Object* owner, const std::uint16_t* cache) {
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(owner) + cache[2]);
}

// The entry of the instance dict an ATTR_IN_DICT cache points at, if it is
// still `name`'s: its index, or -1.
[[gnu::always_inline]] inline rt::ssize_t cached_attr_index(Object* owner, Object* name, const std::uint16_t* cache) {
    rt::DictObject* dict = fixed_instance_dict(owner);
    if (!dict) return -1;
    const rt::DictKeysObject* keys = dict->ma_keys;
    rt::ssize_t ix = cache[2];
    if (keys->dk_kind != rt::dictimpl::DICT_KEYS_UNICODE || ix >= keys->dk_nentries) return -1;
    const rt::dictimpl::DictUnicodeEntry& e = rt::dictimpl::unicode_entries(keys)[ix];
    return e.me_key == name && e.me_value ? ix : -1;
}

// Whether the dict certainly has no key `name` (an exact, usually interned
// str): its probe sequence is followed comparing identities.  False when it
// finds name or cannot tell (another key object with the same hash: the
// full lookup must compare them).
[[gnu::always_inline]] inline bool dict_lacks_name(const rt::DictObject* d, Object* name) {
    const rt::DictKeysObject* keys = d->ma_keys;
    rt::ssize_t hash = static_cast<const rt::StrObject*>(name)->hash;
    if (hash == -1 || keys->dk_kind != rt::dictimpl::DICT_KEYS_UNICODE) return false;
    std::size_t mask = rt::dictimpl::dk_mask(keys);
    auto perturb = static_cast<std::size_t>(hash);
    std::size_t i = perturb & mask;
    for (;;) {
        rt::ssize_t ix = rt::dictimpl::get_index(keys, i);
        if (ix == rt::dictimpl::DKIX_EMPTY) return true;
        if (ix >= 0) {
            Object* key = rt::dictimpl::unicode_entries(keys)[ix].me_key;
            if (key == name || static_cast<const rt::StrObject*>(key)->hash == hash) return false;
        }
        perturb >>= rt::dictimpl::PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

inline Object* cached_method(const std::uint16_t* cache) {
    Object* meth;
    std::memcpy(&meth, cache + 2, sizeof meth);
    return meth;
}

// Fill the caches after a generic lookup succeeded (no effect when the
// conditions above do not hold).
void fill_attr_cache(Object* owner, Object* name, std::uint16_t* cache, bool store);
void fill_method_cache(Object* owner, Object* meth, std::uint16_t* cache);

}  // namespace glasspy::interp
