// obj.__class__ = C (CPython: object_set_class and compatible_for_assignment
// in Objects/typeobject.c).  The object's memory stays as it is, so the new
// class must lay its instances out exactly as the old one: the same base
// layout and, above it, the same __dict__, __weakref__ and __slots__.
// Built-in types are immutable and their instances keep their class.
#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// Whether child adds nothing to its base's layout, so that an instance of
// one is laid out as an instance of the other.
bool compatible_with_base(const TypeObject* child) {
    const TypeObject* parent = child->tp_base;
    return parent && child->tp_basicsize == parent->tp_basicsize && child->tp_itemsize == parent->tp_itemsize &&
           child->tp_dictoffset == parent->tp_dictoffset &&
           child->tp_weaklistoffset == parent->tp_weaklistoffset &&
           has_flag(child, TPFLAGS_HAVE_GC) == has_flag(parent, TPFLAGS_HAVE_GC) &&
           (has_flag(child, TPFLAGS_HEAPTYPE) || child->tp_dealloc == parent->tp_dealloc);
}

// Two classes on the same base that added the same fields in the same
// places.
bool same_fields_added(const TypeObject* a, const TypeObject* b) {
    constexpr auto word = static_cast<ssize_t>(sizeof(Object*));
    // A __dict__ in front of the GC header in one and not the other: the
    // memory blocks differ even where the sizes agree.
    if (has_flag(a, TPFLAGS_MANAGED_DICT) != has_flag(b, TPFLAGS_MANAGED_DICT)) return false;
    ssize_t size = a->tp_base->tp_basicsize;
    if (a->tp_dictoffset == size && b->tp_dictoffset == size) size += word;
    if (a->tp_weaklistoffset == size && b->tp_weaklistoffset == size) size += word;
    if (!has_flag(a, TPFLAGS_HEAPTYPE) || !has_flag(b, TPFLAGS_HEAPTYPE)) return false;
    Object* slots_a = static_cast<const HeapTypeObject*>(a)->ht_slots;
    Object* slots_b = static_cast<const HeapTypeObject*>(b)->ht_slots;
    if (slots_a && slots_b) {
        int equal = rich_compare_bool(slots_a, slots_b, EQ);
        if (equal != 1) {
            if (equal < 0) clear_error();
            return false;
        }
        size += word * tuple_size(slots_a);
    }
    return size == a->tp_basicsize && size == b->tp_basicsize;
}

bool compatible_for_assignment(const TypeObject* oldto, const TypeObject* newto) {
    const TypeObject* newbase = newto;
    const TypeObject* oldbase = oldto;
    while (compatible_with_base(newbase)) newbase = newbase->tp_base;
    while (compatible_with_base(oldbase)) oldbase = oldbase->tp_base;
    if (newbase != oldbase && (newbase->tp_base != oldbase->tp_base || !same_fields_added(newbase, oldbase))) {
        set_error_fmt(&exc::TypeError, "__class__ assignment: '{}' object layout differs from '{}'",
                      newto->tp_name, oldto->tp_name);
        return false;
    }
    return true;
}

}  // namespace

int object_set_class(Object* self, Object* value) {
    if (!value) {
        set_error(&exc::TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!is_type(value)) {
        set_error_fmt(&exc::TypeError, "__class__ must be set to a class, not '{}' object", type_name(value));
        return -1;
    }
    auto* newto = static_cast<TypeObject*>(value);
    TypeObject* oldto = self->ob_type;
    bool modules = is_subtype(newto, &module_type) && is_subtype(oldto, &module_type);
    if (!modules && (!has_flag(newto, TPFLAGS_HEAPTYPE) || !has_flag(oldto, TPFLAGS_HEAPTYPE))) {
        set_error(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_for_assignment(oldto, newto)) return -1;
    // Every object holds a reference to its class.
    incref(newto);
    self->ob_type = newto;
    decref(oldto);
    return 0;
}

}  // namespace glasspy::rt
