// The interpreter's first modules; see modules.hpp.
#include "stdlib/modules.hpp"

#include "stdlib/io_open.hpp"

#include <filesystem>

#include "runtime/source_text.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "stdlib/builtins.hpp"

namespace glasspy::stdlib {

using namespace rt;

std::string executable_path() {
    std::error_code ec;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : self.string();
}


bool init_modules(const std::vector<std::string>& argv, const std::vector<std::string>& path) {
    Ref<> builtins = Ref<>::steal(module_new("builtins"));
    if (!builtins) return false;
    static_cast<ModuleObject*>(builtins.get())->builtin = true;
    Ref<> names = Ref<>::steal(builtins_dict());
    if (!names || dict_update(module_dict(builtins.get()), names.get()) < 0) return false;
    // Their __self__ is the module, as for any module's functions (len.__self__).
    Object* key;
    Object* value;
    for (ssize_t pos = 0; dict_next(module_dict(builtins.get()), &pos, &key, &value);) {
        if (value->ob_type != &builtin_function_type) continue;
        auto* f = static_cast<BuiltinFunctionObject*>(value);
        if (!f->self) f->self = new_ref(builtins.get()).release();
    }
    // __import__ knows the builtins module (its place in the dict is kept).
    Ref<> import_func = Ref<>::steal(builtin_function_new(&IMPORT_BUILTIN, builtins.get()));
    if (!import_func || dict_setitem_str(module_dict(builtins.get()), "__import__", import_func.get()) < 0)
        return false;
    Ref<> name = Ref<>::steal(str_from_utf8("builtins"));
    if (!name || dict_setitem_str(module_dict(builtins.get()), "__name__", name.get()) < 0) return false;
    register_thread_module();
    register_time_module();
    register_math_module();
    register_pcre_module();
    register_dis_module();
    register_posix_module();
    register_gc_module();
    register_weakref_module();
    register_traceback_module();
    register_glasspy_module();
    register_lsprof_module();
    register_struct_module();
    register_select_module();
    register_socket_module();
    register_hashlib_module();
    register_multiprocessing_module();
    register_io_module();
    std::vector<std::string> search = path;
    search.emplace_back(EMBEDDED_STDLIB_ROOT);
    Ref<> sys = Ref<>::steal(make_sys_module(argv, search));
    if (!sys) return false;
    return import_init(sys.get(), builtins.get()) && install_quitters(module_dict(builtins.get())) &&
           install_helper(module_dict(builtins.get()));
}

}  // namespace glasspy::stdlib
