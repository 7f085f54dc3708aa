// dict (CPython: Objects/dictobject.c, Include/internal/pycore_dict.h,
// Objects/dictnotes.txt).
//
// The compact, insertion-ordered layout of CPython 3.6+, as 3.11 has it:
//     DictObject  ->  DictKeysObject
//                       header (dk_log2_size, dk_usable, dk_nentries, ...)
//                       dk_indices[2**dk_log2_size]  1/2/4/8-byte slots
//                       entries[usable]              dense, in insertion order
// A lookup hashes the key, probes dk_indices with CPython's perturb
// sequence, and an index >= 0 names an entry.  Deleting an entry leaves
// DKIX_DUMMY in its index slot (probing must continue past it) and a null
// key/value in the entry; entries are never reused, so iteration order is
// insertion order.  Keys tables whose keys are all exact str use 16-byte
// entries without the hash (DICT_KEYS_UNICODE), others 24-byte entries
// (DICT_KEYS_GENERAL): this is why sys.getsizeof({'a': 1}) == 184 but
// sys.getsizeof({1: 1}) == 224.  Split tables are not implemented.
//
// Invariants:
// - ma_used is the number of live items; ma_keys is never null (an empty
//   dict shares the static empty keys, which nothing writes to).
// - Entries [0, dk_nentries) were used once; a live one has key and value
//   non-null.  dk_usable is how many more entries fit before a resize.
// - A dict is tracked by the collector only once it holds a key or value
//   that may be tracked (CPython's MAINTAIN_TRACKING): gc.is_tracked({}) is
//   False, gc.is_tracked({'a': []}) is True.
// - Freed dict objects are kept on a free list of up to 80, and freed
//   minimal-size unicode keys tables on another (CPython 3.11).
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject dict_type;
extern TypeObject dict_keyiter_type;   // dict_keyiterator
extern TypeObject dict_valueiter_type; // dict_valueiterator
extern TypeObject dict_itemiter_type;
extern TypeObject dict_revkeyiter_type;    // dict_reversekeyiterator (reversed(d))
extern TypeObject dict_revvalueiter_type;  // dict_reversevalueiterator
extern TypeObject dict_revitemiter_type;   // dict_reverseitemiterator  // dict_itemiterator

struct DictKeysObject;

struct DictObject : Object {
    ssize_t ma_used;             // number of items
    std::uint64_t ma_version_tag;  // changes on every mutation (PEP 509)
    DictKeysObject* ma_keys;
    Object** ma_values;          // split tables only: always null here
};

// The free lists and the version counter, held by InterpreterState
// (CPython 3.11: struct _Py_dict_state in pycore_dict.h).
struct DictState {
    static constexpr int MAXFREELIST = 80;  // PyDict_MAXFREELIST
    std::uint64_t global_version = 0;
    DictObject* free_list[MAXFREELIST] = {};
    int numfree = 0;
    DictKeysObject* keys_free_list[MAXFREELIST] = {};
    int keys_numfree = 0;
};

Object* dict_new();
// Frees the dicts and key tables kept for reuse (CPython:
// _PyDict_ClearFreeList); a collection of the oldest generation does it.
void dict_clear_free_list();
// An instance's implicit __dict__, made by its first attribute assignment
// (glasspy's stand-in for CPython 3.11's inline attribute values): a real
// dict, but not a container of its own for the cycle collector -- not
// counted as an allocation, never tracked; the instance's tp_traverse
// visits what it holds.  Asking for obj.__dict__ makes it an ordinary dict
// (dict_materialize), as CPython 3.11 builds the dict object only then.
Object* dict_new_managed();
void dict_materialize(Object* d);
// A dict with room for minused items without resizing (CPython:
// _PyDict_NewPresized, used by BUILD_MAP).
Object* dict_new_presized(ssize_t minused);
// d[key] as a borrowed reference, or null: not found (no exception set) or
// an error while hashing/comparing (exception set; check error_occurred()).
Borrowed<> dict_getitem(Object* d, Object* key);
Borrowed<> dict_getitem_str(Object* d, std::string_view key);
int dict_setitem(Object* d, Object* key, Object* value);  // 0 or -1
int dict_setitem_str(Object* d, std::string_view key, Object* value);
int dict_delitem(Object* d, Object* key);  // -1 with KeyError if absent
int dict_delitem_str(Object* d, std::string_view key);
ssize_t dict_size(const Object* d);
// Iterates in insertion order: *pos starts at 0; borrowed key and value.
bool dict_next(Object* d, ssize_t* pos, Object** key, Object** value);
bool is_dict(const Object* o);        // dict or a subclass
// Whether the dict's keys table holds str keys only (CPython's unicode
// kind): then tp_traverse leaves the keys out, as atoms.
bool dict_has_str_keys_only(const Object* d);
bool is_dict_exact(const Object* o);  // exactly dict

// 1 if key is in d, 0 if not, -1 on error.
int dict_contains(Object* d, Object* key);
// ---- the dict methods, as C++ functions (new references; null on error)
Object* dict_get(Object* d, Object* key, Object* default_value);  // null default: None
Object* dict_setdefault(Object* d, Object* key, Object* default_value);
// d.pop(key[, default]): default null means "no default" (KeyError(key)).
Object* dict_pop(Object* d, Object* key, Object* default_value);
Object* dict_popitem(Object* d);  // a (key, value) tuple; KeyError if empty
int dict_update(Object* d, Object* other);  // other: a dict, or an iterable of pairs
// Merges a dict's items in; override 0 keeps existing keys (CPython PyDict_Merge).
int dict_merge(Object* d, Object* other, int override);
Object* dict_copy(Object* d);
// d | other and d |= other (PEP 584): the number slots of dict.
Object* dict_or(Object* a, Object* b);
Object* dict_ior(Object* self, Object* other);
void dict_clear(Object* d);
// New lists in insertion order (the views come later).
// An iterator of d's keys, values or items (iter_type: dict_keyiter_type ...).
Object* dict_iter_of(Object* d, TypeObject* iter_type);
// Lists of the keys, values, items (for C++ callers; d.keys() is a view,
// dict_views.hpp).
Object* dict_keys(Object* d);
Object* dict_values(Object* d);
Object* dict_items(Object* d);
// dict.fromkeys(iterable, value)
Object* dict_fromkeys(Object* iterable, Object* value);
// dict.__sizeof__(): 48, plus the keys table when the dict owns it;
// sys.getsizeof adds the GC header.
ssize_t dict_sizeof(const Object* d);
// Raises KeyError(key) with the key as the exception's only argument
// (CPython: _PyErr_SetKeyError, which wraps tuples so they stay one arg).
void set_key_error(Object* key);

// Layout facts for the tests and the teaching views.
struct DictLayout {
    int log2_size;        // dk_log2_size (0 for the shared empty keys)
    int log2_index_bytes; // dk_log2_index_bytes
    bool unicode;         // DICT_KEYS_UNICODE
    ssize_t usable;       // dk_usable
    ssize_t nentries;     // dk_nentries
};
DictLayout dict_layout(const Object* d);

// ---- the keys table, shared by dict_keys.cpp (the hash table) and dict.cpp --------------
// (CPython 3.11: Include/internal/pycore_dict.h.)  Not for use outside them.
namespace dictimpl {

inline constexpr ssize_t DKIX_EMPTY = -1;        // index slot never used
inline constexpr ssize_t DKIX_DUMMY = -2;        // index slot of a deleted entry
inline constexpr ssize_t DKIX_ERROR = -3;        // lookup failed (exception set)
inline constexpr ssize_t DKIX_KEY_CHANGED = -4;  // a comparison mutated the dict: retry
inline constexpr int PERTURB_SHIFT = 5;
inline constexpr int LOG_MINSIZE = 3;            // PyDict_LOG_MINSIZE
inline constexpr ssize_t MINSIZE = 8;            // PyDict_MINSIZE
enum DictKeysKind : std::uint8_t { DICT_KEYS_GENERAL = 0, DICT_KEYS_UNICODE = 1 };

// USABLE_FRACTION: at most 2/3 of the slots hold entries.
constexpr ssize_t usable_fraction(ssize_t n) { return (n << 1) / 3; }

struct DictKeyEntry {  // DICT_KEYS_GENERAL: 24 bytes
    ssize_t me_hash;
    Object* me_key;
    Object* me_value;  // null: deleted
};
struct DictUnicodeEntry {  // DICT_KEYS_UNICODE: 16 bytes; the hash is the str's own
    Object* me_key;
    Object* me_value;
};

}  // namespace dictimpl

// The keys object: 32 bytes of header, then dk_indices (2**dk_log2_index_bytes
// bytes), then the entries.
struct DictKeysObject {
    ssize_t dk_refcnt;
    std::uint8_t dk_log2_size;         // the index table has 2**dk_log2_size slots
    std::uint8_t dk_log2_index_bytes;  // ... taking 2**dk_log2_index_bytes bytes
    std::uint8_t dk_kind;              // DictKeysKind
    std::uint32_t dk_version;
    ssize_t dk_usable;    // entries still free
    ssize_t dk_nentries;  // entries used so far (live or deleted)
};
static_assert(sizeof(DictKeysObject) == 32, "CPython 3.11's PyDictKeysObject header");

namespace dictimpl {

extern DictKeysObject* const EMPTY_KEYS;

inline char* indices_of(const DictKeysObject* k) {
    return reinterpret_cast<char*>(const_cast<DictKeysObject*>(k) + 1);
}
inline void* entries_of(const DictKeysObject* k) {
    return indices_of(k) + (std::size_t{1} << k->dk_log2_index_bytes);
}
inline DictKeyEntry* general_entries(const DictKeysObject* k) { return static_cast<DictKeyEntry*>(entries_of(k)); }
inline DictUnicodeEntry* unicode_entries(const DictKeysObject* k) {
    return static_cast<DictUnicodeEntry*>(entries_of(k));
}
inline std::size_t dk_mask(const DictKeysObject* k) { return (std::size_t{1} << k->dk_log2_size) - 1; }
inline Object* entry_key(const DictKeysObject* k, ssize_t i) {
    return k->dk_kind == DICT_KEYS_UNICODE ? unicode_entries(k)[i].me_key : general_entries(k)[i].me_key;
}
inline Object* entry_value(const DictKeysObject* k, ssize_t i) {
    return k->dk_kind == DICT_KEYS_UNICODE ? unicode_entries(k)[i].me_value : general_entries(k)[i].me_value;
}
inline void set_entry_value(DictKeysObject* k, ssize_t i, Object* v) {
    if (k->dk_kind == DICT_KEYS_UNICODE) unicode_entries(k)[i].me_value = v;
    else general_entries(k)[i].me_value = v;
}
bool is_str_exact(const Object* o);
ssize_t hash_of_str(Object* s);  // a str's (cached) hash: cannot fail
ssize_t entry_hash(const DictKeysObject* k, ssize_t i);

DictKeysObject* new_keys_object(int log2_size, bool unicode);
void keys_decref(DictKeysObject* keys);
DictKeysObject* clone_keys(const DictKeysObject* keys);  // new references to all items
ssize_t keys_size_in_bytes(const DictKeysObject* keys);
int calculate_log2_keysize(ssize_t minsize);
int estimate_log2_keysize(ssize_t n);
// The index table's slot i: an entry index, DKIX_EMPTY or DKIX_DUMMY; the
// table's width follows its size (int8 up to 128 slots, ...).  Inline: every
// probe of every lookup reads one.
inline ssize_t get_index(const DictKeysObject* k, std::size_t i) {
    const char* ind = indices_of(k);
    switch (k->dk_log2_index_bytes - k->dk_log2_size) {
    case 0: return reinterpret_cast<const std::int8_t*>(ind)[i];
    case 1: return reinterpret_cast<const std::int16_t*>(ind)[i];
    case 2: return reinterpret_cast<const std::int32_t*>(ind)[i];
    default: return reinterpret_cast<const std::int64_t*>(ind)[i];
    }
}
void set_index(DictKeysObject* k, std::size_t i, ssize_t ix);
// The entry index of key (>= 0), DKIX_EMPTY, or DKIX_ERROR; *value borrowed.
ssize_t dict_lookup(DictObject* mp, Object* key, ssize_t hash, Object** value);
std::size_t find_empty_slot(DictKeysObject* keys, ssize_t hash);
std::size_t lookdict_index(DictKeysObject* k, ssize_t hash, ssize_t index);
int dictresize(DictObject* mp, int log2_newsize, bool unicode);
// Inserts or replaces, taking over one reference each to key and value.
int insertdict(DictObject* mp, Object* key, ssize_t hash, Object* value);
void delitem_common(DictObject* mp, std::size_t hashpos, ssize_t ix, Object* old_value);
int delitem_known_hash(DictObject* mp, Object* key, ssize_t hash);
std::uint64_t next_version();
// Entry ix's value becomes value (its reference taken over); the old value
// is dropped last, the version changes and GC tracking follows the value.
void replace_value_at(DictObject* mp, ssize_t ix, Object* value);
Object* new_dict(DictKeysObject* keys, bool managed = false);

}  // namespace dictimpl

}  // namespace glasspy::rt
