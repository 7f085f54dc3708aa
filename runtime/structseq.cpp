// Struct sequences (see structseq.hpp).  The fields are member descriptors
// at the items' offsets, as in CPython, so `t.tm_year` reads item 0 without
// a lookup by name.
#include "runtime/structseq.hpp"

#include <string>
#include <vector>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// Sizes read back from the type's namespace, where Python sees them too.
ssize_t type_count(TypeObject* type, const char* name) {
    Borrowed<> v = dict_getitem_str(type->tp_dict, name);
    ssize_t n = 0;
    if (v && !int_as_ssize(v, &n)) clear_error();
    return n;
}

ssize_t n_fields(TypeObject* type) { return type_count(type, "n_fields"); }
ssize_t n_in_sequence(TypeObject* type) { return type_count(type, "n_sequence_fields"); }

// The hidden fields sit after ob_size items: count them in for the
// duration of tuple's own dealloc.
void structseq_dealloc(Object* self) {
    static_cast<VarObject*>(self)->ob_size = n_fields(self->ob_type);
    tuple_type.tp_dealloc(self);
}

int structseq_traverse(Object* self, visitproc visit, void* arg) {
    for (ssize_t i = n_fields(self->ob_type); --i >= 0;)
        if (Object* item = tuple_items(self)[i])
            if (int r = visit(item, arg)) return r;
    return 0;
}

// name(field=value, ...) over the visible fields.
Object* structseq_repr(Object* self) {
    TypeObject* type = self->ob_type;
    std::string text = std::string(type->tp_name) + "(";
    ssize_t n = tuple_size(self);
    for (ssize_t i = 0; i < n; ++i) {
        Ref<> r = Ref<>::steal(repr(tuple_item(self, i)));
        if (!r) return nullptr;
        if (i) text += ", ";
        text += type->tp_members[i].name;
        text += '=';
        text += str_to_utf8(r.get());
    }
    text += ')';
    return str_from_utf8(text);
}

// T(sequence, dict=None): the sequence gives the visible fields and maybe
// some hidden ones; the rest come from dict, or are None.
Object* structseq_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"sequence", "dict"};
    static constexpr ArgParser parser{"structseq", kw, 1, 2, 0};
    Object* argv[2];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    Ref<> seq = Ref<>::steal(tuple_from_iterable(argv[0]));
    if (!seq) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            set_error(&exc::TypeError, "constructor requires a sequence");
        }
        return nullptr;
    }
    Object* dict = argv[1] && argv[1] != None() ? argv[1] : nullptr;
    if (dict && !is_dict(dict)) {
        set_error_fmt(&exc::TypeError, "{}() takes a dict as second arg, if any", type->tp_name);
        return nullptr;
    }
    ssize_t len = tuple_size(seq.get()), min = n_in_sequence(type), max = n_fields(type);
    if (len < min) {
        if (min == max)
            set_error_fmt(&exc::TypeError, "{}() takes a {}-sequence ({}-sequence given)", type->tp_name, min, len);
        else
            set_error_fmt(&exc::TypeError, "{}() takes an at least {}-sequence ({}-sequence given)", type->tp_name,
                          min, len);
        return nullptr;
    }
    if (len > max) {
        if (min == max)
            set_error_fmt(&exc::TypeError, "{}() takes a {}-sequence ({}-sequence given)", type->tp_name, min, len);
        else
            set_error_fmt(&exc::TypeError, "{}() takes an at most {}-sequence ({}-sequence given)", type->tp_name,
                          max, len);
        return nullptr;
    }
    std::vector<Object*> items(static_cast<std::size_t>(max));
    for (ssize_t i = 0; i < max; ++i) {
        Object* v = i < len ? tuple_item(seq.get(), i) : nullptr;
        if (!v && dict) v = dict_getitem_str(dict, type->tp_members[i].name);
        items[static_cast<std::size_t>(i)] = new_ref(v ? v : None()).release();
    }
    return structseq_new(type, items.data());
}

Object* structseq_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    TypeObject* type = self->ob_type;
    ssize_t visible = tuple_size(self), all = n_fields(type);
    Ref<> seq = Ref<>::steal(tuple_from_array(tuple_items(self), visible));
    Ref<> hidden = Ref<>::steal(dict_new());
    if (!seq || !hidden) return nullptr;
    for (ssize_t i = visible; i < all; ++i)
        if (dict_setitem_str(hidden.get(), type->tp_members[i].name, tuple_items(self)[i]) < 0) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({seq.get(), hidden.get()}));
    if (!args) return nullptr;
    return tuple_pack({type, args.get()});
}

const BuiltinDef STRUCTSEQ_METHODS[] = {
    {"__reduce__", structseq_reduce, "Return state information for pickling."},
    {},
};

}  // namespace

bool structseq_init_type(TypeObject* type, const StructSeqDesc& desc) {
    type->ob_refcnt = 1;
    type->tp_name = desc.name;
    type->tp_doc = desc.doc;
    type->tp_base = &tuple_type;
    type->tp_basicsize = tuple_type.tp_basicsize;
    type->tp_itemsize = tuple_type.tp_itemsize;
    type->tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS;
    type->tp_dealloc = structseq_dealloc;
    type->tp_traverse = structseq_traverse;
    type->tp_repr = structseq_repr;
    type->tp_new = structseq_tp_new;
    type->tp_methods = STRUCTSEQ_METHODS;
    // Lives as long as the (static) type.  Tuple's basic size is where its items start.
    auto* members = new MemberDef[desc.fields.size() + 1]{};
    for (std::size_t i = 0; i < desc.fields.size(); ++i) {
        members[i] = MemberDef{desc.fields[i].name, MemberKind::Object, nullptr, true, desc.fields[i].doc,
                               tuple_type.tp_basicsize + static_cast<ssize_t>(i * sizeof(Object*))};
    }
    type->tp_members = members;
    if (type_ready(type) < 0) return false;
    struct Count {
        const char* name;
        ssize_t value;
    };
    ssize_t all = static_cast<ssize_t>(desc.fields.size());
    for (Count c : {Count{"n_sequence_fields", desc.n_in_sequence}, Count{"n_fields", all},
                    Count{"n_unnamed_fields", 0}}) {
        Ref<> v = Ref<>::steal(int_from_ssize(c.value));
        if (!v || dict_setitem_str(type->tp_dict, c.name, v.get()) < 0) return false;
    }
    return true;
}

Object* structseq_new(TypeObject* type, Object* const* items) {
    ssize_t all = n_fields(type);
    bool ok = true;
    for (ssize_t i = 0; i < all; ++i) ok = ok && items[i];
    Object* op = ok ? alloc_object(type, all) : nullptr;
    if (!op) {
        for (ssize_t i = 0; i < all; ++i) xdecref(items[i]);
        return ok ? no_memory() : nullptr;
    }
    for (ssize_t i = 0; i < all; ++i) tuple_items(op)[i] = items[i];
    static_cast<VarObject*>(op)->ob_size = n_in_sequence(type);
    gc::track(interp().gc, op);
    return op;
}

}  // namespace glasspy::rt
