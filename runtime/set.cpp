// set and frozenset (CPython 3.11: Objects/setobject.c).  See set.hpp for
// the table layout and its invariants.
//
// Invariants relied on here: comparing keys may run Python code that
// mutates the set, so a probe re-checks the table and the entry after each
// comparison and restarts if either changed; clearing or freeing a table
// first detaches it from the set, then drops the keys.
#include "runtime/set.hpp"

#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/obmalloc.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

static_assert(sizeof(SetObject) == 200, "CPython's PySetObject: getsizeof(set()) == 216 with the GC header");

// The method table, with the wrappers that check arguments (set_type.cpp).
extern const BuiltinDef set_methods[];
extern const BuiltinDef frozenset_methods[];

namespace {

// LINEAR_PROBES: how many adjacent entries a probe checks before jumping;
// PERTURB_SHIFT as in dict (CPython 3.11 setobject.c).
constexpr std::size_t LINEAR_PROBES = 9;
constexpr int PERTURB_SHIFT = 5;

// The marker a deleted entry keeps as its key (CPython: _dummy_struct).
// A constant: never refcounted, never a member of any set.
Object dummy_struct{1, nullptr};
Object* const dummy = &dummy_struct;

SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }

// ---- probing -----------------------------------------------------------------------------------

// set_lookkey: the entry holding key, or the unused entry where the probe
// ended (key null), or null with an exception set.
SetEntry* set_lookkey(SetObject* so, Object* key, ssize_t hash) {
restart:
    std::size_t mask = static_cast<std::size_t>(so->mask);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    auto perturb = static_cast<std::size_t>(hash);
    for (;;) {
        SetEntry* entry = &so->table[i];
        std::size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) return entry;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) return entry;
                SetEntry* table = so->table;
                incref(startkey);
                int cmp = rich_compare_bool(startkey, key, EQ);
                decref(startkey);
                if (cmp < 0) return nullptr;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = static_cast<std::size_t>(so->mask);
            }
            ++entry;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// set_insert_clean: insert into a table known to hold neither the key nor
// dummies (during a resize), so only an unused entry need be found.
void set_insert_clean(SetEntry* table, std::size_t mask, Object* key, ssize_t hash) {
    auto perturb = static_cast<std::size_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (!entry->key) goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (std::size_t j = 0; j < LINEAR_PROBES; ++j) {
                ++entry;
                if (!entry->key) goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found_null:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

// set_table_resize: a table of the smallest power of two > minused (at
// least 8; the smalltable inside the object when it is 8), with the active
// keys reinserted and the dummies gone.
int set_table_resize(SetObject* so, ssize_t minused) {
    std::size_t newsize = SetObject::MINSIZE;
    while (newsize <= static_cast<std::size_t>(minused)) newsize <<= 1;
    SetEntry* oldtable = so->table;
    bool is_oldtable_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SetObject::MINSIZE];
    SetEntry* newtable;
    if (newsize == SetObject::MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;  // no dummies: nothing to do
            std::memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = static_cast<SetEntry*>(object_malloc(newsize * sizeof(SetEntry)));
        if (!newtable) {
            no_memory();
            return -1;
        }
    }
    std::memset(newtable, 0, newsize * sizeof(SetEntry));
    std::size_t oldmask = static_cast<std::size_t>(so->mask);
    so->mask = static_cast<ssize_t>(newsize - 1);
    so->table = newtable;
    for (std::size_t i = 0; i <= oldmask; ++i) {
        SetEntry& e = oldtable[i];
        if (e.key && e.key != dummy) set_insert_clean(newtable, newsize - 1, e.key, e.hash);
    }
    so->fill = so->used;
    if (is_oldtable_malloced) object_free(oldtable);
    return 0;
}

// set_add_entry: takes no reference from the caller (it increfs the key it
// stores).  The table grows when it is 3/5 full, to 4 times the active keys
// (2 times beyond 50000).
int set_add_entry(SetObject* so, Object* key, ssize_t hash) {
    incref(key);
restart:
    std::size_t mask = static_cast<std::size_t>(so->mask);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    SetEntry* freeslot = nullptr;
    auto perturb = static_cast<std::size_t>(hash);
    SetEntry* entry;
    for (;;) {
        entry = &so->table[i];
        std::size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) goto found_active;
                SetEntry* table = so->table;
                incref(startkey);
                int cmp = rich_compare_bool(startkey, key, EQ);
                decref(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) {
                    decref(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey) goto restart;
                mask = static_cast<std::size_t>(so->mask);
            } else if (entry->hash == -1 && !freeslot) {
                freeslot = entry;
            }
            ++entry;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        // Reuse the first dummy on the path: fill does not change.
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (static_cast<std::size_t>(so->fill) * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    decref(key);
    return 0;
}

int set_add_key(SetObject* so, Object* key) {
    ssize_t h = hash(key);
    if (h == -1) return -1;
    return set_add_entry(so, key, h);
}

int set_contains_entry(SetObject* so, Object* key, ssize_t hash) {
    SetEntry* entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    return entry->key != nullptr;
}

int set_contains_key(SetObject* so, Object* key) {
    ssize_t h = hash(key);
    if (h == -1) return -1;
    return set_contains_entry(so, key, h);
}

// 1 removed, 0 not found, -1 error.  The entry becomes a dummy: later keys
// may have probed past it, so it cannot simply become unused.
int set_discard_entry(SetObject* so, Object* key, ssize_t hash) {
    SetEntry* entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    if (!entry->key) return 0;
    Object* old_key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    decref(old_key);
    return 1;
}

// ---- creation, destruction ----------------------------------------------------------------------

void set_empty_to_minsize(SetObject* so) {
    std::memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = SetObject::MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

// set_clear_internal: the set is made empty before the old keys are
// dropped, since dropping them may run code that looks at the set.
void set_clear_internal(SetObject* so) {
    SetEntry* table = so->table;
    bool malloced = table != so->smalltable;
    ssize_t used = so->used;
    SetEntry small_copy[SetObject::MINSIZE];
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        std::memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SetEntry* entry = table; used > 0; ++entry) {
        if (entry->key && entry->key != dummy) {
            --used;
            decref(entry->key);
        }
    }
    if (malloced) object_free(table);
}

SetObject* make_new_set(TypeObject* type) {
    auto* so = static_cast<SetObject*>(alloc_object(type));
    if (!so) return static_cast<SetObject*>(no_memory());
    set_empty_to_minsize(so);
    so->finger = 0;
    so->weakreflist = nullptr;
    gc::track(interp().gc, so);
    return so;
}

void set_dealloc(Object* self) {
    SetObject* so = as_set(self);
    if (gc::is_tracked(so)) gc::untrack(so);
    if (!trashcan_begin(so)) return;
    ssize_t used = so->used;
    for (SetEntry* entry = so->table; used > 0; ++entry) {
        if (entry->key && entry->key != dummy) {
            --used;
            decref(entry->key);
        }
    }
    if (so->table != so->smalltable) object_free(so->table);
    free_object(so);
    trashcan_end();
}

int set_traverse(Object* self, visitproc visit, void* arg) {
    ssize_t pos = 0;
    Object* key;
    ssize_t h;
    while (set_next(self, &pos, &key, &h))
        if (int r = visit(key, arg)) return r;
    return 0;
}

int set_clear_slot(Object* self) {
    set_clear_internal(as_set(self));
    return 0;
}

// set_merge: add all of another set's keys, using their stored hashes.
int set_merge(SetObject* so, SetObject* other) {
    if (other == so || other->used == 0) return 0;
    // One big resize at the start rather than several while inserting.
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
    SetEntry* so_entry = so->table;
    SetEntry* other_entry = other->table;
    // Our table is empty, same size as theirs, and theirs has no dummies:
    // copy the entries as they are.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; ++i, ++so_entry, ++other_entry) {
            if (Object* key = other_entry->key) {
                incref(key);
                so_entry->key = key;
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    // Our table is empty: no duplicates are possible, insert cleanly.
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = other->mask + 1; i > 0; --i, ++other_entry) {
            Object* key = other_entry->key;
            if (key && key != dummy) {
                incref(key);
                set_insert_clean(so->table, static_cast<std::size_t>(so->mask), key, other_entry->hash);
            }
        }
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; ++i) {
        SetEntry* e = &other->table[i];
        if (e->key && e->key != dummy)
            if (set_add_entry(so, e->key, e->hash)) return -1;
    }
    return 0;
}

int set_update_internal(SetObject* so, Object* other) {
    if (is_anyset(other)) return set_merge(so, as_set(other));
    if (is_dict_exact(other)) {
        ssize_t dictsize = dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3)
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
        ssize_t pos = 0;
        Object* key;
        while (dict_next(other, &pos, &key, nullptr))
            if (set_add_key(so, key)) return -1;
        return 0;
    }
    Ref<> it = Ref<>::steal(get_iter(other));
    if (!it) return -1;
    for (;;) {
        Ref<> key = Ref<>::steal(iter_next(it.get()));
        if (!key) return error_occurred() ? -1 : 0;
        if (set_add_key(so, key.get())) return -1;
    }
}

// A new set or frozenset (the base type of `type`) holding iterable's keys.
Object* make_new_set_basetype(TypeObject* type, Object* iterable) {
    TypeObject* base = is_subtype(type, &frozenset_type) ? &frozenset_type : &set_type;
    SetObject* so = make_new_set(base);
    if (!so) return nullptr;
    if (iterable && set_update_internal(so, iterable) < 0) {
        decref(so);
        return nullptr;
    }
    return so;
}

// ---- repr, hash, compare -------------------------------------------------------------------

// "{1, 2}", "set()", "frozenset({1})": the list repr of the keys with its
// brackets swapped for braces.
Object* set_repr(Object* self) {
    const char* name = self->ob_type->tp_name;
    bool plain_set = self->ob_type == &set_type;
    int status = repr_enter(self);
    if (status != 0) return status > 0 ? str_from_utf8(fmt::format("{}(...)", name)) : nullptr;
    Object* result;
    if (set_size(self) == 0) {
        result = str_from_utf8(fmt::format("{}()", name));
    } else {
        Ref<> keys = Ref<>::steal(list_from_iterable(self));
        Ref<> listrepr = keys ? Ref<>::steal(repr(keys.get())) : nullptr;
        if (!listrepr) {
            repr_leave(self);
            return nullptr;
        }
        std::string text = str_to_utf8(listrepr.get());
        std::string inner = text.substr(1, text.size() - 2);
        result = str_from_utf8(plain_set ? fmt::format("{{{}}}", inner) : fmt::format("{}({{{}}})", name, inner));
    }
    repr_leave(self);
    return result;
}

// frozenset_hash: order-independent, so it combines the entries' hashes
// with xor after shuffling their bits (so that similar hashes do not
// cancel); unused entries (hash 0) and dummies (hash -1) are included for
// speed and their effect removed afterwards.
std::uint64_t shuffle_bits(std::uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

ssize_t frozenset_hash(Object* self) {
    SetObject* so = as_set(self);
    if (so->hash != -1) return so->hash;
    std::uint64_t h = 0;
    for (SetEntry* entry = so->table; entry <= &so->table[so->mask]; ++entry)
        h ^= shuffle_bits(static_cast<std::uint64_t>(entry->hash));
    // Remove the effect of an odd number of unused entries.
    if ((so->mask + 1 - so->fill) & 1) h ^= shuffle_bits(0);
    // Remove the effect of an odd number of dummy entries.
    if ((so->fill - so->used) & 1) h ^= shuffle_bits(static_cast<std::uint64_t>(-1));
    // Factor in the number of active entries.
    h ^= (static_cast<std::uint64_t>(so->used) + 1) * 1927868237UL;
    // Disperse patterns arising in nested frozensets.
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    if (h == static_cast<std::uint64_t>(-1)) h = 590923713UL;
    so->hash = static_cast<ssize_t>(h);
    return so->hash;
}

Object* set_richcompare(Object* v, Object* w, int op) {
    if (!is_anyset(w)) return new_ref(NotImplemented()).release();
    int r;
    switch (op) {
    case EQ:
    case NE:
        if (set_size(v) != set_size(w)) return bool_from(op == NE);
        if (as_set(v)->hash != -1 && as_set(w)->hash != -1 && as_set(v)->hash != as_set(w)->hash)
            return bool_from(op == NE);
        r = set_issubset(v, w);
        if (r < 0) return nullptr;
        return bool_from((r == 1) == (op == EQ));
    case LE: r = set_issubset(v, w); break;
    case GE: r = set_issuperset(v, w); break;
    case LT:
        if (set_size(v) >= set_size(w)) return bool_from(false);
        r = set_issubset(v, w);
        break;
    default:  // GT
        if (set_size(v) <= set_size(w)) return bool_from(false);
        r = set_issuperset(v, w);
        break;
    }
    if (r < 0) return nullptr;
    return bool_from(r == 1);
}

ssize_t set_length(Object* self) { return set_size(self); }
int set_contains_slot(Object* self, Object* key) { return set_contains(self, key); }

// ---- the number slots: | & - ^ and their in-place forms ---------------------------------------

Object* set_or(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_ref(NotImplemented()).release();
    return set_union(a, b);
}
Object* set_and(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_ref(NotImplemented()).release();
    return set_intersection(a, b);
}
Object* set_sub(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_ref(NotImplemented()).release();
    return set_difference(a, b);
}
Object* set_xor(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_ref(NotImplemented()).release();
    return set_symmetric_difference(a, b);
}
Object* set_ior(Object* a, Object* b) {
    if (!is_anyset(b)) return new_ref(NotImplemented()).release();
    if (set_update_internal(as_set(a), b) < 0) return nullptr;
    return new_ref(a).release();
}

// ---- the iterator --------------------------------------------------------------------------------

struct SetIterObject : Object {
    Object* si_set;  // null once exhausted
    ssize_t si_used;
    ssize_t si_pos;
    ssize_t len;
};

Object* set_iter(Object* self) {
    auto* si = static_cast<SetIterObject*>(alloc_object(&set_iter_type));
    if (!si) return no_memory();
    incref(self);
    si->si_set = self;
    si->si_used = set_size(self);
    si->si_pos = 0;
    si->len = set_size(self);
    gc::track(interp().gc, si);
    return si;
}

void setiter_dealloc(Object* self) {
    auto* si = static_cast<SetIterObject*>(self);
    if (gc::is_tracked(si)) gc::untrack(si);
    clear(si->si_set);
    free_object(si);
}

int setiter_traverse(Object* self, visitproc visit, void* arg) {
    auto* si = static_cast<SetIterObject*>(self);
    return si->si_set ? visit(si->si_set, arg) : 0;
}

Object* setiter_next(Object* self) {
    auto* si = static_cast<SetIterObject*>(self);
    Object* s = si->si_set;
    if (!s) return nullptr;
    SetObject* so = as_set(s);
    if (si->si_used != so->used) {
        set_error(&exc::RuntimeError, "Set changed size during iteration");
        si->si_used = -1;  // make this state sticky
        return nullptr;
    }
    ssize_t i = si->si_pos;
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == dummy)) ++i;
    si->si_pos = i + 1;
    if (i > so->mask) {
        clear(si->si_set);
        return nullptr;
    }
    si->len--;
    return new_ref(so->table[i].key).release();
}


// set.__new__ makes an empty set; set.__init__(iterable=()) fills it.
Object* set_tp_new(TypeObject* type, Object*, Object* kwargs) {
    if (type == &set_type && !check_no_keywords("set", kwargs)) return nullptr;
    return make_new_set(type);
}

int set_tp_init(Object* self, Object* args, Object* kwargs) {
    if (!check_no_keywords("set", kwargs) || !check_positional("set", args, 0, 1)) return -1;
    SetObject* so = as_set(self);
    if (so->fill) set_clear_internal(so);
    so->hash = -1;
    if (tuple_size(args)) return set_update_internal(so, tuple_item(args, 0));
    return 0;
}

// frozenset(iterable=()): all the work is in __new__, since a frozenset
// cannot change once made; frozenset(f) of an exact frozenset is f.
Object* frozenset_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    if (type == &frozenset_type && !check_no_keywords("frozenset", kwargs)) return nullptr;
    if (!check_positional("frozenset", args, 0, 1)) return nullptr;
    Object* iterable = tuple_size(args) ? tuple_item(args, 0) : nullptr;
    if (type == &frozenset_type) return frozenset_new(iterable);
    SetObject* so = make_new_set(type);
    if (!so) return nullptr;
    if (iterable && set_update_internal(so, iterable) < 0) {
        decref(so);
        return nullptr;
    }
    return so;
}

TypeObject make_set_type(const char* name, bool frozen) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(SetObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_dealloc = set_dealloc;
    t.tp_repr = set_repr;
    t.tp_hash = frozen ? frozenset_hash : hash_not_implemented;
    t.tp_richcompare = set_richcompare;
    t.tp_iter = set_iter;
    t.tp_traverse = set_traverse;
    if (!frozen) t.tp_clear = set_clear_slot;
    t.sq_length = set_length;
    t.sq_contains = set_contains_slot;
    t.nb_or = set_or;
    t.nb_and = set_and;
    t.nb_subtract = set_sub;
    t.nb_xor = set_xor;
    if (!frozen) t.nb_inplace_or = set_ior;
    t.tp_new = frozen ? frozenset_tp_new : set_tp_new;
    if (!frozen) t.tp_init = set_tp_init;
    t.tp_methods = frozen ? frozenset_methods : set_methods;
    return t;
}

// Nothing is promised once the set changed size (the next step fails).
ssize_t setiter_remaining(Object* self) {
    auto* si = static_cast<SetIterObject*>(self);
    return si->si_set && si->si_used == as_set(si->si_set)->used ? si->len : 0;
}

const BuiltinDef SETITER_METHODS[] = {
    {"__length_hint__", length_hint_method<setiter_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};

TypeObject make_set_iter_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "set_iterator";
    t.tp_basicsize = sizeof(SetIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = setiter_dealloc;
    t.tp_traverse = setiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = setiter_next;
    t.tp_methods = SETITER_METHODS;
    return t;
}

}  // namespace

TypeObject set_type = make_set_type("set", false);
TypeObject frozenset_type = make_set_type("frozenset", true);
TypeObject set_iter_type = make_set_iter_type();

// ---- the C++ API -------------------------------------------------------------------------------------

bool is_set(const Object* o) { return is_subtype(o->ob_type, &set_type); }
bool is_frozenset(const Object* o) { return is_subtype(o->ob_type, &frozenset_type); }
bool is_anyset(const Object* o) { return is_set(o) || is_frozenset(o); }

Object* set_new(Object* iterable) { return make_new_set_basetype(&set_type, iterable); }

Object* frozenset_new(Object* iterable) {
    // frozenset(f) of an exact frozenset is f itself: it cannot change.
    if (iterable && iterable->ob_type == &frozenset_type) return new_ref(iterable).release();
    return make_new_set_basetype(&frozenset_type, iterable);
}

int set_add(Object* set, Object* key) { return set_add_key(as_set(set), key); }

int set_discard(Object* set, Object* key) {
    ssize_t h = hash(key);
    if (h == -1) return -1;
    return set_discard_entry(as_set(set), key, h);
}

int set_remove(Object* set, Object* key) {
    int rv = set_discard(set, key);
    if (rv < 0) return -1;
    if (rv == 0) {
        set_key_error(key);
        return -1;
    }
    return 0;
}

int set_contains(Object* set, Object* key) { return set_contains_key(as_set(set), key); }

// set.pop(): the first active entry at or after the finger, which then
// moves past it, so repeated pops do not rescan the same dummies.
Object* set_pop(Object* set) {
    SetObject* so = as_set(set);
    if (so->used == 0) {
        Ref<> msg = Ref<>::steal(str_from_utf8("pop from an empty set"));
        if (msg) set_error_object(&exc::KeyError, msg.get());
        return nullptr;
    }
    SetEntry* limit = so->table + so->mask;
    SetEntry* entry = so->table + (so->finger & so->mask);
    while (!entry->key || entry->key == dummy) {
        ++entry;
        if (entry > limit) entry = so->table;
    }
    Object* key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;  // the table's reference becomes the caller's
}

int set_update(Object* set, Object* iterable) { return set_update_internal(as_set(set), iterable); }
void set_clear(Object* set) { set_clear_internal(as_set(set)); }
Object* set_copy(Object* set) {
    if (set->ob_type == &frozenset_type) return new_ref(set).release();
    return make_new_set_basetype(set->ob_type, set);
}

Object* set_union(Object* set, Object* other) {
    Object* result = make_new_set_basetype(set->ob_type, set);
    if (!result) return nullptr;
    if (other != set && set_update_internal(as_set(result), other) < 0) {
        decref(result);
        return nullptr;
    }
    return result;
}

// Iterates the smaller set, looking its keys up in the larger.
Object* set_intersection(Object* set, Object* other) {
    if (set == other) return make_new_set_basetype(set->ob_type, set);
    Ref<> result = Ref<>::steal(make_new_set_basetype(set->ob_type, nullptr));
    if (!result) return nullptr;
    SetObject* so = as_set(set);
    if (is_anyset(other)) {
        SetObject* o = as_set(other);
        if (o->used > so->used) std::swap(so, o);
        ssize_t pos = 0;
        Object* key;
        ssize_t h;
        while (set_next(o, &pos, &key, &h)) {
            Ref<> k = new_ref(key);
            int rv = set_contains_entry(so, k.get(), h);
            if (rv < 0) return nullptr;
            if (rv && set_add_entry(as_set(result.get()), k.get(), h)) return nullptr;
        }
        return result.release();
    }
    Ref<> it = Ref<>::steal(get_iter(other));
    if (!it) return nullptr;
    for (;;) {
        Ref<> key = Ref<>::steal(iter_next(it.get()));
        if (!key) return error_occurred() ? nullptr : result.release();
        ssize_t h = hash(key.get());
        if (h == -1) return nullptr;
        int rv = set_contains_entry(so, key.get(), h);
        if (rv < 0) return nullptr;
        if (rv && set_add_entry(as_set(result.get()), key.get(), h)) return nullptr;
    }
}

namespace {

int set_difference_update_internal(SetObject* so, Object* other) {
    if (other == so) {
        set_clear_internal(so);
        return 0;
    }
    if (is_anyset(other)) {
        Ref<> o = new_ref(other);
        // When the other set is more than 8 times larger, use the
        // intersection instead.
        if ((set_size(other) >> 3) > so->used) {
            o = Ref<>::steal(set_intersection(so, other));
            if (!o) return -1;
        }
        ssize_t pos = 0;
        Object* key;
        ssize_t h;
        while (set_next(o.get(), &pos, &key, &h)) {
            Ref<> k = new_ref(key);
            if (set_discard_entry(so, k.get(), h) < 0) return -1;
        }
    } else {
        Ref<> it = Ref<>::steal(get_iter(other));
        if (!it) return -1;
        for (;;) {
            Ref<> key = Ref<>::steal(iter_next(it.get()));
            if (!key) {
                if (error_occurred()) return -1;
                break;
            }
            ssize_t h = hash(key.get());
            if (h == -1 || set_discard_entry(so, key.get(), h) < 0) return -1;
        }
    }
    // If more than 1/4th are dummies, then resize them away.
    if (static_cast<std::size_t>(so->fill - so->used) <= static_cast<std::size_t>(so->mask) / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Object* set_copy_and_difference(Object* set, Object* other) {
    Object* result = make_new_set_basetype(set->ob_type, set);
    if (!result) return nullptr;
    if (set_difference_update_internal(as_set(result), other) < 0) {
        decref(result);
        return nullptr;
    }
    return result;
}

}  // namespace

Object* set_difference(Object* set, Object* other) {
    ssize_t other_size;
    if (is_anyset(other)) other_size = set_size(other);
    else if (is_dict_exact(other)) other_size = dict_size(other);
    else return set_copy_and_difference(set, other);
    // If len(set) is much more than len(other), copying and removing is cheaper.
    if ((set_size(set) >> 2) > other_size) return set_copy_and_difference(set, other);
    Ref<> result = Ref<>::steal(make_new_set_basetype(set->ob_type, nullptr));
    if (!result) return nullptr;
    ssize_t pos = 0;
    Object* key;
    ssize_t h;
    while (set_next(set, &pos, &key, &h)) {
        Ref<> k = new_ref(key);
        int rv = is_anyset(other) ? set_contains_entry(as_set(other), k.get(), h) : dict_contains(other, k.get());
        if (rv < 0) return nullptr;
        if (!rv && set_add_entry(as_set(result.get()), k.get(), h)) return nullptr;
    }
    return result.release();
}

// CPython builds a copy of `other` (as set's type) and applies
// symmetric_difference_update(copy, set) to it: the result's order is
// other's keys, then set's keys that other lacked.
Object* set_symmetric_difference(Object* set, Object* other) {
    Ref<> result = Ref<>::steal(make_new_set_basetype(set->ob_type, other));
    if (!result) return nullptr;
    SetObject* so = as_set(result.get());
    ssize_t pos = 0;
    Object* key;
    ssize_t h;
    while (set_next(set, &pos, &key, &h)) {
        Ref<> k = new_ref(key);
        int rv = set_discard_entry(so, k.get(), h);
        if (rv < 0) return nullptr;
        if (rv == 0 && set_add_entry(so, k.get(), h)) return nullptr;
    }
    return result.release();
}

int set_issubset(Object* set, Object* other) {
    if (!is_anyset(other)) {
        Ref<> tmp = Ref<>::steal(set_new(other));
        if (!tmp) return -1;
        return set_issubset(set, tmp.get());
    }
    if (set_size(set) > set_size(other)) return 0;
    ssize_t pos = 0;
    Object* key;
    ssize_t h;
    while (set_next(set, &pos, &key, &h)) {
        Ref<> k = new_ref(key);
        int rv = set_contains_entry(as_set(other), k.get(), h);
        if (rv <= 0) return rv;
    }
    return 1;
}

int set_issuperset(Object* set, Object* other) {
    if (is_anyset(other)) return set_issubset(other, set);
    Ref<> it = Ref<>::steal(get_iter(other));
    if (!it) return -1;
    for (;;) {
        Ref<> key = Ref<>::steal(iter_next(it.get()));
        if (!key) return error_occurred() ? -1 : 1;
        int rv = set_contains(set, key.get());
        if (rv <= 0) return rv;
    }
}

int set_isdisjoint(Object* set, Object* other) {
    if (set == other) return set_size(set) == 0;
    if (is_anyset(other)) {
        Object* small = set;
        Object* large = other;
        if (set_size(other) < set_size(set)) std::swap(small, large);
        ssize_t pos = 0;
        Object* key;
        ssize_t h;
        while (set_next(small, &pos, &key, &h)) {
            Ref<> k = new_ref(key);
            int rv = set_contains_entry(as_set(large), k.get(), h);
            if (rv != 0) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Ref<> it = Ref<>::steal(get_iter(other));
    if (!it) return -1;
    for (;;) {
        Ref<> key = Ref<>::steal(iter_next(it.get()));
        if (!key) return error_occurred() ? -1 : 1;
        int rv = set_contains(set, key.get());
        if (rv != 0) return rv < 0 ? -1 : 0;
    }
}

bool set_next(Object* set, ssize_t* pos, Object** key, ssize_t* hash) {
    SetObject* so = as_set(set);
    ssize_t i = *pos;
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == dummy)) ++i;
    *pos = i + 1;
    if (i > so->mask) return false;
    *key = so->table[i].key;
    if (hash) *hash = so->table[i].hash;
    return true;
}

ssize_t set_sizeof(const Object* set) {
    auto* so = static_cast<const SetObject*>(set);
    ssize_t res = set->ob_type->tp_basicsize;
    if (so->table != so->smalltable) res += (so->mask + 1) * static_cast<ssize_t>(sizeof(SetEntry));
    return res;
}

}  // namespace glasspy::rt
