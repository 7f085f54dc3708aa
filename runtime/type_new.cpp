// Classes: type(name, bases, dict) and what it decides (CPython:
// Objects/typeobject.c type_new and its helpers).
//
// A class is a HeapTypeObject.  Its layout extends its "best base" (the
// base whose instance layout all the others' are prefixes of) with the
// __slots__ it declares, a __dict__ pointer and a __weakref__ pointer
// unless __slots__ says otherwise.  Its MRO is the C3 linearisation of its
// bases.  Its slots are those of its best base, overridden by the dunders
// the class and its MRO define in Python (slot_dispatch.cpp).
#include <algorithm>
#include <new>

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/funcdescr.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/weakref.hpp"

namespace glasspy::rt {

namespace {

HeapTypeObject* as_heap(Object* o) { return static_cast<HeapTypeObject*>(o); }

// ---- instances of classes --------------------------------------------------------------------

// The first base that is not a class: whose dealloc frees the object.
TypeObject* native_base(TypeObject* type) {
    while (type && is_heap_type(type)) type = type->tp_base;
    return type;
}

// The references a class adds to its instances: __slots__ and __dict__.
// A __dict__ that the native base already has (a metaclass's instances
// are classes, whose "__dict__" is tp_dict; a module subclass's is
// md_dict) is the base's to visit, clear and free, not the class's:
// visited twice, it would count one reference too many in a collection
// (CPython's subtype_traverse compares the tp_dictoffsets likewise).
template <typename F>
void each_added_field(Object* self, F&& visit) {
    for (TypeObject* t = self->ob_type; t && is_heap_type(t); t = t->tp_base) {
        auto* ht = static_cast<HeapTypeObject*>(t);
        for (const MemberDef& m : ht->ht_members)
            if (m.name) visit(*reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + m.offset));
    }
    TypeObject* base = native_base(self->ob_type);
    if (base && base->tp_dictoffset == self->ob_type->tp_dictoffset) return;
    if (Object** dict = dict_slot(self)) visit(*dict);
}

int subtype_traverse(Object* self, visitproc visit, void* arg) {
    int result = 0;
    Object** dict = dict_slot(self);
    each_added_field(self, [&](Object*& field) {
        if (result || !field) return;
        // A managed __dict__ is part of the instance: its contents are visited.
        if (dict && &field == dict && gc::is_managed(field))
            result = dict_type.tp_traverse(field, visit, arg);
        else
            result = visit(field, arg);
    });
    if (result) return result;
    // A class's instances hold their class (CPython 3.9+ visits it).
    if (int r = visit(self->ob_type, arg)) return r;
    TypeObject* base = native_base(self->ob_type);
    return base && base->tp_traverse ? base->tp_traverse(self, visit, arg) : 0;
}

int subtype_clear(Object* self) {
    each_added_field(self, [](Object*& field) { clear(field); });
    TypeObject* base = native_base(self->ob_type);
    return base && base->tp_clear ? base->tp_clear(self) : 0;
}

// Runs __del__ once the count has reached zero; true if the object came
// back to life (the finaliser stored a reference to it somewhere).
bool run_finalizer(Object* self) {
    self->ob_refcnt = 1;  // alive while __del__ runs
    Ref<> saved = fetch_error();
    self->ob_type->tp_finalize(self);
    // CPython prints "Exception ignored in: ..." (PyErr_WriteUnraisable).
    if (error_occurred()) clear_error();
    if (saved) set_exception(saved.get());
    if (--self->ob_refcnt != 0) return true;
    return false;
}

void subtype_dealloc(Object* self) {
    TypeObject* type = self->ob_type;
    // __del__ runs once (PEP 442): the GC header remembers that it ran.
    bool finalized = is_gc(self) && (gc::head_of(self)->gc_prev & gc::PREV_FINALIZED);
    if (type->tp_finalize && !finalized) {
        if (is_gc(self)) gc::head_of(self)->gc_prev |= gc::PREV_FINALIZED;
        if (run_finalizer(self)) return;
    }
    if (is_gc(self) && gc::is_tracked(self)) gc::untrack(self);
    // Weak references die before the fields (their callbacks may look at
    // other objects, never at this one: it is gone for them).
    if (Object** weaklist = weaklist_slot(self); weaklist && *weaklist) clear_weakrefs(self);
    each_added_field(self, [](Object*& field) { clear(field); });
    TypeObject* base = native_base(type);
    // The base's dealloc frees the memory and drops the reference to the
    // class (free_object); a base that tracks itself untracks itself.
    base->tp_dealloc(self);
}

// ---- the class object itself -----------------------------------------------------------------

void heap_type_dealloc(Object* self) {
    auto* t = as_heap(self);
    // Out of the collector's sight before anything is dropped: what the
    // namespace holds may run Python code (a __del__) as it goes.
    if (gc::is_tracked(self)) gc::untrack(self);
    if (t->tp_weaklist) clear_weakrefs(self);
    // Its bases no longer have it as a subclass.
    for (ssize_t i = 0, n = t->tp_bases ? tuple_size(t->tp_bases) : 0; i < n; ++i) {
        auto* b = static_cast<TypeObject*>(tuple_item(t->tp_bases, i));
        if (!b->tp_subclasses) continue;
        auto& subs = *b->tp_subclasses;
        subs.erase(std::remove(subs.begin(), subs.end(), static_cast<TypeObject*>(t)), subs.end());
    }
    delete t->tp_subclasses;
    t->tp_subclasses = nullptr;
    auto& all = interp().heap_types;
    all.erase(std::remove(all.begin(), all.end(), static_cast<TypeObject*>(t)), all.end());
    for (Object** field : {&t->tp_dict, &t->tp_mro, &t->tp_bases, &t->ht_name, &t->ht_qualname, &t->ht_slots})
        clear(*field);
    xdecref(t->tp_base);
    t->tp_base = nullptr;
    t->~HeapTypeObject();
    free_object(self);
}

}  // namespace

int type_traverse(Object* self, visitproc visit, void* arg) {
    auto* t = static_cast<TypeObject*>(self);
    // The metaclass is not visited here: a class made by a Python
    // metaclass is visited through it by subtype_traverse, and `type`
    // itself is no container.  tp_subclasses holds no references, and
    // the names and __slots__ are strs that lead nowhere.
    for (Object* o : {t->tp_dict, t->tp_mro, t->tp_bases, static_cast<Object*>(t->tp_base)})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

int type_clear(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    // The attribute cache must not keep answering from the namespace
    // being emptied.  The MRO is a tuple that starts with the class, a
    // cycle only dropping it breaks (tuples have no tp_clear); the
    // namespace's functions and descriptors refer back to the class too.
    type_modified(t);
    if (t->tp_dict) dict_clear(t->tp_dict);
    clear(t->tp_mro);
    return 0;
}

namespace {

// ---- choosing the metaclass and the layout --------------------------------------------------

// The base whose fields an instance starts with: the type itself if it adds
// any over its base, else its base's solid base (CPython: solid_base).
// Whether type's instances have fields beyond base's other than a
// __dict__ and __weakref__ pointer at the end (CPython: extra_ivars).
bool extra_ivars(TypeObject* type, TypeObject* base) {
    ssize_t t = type->tp_basicsize;
    ssize_t b = base->tp_basicsize;
    if (type->tp_itemsize || base->tp_itemsize) return t != b || type->tp_itemsize != base->tp_itemsize;
    auto ptr = static_cast<ssize_t>(sizeof(Object*));
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset && type->tp_weaklistoffset + ptr == t) t -= ptr;
    if (type->tp_dictoffset && !base->tp_dictoffset && type->tp_dictoffset + ptr == t) t -= ptr;
    return t != b;
}

TypeObject* solid_base(TypeObject* type) {
    TypeObject* base = type->tp_base ? solid_base(type->tp_base) : &object_type;
    return extra_ivars(type, base) ? type : base;
}

TypeObject* best_base(Object* bases) {
    TypeObject* base = nullptr;
    TypeObject* winner = nullptr;
    for (ssize_t i = 0, n = tuple_size(bases); i < n; ++i) {
        Object* b = tuple_item(bases, i);
        if (!is_type(b)) {
            set_error(&exc::TypeError, "bases must be types");
            return nullptr;
        }
        auto* candidate_base = static_cast<TypeObject*>(b);
        if (!has_flag(candidate_base, TPFLAGS_BASETYPE)) {
            set_error_fmt(&exc::TypeError, "type '{}' is not an acceptable base type", candidate_base->tp_name);
            return nullptr;
        }
        TypeObject* candidate = solid_base(candidate_base);
        if (!winner) {
            winner = candidate;
            base = candidate_base;
        } else if (is_subtype(winner, candidate)) {
        } else if (is_subtype(candidate, winner)) {
            winner = candidate;
            base = candidate_base;
        } else {
            set_error(&exc::TypeError, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return base;
}

// ---- __slots__ -------------------------------------------------------------------------------

bool is_identifier(Object* s) {
    std::u32string text = str_to_u32(s);
    if (text.empty()) return false;
    auto ok = [](char32_t c, bool first) {
        if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
        if (!first && c >= '0' && c <= '9') return true;
        return c >= 0x80;
    };
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!ok(text[i], i == 0)) return false;
    return true;
}

// The names __slots__ lists, as a tuple of str (a single str is one name).
Object* slot_names(Object* slots) {
    Object* names = is_str(slots) ? tuple_pack({slots}) : tuple_from_iterable(slots);
    if (!names) return nullptr;
    for (ssize_t i = 0, n = tuple_size(names); i < n; ++i) {
        Object* name = tuple_item(names, i);
        if (!is_str(name)) {
            set_error_fmt(&exc::TypeError, "__slots__ items must be strings, not '{}'", type_name(name));
            decref(names);
            return nullptr;
        }
        if (!is_identifier(name)) {
            set_error(&exc::TypeError, "__slots__ must be identifiers");
            decref(names);
            return nullptr;
        }
    }
    return names;
}

// ---- __dict__ and __weakref__ of instances ----------------------------------------------------

Object* instance_dict_get(Object* self) {
    Object** slot = dict_slot(self);
    if (!slot) {
        set_error(&exc::AttributeError, "This object has no __dict__");
        return nullptr;
    }
    if (!*slot && !(*slot = dict_new())) return nullptr;
    dict_materialize(*slot);
    // A managed __dict__ moves from the attribute-store word to the dict
    // word: it is a dict object now (typeobject.hpp, managed_dict_words).
    if (has_flag(self->ob_type, TPFLAGS_MANAGED_DICT)) {
        Object** words = managed_dict_words(self);
        if (slot == &words[0]) {
            words[1] = words[0];
            words[0] = nullptr;
            slot = &words[1];
        }
    }
    incref(*slot);
    return *slot;
}

int instance_dict_set(Object* self, Object* value) {
    Object** slot = dict_slot(self);
    if (!slot) {
        set_error(&exc::AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value && !is_dict(value)) {
        set_error_fmt(&exc::TypeError, "__dict__ must be set to a dictionary, not a '{}'", type_name(value));
        return -1;
    }
    xincref(value);
    Object* old = *slot;
    *slot = nullptr;
    // A dict object set as __dict__ goes in the dict word (managed_dict_words).
    if (has_flag(self->ob_type, TPFLAGS_MANAGED_DICT)) slot = &managed_dict_words(self)[1];
    *slot = value;
    xdecref(old);
    return 0;
}

const GetSetDef DICT_GETSET[] = {
    {"__dict__", instance_dict_get, instance_dict_set, "dictionary for instance variables (if defined)"},
    {nullptr, nullptr, nullptr, nullptr},
};
const GetSetDef WEAKREF_GETSET[] = {
    {"__weakref__",
     [](Object*) {
         incref(None());
         return None();
     },
     nullptr, "list of weak references to the object (if defined)"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- type.__new__ ----------------------------------------------------------------------------

struct ClassSpec {
    Object* name;   // borrowed
    Object* bases;  // owned
    Object* dict;   // borrowed: the namespace the class body filled
};

bool parse_args(Object* args, Object* kwargs, ClassSpec& spec) {
    (void)kwargs;
    if (tuple_size(args) != 3) {
        set_error_fmt(&exc::TypeError, "type.__new__() takes exactly 3 arguments ({} given)", tuple_size(args));
        return false;
    }
    Object* const* a = tuple_items(args);
    if (!is_str(a[0])) {
        set_error_fmt(&exc::TypeError, "type.__new__() argument 1 must be str, not {}", type_name(a[0]));
        return false;
    }
    if (!is_tuple(a[1])) {
        set_error_fmt(&exc::TypeError, "type.__new__() argument 2 must be tuple, not {}", type_name(a[1]));
        return false;
    }
    if (!is_dict(a[2])) {
        set_error_fmt(&exc::TypeError, "type.__new__() argument 3 must be dict, not {}", type_name(a[2]));
        return false;
    }
    spec.name = a[0];
    spec.dict = a[2];
    incref(a[1]);
    spec.bases = a[1];
    return true;
}

// Where an instance's fields go: the best base's, then __slots__, then
// __dict__ and __weakref__ unless __slots__ leaves them out.
bool lay_out(HeapTypeObject* type, TypeObject* base, Object* dict) {
    type->tp_basicsize = base->tp_basicsize;
    type->tp_itemsize = base->tp_itemsize;
    // str keeps its characters inline, so it lays out as a variable-size
    // type: the __dict__ pointer after them, no __weakref__, no __slots__.
    bool var_sized = base->tp_itemsize != 0 || has_flag(base, TPFLAGS_UNICODE_SUBCLASS);
    bool add_dict = base->tp_dictoffset == 0;
    bool add_weak = base->tp_weaklistoffset == 0 && !var_sized;
    Object* slots = dict_getitem_str(dict, "__slots__");
    if (slots) {
        Ref<> names = Ref<>::steal(slot_names(slots));
        if (!names) return false;
        bool wants_dict = false, wants_weak = false;
        std::vector<Object*> fields;
        for (ssize_t i = 0, n = tuple_size(names.get()); i < n; ++i) {
            Object* name = tuple_item(names.get(), i);
            if (str_equals_ascii(name, "__dict__")) {
                if (!add_dict || wants_dict) {
                    set_error(&exc::TypeError, "__dict__ slot disallowed: we already got one");
                    return false;
                }
                wants_dict = true;
                continue;
            }
            if (str_equals_ascii(name, "__weakref__")) {
                if (!add_weak || wants_weak) {
                    set_error(&exc::TypeError, "__weakref__ slot disallowed: either we already got one, or the "
                                               "itemsize is nonzero");
                    return false;
                }
                wants_weak = true;
                continue;
            }
            if (dict_getitem(dict, name)) {
                set_error_fmt(&exc::ValueError, "'{}' in __slots__ conflicts with class variable", str_to_utf8(name));
                return false;
            }
            fields.push_back(name);
        }
        if (!fields.empty() && var_sized) {
            set_error_fmt(&exc::TypeError, "nonempty __slots__ not supported for subtype of '{}'", base->tp_name);
            return false;
        }
        add_dict = wants_dict;
        add_weak = wants_weak;
        std::sort(fields.begin(), fields.end(), [](Object* a, Object* b) { return str_compare(a, b) < 0; });
        type->ht_member_names.reserve(fields.size());
        for (Object* name : fields) {
            type->ht_member_names.push_back(str_to_utf8(name));
            MemberDef m{nullptr, MemberKind::ObjectOrError, nullptr, false, nullptr, type->tp_basicsize};
            type->ht_members.push_back(m);
            type->tp_basicsize += static_cast<ssize_t>(sizeof(Object*));
        }
        for (std::size_t i = 0; i < fields.size(); ++i) type->ht_members[i].name = type->ht_member_names[i].c_str();
        incref(slots);
        type->ht_slots = slots;
    }
    type->ht_members.push_back(MemberDef{nullptr, MemberKind::Object, nullptr, false, nullptr, 0});
    type->tp_members = type->ht_members.data();
    if (add_dict && var_sized) {
        type->tp_dictoffset = -static_cast<ssize_t>(sizeof(Object*));
        type->tp_basicsize += static_cast<ssize_t>(sizeof(Object*));
    }
    if (add_weak) {
        type->tp_weaklistoffset = type->tp_basicsize;
        type->tp_basicsize += static_cast<ssize_t>(sizeof(Object*));
    }
    if (add_dict && !var_sized) {
        // In front of the GC header, as CPython 3.11 keeps it (type.hpp,
        // preheader_size).  tp_dictoffset is CPython's number too: counted
        // back from the end of the object, it lands on the dict word, 3
        // words before the object; a subclass that adds __slots__ inherits
        // it unchanged, so the flag, not the offset, says where the dict is.
        type->tp_flags |= TPFLAGS_MANAGED_DICT;
        type->tp_dictoffset = -(type->tp_basicsize + 3 * static_cast<ssize_t>(sizeof(Object*)));
    }
    return true;
}

int add_getset(TypeObject* type, const GetSetDef* def) {
    if (dict_getitem_str(type->tp_dict, def->name)) return 0;
    Object* descr = getset_descr_new(type, def);
    if (!descr) return -1;
    int r = dict_setitem_str(type->tp_dict, def->name, descr);
    decref(descr);
    return r;
}

// __qualname__ from the class body (removed from the namespace) or the name.
bool take_qualname(HeapTypeObject* type, Object* dict) {
    Object* qualname = dict_getitem_str(dict, "__qualname__");
    if (!qualname) {
        incref(type->ht_name);
        type->ht_qualname = type->ht_name;
        return true;
    }
    if (!is_str(qualname)) {
        set_error_fmt(&exc::TypeError, "type __qualname__ must be a str, not {}", type_name(qualname));
        return false;
    }
    incref(qualname);
    type->ht_qualname = qualname;
    return dict_delitem_str(dict, "__qualname__") == 0;
}

// __module__: the class body sets it; type() takes the caller's __name__.
bool set_module(Object* dict) {
    if (dict_getitem_str(dict, "__module__")) return true;
    Object* globals = eval_hooks().current_globals ? eval_hooks().current_globals() : nullptr;
    if (!globals) return true;
    Object* name = dict_getitem_str(globals, "__name__");
    return !name || dict_setitem_str(dict, "__module__", name) == 0;
}

// __init_subclass__ and __set_name__ (CPython: type_new_set_names,
// type_new_init_subclass).
bool set_names(TypeObject* type) {
    // A snapshot: a __set_name__ may change the namespace.
    std::vector<Ref<>> pairs;
    ssize_t pos = 0;
    Object *key, *value;
    while (dict_next(type->tp_dict, &pos, &key, &value)) {
        incref(key);
        pairs.push_back(Ref<>::steal(key));
        incref(value);
        pairs.push_back(Ref<>::steal(value));
    }
    Ref<> set_name = Ref<>::steal(str_intern("__set_name__"));
    for (std::size_t i = 0; i < pairs.size(); i += 2) {
        Object* v = pairs[i + 1].get();
        if (!type_lookup(v->ob_type, set_name.get())) continue;
        Object* args[] = {type, pairs[i].get()};
        Ref<> r = Ref<>::steal(call_method(v, set_name.get(), args, 2));
        if (!r) return false;
    }
    return true;
}

bool init_subclass(TypeObject* type, Object* kwargs) {
    // super(type, type).__init_subclass__(**kwargs): the next class after
    // type in its MRO that defines it.
    Object* name = str_intern("__init_subclass__");
    Ref<> held = Ref<>::steal(name);
    Object* mro = type->tp_mro;
    for (ssize_t i = 1, n = tuple_size(mro); i < n; ++i) {
        auto* t = static_cast<TypeObject*>(tuple_item(mro, i));
        Object* f = t->tp_dict ? dict_getitem(t->tp_dict, name) : nullptr;
        if (!f) continue;
        Ref<> bound;
        if (descrgetfunc get = f->ob_type->tp_descr_get) {
            bound = Ref<>::steal(get(f, type, type));
        } else {
            incref(f);
            bound = Ref<>::steal(f);
        }
        if (!bound) return false;
        Ref<> r = Ref<>::steal(call_vector_from_dict(
            Ref<>::steal(tuple_new(0)).get(), kwargs,
            [](void* c, Object* const* v, ssize_t npos, Object* names) {
                return call(static_cast<Object*>(c), v, static_cast<std::size_t>(npos), names);
            },
            bound.get()));
        return static_cast<bool>(r);
    }
    return true;
}

// __new__ written as a plain function is a static method (CPython wraps it
// in staticmethod); __init_subclass__ and __class_getitem__ are class
// methods.
bool wrap_implicit_methods(Object* dict) {
    using Wrap = Object* (*)(Object*);
    const std::pair<const char*, Wrap> implicit[] = {
        {"__new__", staticmethod_new}, {"__init_subclass__", classmethod_new}, {"__class_getitem__", classmethod_new}};
    for (auto [name, wrap] : implicit) {
        Object* f = dict_getitem_str(dict, name);
        if (!f || f->ob_type != &function_type) continue;
        Ref<> wrapped = Ref<>::steal(wrap(f));
        if (!wrapped || dict_setitem_str(dict, name, wrapped.get()) < 0) return false;
    }
    return true;
}

}  // namespace

// The most derived of the metaclass asked for and the bases' metaclasses
// (CPython: _PyType_CalculateMetaclass).
TypeObject* calculate_metaclass(TypeObject* meta, Object* bases) {
    TypeObject* winner = meta;
    for (ssize_t i = 0, n = tuple_size(bases); i < n; ++i) {
        TypeObject* t = tuple_item(bases, i)->ob_type;
        if (is_subtype(winner, t)) continue;
        if (is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        set_error(&exc::TypeError,
                  "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                  "metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

// ---- the C3 linearisation -------------------------------------------------------------------

Object* mro_c3(TypeObject* type) {
    Object* bases = type->tp_bases;
    ssize_t nbases = tuple_size(bases);
    // The sequences to merge: each base's MRO, then the bases themselves.
    std::vector<std::vector<Object*>> seqs;
    for (ssize_t i = 0; i < nbases; ++i) {
        auto* b = static_cast<TypeObject*>(tuple_item(bases, i));
        std::vector<Object*> s;
        for (ssize_t j = 0, n = tuple_size(b->tp_mro); j < n; ++j) s.push_back(tuple_item(b->tp_mro, j));
        seqs.push_back(std::move(s));
    }
    seqs.emplace_back(tuple_items(bases), tuple_items(bases) + nbases);
    for (ssize_t i = 0; i < nbases; ++i)
        for (ssize_t j = i + 1; j < nbases; ++j)
            if (tuple_item(bases, i) == tuple_item(bases, j)) {
                set_error_fmt(&exc::TypeError, "duplicate base class {}",
                              static_cast<TypeObject*>(tuple_item(bases, i))->tp_name);
                return nullptr;
            }
    std::vector<Object*> result{type};
    std::vector<std::size_t> heads(seqs.size(), 0);
    for (;;) {
        bool empty = true;
        Object* chosen = nullptr;
        for (std::size_t i = 0; i < seqs.size() && !chosen; ++i) {
            if (heads[i] >= seqs[i].size()) continue;
            empty = false;
            Object* candidate = seqs[i][heads[i]];
            bool in_tail = false;
            for (std::size_t j = 0; j < seqs.size() && !in_tail; ++j)
                for (std::size_t k = heads[j] + 1; k < seqs[j].size(); ++k)
                    if (seqs[j][k] == candidate) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) chosen = candidate;
        }
        if (empty) break;
        if (!chosen) {
            // CPython lists the bases still to be placed, in order.
            std::string names;
            std::vector<Object*> seen;
            for (std::size_t i = 0; i < seqs.size(); ++i) {
                if (heads[i] >= seqs[i].size()) continue;
                Object* head = seqs[i][heads[i]];
                if (std::find(seen.begin(), seen.end(), head) != seen.end()) continue;
                seen.push_back(head);
                if (!names.empty()) names += ", ";
                auto* t = static_cast<TypeObject*>(head);
                names += is_heap_type(t) ? str_to_utf8(static_cast<HeapTypeObject*>(t)->ht_name) : t->tp_name;
            }
            set_error_fmt(&exc::TypeError,
                          "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
            return nullptr;
        }
        result.push_back(chosen);
        for (std::size_t i = 0; i < seqs.size(); ++i)
            if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == chosen) ++heads[i];
    }
    Object* mro = tuple_new(static_cast<ssize_t>(result.size()));
    if (!mro) return nullptr;
    for (std::size_t i = 0; i < result.size(); ++i) {
        incref(result[i]);
        tuple_items(mro)[i] = result[i];
    }
    return mro;
}

Object* type_new(TypeObject* meta, Object* args, Object* kwargs) {
    ClassSpec spec{};
    if (!parse_args(args, kwargs, spec)) return nullptr;
    Ref<> bases = Ref<>::steal(spec.bases);
    TypeObject* winner = calculate_metaclass(meta, bases.get());
    if (!winner) return nullptr;
    if (winner != meta && winner->tp_new != type_new) return winner->tp_new(winner, args, kwargs);
    meta = winner;
    if (tuple_size(bases.get()) == 0) bases = Ref<>::steal(tuple_pack({&object_type}));
    if (!bases) return nullptr;
    TypeObject* base = best_base(bases.get());
    if (!base) return nullptr;

    Ref<> dict = Ref<>::steal(dict_copy(spec.dict));
    if (!dict || !set_module(dict.get())) return nullptr;

    Object* mem = alloc_object(meta);
    if (!mem) return no_memory();
    auto* type = new (mem) HeapTypeObject;
    type->ob_refcnt = 1;
    type->ob_type = meta;
    Ref<> owned = Ref<>::steal(type);
    type->tp_flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
    incref(spec.name);
    type->ht_name = spec.name;
    type->ht_tp_name = str_to_utf8(spec.name);
    type->tp_name = type->ht_tp_name.c_str();
    if (!take_qualname(type, dict.get())) return nullptr;
    incref(base);
    type->tp_base = base;
    type->tp_bases = bases.release();
    type->tp_dict = dict.release();
    // __new__ written as a plain function is a static method (CPython
    // wraps it in staticmethod); __init_subclass__ and __class_getitem__
    // are class methods.
    if (!wrap_implicit_methods(type->tp_dict)) return nullptr;
    // Defining __eq__ without __hash__ makes instances unhashable: equal
    // objects must hash equal, and the inherited hash cannot know.
    if (dict_getitem_str(type->tp_dict, "__eq__") && !dict_getitem_str(type->tp_dict, "__hash__") &&
        dict_setitem_str(type->tp_dict, "__hash__", None()) < 0)
        return nullptr;
    if (!lay_out(type, base, type->tp_dict)) return nullptr;
    // After the slots, which may include __doc__ (CPython adds the default
    // in PyType_Ready, type_dict_set_doc).
    if (Object* doc = dict_getitem_str(type->tp_dict, "__doc__")) {
        if (is_str(doc)) type->tp_doc = nullptr;  // read from the dict by __doc__
    } else if (dict_setitem_str(type->tp_dict, "__doc__", None()) < 0) {
        return nullptr;
    }
    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    interp().heap_types.push_back(type);
    if (type->tp_dictoffset && add_getset(type, DICT_GETSET) < 0) return nullptr;
    if (type->tp_weaklistoffset && add_getset(type, WEAKREF_GETSET) < 0) return nullptr;
    if (type_ready(type) < 0) return nullptr;
    update_slots(type);
    // Whole now: the collector may look at it from here on, before any
    // Python code (__set_name__, __init_subclass__) runs.
    gc::track(interp().gc, type);
    // The __class__ cell of the methods that use super() or __class__.
    if (Object* cell = dict_getitem_str(type->tp_dict, "__classcell__")) {
        if (cell->ob_type != &cell_type) {
            set_error_fmt(&exc::TypeError, "__classcell__ must be a nonlocal cell, not {}", type_name(cell));
            return nullptr;
        }
        auto* c = static_cast<CellObject*>(cell);
        incref(type);
        xdecref(c->ob_ref);
        c->ob_ref = type;
        if (dict_delitem_str(type->tp_dict, "__classcell__") < 0) return nullptr;
        type_modified(type);
    }
    if (!set_names(type) || !init_subclass(type, kwargs)) return nullptr;
    return owned.release();
}

void type_dealloc(Object* self) { heap_type_dealloc(self); }

}  // namespace glasspy::rt
