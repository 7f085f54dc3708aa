// The dict type: creation and the free list, get/set/delete, the methods,
// repr, comparison and the iterators (CPython 3.11: Objects/dictobject.c).
// The hash table underneath is dict_keys.cpp; see dict.hpp for the layout.
//
// Invariants relied on here: every loop over entries re-reads ma_keys and
// dk_nentries after anything that can run Python code (a comparison, a
// repr, a decref), since that code may have resized or cleared the dict.
#include <algorithm>

#include "runtime/dict.hpp"

#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/obmalloc.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// A key's hash; a str's is cached in it (CPython: unicode_get_hash).
inline ssize_t key_hash(Object* key) {
    return key->ob_type == &str_type ? dictimpl::hash_of_str(key) : hash(key);
}

}  // namespace


using namespace dictimpl;

static_assert(sizeof(DictObject) == 48, "CPython's PyDictObject: getsizeof({}) == 64 with the GC header");

// ---- the C++ API: creation, get, set, delete ----------------------------------------------------

// new_dict: a dict object (from the free list when one is there: dict_dealloc
// keeps up to 80 dead dicts) over the given keys.
Object* dictimpl::new_dict(DictKeysObject* keys, bool managed) {
    DictState& st = interp().dict_state;
    DictObject* mp;
    if (st.numfree > 0) {
        mp = st.free_list[--st.numfree];
        mp->ob_refcnt = 1;  // _Py_NewReference
        incref(&dict_type);
        if (tracing::wants(tracing::ALLOC)) tracing::free_list_reused(mp, st.numfree);
        gc::head_of(mp)->gc_prev &= ~gc::PREV_MANAGED;
    } else {
        mp = static_cast<DictObject*>(alloc_object(&dict_type, 0, !managed));
        if (!mp) {
            keys_decref(keys);
            return no_memory();
        }
    }
    if (managed) gc::head_of(mp)->gc_prev |= gc::PREV_MANAGED;
    mp->ma_keys = keys;
    mp->ma_values = nullptr;
    mp->ma_used = 0;
    mp->ma_version_tag = next_version();
    return mp;
}

Object* dict_new() { return new_dict(EMPTY_KEYS); }

void dict_clear_free_list() {
    DictState& st = interp().dict_state;
    while (st.numfree > 0) {
        DictObject* mp = st.free_list[--st.numfree];
        incref(&dict_type);  // free_object drops the reference a live dict holds
        free_object(mp);
    }
    while (st.keys_numfree > 0) object_free(st.keys_free_list[--st.keys_numfree]);
}

Object* dict_new_managed() { return new_dict(EMPTY_KEYS, true); }

namespace {

// Tracks mp if it holds anything that could be part of a cycle.
void track_if_holding_containers(Object* mp) {
    Object* key;
    Object* value;
    for (ssize_t pos = 0; !gc::is_tracked(mp) && dict_next(mp, &pos, &key, &value);)
        if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) gc::track(interp().gc, mp);
}

}  // namespace

void dict_materialize(Object* d) {
    if (!gc::is_managed(d)) return;
    gc::head_of(d)->gc_prev &= ~gc::PREV_MANAGED;
    ++interp().gc.generations[0].count;  // the dict object CPython would allocate now
    track_if_holding_containers(d);
}

Object* dict_new_presized(ssize_t minused) {
    if (minused <= usable_fraction(MINSIZE)) return dict_new();
    int log2 = estimate_log2_keysize(minused);
    if (log2 > 30) log2 = 30;
    DictKeysObject* keys = new_keys_object(log2, true);
    if (!keys) return nullptr;
    return new_dict(keys);
}

bool is_dict(const Object* o) { return has_flag(o->ob_type, TPFLAGS_DICT_SUBCLASS); }
bool is_dict_exact(const Object* o) { return o->ob_type == &dict_type; }

Borrowed<> dict_getitem(Object* d, Object* key) {
    ssize_t h = key_hash(key);
    if (h == -1) return nullptr;
    Object* value;
    ssize_t ix = dict_lookup(static_cast<DictObject*>(d), key, h, &value);
    if (ix < 0) return nullptr;
    return value;
}

Borrowed<> dict_getitem_str(Object* d, std::string_view key) {
    Ref<> k = Ref<>::steal(str_from_utf8(key));
    if (!k) return nullptr;
    return dict_getitem(d, k.get());
}

int dict_setitem(Object* d, Object* key, Object* value) {
    ssize_t h = key_hash(key);
    if (h == -1) return -1;
    incref(key);
    incref(value);
    return insertdict(static_cast<DictObject*>(d), key, h, value);
}

int dict_setitem_str(Object* d, std::string_view key, Object* value) {
    Ref<> k = Ref<>::steal(str_intern(key));
    if (!k) return -1;
    return dict_setitem(d, k.get(), value);
}

int dictimpl::delitem_known_hash(DictObject* mp, Object* key, ssize_t hash) {
    Object* old_value;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY) {
        set_key_error(key);
        return -1;
    }
    std::size_t hashpos = lookdict_index(mp->ma_keys, hash, ix);
    delitem_common(mp, hashpos, ix, old_value);
    return 0;
}

int dict_delitem(Object* d, Object* key) {
    ssize_t h = key_hash(key);
    if (h == -1) return -1;
    return delitem_known_hash(static_cast<DictObject*>(d), key, h);
}

int dict_delitem_str(Object* d, std::string_view key) {
    Ref<> k = Ref<>::steal(str_from_utf8(key));
    if (!k) return -1;
    return dict_delitem(d, k.get());
}

ssize_t dict_size(const Object* d) { return static_cast<const DictObject*>(d)->ma_used; }

bool dict_next(Object* d, ssize_t* pos, Object** key, Object** value) {
    DictKeysObject* k = static_cast<DictObject*>(d)->ma_keys;
    ssize_t i = *pos;
    ssize_t n = k->dk_nentries;
    if (i < 0) return false;
    while (i < n && !entry_value(k, i)) ++i;
    if (i >= n) return false;
    *pos = i + 1;
    if (key) *key = entry_key(k, i);
    if (value) *value = entry_value(k, i);
    return true;
}

int dict_contains(Object* d, Object* key) {
    ssize_t h = key_hash(key);
    if (h == -1) return -1;
    Object* value;
    ssize_t ix = dict_lookup(static_cast<DictObject*>(d), key, h, &value);
    if (ix == DKIX_ERROR) return -1;
    return ix >= 0 && value != nullptr;
}

void set_key_error(Object* key) {
    Ref<> tup = Ref<>::steal(tuple_pack({key}));
    if (!tup) return;
    set_error_object(&exc::KeyError, tup.get());
}

ssize_t dict_sizeof(const Object* d) {
    auto* mp = static_cast<const DictObject*>(d);
    ssize_t size = d->ob_type->tp_basicsize;
    // The keys table counts only when this dict is its sole owner (a shared
    // table, like the empty one, belongs to nobody in particular).
    if (mp->ma_keys != EMPTY_KEYS && mp->ma_keys->dk_refcnt == 1) size += keys_size_in_bytes(mp->ma_keys);
    return size;
}

DictLayout dict_layout(const Object* d) {
    DictKeysObject* k = static_cast<const DictObject*>(d)->ma_keys;
    return {k->dk_log2_size, k->dk_log2_index_bytes, k->dk_kind == DICT_KEYS_UNICODE, k->dk_usable,
            k->dk_nentries};
}

// ---- the slots ------------------------------------------------------------------------------------

// The method table, with the wrappers that check arguments (dict_type.cpp).
extern const BuiltinDef dict_methods[];

namespace {

DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }

void dict_dealloc(Object* self) {
    DictObject* mp = as_dict(self);
    if (gc::is_tracked(mp)) gc::untrack(mp);
    if (!trashcan_begin(mp)) return;
    DictKeysObject* keys = mp->ma_keys;
    mp->ma_keys = EMPTY_KEYS;
    keys_decref(keys);
    DictState& st = interp().dict_state;
    if (st.numfree < DictState::MAXFREELIST && mp->ob_type == &dict_type) {
        if (tracing::wants(tracing::FREE)) tracing::free_list_kept(mp, st.numfree + 1);
        st.free_list[st.numfree++] = mp;
        decref(&dict_type);  // a kept dict is no live instance of its type
    } else {
        free_object(mp);
    }
    trashcan_end();
}

int dict_traverse(Object* self, visitproc visit, void* arg) {
    DictKeysObject* k = as_dict(self)->ma_keys;
    for (ssize_t i = 0; i < k->dk_nentries; ++i) {
        if (Object* v = entry_value(k, i)) {
            // Unicode keys are str: atomic, nothing to visit.
            if (k->dk_kind != DICT_KEYS_UNICODE)
                if (int r = visit(entry_key(k, i), arg)) return r;
            if (int r = visit(v, arg)) return r;
        }
    }
    return 0;
}

int dict_clear_slot(Object* self) {
    dict_clear(self);
    return 0;
}

ssize_t dict_length(Object* self) { return as_dict(self)->ma_used; }

Object* dict_subscript(Object* self, Object* key) {
    ssize_t h = key_hash(key);
    if (h == -1) return nullptr;
    Object* value;
    ssize_t ix = dict_lookup(as_dict(self), key, h, &value);
    if (ix == DKIX_ERROR) return nullptr;
    if (ix == DKIX_EMPTY || !value) {
        // A subclass may supply missing keys (collections.defaultdict,
        // Counter): type(d).__missing__(d, key).
        if (self->ob_type != &dict_type) {
            Ref<> name = Ref<>::steal(str_intern("__missing__"));
            if (type_lookup(self->ob_type, name.get())) return call_method(self, name.get(), &key, 1);
        }
        set_key_error(key);
        return nullptr;
    }
    return new_ref(value).release();
}

int dict_ass_subscript(Object* self, Object* key, Object* value) {
    return value ? dict_setitem(self, key, value) : dict_delitem(self, key);
}

int dict_contains_slot(Object* self, Object* key) { return dict_contains(self, key); }

// dict_repr: "{'a': 1, 'b': [2]}", "{...}" for a dict inside itself.
Object* dict_repr(Object* self) {
    DictObject* mp = as_dict(self);
    if (mp->ma_used == 0) return str_from_utf8("{}");
    int status = repr_enter(self);
    if (status != 0) return status > 0 ? str_from_utf8("{...}") : nullptr;
    std::string out = "{";
    bool first = true;
    ssize_t pos = 0;
    Object* key;
    Object* value;
    while (dict_next(self, &pos, &key, &value)) {
        // Hold both: the reprs may run code that removes them from the dict.
        Ref<> k = new_ref(key);
        Ref<> v = new_ref(value);
        if (!first) out += ", ";
        first = false;
        Object* kr = repr(k.get());
        if (!kr) {
            repr_leave(self);
            return nullptr;
        }
        out += str_to_utf8(kr);
        decref(kr);
        out += ": ";
        Object* vr = repr(v.get());
        if (!vr) {
            repr_leave(self);
            return nullptr;
        }
        out += str_to_utf8(vr);
        decref(vr);
    }
    out += "}";
    repr_leave(self);
    return str_from_utf8(out);
}

// dict_equal: same size, and every key of a is in b with an equal value.
int dict_equal(DictObject* a, DictObject* b) {
    if (a->ma_used != b->ma_used) return 0;
    for (ssize_t i = 0; i < a->ma_keys->dk_nentries; ++i) {
        DictKeysObject* ak = a->ma_keys;
        Object* aval = entry_value(ak, i);
        if (!aval) continue;
        Ref<> key = new_ref(entry_key(ak, i));
        Ref<> av = new_ref(aval);
        ssize_t h = entry_hash(ak, i);
        Object* bval;
        ssize_t ix = dict_lookup(b, key.get(), h, &bval);
        if (ix == DKIX_ERROR) return -1;
        if (ix < 0 || !bval) return 0;
        Ref<> bv = new_ref(bval);
        int cmp = rich_compare_bool(av.get(), bv.get(), EQ);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

Object* dict_richcompare(Object* v, Object* w, int op) {
    if (!is_dict(v) || !is_dict(w) || (op != EQ && op != NE)) return new_ref(NotImplemented()).release();
    int cmp = dict_equal(as_dict(v), as_dict(w));
    if (cmp < 0) return nullptr;
    return bool_from((cmp == 1) == (op == EQ));
}

// ---- iterators --------------------------------------------------------------------------------

// The iterator remembers ma_used when it started: a dict whose size changes
// under it raises "dictionary changed size during iteration"; `len` counts
// the items still expected, which catches a dict whose keys were replaced
// without a size change ("dictionary keys changed during iteration").
struct DictIterObject : Object {
    Object* di_dict;  // null once exhausted
    ssize_t di_used;
    ssize_t di_pos;
    Object* di_result;  // unused (CPython reuses a result tuple for items)
    ssize_t len;
};

Object* dictiter_new(Object* d, TypeObject* type) {
    auto* di = static_cast<DictIterObject*>(alloc_object(type));
    if (!di) return no_memory();
    incref(d);
    di->di_dict = d;
    di->di_used = as_dict(d)->ma_used;
    di->di_pos = 0;
    di->di_result = nullptr;
    di->len = di->di_used;
    gc::track(interp().gc, di);
    return di;
}

void dictiter_dealloc(Object* self) {
    auto* di = static_cast<DictIterObject*>(self);
    if (gc::is_tracked(di)) gc::untrack(di);
    clear(di->di_dict);
    clear(di->di_result);
    free_object(di);
}

int dictiter_traverse(Object* self, visitproc visit, void* arg) {
    auto* di = static_cast<DictIterObject*>(self);
    return di->di_dict ? visit(di->di_dict, arg) : 0;
}

// The next live entry's index, or -1 (exhausted or error set).
ssize_t dictiter_advance(DictIterObject* di) {
    Object* d = di->di_dict;
    if (!d) return -1;
    DictObject* mp = as_dict(d);
    if (di->di_used != mp->ma_used) {
        set_error(&exc::RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;  // make this state sticky
        return -1;
    }
    ssize_t i = di->di_pos;
    DictKeysObject* k = mp->ma_keys;
    ssize_t n = k->dk_nentries;
    while (i < n && !entry_value(k, i)) ++i;
    if (i >= n) {
        clear(di->di_dict);
        return -1;
    }
    if (di->len == 0) {
        set_error(&exc::RuntimeError, "dictionary keys changed during iteration");
        clear(di->di_dict);
        return -1;
    }
    di->di_pos = i + 1;
    di->len--;
    return i;
}

// reversed(d) walks the entries from the last one (CPython 3.8+: the
// dict_reverse*iterator types); di_pos is the next index to look at.
ssize_t dictiter_advance_reverse(DictIterObject* di) {
    Object* d = di->di_dict;
    if (!d) return -1;
    DictObject* mp = as_dict(d);
    if (di->di_used != mp->ma_used) {
        set_error(&exc::RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;
        return -1;
    }
    DictKeysObject* k = mp->ma_keys;
    ssize_t i = std::min(di->di_pos, k->dk_nentries - 1);
    while (i >= 0 && !entry_value(k, i)) --i;
    if (i < 0 || di->len == 0) {
        clear(di->di_dict);
        return -1;
    }
    di->di_pos = i - 1;
    di->len--;
    return i;
}

template <ssize_t (*Advance)(DictIterObject*)>
Object* dictiter_nextkey(Object* self) {
    auto* di = static_cast<DictIterObject*>(self);
    ssize_t i = Advance(di);
    if (i < 0) return nullptr;
    return new_ref(entry_key(as_dict(di->di_dict)->ma_keys, i)).release();
}

template <ssize_t (*Advance)(DictIterObject*)>
Object* dictiter_nextvalue(Object* self) {
    auto* di = static_cast<DictIterObject*>(self);
    ssize_t i = Advance(di);
    if (i < 0) return nullptr;
    return new_ref(entry_value(as_dict(di->di_dict)->ma_keys, i)).release();
}

template <ssize_t (*Advance)(DictIterObject*)>
Object* dictiter_nextitem(Object* self) {
    auto* di = static_cast<DictIterObject*>(self);
    ssize_t i = Advance(di);
    if (i < 0) return nullptr;
    DictKeysObject* k = as_dict(di->di_dict)->ma_keys;
    return tuple_pack({entry_key(k, i), entry_value(k, i)});
}

Object* dict_iter(Object* self) { return dictiter_new(self, &dict_keyiter_type); }

// dict.__new__: an empty dict (of a subclass too); an exact dict starts
// untracked (CPython: dict_new).
Object* dict_tp_new(TypeObject* type, Object*, Object*) {
    if (type == &dict_type) return dict_new();
    auto* mp = static_cast<DictObject*>(alloc_object(type));
    if (!mp) return no_memory();
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_values = nullptr;
    mp->ma_used = 0;
    mp->ma_version_tag = next_version();
    gc::track(interp().gc, mp);
    return mp;
}

// dict.__init__(mapping_or_pairs=(), **kwargs) (CPython: dict_update_common).
int dict_tp_init(Object* self, Object* args, Object* kwargs) {
    if (!check_positional("dict", args, 0, 1)) return -1;
    if (tuple_size(args) && dict_update(self, tuple_item(args, 0)) < 0) return -1;
    if (kwargs && dict_size(kwargs) && dict_merge(self, kwargs, 1) < 0) return -1;
    return 0;
}

TypeObject make_dict_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "dict";
    t.tp_basicsize = sizeof(DictObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS;
    t.tp_doc = "dict() -> new empty dictionary";
    t.tp_dealloc = dict_dealloc;
    t.tp_repr = dict_repr;
    t.tp_hash = hash_not_implemented;
    t.tp_richcompare = dict_richcompare;
    t.tp_iter = dict_iter;
    t.tp_traverse = dict_traverse;
    t.tp_clear = dict_clear_slot;
    t.sq_contains = dict_contains_slot;
    t.mp_length = dict_length;
    t.mp_subscript = dict_subscript;
    t.mp_ass_subscript = dict_ass_subscript;
    t.tp_new = dict_tp_new;
    t.tp_init = dict_tp_init;
    t.tp_methods = dict_methods;
    t.nb_or = dict_or;
    t.nb_inplace_or = dict_ior;
    return t;
}

ssize_t dictiter_remaining(Object* self) {
    auto* di = static_cast<DictIterObject*>(self);
    return di->di_dict && di->di_used == as_dict(di->di_dict)->ma_used ? di->len : 0;
}

const BuiltinDef DICTITER_METHODS[] = {
    {"__length_hint__", length_hint_method<dictiter_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};

TypeObject make_dictiter_type(const char* name, iternextfunc next) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(DictIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = dictiter_dealloc;
    t.tp_traverse = dictiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_methods = DICTITER_METHODS;
    return t;
}

}  // namespace

Object* dict_iter_of(Object* d, TypeObject* iter_type) {
    Object* it = dictiter_new(d, iter_type);
    if (it && (iter_type == &dict_revkeyiter_type || iter_type == &dict_revvalueiter_type ||
               iter_type == &dict_revitemiter_type))
        static_cast<DictIterObject*>(it)->di_pos = as_dict(d)->ma_keys->dk_nentries - 1;
    return it;
}

TypeObject dict_type = make_dict_type();
TypeObject dict_keyiter_type = make_dictiter_type("dict_keyiterator", dictiter_nextkey<dictiter_advance>);
TypeObject dict_valueiter_type = make_dictiter_type("dict_valueiterator", dictiter_nextvalue<dictiter_advance>);
TypeObject dict_itemiter_type = make_dictiter_type("dict_itemiterator", dictiter_nextitem<dictiter_advance>);
TypeObject dict_revkeyiter_type =
    make_dictiter_type("dict_reversekeyiterator", dictiter_nextkey<dictiter_advance_reverse>);
TypeObject dict_revvalueiter_type =
    make_dictiter_type("dict_reversevalueiterator", dictiter_nextvalue<dictiter_advance_reverse>);
TypeObject dict_revitemiter_type =
    make_dictiter_type("dict_reverseitemiterator", dictiter_nextitem<dictiter_advance_reverse>);

// ---- the methods ------------------------------------------------------------------------------------

Object* dict_get(Object* d, Object* key, Object* default_value) {
    ssize_t h = key_hash(key);
    if (h == -1) return nullptr;
    Object* value;
    ssize_t ix = dict_lookup(as_dict(d), key, h, &value);
    if (ix == DKIX_ERROR) return nullptr;
    if (ix == DKIX_EMPTY || !value) value = default_value ? default_value : None();
    return new_ref(value).release();
}

Object* dict_setdefault(Object* d, Object* key, Object* default_value) {
    if (!default_value) default_value = None();
    ssize_t h = key_hash(key);
    if (h == -1) return nullptr;
    Object* value;
    ssize_t ix = dict_lookup(as_dict(d), key, h, &value);
    if (ix == DKIX_ERROR) return nullptr;
    if (ix >= 0 && value) return new_ref(value).release();
    incref(key);
    incref(default_value);
    if (insertdict(as_dict(d), key, h, default_value) < 0) return nullptr;
    return new_ref(default_value).release();
}

Object* dict_pop(Object* d, Object* key, Object* default_value) {
    DictObject* mp = as_dict(d);
    if (mp->ma_used == 0) {
        if (default_value) return new_ref(default_value).release();
        set_key_error(key);
        return nullptr;
    }
    ssize_t h = key_hash(key);
    if (h == -1) return nullptr;
    Object* old_value;
    ssize_t ix = dict_lookup(mp, key, h, &old_value);
    if (ix == DKIX_ERROR) return nullptr;
    if (ix == DKIX_EMPTY || !old_value) {
        if (default_value) return new_ref(default_value).release();
        set_key_error(key);
        return nullptr;
    }
    std::size_t hashpos = lookdict_index(mp->ma_keys, h, ix);
    incref(old_value);
    delitem_common(mp, hashpos, ix, old_value);
    return old_value;
}

// dict.popitem(): the last inserted item (LIFO since 3.7).  Its entry is
// removed by lowering dk_nentries, but dk_usable is not given back: the
// index slot became DKIX_DUMMY and still lengthens probes.
Object* dict_popitem(Object* d) {
    DictObject* mp = as_dict(d);
    if (mp->ma_used == 0) {
        Ref<> msg = Ref<>::steal(str_from_utf8("popitem(): dictionary is empty"));
        if (msg) set_error_object(&exc::KeyError, msg.get());
        return nullptr;
    }
    // A unicode table stays one; the result tuple is made first so that
    // running out of memory leaves the dict untouched.
    Object* res = tuple_new(2);
    if (!res) return nullptr;
    DictKeysObject* k = mp->ma_keys;
    ssize_t i = k->dk_nentries - 1;
    while (i >= 0 && !entry_value(k, i)) --i;
    Object* key = entry_key(k, i);
    Object* value = entry_value(k, i);
    ssize_t h = entry_hash(k, i);
    std::size_t j = lookdict_index(k, h, i);
    set_index(k, j, DKIX_DUMMY);
    if (k->dk_kind == DICT_KEYS_UNICODE) unicode_entries(k)[i] = {nullptr, nullptr};
    else general_entries(k)[i] = {0, nullptr, nullptr};
    tuple_items(res)[0] = key;  // the table's references move to the tuple
    tuple_items(res)[1] = value;
    k->dk_nentries = i;
    mp->ma_used--;
    mp->ma_version_tag = next_version();
    return res;
}

namespace {

// PyDict_Merge for a mapping that is not a dict: for key in b.keys():
// a[key] = b[key].
int merge_from_mapping(Object* a, Object* b, int override) {
    Ref<> keys_method = Ref<>::steal(get_attr_str(b, "keys"));
    if (!keys_method) return -1;
    Ref<> keys = Ref<>::steal(call(keys_method.get(), nullptr, 0));
    if (!keys) return -1;
    Ref<> it = Ref<>::steal(get_iter(keys.get()));
    if (!it) return -1;
    for (;;) {
        Ref<> key = Ref<>::steal(iter_next(it.get()));
        if (!key) return error_occurred() ? -1 : 0;
        if (override != 1) {
            int present = dict_contains(a, key.get());
            if (present < 0) return -1;
            if (present) {
                if (override == 2) {
                    set_key_error(key.get());
                    return -1;
                }
                continue;
            }
        }
        Ref<> value = Ref<>::steal(get_item(b, key.get()));
        if (!value || dict_setitem(a, key.get(), value.get()) < 0) return -1;
    }
}

}  // namespace

int dict_merge(Object* a, Object* b, int override) {
    DictObject* mp = as_dict(a);
    if (!is_dict(b)) return merge_from_mapping(a, b, override);
    DictObject* other = as_dict(b);
    if (other == mp || other->ma_used == 0) return 0;
    if (mp->ma_used == 0) {
        override = 1;
        DictKeysObject* okeys = other->ma_keys;
        // If other is clean, combined and just allocated, just clone it.
        if (other->ma_used == okeys->dk_nentries &&
            (okeys->dk_log2_size == LOG_MINSIZE ||
             usable_fraction((ssize_t{1} << okeys->dk_log2_size) / 2) < other->ma_used)) {
            DictKeysObject* keys = clone_keys(okeys);
            if (!keys) return -1;
            keys_decref(mp->ma_keys);
            mp->ma_keys = keys;
            mp->ma_used = other->ma_used;
            mp->ma_version_tag = next_version();
            if (gc::is_tracked(other) && !gc::is_tracked(mp)) gc::track(interp().gc, mp);
            if (gc::is_managed(other)) track_if_holding_containers(mp);
            return 0;
        }
    }
    // One big resize at the start rather than several while inserting.
    if (usable_fraction(ssize_t{1} << mp->ma_keys->dk_log2_size) < other->ma_used) {
        bool unicode = other->ma_keys->dk_kind == DICT_KEYS_UNICODE;
        if (dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used), unicode) < 0) return -1;
    }
    DictKeysObject* okeys = other->ma_keys;
    ssize_t orig_size = okeys->dk_nentries;
    for (ssize_t i = 0; i < orig_size; ++i) {
        DictKeysObject* ok = other->ma_keys;
        Object* value = entry_value(ok, i);
        if (!value) continue;
        Object* key = entry_key(ok, i);
        ssize_t h = entry_hash(ok, i);
        incref(key);
        incref(value);
        int err = 0;
        if (override == 1) {
            err = insertdict(mp, key, h, value);
        } else {
            Object* existing;
            ssize_t ix = dict_lookup(mp, key, h, &existing);
            if (ix == DKIX_ERROR) err = -1;
            if (!err && ix >= 0 && existing) {
                if (override == 2) {
                    set_key_error(key);
                    err = -1;
                }
                decref(key);
                decref(value);
            } else if (!err) {
                err = insertdict(mp, key, h, value);
                key = value = nullptr;
            }
            if (err && key) {
                decref(key);
                decref(value);
            }
            if (err) return -1;
            continue;
        }
        if (err) return -1;
        if (orig_size != other->ma_keys->dk_nentries) {
            set_error(&exc::RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

// dict.update(other): a dict's items, or an iterable of key/value pairs
// (CPython: dict_update_arg -> PyDict_Merge / PyDict_MergeFromSeq2).
int dict_update(Object* d, Object* other) {
    if (is_dict(other)) return dict_merge(d, other, 1);
    // A mapping (anything with a keys() method) is merged by its keys.
    Ref<> keys = Ref<>::steal(get_attr_str(other, "keys"));
    if (keys) return merge_from_mapping(d, other, 1);
    if (!error_matches(&exc::AttributeError)) return -1;
    clear_error();
    Ref<> it = Ref<>::steal(get_iter(other));
    if (!it) return -1;
    for (ssize_t i = 0;; ++i) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) return error_occurred() ? -1 : 0;
        Ref<> fast;
        if (is_list_exact(item.get()) || is_tuple_exact(item.get())) {
            fast = item;
        } else {
            fast = Ref<>::steal(list_from_iterable(item.get()));
            if (!fast) {
                if (error_matches(&exc::TypeError))
                    set_error_fmt(&exc::TypeError,
                                  "cannot convert dictionary update sequence element #{} to a sequence", i);
                return -1;
            }
        }
        bool is_l = is_list(fast.get());
        ssize_t n = is_l ? list_size(fast.get()) : tuple_size(fast.get());
        if (n != 2) {
            set_error_fmt(&exc::ValueError, "dictionary update sequence element #{} has length {}; 2 is required",
                          i, n);
            return -1;
        }
        Ref<> key = new_ref(is_l ? list_item(fast.get(), 0) : tuple_item(fast.get(), 0));
        Ref<> value = new_ref(is_l ? list_item(fast.get(), 1) : tuple_item(fast.get(), 1));
        if (dict_setitem(d, key.get(), value.get()) < 0) return -1;
    }
}

// dict.copy(): a dense dict's table is cloned as is (same size, same
// order); one with many deleted entries is rebuilt by merging.
Object* dict_copy(Object* d) {
    DictObject* mp = as_dict(d);
    if (mp->ma_used == 0) return dict_new();
    if (is_dict_exact(d) && mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        DictKeysObject* keys = clone_keys(mp->ma_keys);
        if (!keys) return nullptr;
        Object* copy = new_dict(keys);
        if (!copy) return nullptr;
        as_dict(copy)->ma_used = mp->ma_used;
        if (gc::is_tracked(mp)) gc::track(interp().gc, copy);
        if (gc::is_managed(mp)) track_if_holding_containers(copy);
        return copy;
    }
    Object* copy = dict_new();
    if (!copy) return nullptr;
    if (dict_merge(copy, d, 1) < 0) {
        decref(copy);
        return nullptr;
    }
    return copy;
}

// dict.clear(): the dict goes back to the shared empty keys at once; the
// old table (and the items it holds) is dropped afterwards.
void dict_clear(Object* d) {
    DictObject* mp = as_dict(d);
    DictKeysObject* oldkeys = mp->ma_keys;
    if (oldkeys == EMPTY_KEYS) return;
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    mp->ma_version_tag = next_version();
    keys_decref(oldkeys);
}

namespace {

enum class Part { Keys, Values, Items };

Object* dict_listing(Object* d, Part part) {
    DictObject* mp = as_dict(d);
    // Allocating may run the collector, which may change the dict: retry
    // until the size is stable (CPython's dict_keys "again:" loop).
    Object* list = list_new(mp->ma_used);
    if (!list) return nullptr;
    ssize_t j = 0;
    DictKeysObject* k = mp->ma_keys;
    for (ssize_t i = 0; i < k->dk_nentries && j < list_size(list); ++i) {
        Object* value = entry_value(k, i);
        if (!value) continue;
        Object* item;
        switch (part) {
        case Part::Keys: item = new_ref(entry_key(k, i)).release(); break;
        case Part::Values: item = new_ref(value).release(); break;
        default:
            item = tuple_pack({entry_key(k, i), value});
            if (!item) {
                decref(list);
                return nullptr;
            }
        }
        list_items(list)[j++] = item;
    }
    return list;
}

}  // namespace

Object* dict_keys(Object* d) { return dict_listing(d, Part::Keys); }
Object* dict_values(Object* d) { return dict_listing(d, Part::Values); }
Object* dict_items(Object* d) { return dict_listing(d, Part::Items); }

Object* dict_fromkeys(Object* iterable, Object* value) {
    if (!value) value = None();
    Ref<> d = Ref<>::steal(dict_new());
    if (!d) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(iterable));
    if (!it) return nullptr;
    for (;;) {
        Ref<> key = Ref<>::steal(iter_next(it.get()));
        if (!key) return error_occurred() ? nullptr : d.release();
        if (dict_setitem(d.get(), key.get(), value) < 0) return nullptr;
    }
}

bool dict_has_str_keys_only(const Object* d) {
    return static_cast<const DictObject*>(d)->ma_keys->dk_kind == DICT_KEYS_UNICODE;
}

}  // namespace glasspy::rt
