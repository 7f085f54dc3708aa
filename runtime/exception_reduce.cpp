// The methods of BaseException: with_traceback, add_note, and for pickling and
// copying exceptions BaseException.__reduce__ and
// __setstate__, OSError.__reduce__ (CPython: BaseException_reduce,
// BaseException_setstate, OSError_reduce in Objects/exceptions.c).
//
// An exception is rebuilt by calling its class with its args, then its
// attributes (the instance __dict__, when it has any) are set back.
// OSError's args lose the file names (OSError(2, 'msg', 'f').args is
// (2, 'msg')), so its __reduce__ puts them back.
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// (type(self), args[, __dict__]): the dict only when it holds something.
Object* reduce_with(Object* self, Object* args) {
    Object* d = instance_dict(self);
    if (!d) d = static_cast<BaseExceptionObject*>(self)->dict;
    if (d && dict_size(d) > 0) return tuple_pack({self->ob_type, args, d});
    return tuple_pack({self->ob_type, args});
}

Object* BaseException_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("BaseException.__reduce__", nargs, kwnames)) return nullptr;
    Object* args = static_cast<BaseExceptionObject*>(self)->args;
    Ref<> empty;
    if (!args) {
        empty = Ref<>::steal(tuple_new(0));
        if (!empty) return nullptr;
        args = empty.get();
    }
    return reduce_with(self, args);
}

Object* BaseException_setstate(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("BaseException.__setstate__", nargs, kwnames)) return nullptr;
    Object* state = args[0];
    if (state != None()) {
        if (!is_dict(state)) {
            set_error(&exc::TypeError, "state is not a dictionary");
            return nullptr;
        }
        Object *key, *value;
        for (ssize_t pos = 0; dict_next(state, &pos, &key, &value);)
            if (set_attr(self, key, value) < 0) return nullptr;
    }
    return new_ref(None()).release();
}

Object* OSError_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("OSError.__reduce__", nargs, kwnames)) return nullptr;
    auto* e = static_cast<OSErrorObject*>(self);
    Ref<> args = new_ref(e->args);
    if (e->args && tuple_size(e->args) == 2 && e->filename) {
        // (errno, strerror, filename[, winerror, filename2])
        if (e->filename2)
            args = Ref<>::steal(tuple_pack({tuple_item(e->args, 0), tuple_item(e->args, 1), e->filename,
                                            None(), e->filename2}));
        else
            args = Ref<>::steal(tuple_pack({tuple_item(e->args, 0), tuple_item(e->args, 1), e->filename}));
    }
    if (!args) args = Ref<>::steal(tuple_new(0));
    if (!args) return nullptr;
    return reduce_with(self, args.get());
}

// e.with_traceback(tb): sets __traceback__ and returns e, for `raise
// e.with_traceback(tb)`.
Object* BaseException_with_traceback(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("BaseException.with_traceback", nargs, kwnames)) return nullptr;
    if (!exception_set_traceback(self, args[0])) return nullptr;
    return new_ref(self).release();
}

// e.add_note(note): a line of text shown after the exception in its
// traceback, kept in the list e.__notes__ (PEP 678).
Object* BaseException_add_note(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("BaseException.add_note", nargs, kwnames)) return nullptr;
    if (!is_str(args[0])) {
        set_error_fmt(&exc::TypeError, "note must be a str, not '{}'", type_name(args[0]));
        return nullptr;
    }
    Ref<> notes = Ref<>::steal(get_attr_str(self, "__notes__"));
    if (!notes) {
        if (!error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
        notes = Ref<>::steal(list_new(0));
        Ref<> name = Ref<>::steal(str_from_utf8("__notes__"));
        if (!notes || !name || set_attr(self, name.get(), notes.get()) < 0) return nullptr;
    } else if (!is_list(notes.get())) {
        set_error(&exc::TypeError, "Cannot add note: __notes__ is not a list");
        return nullptr;
    }
    if (list_append(notes.get(), args[0]) < 0) return nullptr;
    return new_ref(None()).release();
}

const BuiltinDef BASE_EXCEPTION_METHODS[] = {
    {"add_note", BaseException_add_note,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"with_traceback", BaseException_with_traceback,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"__reduce__", BaseException_reduce, nullptr},
    {"__setstate__", BaseException_setstate, nullptr},
    {nullptr, nullptr, nullptr},
};

const BuiltinDef OS_ERROR_METHODS[] = {
    {"__reduce__", OSError_reduce, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

void exception_reduce_prepare() {
    exc::BaseException.tp_methods = BASE_EXCEPTION_METHODS;
    exc::OSError.tp_methods = OS_ERROR_METHODS;
}

}  // namespace glasspy::rt
