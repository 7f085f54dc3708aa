#include "runtime/config.hpp"

#include <cstdlib>
#include <string_view>

namespace glasspy::rt {

Config& config() {
    static Config c;
    return c;
}

namespace {

// A variable that counts as a level: a number is that level, any other
// non-empty text is 1 (CPython: _Py_GetEnv and config_get_env_dup's rules).
int env_level(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) return 0;
    char* end = nullptr;
    long n = std::strtol(v, &end, 10);
    return *end ? 1 : static_cast<int>(n < 0 ? 1 : n);
}

void read_variables(Config& c) {
    if (c.ignore_environment) return;
    if (env_level("PYTHONDEVMODE")) c.dev_mode = true;
    if (const char* d = std::getenv("PYTHONINTMAXSTRDIGITS"); d && *d) c.int_max_str_digits = std::atoi(d);
    auto raise_to = [](int& field, int level) { field = field > level ? field : level; };
    raise_to(c.optimize, env_level("PYTHONOPTIMIZE"));
    raise_to(c.verbose, env_level("PYTHONVERBOSE"));
    raise_to(c.inspect, env_level("PYTHONINSPECT"));
    raise_to(c.dont_write_bytecode, env_level("PYTHONDONTWRITEBYTECODE"));
    raise_to(c.no_user_site, env_level("PYTHONNOUSERSITE"));
    if (env_level("PYTHONUNBUFFERED")) c.unbuffered = true;
    if (env_level("PYTHONSAFEPATH")) c.safe_path = true;
    // PYTHONWARNINGS comes before the -W options, which take precedence.
    if (const char* w = std::getenv("PYTHONWARNINGS"); w && *w) {
        std::vector<std::string> from_env;
        std::string_view list = w;
        while (!list.empty()) {
            std::size_t comma = list.find(',');
            std::string_view item = list.substr(0, comma);
            if (!item.empty()) from_env.emplace_back(item);
            if (comma == std::string_view::npos) break;
            list.remove_prefix(comma + 1);
        }
        c.warnoptions.insert(c.warnoptions.begin(), from_env.begin(), from_env.end());
    }
}

}  // namespace

void config_read_environment(Config& c) {
    read_variables(c);
    for (const std::string& option : c.xoptions) {
        if (option == "dev") c.dev_mode = true;
        if (option.starts_with("int_max_str_digits="))
            c.int_max_str_digits = std::atoi(option.c_str() + std::string_view("int_max_str_digits=").size());
    }
    // The warnings module applies these in order, the last winning: the
    // dev mode's, the environment's, the -W options, then -b's.
    if (c.dev_mode) c.warnoptions.insert(c.warnoptions.begin(), "default");
    if (c.bytes_warning) c.warnoptions.push_back(c.bytes_warning > 1 ? "error::BytesWarning" : "default::BytesWarning");
}

}  // namespace glasspy::rt
