// The dict's hash table: keys objects, the index table, lookup with
// perturb probing, insertion, deletion and resizing (CPython 3.11:
// Objects/dictobject.c, the parts below "PyDictKeysObject").  The dict type
// that owns these tables is dict.cpp; see dict.hpp for the layout.
//
// Invariants relied on here: a comparison during lookup may run Python code
// that mutates the dict, so lookups re-check that the keys table and the
// entry are unchanged after each comparison and start over if not
// (CPython's DKIX_KEY_CHANGED).  The static empty keys table is shared and
// never written: insertion into a dict that has it allocates a new table.
#include <cstdlib>
#include <cstring>

#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/obmalloc.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace dictimpl {

// The shared keys table of every empty dict (CPython: Py_EMPTY_KEYS): size
// 1, no usable entries, so the first insertion always builds a real table.
// It is constant: nothing writes to it, and its refcount is never touched.
struct {
    DictKeysObject keys;
    std::int8_t indices[8];
} empty_keys_storage = {{1, 0, 0, DICT_KEYS_UNICODE, 1, 0, 0}, {-1, -1, -1, -1, -1, -1, -1, -1}};
DictKeysObject* const EMPTY_KEYS = &empty_keys_storage.keys;

bool is_str_exact(const Object* o) { return o->ob_type == &str_type; }

ssize_t hash_of_str(Object* s) {
    ssize_t h = static_cast<StrObject*>(s)->hash;  // cached after the first time
    return h != -1 ? h : hash(s);
}

ssize_t entry_hash(const DictKeysObject* k, ssize_t i) {
    return k->dk_kind == DICT_KEYS_UNICODE ? hash_of_str(unicode_entries(k)[i].me_key) : general_entries(k)[i].me_hash;
}

// ---- the index table ------------------------------------------------------------------------

// dk_indices holds 2**dk_log2_size slots of the smallest signed width that
// can name every entry: int8 below 128 slots, int16 below 2**16, ...
void set_index(DictKeysObject* k, std::size_t i, ssize_t ix) {
    char* ind = indices_of(k);
    switch (k->dk_log2_index_bytes - k->dk_log2_size) {
    case 0: reinterpret_cast<std::int8_t*>(ind)[i] = static_cast<std::int8_t>(ix); break;
    case 1: reinterpret_cast<std::int16_t*>(ind)[i] = static_cast<std::int16_t>(ix); break;
    case 2: reinterpret_cast<std::int32_t*>(ind)[i] = static_cast<std::int32_t>(ix); break;
    default: reinterpret_cast<std::int64_t*>(ind)[i] = ix; break;
    }
}

// ---- keys objects ----------------------------------------------------------------------------

// new_keys_object: an empty table of 2**log2_size slots with
// USABLE_FRACTION of them as entries (2/3: the table is never more than
// two-thirds full, which keeps probe sequences short).  Minimal-size
// unicode tables come from a free list when one is there.
DictKeysObject* new_keys_object(int log2_size, bool unicode) {
    ssize_t usable = usable_fraction(ssize_t{1} << log2_size);
    int log2_bytes;
    if (log2_size < 8) log2_bytes = log2_size;
    else if (log2_size < 16) log2_bytes = log2_size + 1;
    else if (log2_size >= 32) log2_bytes = log2_size + 3;
    else log2_bytes = log2_size + 2;
    std::size_t entry_size = unicode ? sizeof(DictUnicodeEntry) : sizeof(DictKeyEntry);
    DictState& st = interp().dict_state;
    DictKeysObject* dk;
    if (log2_size == LOG_MINSIZE && unicode && st.keys_numfree > 0) {
        dk = st.keys_free_list[--st.keys_numfree];
    } else {
        dk = static_cast<DictKeysObject*>(object_malloc(sizeof(DictKeysObject) + (std::size_t{1} << log2_bytes) +
                                                        entry_size * static_cast<std::size_t>(usable)));
        if (!dk) return static_cast<DictKeysObject*>(no_memory());
    }
    dk->dk_refcnt = 1;
    dk->dk_log2_size = static_cast<std::uint8_t>(log2_size);
    dk->dk_log2_index_bytes = static_cast<std::uint8_t>(log2_bytes);
    dk->dk_kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
    dk->dk_version = 0;
    dk->dk_usable = usable;
    dk->dk_nentries = 0;
    // 0xff bytes make every index slot DKIX_EMPTY (-1) at any width.
    std::memset(indices_of(dk), 0xff, std::size_t{1} << log2_bytes);
    std::memset(entries_of(dk), 0, entry_size * static_cast<std::size_t>(usable));
    return dk;
}

void free_keys_object(DictKeysObject* keys) {
    ssize_t n = keys->dk_nentries;
    if (keys->dk_kind == DICT_KEYS_UNICODE) {
        DictUnicodeEntry* ep = unicode_entries(keys);
        for (ssize_t i = 0; i < n; ++i) {
            clear(ep[i].me_key);
            clear(ep[i].me_value);
        }
    } else {
        DictKeyEntry* ep = general_entries(keys);
        for (ssize_t i = 0; i < n; ++i) {
            clear(ep[i].me_key);
            clear(ep[i].me_value);
        }
    }
    DictState& st = interp().dict_state;
    if (keys->dk_log2_size == LOG_MINSIZE && keys->dk_kind == DICT_KEYS_UNICODE &&
        st.keys_numfree < DictState::MAXFREELIST) {
        st.keys_free_list[st.keys_numfree++] = keys;
        return;
    }
    object_free(keys);
}

// clone_combined_dict_keys: a copy of a table with the same size and order
// (used by dict.copy() of a dense dict): the index table is copied as is.
DictKeysObject* clone_keys(const DictKeysObject* keys) {
    auto size = static_cast<std::size_t>(keys_size_in_bytes(keys));
    auto* dk = static_cast<DictKeysObject*>(object_malloc(size));
    if (!dk) return static_cast<DictKeysObject*>(no_memory());
    std::memcpy(dk, keys, size);
    dk->dk_refcnt = 1;
    for (ssize_t i = 0; i < dk->dk_nentries; ++i) {
        if (Object* v = entry_value(dk, i)) {
            incref(entry_key(dk, i));
            incref(v);
        }
    }
    return dk;
}

void keys_decref(DictKeysObject* keys) {
    if (keys == EMPTY_KEYS) return;
    if (--keys->dk_refcnt == 0) free_keys_object(keys);
}

ssize_t keys_size_in_bytes(const DictKeysObject* keys) {
    std::size_t entry_size = keys->dk_kind == DICT_KEYS_UNICODE ? sizeof(DictUnicodeEntry) : sizeof(DictKeyEntry);
    return static_cast<ssize_t>(sizeof(DictKeysObject) + (std::size_t{1} << keys->dk_log2_index_bytes) +
                                static_cast<std::size_t>(usable_fraction(ssize_t{1} << keys->dk_log2_size)) *
                                    entry_size);
}

// calculate_log2_keysize: the smallest power of two >= minsize, and at
// least PyDict_MINSIZE.  CPython 3.11 computes it as bit_length((minsize |
// 8) - 1 | 7), which rounds any minsize below 8 up to 16, not 8: a dict that
// resizes at all gets at least 16 slots.  Reproduced for getsizeof's sake.
int calculate_log2_keysize(ssize_t minsize) {
    auto m = static_cast<std::size_t>((minsize | MINSIZE) - 1) | (MINSIZE - 1);
    int bits = 0;
    while (m) {
        ++bits;
        m >>= 1;
    }
    return bits;
}

// estimate_log2_keysize: room for n items without a resize (n <= 2/3 size).
int estimate_log2_keysize(ssize_t n) { return calculate_log2_keysize((n * 3 + 1) / 2); }

// ---- lookup ------------------------------------------------------------------------------------

// The probe sequence (CPython's dictobject.c explains it at length): start
// at hash & mask; then i = (i*5 + 1 + perturb) & mask with perturb starting
// as the full hash and shifted right by PERTURB_SHIFT each step, so that
// the high bits of the hash take part until perturb reaches 0, after which
// the recurrence alone visits every slot.
ssize_t keys_lookup(DictObject* mp, DictKeysObject* dk, Object* key, ssize_t hash) {
    std::size_t mask = dk_mask(dk);
    auto perturb = static_cast<std::size_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    bool unicode = dk->dk_kind == DICT_KEYS_UNICODE;
    for (;;) {
        ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            Object* startkey;
            ssize_t ep_hash;
            if (unicode) {
                startkey = unicode_entries(dk)[ix].me_key;
                if (startkey == key) return ix;
                ep_hash = hash_of_str(startkey);
            } else {
                startkey = general_entries(dk)[ix].me_key;
                if (startkey == key) return ix;
                ep_hash = general_entries(dk)[ix].me_hash;
            }
            if (ep_hash == hash) {
                incref(startkey);
                int cmp = rich_compare_bool(startkey, key, EQ);
                decref(startkey);
                if (cmp < 0) return DKIX_ERROR;
                Object* now = unicode ? unicode_entries(dk)[ix].me_key : general_entries(dk)[ix].me_key;
                if (dk != mp->ma_keys || now != startkey) return DKIX_KEY_CHANGED;
                if (cmp > 0) return ix;
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

ssize_t dict_lookup(DictObject* mp, Object* key, ssize_t hash, Object** value) {
    for (;;) {
        DictKeysObject* dk = mp->ma_keys;
        ssize_t ix = keys_lookup(mp, dk, key, hash);
        if (ix == DKIX_KEY_CHANGED) continue;  // the dict was mutated: restart
        if (value) *value = ix >= 0 ? entry_value(dk, ix) : nullptr;
        return ix;
    }
}

// find_empty_slot: the first slot on the probe path whose index is < 0,
// i.e. DKIX_EMPTY or DKIX_DUMMY (a deleted entry's slot can be reused for
// a new key; the deleted entry itself never is).
std::size_t find_empty_slot(DictKeysObject* keys, ssize_t hash) {
    std::size_t mask = dk_mask(keys);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    ssize_t ix = get_index(keys, i);
    for (auto perturb = static_cast<std::size_t>(hash); ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = get_index(keys, i);
    }
    return i;
}

// Finds the index slot that points at entry `index` (CPython: lookdict_index).
std::size_t lookdict_index(DictKeysObject* k, ssize_t hash, ssize_t index) {
    std::size_t mask = dk_mask(k);
    auto perturb = static_cast<std::size_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        ssize_t ix = get_index(k, i);
        if (ix == index) return i;
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

// ---- resizing ---------------------------------------------------------------------------------

// dictresize: a new table of 2**log2_newsize slots; the live entries are
// copied over in order (dropping deleted ones, so the new table is dense)
// and the index table is rebuilt.  `unicode` false converts a unicode table
// to general entries (when a non-str key arrives).
int dictresize(DictObject* mp, int log2_newsize, bool unicode) {
    DictKeysObject* oldkeys = mp->ma_keys;
    if (oldkeys->dk_kind != DICT_KEYS_UNICODE) unicode = false;
    DictKeysObject* newkeys = new_keys_object(log2_newsize, unicode);
    if (!newkeys) return -1;
    ssize_t numentries = mp->ma_used;
    ssize_t n = oldkeys->dk_nentries;
    ssize_t j = 0;
    for (ssize_t i = 0; i < n; ++i) {
        Object* key;
        Object* value;
        ssize_t hash;
        if (oldkeys->dk_kind == DICT_KEYS_UNICODE) {
            DictUnicodeEntry& e = unicode_entries(oldkeys)[i];
            if (!e.me_value) continue;
            key = e.me_key;
            value = e.me_value;
            hash = hash_of_str(key);
        } else {
            DictKeyEntry& e = general_entries(oldkeys)[i];
            if (!e.me_value) continue;
            key = e.me_key;
            value = e.me_value;
            hash = e.me_hash;
        }
        if (unicode) {
            unicode_entries(newkeys)[j] = {key, value};
        } else {
            general_entries(newkeys)[j] = {hash, key, value};
        }
        set_index(newkeys, find_empty_slot(newkeys, hash), j);
        ++j;
    }
    // The references moved to the new table: free the old one without
    // dropping them.
    if (oldkeys != EMPTY_KEYS) {
        oldkeys->dk_nentries = 0;
        keys_decref(oldkeys);
    }
    mp->ma_keys = newkeys;
    newkeys->dk_usable -= numentries;
    newkeys->dk_nentries = numentries;
    return 0;
}

// GROWTH_RATE (CPython 3.11: used * 3): the new table is sized for three
// times the live items, so a dict that keeps growing doubles or more per
// resize, and one that churns (insert/delete) does not grow at all.
int insertion_resize(DictObject* mp, bool unicode) {
    return dictresize(mp, calculate_log2_keysize(mp->ma_used * 3), unicode);
}

// MAINTAIN_TRACKING: an untracked dict starts being tracked once it holds
// something that could be part of a cycle.
void maintain_tracking(DictObject* mp, Object* key, Object* value) {
    if (!gc::is_tracked(mp) && !gc::is_managed(mp) && (gc_may_be_tracked(key) || gc_may_be_tracked(value)))
        gc::track(interp().gc, mp);
}

std::uint64_t next_version() { return ++interp().dict_state.global_version; }

void replace_value_at(DictObject* mp, ssize_t ix, Object* value) {
    DictKeysObject* keys = mp->ma_keys;
    Object* old = entry_value(keys, ix);
    maintain_tracking(mp, entry_key(keys, ix), value);
    set_entry_value(keys, ix, value);
    mp->ma_version_tag = next_version();
    decref(old);
}

// insertdict: takes over one reference each to key and value.
int insertdict(DictObject* mp, Object* key, ssize_t hash, Object* value) {
    if (mp->ma_keys == EMPTY_KEYS) {
        // insert_to_emptydict: the first key decides the table kind.
        DictKeysObject* newkeys = new_keys_object(LOG_MINSIZE, is_str_exact(key));
        if (!newkeys) {
            decref(key);
            decref(value);
            return -1;
        }
        mp->ma_keys = newkeys;
        maintain_tracking(mp, key, value);
        std::size_t hashpos = static_cast<std::size_t>(hash) & dk_mask(newkeys);
        set_index(newkeys, hashpos, 0);
        if (newkeys->dk_kind == DICT_KEYS_UNICODE) unicode_entries(newkeys)[0] = {key, value};
        else general_entries(newkeys)[0] = {hash, key, value};
        mp->ma_used++;
        mp->ma_version_tag = next_version();
        newkeys->dk_usable--;
        newkeys->dk_nentries++;
        return 0;
    }
    if (mp->ma_keys->dk_kind == DICT_KEYS_UNICODE && !is_str_exact(key)) {
        if (insertion_resize(mp, false) < 0) goto fail;
    }
    {
        Object* old_value;
        ssize_t ix = dict_lookup(mp, key, hash, &old_value);
        if (ix == DKIX_ERROR) goto fail;
        maintain_tracking(mp, key, value);
        if (ix == DKIX_EMPTY) {
            if (mp->ma_keys->dk_usable <= 0) {
                if (insertion_resize(mp, true) < 0) goto fail;
            }
            DictKeysObject* keys = mp->ma_keys;
            std::size_t hashpos = find_empty_slot(keys, hash);
            set_index(keys, hashpos, keys->dk_nentries);
            if (keys->dk_kind == DICT_KEYS_UNICODE) unicode_entries(keys)[keys->dk_nentries] = {key, value};
            else general_entries(keys)[keys->dk_nentries] = {hash, key, value};
            mp->ma_used++;
            mp->ma_version_tag = next_version();
            keys->dk_usable--;
            keys->dk_nentries++;
            return 0;
        }
        // Replace the value; the dict keeps its original key object.  If the
        // value is the same object, dropping "the old value" drops the extra
        // reference the caller passed in.
        if (old_value != value) {
            set_entry_value(mp->ma_keys, ix, value);
            mp->ma_version_tag = next_version();
        }
        decref(old_value);
        decref(key);
        return 0;
    }
fail:
    decref(value);
    decref(key);
    return -1;
}

// Removes entry ix whose index slot is hashpos: the slot becomes DKIX_DUMMY
// (probes for other keys must keep going past it), the entry is emptied.
void delitem_common(DictObject* mp, std::size_t hashpos, ssize_t ix, Object* old_value) {
    mp->ma_used--;
    mp->ma_version_tag = next_version();
    DictKeysObject* keys = mp->ma_keys;
    set_index(keys, hashpos, DKIX_DUMMY);
    Object* old_key;
    if (keys->dk_kind == DICT_KEYS_UNICODE) {
        old_key = unicode_entries(keys)[ix].me_key;
        unicode_entries(keys)[ix] = {nullptr, nullptr};
    } else {
        old_key = general_entries(keys)[ix].me_key;
        general_entries(keys)[ix] = {0, nullptr, nullptr};
    }
    decref(old_key);
    decref(old_value);
}

}  // namespace dictimpl

}  // namespace glasspy::rt
