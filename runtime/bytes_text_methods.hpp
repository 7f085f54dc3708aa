// bytes' and bytearray's text-like methods (bytes_text_methods.cpp), for
// the method tables of bytes_type.cpp.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

// X(name, doc) for each method but maketrans (a class-level one).
#define GP_BYTES_TEXT_METHODS(X) \
    X(isalnum, "Return True if all characters in B are alphanumeric and there is at least one.") \
    X(isalpha, "Return True if all characters in B are alphabetic and there is at least one.") \
    X(isdigit, "Return True if all characters in B are digits and there is at least one.") \
    X(isspace, "Return True if all characters in B are whitespace and there is at least one.") \
    X(isascii, "Return True if B is empty or all characters in B are ASCII, False otherwise.") \
    X(islower, "Return True if all cased characters in B are lowercase and there is at least one.") \
    X(isupper, "Return True if all cased characters in B are uppercase and there is at least one.") \
    X(istitle, "Return True if B is a titlecased string and there is at least one character in B.") \
    X(capitalize, "Return a copy of B with only its first character capitalized (ASCII).") \
    X(swapcase, "Return a copy of B with uppercase ASCII characters converted to lowercase and vice versa.") \
    X(title, "Return a titlecased version of B.") \
    X(ljust, "ljust($self, width, fillchar=b' ', /)\n--\n\n" "Return a left-justified string of length width.") \
    X(rjust, "rjust($self, width, fillchar=b' ', /)\n--\n\n" "Return a right-justified string of length width.") \
    X(center, "center($self, width, fillchar=b' ', /)\n--\n\n" "Return a centered string of length width.") \
    X(zfill, "zfill($self, width, /)\n--\n\n" "Pad a numeric string with zeros on the left, to fill a field of the given width.") \
    X(partition, "partition($self, sep, /)\n--\n\n" "Partition the bytes into three parts using the given separator.") \
    X(rpartition, "rpartition($self, sep, /)\n--\n\n" "Partition the bytes into three parts using the given separator.") \
    X(removeprefix, "removeprefix($self, prefix, /)\n--\n\n" "Return a bytes object with the given prefix string removed if present.") \
    X(removesuffix, "removesuffix($self, suffix, /)\n--\n\n" "Return a bytes object with the given suffix string removed if present.") \
    X(splitlines, "splitlines($self, /, keepends=False)\n--\n\n" "Return a list of the lines in the bytes, breaking at line boundaries.") \
    X(expandtabs, "expandtabs($self, /, tabsize=8)\n--\n\n" "Return a copy where all tab characters are expanded using spaces.") \
    X(translate, "translate($self, table, /, delete=b'')\n--\n\n" "Return a copy with each character mapped by the given translation table.")

#define GP_TEXT_DECLARE(name, doc) Object* bytes_text_##name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
GP_BYTES_TEXT_METHODS(GP_TEXT_DECLARE)
#undef GP_TEXT_DECLARE
Object* bytes_text_maketrans(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);

}  // namespace glasspy::rt
