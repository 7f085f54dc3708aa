// The built-in exception types and the instance layout they share
// (CPython: Objects/exceptions.c).  The hierarchy is exceptions.def.
#pragma once

#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

// BaseException and every subclass without extra fields.  (CPython:
// PyBaseExceptionObject; 56 bytes plus the GC header, as in CPython.)
struct BaseExceptionObject : Object {
    Object* dict = nullptr;
    Object* args = nullptr;       // tuple
    Object* notes = nullptr;      // __notes__ (3.11) or null
    Object* traceback = nullptr;  // __traceback__ or null
    Object* context = nullptr;    // __context__: the exception being handled when this one was raised
    Object* cause = nullptr;      // __cause__: from `raise ... from cause`
    char suppress_context = 0;    // __suppress_context__: set by `raise ... from`
};

namespace exc {
#define GP_EXCEPTION(name, base, doc) extern TypeObject name;
#include "runtime/exceptions.def"
#undef GP_EXCEPTION
}  // namespace exc

// SyntaxError and its subclasses: where the error is (CPython:
// PySyntaxErrorObject).  Each field is null until set, and reads as None.
struct SyntaxErrorObject : BaseExceptionObject {
    Object* msg = nullptr;
    Object* filename = nullptr;
    Object* lineno = nullptr;
    Object* offset = nullptr;
    Object* end_lineno = nullptr;
    Object* end_offset = nullptr;
    Object* text = nullptr;
    Object* print_file_and_line = nullptr;
};

// OSError and its subclasses (CPython: PyOSErrorObject).
struct OSErrorObject : BaseExceptionObject {
    Object* myerrno = nullptr;
    Object* strerror = nullptr;
    Object* filename = nullptr;
    Object* filename2 = nullptr;
    ssize_t written = -1;  // BlockingIOError.characters_written
};
// Gives OSError its layout and slots (os_error.cpp), before it is readied.
void os_error_prepare();
// Gives the Unicode errors their fields and messages (unicode_error.cpp).
void unicode_error_prepare();
// Gives BaseException its methods (with_traceback, pickling) and OSError
// its pickling (exception_reduce.cpp).
void exception_reduce_prepare();
// e.__traceback__ = tb: a traceback or None (TypeError otherwise).
bool exception_set_traceback(Object* e, Object* tb);

// Raises the OSError subclass for errno `err` with strerror's message and,
// if not null, the file name: FileNotFoundError: [Errno 2] No such file or
// directory: 'x.txt' (with filename2 as well: 'a' -> 'b').
void set_os_error(int err, Object* filename, Object* filename2 = nullptr);

// NameError and its subclass UnboundLocalError: the name that was not
// found (CPython 3.10+: PyNameErrorObject).  Null until set, reads as None.
struct NameErrorObject : BaseExceptionObject {
    Object* name = nullptr;
};

// ImportError and ModuleNotFoundError: the message, the module's name and
// its file (CPython: PyImportErrorObject).  Null until set, read as None.
struct ImportErrorObject : BaseExceptionObject {
    Object* msg = nullptr;
    Object* name = nullptr;
    Object* path = nullptr;
};
void import_error_prepare();
// Raises type (ImportError or ModuleNotFoundError) with the message and
// the name and path fields (either may be null).
void set_import_error(TypeObject* type, std::string_view message, Object* name, Object* path);

// AttributeError: the attribute's name and the object it was looked up on
// (CPython 3.10+: PyAttributeErrorObject).  Null until set, read as None.
struct AttributeErrorObject : BaseExceptionObject {
    Object* name = nullptr;
    Object* obj = nullptr;
};

// BaseException's slots, for the exceptions with fields of their own to
// extend (syntax_error.cpp, os_error.cpp, name_error.cpp, attribute_error.cpp).
Object* BaseException_new(TypeObject* type, Object* args, Object* kwargs);
int BaseException_init(Object* self, Object* args, Object* kwargs);
int BaseException_clear(Object* self);
Object* BaseException_str(Object* self);
int BaseException_traverse(Object* self, visitproc visit, void* arg);
// Gives SyntaxError its layout and slots; before SyntaxError is readied, so
// that its subclasses inherit them.
void syntax_error_prepare();
// The same for NameError (name_error.cpp) and AttributeError (attribute_error.cpp).
void name_error_prepare();
void attribute_error_prepare();

// Sets the current exception to NameError(message) with .name set, as the
// eval loop raises it for a name that is not bound (CPython:
// format_exc_check_arg).  The traceback printer uses .name to suggest a
// close name.
void set_name_error(std::string_view message, Object* name);
// After a failed attribute lookup obj.name: when the current exception is an
// AttributeError whose name and obj are both unset, sets them (CPython 3.11:
// set_attribute_error_context, called by PyObject_GetAttr).
void set_attribute_error_context(Object* obj, Object* name);

// Readies every exception type (called by runtime_init).
void exceptions_init();

// A new exception instance type(message), or null with the error set.
Object* exception_new(TypeObject* type, std::string_view message);

}  // namespace glasspy::rt
