// The iterators of str, bytes and bytearray (CPython: unicodeiter and
// unicode_ascii_iter in Objects/unicodeobject.c, striter in
// bytesobject.c, bytearrayiter in bytearrayobject.c): iter('abc') is a
// str_ascii_iterator (str_iterator when the text is not all ASCII),
// iter(b'ab') a bytes_iterator, each reading the next character or byte
// straight from the object rather than through the old __getitem__
// protocol.  A bytearray's length is checked at every step, since it may
// change while it is iterated.
#include "gc/gc_head.hpp"
#include "runtime/alloc.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

struct TextIterObject : Object {
    ssize_t it_index;
    Object* it_seq;  // null once exhausted
};

TextIterObject* as_textiter(Object* o) { return static_cast<TextIterObject*>(o); }

void textiter_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    clear(as_textiter(self)->it_seq);
    free_object(self);
}

int textiter_traverse(Object* self, visitproc visit, void* arg) {
    Object* seq = as_textiter(self)->it_seq;
    return seq ? visit(seq, arg) : 0;
}

// The item at it_index through item_at (a new reference), advancing; the
// end drops the object iterated.
template <ssize_t (*length)(const Object*), Object* (*item_at)(Object*, ssize_t)>
Object* textiter_next(Object* self) {
    TextIterObject* it = as_textiter(self);
    if (!it->it_seq) return nullptr;
    if (it->it_index < length(it->it_seq)) return item_at(it->it_seq, it->it_index++);
    clear(it->it_seq);
    return nullptr;
}

template <ssize_t (*length)(const Object*)>
ssize_t textiter_remaining(Object* self) {
    TextIterObject* it = as_textiter(self);
    return it->it_seq ? std::max<ssize_t>(length(it->it_seq) - it->it_index, 0) : 0;
}

Object* char_at(Object* s, ssize_t i) { return str_from_char(str_at(s, i)); }
Object* byte_at(Object* b, ssize_t i) { return int_from_ssize(static_cast<unsigned char>(bytes_view(b)[i])); }
Object* bytearray_byte_at(Object* b, ssize_t i) {
    return int_from_ssize(static_cast<unsigned char>(bytearray_view(b)[i]));
}
ssize_t bytearray_length(const Object* b) { return static_cast<ssize_t>(bytearray_view(b).size()); }

template <ssize_t (*length)(const Object*)>
constexpr BuiltinDef TEXTITER_METHODS[] = {
    {"__length_hint__", length_hint_method<textiter_remaining<length>>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};

template <ssize_t (*length)(const Object*), Object* (*item_at)(Object*, ssize_t)>
TypeObject make_textiter_type(const char* name) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(TextIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = textiter_dealloc;
    t.tp_traverse = textiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = textiter_next<length, item_at>;
    t.tp_methods = TEXTITER_METHODS<length>;
    return t;
}

TypeObject str_ascii_iter_type = make_textiter_type<str_length, char_at>("str_ascii_iterator");
TypeObject str_iter_type = make_textiter_type<str_length, char_at>("str_iterator");
TypeObject bytes_iter_type = make_textiter_type<bytes_size, byte_at>("bytes_iterator");
TypeObject bytearray_iter_type = make_textiter_type<bytearray_length, bytearray_byte_at>("bytearray_iterator");

Object* textiter_new(TypeObject* type, Object* seq) {
    if (!type->tp_dict && type_ready(type) < 0) return nullptr;
    auto* it = static_cast<TextIterObject*>(alloc_object(type));
    if (!it) return no_memory();
    it->it_index = 0;
    it->it_seq = new_ref(seq).release();
    gc::track(interp().gc, it);
    return it;
}

}  // namespace

Object* str_iter(Object* s) { return textiter_new(str_is_ascii(s) ? &str_ascii_iter_type : &str_iter_type, s); }
Object* bytes_iter(Object* b) { return textiter_new(&bytes_iter_type, b); }
Object* bytearray_iter(Object* b) { return textiter_new(&bytearray_iter_type, b); }

}  // namespace glasspy::rt
