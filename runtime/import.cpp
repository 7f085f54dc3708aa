// The import system; see import.hpp.
#include "runtime/import.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/source_text.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

namespace fs = std::filesystem;

// sys.modules[name] as a new reference, or null (no error) when absent.
Ref<> lookup_module(std::string_view name) {
    Object* m = dict_getitem_str(sys_modules(), name);
    return m ? new_ref(m) : Ref<>();
}

// Where a module was found on disk.
struct Found {
    enum class Kind { None, Module, Package, Namespace } kind = Kind::None;
    fs::path file;                  // the .py file (Module, Package)
    std::vector<std::string> dirs;  // __path__ (Package: one; Namespace: all)
};

// Searches `path` (a list of directory names; '' is the current directory)
// for `leaf` as a package, a module file, or a namespace package portion
// (CPython: PathFinder / FileFinder).
Found find_on_path(Object* path, const std::string& leaf) {
    Found namespace_found;
    namespace_found.kind = Found::Kind::None;
    if (!path || !is_list(path)) return namespace_found;
    for (ssize_t i = 0; i < list_size(path); ++i) {
        Object* entry = list_item(path, i);
        if (!is_str(entry)) continue;
        std::string dir = str_to_utf8(entry);
        if (is_embedded_dir(dir)) {
            // The embedded modules: names joined with '/', never touching the disk.
            std::string init = dir + "/" + leaf + "/__init__.py", file = dir + "/" + leaf + ".py";
            Found f;
            if (embedded_source(init)) {
                f.kind = Found::Kind::Package;
                f.file = init;
                f.dirs.push_back(dir + "/" + leaf);
                return f;
            }
            if (embedded_source(file)) {
                f.kind = Found::Kind::Module;
                f.file = file;
                return f;
            }
            continue;
        }
        fs::path base = dir.empty() ? fs::path(".") : fs::path(dir);
        std::error_code ec;
        fs::path pkg = base / leaf;
        if (fs::is_directory(pkg, ec)) {
            fs::path init = pkg / "__init__.py";
            if (fs::is_regular_file(init, ec)) {
                Found f;
                f.kind = Found::Kind::Package;
                f.file = init;
                f.dirs.push_back((dir.empty() ? fs::path(leaf) : pkg).string());
                return f;
            }
            // A directory without __init__.py: a namespace package portion,
            // used only if no regular module or package turns up.
            namespace_found.kind = Found::Kind::Namespace;
            namespace_found.dirs.push_back(pkg.string());
        }
        fs::path file = base / (leaf + ".py");
        if (fs::is_regular_file(file, ec)) {
            Found f;
            f.kind = Found::Kind::Module;
            f.file = dir.empty() ? fs::path(leaf + ".py") : file;
            return f;
        }
    }
    return namespace_found;
}

Object* make_str_list(const std::vector<std::string>& items) {
    Object* l = list_new(0);
    if (!l) return nullptr;
    for (const std::string& s : items) {
        Object* o = str_from_utf8(s);
        if (!o || list_append(l, o) < 0) {
            xdecref(o);
            decref(l);
            return nullptr;
        }
        decref(o);
    }
    return l;
}

bool set_str(Object* dict, std::string_view key, std::string_view value) {
    Object* v = str_from_utf8(value);
    if (!v) return false;
    int r = dict_setitem_str(dict, key, v);
    decref(v);
    return r == 0;
}

// Makes the module for `found`, registers it as sys.modules[name] and runs
// its code; on failure takes it out of sys.modules again (CPython:
// _load_unlocked) and returns null.
Ref<> load_found(const std::string& name, const Found& found) {
    Ref<> module = Ref<>::steal(module_new(name));
    if (!module) return {};
    Object* d = module_dict(module.get());
    std::string parent = name.substr(0, name.rfind('.') == std::string::npos ? 0 : name.rfind('.'));
    bool is_package = found.kind != Found::Kind::Module;
    if (!set_str(d, "__package__", is_package ? name : parent)) return {};
    if (is_package) {
        Ref<> path = Ref<>::steal(make_str_list(found.dirs));
        if (!path || dict_setitem_str(d, "__path__", path.get()) < 0) return {};
    }
    if (found.kind != Found::Kind::Namespace) {
        std::error_code ec;
        fs::path file = embedded_source(found.file.string()) ? found.file : fs::absolute(found.file, ec);
        if (ec) file = found.file;
        if (!set_str(d, "__file__", file.lexically_normal().string())) return {};
    }
    if (dict_setitem_str(d, "__builtins__", interp().builtins) < 0) return {};
    if (dict_setitem_str(sys_modules(), name, module.get()) < 0) return {};
    if (found.kind != Found::Kind::Namespace) {
        std::string source;
        Object* file = dict_getitem_str(d, "__file__");
        if (!read_source_text(found.file.string(), source)) {
            set_error_fmt(&exc::OSError, "could not read '{}'", found.file.string());
            (void)dict_delitem_str(sys_modules(), name);
            return {};
        }
        static_cast<ModuleObject*>(module.get())->initializing = true;
        bool ok = eval_hooks().exec_source(source, str_to_utf8(file), d);
        static_cast<ModuleObject*>(module.get())->initializing = false;
        if (!ok) {
            Ref<> exc = fetch_error();
            if (dict_getitem_str(sys_modules(), name)) (void)dict_delitem_str(sys_modules(), name);
            set_exception(exc.get());
            return {};
        }
    }
    // The module's code may have replaced its own entry (CPython returns
    // sys.modules[name], not the object it made).
    Ref<> result = lookup_module(name);
    if (!result) {
        if (!error_occurred()) set_error_object(&exc::KeyError, Ref<>::steal(str_from_utf8(name)).get());
        return {};
    }
    return result;
}

Ref<> module_not_found(const std::string& message, const std::string& name) {
    Ref<> name_str = Ref<>::steal(str_from_utf8(name));
    if (name_str) set_import_error(&exc::ModuleNotFoundError, message, name_str.get(), nullptr);
    return {};
}

// Imports one absolute dotted name whose parent (if any) is imported
// already (CPython: _find_and_load).
Ref<> find_and_load(const std::string& name) {
    if (Ref<> m = lookup_module(name)) return m;
    if (error_occurred()) return {};
    std::size_t dot = name.rfind('.');
    Object* search_path = nullptr;
    Ref<> parent_module;
    if (dot != std::string::npos) {
        std::string parent = name.substr(0, dot);
        parent_module = lookup_module(parent);
        if (!parent_module) return {};
        Object* path = is_module(parent_module.get()) ? dict_getitem_str(module_dict(parent_module.get()), "__path__")
                                                      : nullptr;
        if (!path) return module_not_found("No module named '" + name + "'; '" + parent + "' is not a package", name);
        search_path = path;
    } else {
        for (const auto& native : interp().native_modules) {
            if (name != native.name) continue;
            Ref<> m = Ref<>::steal(native.create());
            if (!m) return {};
            if (dict_setitem_str(sys_modules(), name, m.get()) < 0) return {};
            return m;
        }
        search_path = dict_getitem_str(interp().sys_dict, "path");
    }
    std::string leaf = dot == std::string::npos ? name : name.substr(dot + 1);
    Found found = find_on_path(search_path, leaf);
    if (found.kind == Found::Kind::None) return module_not_found("No module named '" + name + "'", name);
    Ref<> module = load_found(name, found);
    if (!module) return {};
    // A submodule becomes an attribute of its package.
    if (parent_module && set_attr(parent_module.get(), Ref<>::steal(str_from_utf8(leaf)).get(), module.get()) < 0)
        return {};
    return module;
}

// Imports every package on the way to `name`, then name itself.
Ref<> import_dotted(const std::string& name) {
    std::size_t start = 0;
    Ref<> module;
    for (;;) {
        std::size_t dot = name.find('.', start);
        module = find_and_load(name.substr(0, dot));
        if (!module || dot == std::string::npos) return module;
        start = dot + 1;
    }
}

// The package a relative import is relative to (CPython: _calc___package__
// and resolve_name).
bool resolve_relative(Object* globals, const std::string& name, int level, std::string& out) {
    Object* package = globals ? dict_getitem_str(globals, "__package__") : nullptr;
    std::string base;
    if (package && package != None()) {
        if (!is_str(package)) {
            set_error(&exc::TypeError, "package must be a string");
            return false;
        }
        base = str_to_utf8(package);
    } else {
        Object* mod_name = globals ? dict_getitem_str(globals, "__name__") : nullptr;
        if (!mod_name || !is_str(mod_name)) {
            set_error(&exc::KeyError, "'__name__' not in globals");
            return false;
        }
        base = str_to_utf8(mod_name);
        if (!dict_getitem_str(globals, "__path__")) {
            std::size_t dot = base.rfind('.');
            base = dot == std::string::npos ? "" : base.substr(0, dot);
        }
    }
    if (base.empty()) {
        set_error(&exc::ImportError, "attempted relative import with no known parent package");
        return false;
    }
    for (int i = 1; i < level; ++i) {
        std::size_t dot = base.rfind('.');
        if (dot == std::string::npos) {
            set_error(&exc::ImportError, "attempted relative import beyond top-level package");
            return false;
        }
        base = base.substr(0, dot);
    }
    out = name.empty() ? base : base + "." + name;
    return true;
}

// `from package import name` where name is a submodule not yet imported
// (CPython: _handle_fromlist).
bool handle_fromlist(Object* module, Object* fromlist) {
    if (!is_module(module) || !dict_getitem_str(module_dict(module), "__path__")) return true;
    Ref<> it = Ref<>::steal(get_iter(fromlist));
    if (!it) return false;
    std::string package = module_name(module);
    while (Ref<> item = Ref<>::steal(iter_next(it.get()))) {
        if (!is_str(item.get())) {
            set_error_fmt(&exc::TypeError, "Item in {}.__all__ must be str, not {}", package,
                          type_name(item.get()));
            return false;
        }
        std::string leaf = str_to_utf8(item.get());
        if (leaf == "*") {
            Object* all = dict_getitem_str(module_dict(module), "__all__");
            if (all && !handle_fromlist(module, all)) return false;
            continue;
        }
        if (dict_getitem_str(module_dict(module), leaf)) continue;
        Ref<> sub = import_dotted(package + "." + leaf);
        if (!sub) {
            // A name the module simply lacks is IMPORT_FROM's error to
            // report; only other failures surface here.
            if (!error_matches(&exc::ModuleNotFoundError)) return false;
            clear_error();
        }
    }
    return !error_occurred();
}

}  // namespace

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Object* builtin_import(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* names[] = {"name", "globals", "locals", "fromlist", "level"};
    Object* values[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
    if (nargs > 5) {
        set_error_fmt(&exc::TypeError, "__import__() takes at most 5 arguments ({} given)", nargs);
        return nullptr;
    }
    for (ssize_t i = 0; i < nargs; ++i) values[i] = args[i];
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; ++k) {
        std::string key = str_to_utf8(tuple_item(kwnames, k));
        int slot = -1;
        for (int j = 0; j < 5; ++j)
            if (key == names[j]) slot = j;
        if (slot < 0) {
            set_error_fmt(&exc::TypeError, "__import__() got an unexpected keyword argument '{}'", key);
            return nullptr;
        }
        if (values[slot]) {
            set_error_fmt(&exc::TypeError, "argument for __import__() given by name ('{}') and position ({})", key,
                          slot + 1);
            return nullptr;
        }
        values[slot] = args[nargs + k];
    }
    if (!values[0]) {
        set_error(&exc::TypeError, "__import__() missing required argument 'name' (pos 1)");
        return nullptr;
    }
    ssize_t level = 0;
    if (values[4] && !int_as_ssize(values[4], &level)) return nullptr;
    Object* globals = values[1] && values[1] != None() ? values[1] : nullptr;
    if (globals && !is_dict(globals)) globals = nullptr;
    return import_module_level(values[0], globals, values[3], static_cast<int>(level));
}

const BuiltinDef IMPORT_BUILTIN = {
    "__import__", builtin_import,
    "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\n"
    "Import a module. Because this function is meant for use by the Python\ninterpreter and not for general use, "
    "it is better to use\nimportlib.import_module() to programmatically import a module."};

Object* sys_modules() { return interp().modules; }

Object* builtins_of_globals(Object* globals) {
    Object* b = dict_getitem_str(globals, "__builtins__");
    if (b && is_module(b)) return module_dict(b);
    if (b) return b;
    if (error_occurred()) clear_error();
    return interp().builtins ? module_dict(interp().builtins) : globals;
}

void register_native_module(const char* name, Object* (*create)()) {
    interp().native_modules.push_back({name, create});
}

bool import_init(Object* sys_module, Object* builtins_module) {
    InterpreterState& in = interp();
    if (!in.modules && !(in.modules = dict_new())) return false;
    incref(builtins_module);
    in.builtins = builtins_module;
    in.sys_dict = module_dict(sys_module);
    incref(in.sys_dict);
    return dict_setitem_str(in.modules, "sys", sys_module) == 0 &&
           dict_setitem_str(in.modules, "builtins", builtins_module) == 0 &&
           dict_setitem_str(in.sys_dict, "modules", in.modules) == 0;
}

Object* import_module_level(Object* name, Object* globals, Object* fromlist, int level) {
    if (!is_str(name)) {
        set_error(&exc::TypeError, "module name must be str, not " + std::string(type_name(name)));
        return nullptr;
    }
    if (level < 0) {
        set_error(&exc::ValueError, "level must be >= 0");
        return nullptr;
    }
    std::string text = str_to_utf8(name);
    std::string absolute = text;
    if (level > 0) {
        if (!resolve_relative(globals, text, level, absolute)) return nullptr;
    } else if (text.empty()) {
        set_error(&exc::ValueError, "Empty module name");
        return nullptr;
    }
    Ref<> module = import_dotted(absolute);
    if (!module) return nullptr;
    bool has_fromlist = fromlist && fromlist != None() && is_true(fromlist) > 0;
    if (has_fromlist) {
        if (!handle_fromlist(module.get(), fromlist)) return nullptr;
        return module.release();
    }
    // `import a.b.c` binds a: the top-level package of what was named
    // (for a relative name, the part of the resolved name it starts with).
    if (level == 0) {
        std::size_t dot = text.find('.');
        if (dot == std::string::npos) return module.release();
        Ref<> top = lookup_module(text.substr(0, dot));
        return top ? top.release() : nullptr;
    }
    if (text.empty()) return module.release();
    std::size_t cut = absolute.size() - text.size() + (text.find('.') == std::string::npos ? text.size() : text.find('.'));
    Ref<> top = lookup_module(absolute.substr(0, cut));
    return top ? top.release() : nullptr;
}

Object* import_module(std::string_view name) {
    Ref<> m = import_dotted(std::string(name));
    return m.release();
}

Object* import_from(Object* module, Object* name) {
    if (Object* v = get_attr(module, name)) return v;
    if (!error_matches(&exc::AttributeError)) return nullptr;
    clear_error();
    std::string attr = str_to_utf8(name);
    Object* pkgname = is_module(module) ? dict_getitem_str(module_dict(module), "__name__") : nullptr;
    if (pkgname && is_str(pkgname)) {
        if (Ref<> sub = lookup_module(str_to_utf8(pkgname) + "." + attr)) return sub.release();
    }
    Ref<> name_repr = Ref<>::steal(repr(name));
    Ref<> pkg_repr = Ref<>::steal(pkgname && is_str(pkgname) ? repr(pkgname) : str_from_utf8("'<unknown module name>'"));
    if (!name_repr || !pkg_repr) return nullptr;
    Object* file = is_module(module) ? dict_getitem_str(module_dict(module), "__file__") : nullptr;
    Object* module_name = pkgname && is_str(pkgname) ? pkgname : nullptr;
    std::string message;
    if (!file || !is_str(file)) {
        message = fmt::format("cannot import name {} from {} (unknown location)", str_to_utf8(name_repr.get()),
                              str_to_utf8(pkg_repr.get()));
        file = nullptr;
    } else if (static_cast<ModuleObject*>(module)->initializing) {
        message = fmt::format(
            "cannot import name {} from partially initialized module {} (most likely due to a circular import) ({})",
            str_to_utf8(name_repr.get()), str_to_utf8(pkg_repr.get()), str_to_utf8(file));
    } else {
        message = fmt::format("cannot import name {} from {} ({})", str_to_utf8(name_repr.get()),
                              str_to_utf8(pkg_repr.get()), str_to_utf8(file));
    }
    set_import_error(&exc::ImportError, message, module_name, file);
    return nullptr;
}

bool import_star(Object* module, Object* locals) {
    Ref<> all = Ref<>::steal(get_attr_str(module, "__all__"));
    bool skip_private = false;
    std::string modname = is_module(module) ? module_name(module) : "?";
    if (!all) {
        if (!error_matches(&exc::AttributeError)) return false;
        clear_error();
        Ref<> dict = Ref<>::steal(get_attr_str(module, "__dict__"));
        if (!dict) {
            if (!error_matches(&exc::AttributeError)) return false;
            clear_error();
            set_error(&exc::ImportError, "from-import-* object has no __dict__ and no __all__");
            return false;
        }
        all = Ref<>::steal(call(Ref<>::steal(get_attr_str(dict.get(), "keys")).get(), nullptr, 0));
        if (!all) return false;
        skip_private = true;
    }
    Ref<> it = Ref<>::steal(get_iter(all.get()));
    if (!it) return false;
    while (Ref<> name = Ref<>::steal(iter_next(it.get()))) {
        if (!is_str(name.get())) {
            set_error_fmt(&exc::TypeError, "{} in {}.{} must be str, not {}", skip_private ? "Key" : "Item", modname,
                          skip_private ? "__dict__" : "__all__", type_name(name.get()));
            return false;
        }
        if (skip_private && str_to_utf8(name.get()).starts_with("_")) continue;
        Ref<> value = Ref<>::steal(get_attr(module, name.get()));
        if (!value || set_item(locals, name.get(), value.get()) < 0) return false;
    }
    return !error_occurred();
}

}  // namespace glasspy::rt
