// glasspy: the interpreter's own module, for what CPython has no API for —
// switching the trace views on and off from Python code
// (interp/trace_view.hpp), as `--trace` does from the command line.
//
//   import glasspy
//   glasspy.trace("refcount", watch="a,b")   # or watch=["a", "b"]
//   glasspy.trace("refcount", objects=[x])   # whatever is at id(x)
//   ...
//   glasspy.trace(None)                      # off
//   glasspy.tracing()                        # the kinds on, or None
//   glasspy.embedded_source("<glasspy>/lib/re.py")  # a built-in module's text
#include "interp/frame_object.hpp"
#include "interp/trace_view.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/source_text.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;
namespace tv = interp::trace_view;

namespace {

// The names of `watch`: a str of comma-separated names, or an iterable of strs.
bool watch_names(Object* watch, std::vector<std::string>* names) {
    if (!watch || watch == None()) return true;
    if (is_str(watch)) {
        std::string text = str_to_utf8(watch);
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t comma = text.find(',', start);
            std::string name = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!name.empty()) names->push_back(name);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        return true;
    }
    Ref<> items = Ref<>::steal(list_from_iterable(watch));
    if (!items) return false;
    for (ssize_t i = 0; i < list_size(items.get()); ++i) {
        Object* name = list_item(items.get(), i);
        if (!is_str(name)) {
            set_error_fmt(&exc::TypeError, "watch names must be str, not {}", type_name(name));
            return false;
        }
        names->push_back(str_to_utf8(name));
    }
    return true;
}

// The ids of `objects`: an iterable of objects (the addresses they are at).
bool object_ids(Object* objects, std::vector<std::uintptr_t>* ids) {
    if (!objects || objects == None()) return true;
    Ref<> items = Ref<>::steal(list_from_iterable(objects));
    if (!items) return false;
    for (ssize_t i = 0; i < list_size(items.get()); ++i)
        ids->push_back(reinterpret_cast<std::uintptr_t>(list_items(items.get())[i]));
    return true;
}

// trace(kinds, *, watch=None, json=False, types=None, objects=None)
Object* glasspy_trace(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"kinds", "watch", "json", "types", "objects"};
    static constexpr ArgParser parser{"trace", kw, 1, 1, 0};
    Object* values[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
    if (!unpack_keywords(parser, args, nargs, kwnames, values)) return nullptr;
    Object* kinds = values[0];
    if (kinds == None()) {
        tv::stop();
        return new_ref(None()).release();
    }
    if (!is_str(kinds)) {
        set_error_fmt(&exc::TypeError, "trace() argument 'kinds' must be str or None, not {}", type_name(kinds));
        return nullptr;
    }
    tv::Options options;
    std::string error;
    if (!tv::parse_kinds(str_to_utf8(kinds), &options.kinds, &error)) {
        set_error(&exc::ValueError, error);
        return nullptr;
    }
    if (!watch_names(values[1], &options.watch) || !watch_names(values[3], &options.types) ||
        !object_ids(values[4], &options.objects))
        return nullptr;
    if (values[2]) {
        int json = is_true(values[2]);
        if (json < 0) return nullptr;
        options.json = json != 0;
    }
    tv::start(options);
    return new_ref(None()).release();
}

// tracing(): the kinds on ("refcount, gc"), or None.
Object* glasspy_tracing(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("tracing", nargs, kwnames)) return nullptr;
    const tv::Options* options = tv::current();
    if (!options) return new_ref(None()).release();
    return str_from_utf8(tv::kinds_text(options->kinds));
}

// value_stack(frame): the values on a running frame's value stack, bottom
// first (None for an empty slot, the NULL that calls push).  What the
// stepper shows between instructions, where the stack is saved.
Object* glasspy_value_stack(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("value_stack", nargs, kwnames)) return nullptr;
    if (!interp::is_frame_object(args[0])) {
        set_error_fmt(&exc::TypeError, "value_stack() argument must be a frame, not {}", type_name(args[0]));
        return nullptr;
    }
    auto* fo = static_cast<interp::FrameObject*>(args[0]);
    if (fo->owns_frame) return list_new(0);  // it has ended
    interp::Frame* f = fo->f_frame;
    Ref<> items = Ref<>::steal(list_new(0));
    if (!items) return nullptr;
    Object** stack = f->stack_base();
    for (int i = 0; i < f->stacktop; ++i)
        if (list_append(items.get(), stack[i] ? stack[i] : None()) < 0) return nullptr;
    return items.release();
}

// embedded_source(path): the text of a module written in Python that is
// built into glasspy ("<glasspy>/lib/re.py"), or None.  No file holds it,
// so linecache and inspect read it here.
Object* glasspy_embedded_source(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("embedded_source", nargs, kwnames)) return nullptr;
    if (!is_str(args[0])) {
        set_error_fmt(&exc::TypeError, "embedded_source() argument must be str, not {}", type_name(args[0]));
        return nullptr;
    }
    std::optional<std::string_view> text = embedded_source(str_to_utf8(args[0]));
    if (!text) return new_ref(None()).release();
    return str_from_utf8(*text);
}

const BuiltinDef GLASSPY_FUNCTIONS[] = {
    {"embedded_source", glasspy_embedded_source,
     "embedded_source(path)\n--\n\nThe text of a module built into glasspy (path as its __file__, "
     "\"<glasspy>/lib/...\"), or None."},
    {"value_stack", glasspy_value_stack,
     "value_stack(frame)\n--\n\nThe values on a running frame's value stack, bottom first (None also for the "
     "empty slot a call leaves)."},
    {"trace", glasspy_trace,
     "trace(kinds, *, watch=None, json=False, types=None, objects=None)\n--\n\nSwitch the trace views on: kinds is "
     "a comma-separated list of refcount, alloc, free, gc, calls, lines (or 'all'); watch limits the object events "
     "to the objects bound to these names, objects to these objects (whatever is at their addresses), types to "
     "objects of these types.  trace(None) switches them off."},
    {"tracing", glasspy_tracing, "tracing()\n--\n\nThe trace kinds switched on, or None."},
};

Object* make_glasspy_module() {
    Ref<> m = Ref<>::steal(module_new("glasspy"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : GLASSPY_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace

void register_glasspy_module() { register_native_module("glasspy", make_glasspy_module); }

}  // namespace glasspy::stdlib
