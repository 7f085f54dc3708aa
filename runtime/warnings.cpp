#include "runtime/warnings.hpp"

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"

namespace glasspy::rt {

namespace {

Ref<> warnings_function(const char* name) {
    Ref<> warnings = Ref<>::steal(import_module("warnings"));
    return Ref<>::steal(warnings ? get_attr_str(warnings.get(), name) : nullptr);
}

}  // namespace

bool warn(TypeObject* category, std::string_view message, int stacklevel) {
    Ref<> fn = warnings_function("warn");
    Ref<> text = Ref<>::steal(str_from_utf8(message));
    Ref<> level = Ref<>::steal(int_from_ssize(stacklevel));
    if (!fn || !text || !level) return false;
    Object* args[] = {text.get(), category, level.get()};
    return static_cast<bool>(Ref<>::steal(call(fn.get(), args, 3)));
}

bool warn_explicit(TypeObject* category, std::string_view message, std::string_view filename, int lineno) {
    Ref<> fn = warnings_function("warn_explicit");
    Ref<> text = Ref<>::steal(str_from_utf8(message));
    Ref<> file = Ref<>::steal(str_from_utf8(filename));
    Ref<> line = Ref<>::steal(int_from_ssize(lineno));
    if (!fn || !text || !file || !line) return false;
    Object* args[] = {text.get(), category, file.get(), line.get()};
    return static_cast<bool>(Ref<>::steal(call(fn.get(), args, 4)));
}

}  // namespace glasspy::rt
