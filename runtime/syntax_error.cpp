// SyntaxError's fields and str (CPython: SyntaxError_init, SyntaxError_str
// in Objects/exceptions.c).  The compiler raises
// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset));
// __init__ spreads that tuple over the attributes that tracebacks and
// str(e) read, so a user's SyntaxError(...) behaves the same.
#include <array>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

SyntaxErrorObject* as_syntax_error(Object* o) { return static_cast<SyntaxErrorObject*>(o); }

std::array<Object**, 8> fields_of(Object* self) {
    SyntaxErrorObject* e = as_syntax_error(self);
    return {&e->msg, &e->filename, &e->lineno, &e->offset, &e->end_lineno, &e->end_offset, &e->text,
            &e->print_file_and_line};
}

void set_field(Object*& field, Object* value) {
    xincref(value);
    Object* old = field;
    field = value;
    xdecref(old);
}

Object* SyntaxError_new(TypeObject* type, Object* args, Object* kwargs) {
    Object* self = BaseException_new(type, args, kwargs);
    if (self)
        for (Object** field : fields_of(self)) *field = nullptr;
    return self;
}

int SyntaxError_init(Object* self, Object* args, Object* kwargs) {
    if (BaseException_init(self, args, kwargs) < 0) return -1;
    SyntaxErrorObject* e = as_syntax_error(self);
    ssize_t n = tuple_size(args);
    if (n >= 1) set_field(e->msg, tuple_item(args, 0));
    if (n != 2) return 0;
    Ref<> info = Ref<>::steal(tuple_from_iterable(tuple_item(args, 1)));
    if (!info) return -1;
    ssize_t given = tuple_size(info.get());
    if (given < 4 || given > 6) {
        set_error_fmt(&exc::TypeError, "function takes at {} {} arguments ({} given)",
                      given < 4 ? "least" : "most", given < 4 ? 4 : 6, given);
        return -1;
    }
    Object* const* d = tuple_items(info.get());
    set_field(e->filename, d[0]);
    set_field(e->lineno, d[1]);
    set_field(e->offset, d[2]);
    set_field(e->text, d[3]);
    set_field(e->end_lineno, given > 4 ? d[4] : nullptr);
    set_field(e->end_offset, given > 5 ? d[5] : nullptr);
    if (e->end_lineno && !e->end_offset) {
        set_error(&exc::TypeError, "end_offset must be provided when end_lineno is provided");
        return -1;
    }
    return 0;
}

int SyntaxError_clear(Object* self) {
    for (Object** field : fields_of(self)) clear(*field);
    return BaseException_clear(self);
}

void SyntaxError_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    SyntaxError_clear(self);
    free_object(self);
}

int SyntaxError_traverse(Object* self, visitproc visit, void* arg) {
    for (Object** field : fields_of(self))
        if (*field)
            if (int r = visit(*field, arg)) return r;
    return BaseException_traverse(self, visit, arg);
}

// "msg (file.py, line 3)": the file's last path component, and the line
// when it is an int proper (a bool is not).
Object* SyntaxError_str(Object* self) {
    SyntaxErrorObject* e = as_syntax_error(self);
    Ref<> msg = Ref<>::steal(str(e->msg ? e->msg : None()));
    if (!msg) return nullptr;
    bool have_file = e->filename && is_str(e->filename);
    bool have_line = e->lineno && is_int_exact(e->lineno);
    if (!have_file && !have_line) return msg.release();
    std::string text = str_to_utf8(msg.get());
    std::string file;
    if (have_file) {
        file = str_to_utf8(e->filename);
        if (auto slash = file.rfind('/'); slash != std::string::npos) file.erase(0, slash + 1);
    }
    ssize_t line = 0;
    if (have_line && !int_as_ssize(e->lineno, &line)) return nullptr;
    if (have_file && have_line)
        text += fmt::format(" ({}, line {})", file, line);
    else if (have_file)
        text += fmt::format(" ({})", file);
    else
        text += fmt::format(" (line {})", line);
    return str_from_utf8(text);
}

template <Object* SyntaxErrorObject::*Field>
void* field_of(Object* self) {
    return &(as_syntax_error(self)->*Field);
}

const MemberDef SYNTAX_ERROR_MEMBERS[] = {
    {"msg", MemberKind::Object, field_of<&SyntaxErrorObject::msg>, false, "exception msg"},
    {"filename", MemberKind::Object, field_of<&SyntaxErrorObject::filename>, false, "exception filename"},
    {"lineno", MemberKind::Object, field_of<&SyntaxErrorObject::lineno>, false, "exception lineno"},
    {"offset", MemberKind::Object, field_of<&SyntaxErrorObject::offset>, false, "exception offset"},
    {"text", MemberKind::Object, field_of<&SyntaxErrorObject::text>, false, "exception text"},
    {"end_lineno", MemberKind::Object, field_of<&SyntaxErrorObject::end_lineno>, false, "exception end lineno"},
    {"end_offset", MemberKind::Object, field_of<&SyntaxErrorObject::end_offset>, false, "exception end offset"},
    {"print_file_and_line", MemberKind::Object, field_of<&SyntaxErrorObject::print_file_and_line>, false,
     "exception print_file_and_line"},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

}  // namespace

void syntax_error_prepare() {
    TypeObject& t = exc::SyntaxError;
    t.tp_basicsize = sizeof(SyntaxErrorObject);
    t.tp_new = SyntaxError_new;
    t.tp_init = SyntaxError_init;
    t.tp_clear = SyntaxError_clear;
    t.tp_dealloc = SyntaxError_dealloc;
    t.tp_traverse = SyntaxError_traverse;
    t.tp_str = SyntaxError_str;
    t.tp_members = SYNTAX_ERROR_MEMBERS;
}

}  // namespace glasspy::rt
