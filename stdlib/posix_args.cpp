// The posix functions' shared arguments and tables; see posix_args.hpp.
#include "stdlib/posix_args.hpp"

#include <fcntl.h>
#include <cerrno>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::stdlib {

using namespace rt;

bool path_arg(const char* fname, const char* argname, Object* o, Path* out, const char* kinds,
              bool allow_fd) {
    out->object = o;
    if (allow_fd && is_int(o)) {
        // A descriptor: the call becomes its f- form (fstat, fchmod...).
        if (!arg_int(o, &out->fd)) return false;
        out->object = nullptr;  // an fd's OSError names no file
        out->is_fd = true;
        return true;
    }
    Ref<> fspath;
    if (!is_str(o) && !is_bytes(o)) {
        Ref<> name = Ref<>::steal(str_intern("__fspath__"));
        if (!name) return false;
        Ref<> method = type_lookup(o->ob_type, name.get())
                           ? Ref<>::steal(get_attr_str(o, "__fspath__"))
                           : Ref<>();
        if (!method) {
            if (error_occurred()) return false;
            set_error_fmt(&exc::TypeError, "{}: {} should be {}, not {}", fname, argname, kinds,
                          type_name(o));
            return false;
        }
        fspath = Ref<>::steal(call(method.get(), nullptr, 0));
        if (!fspath) return false;
        if (!is_str(fspath.get()) && !is_bytes(fspath.get())) {
            set_error_fmt(&exc::TypeError,
                          "expected {}.__fspath__() to return str or bytes, not {}", type_name(o),
                          type_name(fspath.get()));
            return false;
        }
        o = fspath.get();
    }
    if (is_bytes(o)) {
        out->is_bytes = true;
        out->text = std::string(bytes_view(o));
    } else {
        out->text = str_to_utf8(o);
    }
    if (out->text.find('\0') != std::string::npos) {
        set_error_fmt(&exc::ValueError, "{}: embedded null character in {}", fname, argname);
        return false;
    }
    return true;
}

bool path_or_fd_arg(const char* fname, const char* argname, Object* o, Path* out) {
    return path_arg(fname, argname, o, out, "string, bytes, os.PathLike or integer", true);
}

bool dir_fd_arg(Object* o, int* out) {
    if (!o || o == None()) {
        *out = AT_FDCWD;
        return true;
    }
    if (!is_int(o)) {
        set_error_fmt(&exc::TypeError, "argument should be integer or None, not {}", type_name(o));
        return false;
    }
    return arg_int(o, out);
}

bool bool_arg(Object* o, bool fallback, bool* out) {
    if (!o) {
        *out = fallback;
        return true;
    }
    int t = is_true(o);
    if (t < 0) return false;
    *out = t != 0;
    return true;
}

Object* path_error(int err, const Path& path) {
    set_os_error(err, path.object);
    return nullptr;
}

Object* path_error2(int err, const Path& src, const Path& dst) {
    set_os_error(err, src.object, dst.object);
    return nullptr;
}

Object* errno_error() {
    set_os_error(errno, nullptr);
    return nullptr;
}

Object* name_like(const Path& path, std::string_view name) {
    return path.is_bytes ? bytes_from(name) : str_from_utf8(name);
}

bool add_functions(Object* module, std::span<const BuiltinDef> defs) {
    Object* d = module_dict(module);
    for (const BuiltinDef& def : defs) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, module));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return false;
    }
    return true;
}

bool add_int_constants(Object* module, std::span<const IntConstant> constants) {
    Object* d = module_dict(module);
    for (const IntConstant& c : constants) {
        Ref<> v = Ref<>::steal(int_from_i64(c.value));
        if (!v || dict_setitem_str(d, c.name, v.get()) < 0) return false;
    }
    return true;
}

}  // namespace glasspy::stdlib
