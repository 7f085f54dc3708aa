// The object protocol: what the interpreter does with any object, by way of
// its type's slots (CPython: Objects/abstract.c, Objects/object.c).
//
// All functions returning Object* return a new reference, or null with the
// exception set; int results are -1 on error.  They are what the eval loop
// and the built-in functions call; types implement the slots behind them.
#pragma once

#include <cstddef>
#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

// ---- text ----------------------------------------------------------------------------
Object* repr(Object* o);  // repr(o); RecursionError past the recursion limit
Object* str(Object* o);   // str(o)
// ascii(o): repr(o) with its non-ASCII characters escaped (CPython:
// PyObject_ASCII); an all-ASCII repr is returned as it is.
Object* ascii(Object* o);
// The type's name as CPython's messages show it: tp_name, which is "int" for
// built-ins, the class name for classes, "re.Pattern" for types of modules.
std::string_view type_name(const Object* o);

// ---- hashing and comparison ------------------------------------------------------------
// hash(o); -1 with TypeError "unhashable type: 'list'" where there is none.
ssize_t hash(Object* o);
// The tp_hash of the mutable built-ins (list, dict, set, bytearray) and of
// classes that define __eq__ without __hash__: their type's __hash__ is
// None (CPython: PyObject_HashNotImplemented).
ssize_t hash_not_implemented(Object* self);
Object* rich_compare(Object* a, Object* b, int op);
// The comparison as a truth value; for EQ and NE identical objects compare
// equal without calling __eq__ (CPython's PyObject_RichCompareBool).
int rich_compare_bool(Object* a, Object* b, int op);
int is_true(Object* o);  // bool(o)

// ---- attributes --------------------------------------------------------------------------
Object* get_attr(Object* o, Object* name);
Object* get_attr_str(Object* o, std::string_view name);
int set_attr(Object* o, Object* name, Object* value);  // value null: delete
// dir(o): type(o).__dir__(o) as a sorted list (CPython: _dir_object, what
// PyObject_Dir does with an object; object_protocols.cpp).
Object* dir_object(Object* o);
// object.__getattribute__ / __setattr__: descriptors, instance dict, type.
Object* generic_getattr(Object* o, Object* name);
// The same; with suppress, a missing attribute gives null with no exception
// set (no AttributeError made only to be dropped: __getattr__ fallbacks).
Object* generic_getattr_ex(Object* o, Object* name, bool suppress);
int generic_setattr(Object* o, Object* name, Object* value);

// ---- containers ------------------------------------------------------------------------
ssize_t length(Object* o);  // len(o)
Object* get_item(Object* o, Object* key);
int set_item(Object* o, Object* key, Object* value);
int del_item(Object* o, Object* key);
int contains(Object* container, Object* item);  // `item in container`
Object* get_iter(Object* o);
// next(it): a new reference, or null when exhausted (no exception set) or on
// error (exception set): check error_occurred().
Object* iter_next(Object* it);

// ---- numbers -----------------------------------------------------------------------------
// The binary operators, numbered as CPython 3.11's BINARY_OP oparg
// (Include/opcode.h NB_ADD ... NB_INPLACE_XOR): the compiler emits these.
enum class BinaryOp : int {
    Add = 0, And = 1, FloorDivide = 2, Lshift = 3, MatrixMultiply = 4, Multiply = 5,
    Remainder = 6, Or = 7, Power = 8, Rshift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd = 14, InplaceFloorDivide = 15, InplaceLshift = 16,
    InplaceMatrixMultiply = 17, InplaceMultiply = 18, InplaceRemainder = 19, InplaceOr = 20,
    InplacePower = 21, InplaceRshift = 22, InplaceSubtract = 23, InplaceTrueDivide = 24,
    InplaceXor = 25,
};
// a <op> b with CPython's rules: the left operand's slot, then the right's
// (the right first if its type is a subclass of the left's), NotImplemented
// meaning "try the other"; sequence concatenation and repetition; in-place
// forms try the in-place slot first.  TypeError "unsupported operand
// type(s) for +: 'int' and 'str'" when nothing applies.
Object* binary_op(Object* a, Object* b, BinaryOp op);
Object* negative(Object* o);  // -o
Object* positive(Object* o);  // +o
Object* invert(Object* o);    // ~o
// operator.index(o) as a C++ integer; false with the exception set.
bool index_as_ssize(Object* o, ssize_t* out);

// format(value, spec) for the built-in types (the format-spec
// mini-language, format_spec.hpp); classes' __format__ come with #4.
Object* format(Object* value, Object* spec);

// ---- isinstance and issubclass (isinstance.cpp) ----------------------------------------------
// 1, 0, or -1 with an exception; cls may be a tuple and may have hooks.
int object_isinstance(Object* inst, Object* cls);
int object_issubclass(Object* derived, Object* cls);
// type.__instancecheck__ / type.__subclasscheck__: the answers without hooks.
int type_default_instancecheck(Object* cls, Object* inst);
int type_default_subclasscheck(Object* cls, Object* derived);

// ---- calls ---------------------------------------------------------------------------------
// callable(*args, **kwargs) in the vectorcall shape: nargs positional
// arguments, then one per name in kwnames (a tuple of str, or null).
Object* call(Object* callable, Object* const* args, std::size_t nargs, Object* kwnames = nullptr);
// callable(self, *args, **kwargs): a bound method's call, a slot calling a
// class's dunder.  npos counts the positional arguments after self.
Object* call_with_self(Object* callable, Object* self, Object* const* args, ssize_t npos, Object* kwnames = nullptr);
// A method of o's type called on o, as CPython's special-method lookup:
// type(o).name(o, *args), skipping o's own __dict__ (CPython:
// vectorcall_method / lookup_maybe_method).  Null with AttributeError when
// the type has no such attribute.
Object* call_method(Object* o, Object* name, Object* const* args, ssize_t npos);

}  // namespace glasspy::rt
