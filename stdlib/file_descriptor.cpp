// Objects as file descriptors; see file_descriptor.hpp.
#include "stdlib/file_descriptor.hpp"

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"

namespace glasspy::stdlib {

using namespace rt;

bool file_descriptor_of(Object* o, int* out) {
    Ref<> number;
    if (is_int(o)) {
        number = new_ref(o);
    } else {
        Ref<> fileno = Ref<>::steal(get_attr_str(o, "fileno"));
        if (!fileno) {
            if (!error_matches(&exc::AttributeError)) return false;
            clear_error();
            set_error(&exc::TypeError, "argument must be an int, or have a fileno() method.");
            return false;
        }
        number = Ref<>::steal(call(fileno.get(), nullptr, 0));
        if (!number) return false;
        if (!is_int(number.get())) {
            set_error(&exc::TypeError, "fileno() returned a non-integer");
            return false;
        }
    }
    int fd;
    if (!arg_int(number.get(), &fd)) return false;
    if (fd < 0) {
        set_error_fmt(&exc::ValueError, "file descriptor cannot be a negative integer ({})", fd);
        return false;
    }
    *out = fd;
    return true;
}

}  // namespace glasspy::stdlib
