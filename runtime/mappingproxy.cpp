// The mappingproxy type; see mappingproxy.hpp.  Everything is forwarded to
// the wrapped mapping except what would change it.
#include "runtime/mappingproxy.hpp"

#include <string>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

extern const BuiltinDef mappingproxy_methods[];

namespace {

Object* mapping_of(Object* self) { return static_cast<MappingProxyObject*>(self)->mapping; }

void mappingproxy_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    clear(static_cast<MappingProxyObject*>(self)->mapping);
    free_object(self);
}

int mappingproxy_traverse(Object* self, visitproc visit, void* arg) { return visit(mapping_of(self), arg); }

Object* mappingproxy_repr(Object* self) {
    Object* inner = repr(mapping_of(self));
    if (!inner) return nullptr;
    std::string text = "mappingproxy(" + str_to_utf8(inner) + ")";
    decref(inner);
    return str_from_utf8(text);
}

// proxy.keys() and co.: the mapping's own method, called with no arguments.
Object* forward_noargs(Object* self, const char* name, const char* qualname, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname, nargs, kwnames)) return nullptr;
    Object* method = get_attr_str(mapping_of(self), name);
    if (!method) return nullptr;
    Object* result = call(method, nullptr, 0);
    decref(method);
    return result;
}

// mappingproxy(mapping): a read-only view of any mapping (types.MappingProxyType).
// A sequence is refused even though it has __getitem__ (CPython:
// mappingproxy_check_mapping).
Object* mappingproxy_tp_new(TypeObject* /*type*/, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"mapping"};
    static constexpr ArgParser parser{"mappingproxy", kw, 1, 1, 0};
    Object* argv[1];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    Object* mapping = argv[0];
    if (!mapping->ob_type->mp_subscript || is_list(mapping) || is_tuple(mapping)) {
        set_error_fmt(&exc::TypeError, "mappingproxy() argument must be a mapping, not {}", type_name(mapping));
        return nullptr;
    }
    return mappingproxy_new(mapping);
}

// proxy | other: the proxied mapping's own |, with either operand a proxy
// (PEP 584); a proxy is read-only, so |= is refused.
Object* mappingproxy_or(Object* left, Object* right) {
    if (left->ob_type == &mappingproxy_type) left = mapping_of(left);
    if (right->ob_type == &mappingproxy_type) right = mapping_of(right);
    return binary_op(left, right, BinaryOp::Or);
}

Object* mappingproxy_ior(Object*, Object*) {
    set_error(&exc::TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
    return nullptr;
}

TypeObject make_mappingproxy_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "mappingproxy";
    t.tp_basicsize = sizeof(MappingProxyObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = mappingproxy_dealloc;
    t.tp_traverse = mappingproxy_traverse;
    t.tp_repr = mappingproxy_repr;
    t.tp_str = [](Object* self) { return str(mapping_of(self)); };
    t.tp_richcompare = [](Object* self, Object* other, int op) { return rich_compare(mapping_of(self), other, op); };
    t.tp_iter = [](Object* self) { return get_iter(mapping_of(self)); };
    t.mp_length = [](Object* self) { return length(mapping_of(self)); };
    t.mp_subscript = [](Object* self, Object* key) { return get_item(mapping_of(self), key); };
    t.sq_contains = [](Object* self, Object* key) { return contains(mapping_of(self), key); };
    t.nb_or = mappingproxy_or;
    t.nb_inplace_or = mappingproxy_ior;
    t.tp_methods = mappingproxy_methods;
    t.tp_new = mappingproxy_tp_new;
    return t;
}

}  // namespace

const BuiltinDef mappingproxy_methods[] = {
    {"get",
     [](Object* self, Object* const* args, ssize_t nargs, Object* kwnames) -> Object* {
         if (!check_no_kwargs("get", kwnames) || !check_positional("get", nargs, 1, 2)) return nullptr;
         Object* method = get_attr_str(mapping_of(self), "get");
         if (!method) return nullptr;
         Object* result = call(method, args, static_cast<std::size_t>(nargs));
         decref(method);
         return result;
     },
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys",
     [](Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
         return forward_noargs(self, "keys", "mappingproxy.keys", nargs, kwnames);
     },
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"values",
     [](Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
         return forward_noargs(self, "values", "mappingproxy.values", nargs, kwnames);
     },
     "D.values() -> an object providing a view on D's values"},
    {"items",
     [](Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
         return forward_noargs(self, "items", "mappingproxy.items", nargs, kwnames);
     },
     "D.items() -> a set-like object providing a view on D's items"},
    {"copy",
     [](Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
         return forward_noargs(self, "copy", "mappingproxy.copy", nargs, kwnames);
     },
     "D.copy() -> a shallow copy of D"},
    {nullptr, nullptr, nullptr},
};

TypeObject mappingproxy_type = make_mappingproxy_type();

Object* mappingproxy_new(Object* mapping) {
    Object* self = alloc_object(&mappingproxy_type);
    if (!self) return no_memory();
    incref(mapping);
    static_cast<MappingProxyObject*>(self)->mapping = mapping;
    gc::track(interp().gc, self);
    return self;
}

}  // namespace glasspy::rt
