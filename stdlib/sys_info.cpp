// The parts of sys that describe this interpreter and how it was started:
// sys.flags, float_info, int_info, hash_info, thread_info, the prefixes,
// warnoptions and _xoptions, orig_argv, builtin_module_names,
// stdlib_module_names, the encodings, and the int-to-str digit limit
// (CPython: Python/sysmodule.c, Objects/floatobject.c PyFloat_GetInfo,
// Objects/longobject.c PyLong_GetInfo, Python/thread.c PyThread_GetInfo).
#include "stdlib/modules.hpp"

#include <unistd.h>

#include <cfloat>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/config.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/source_text.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/structseq.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// ---- sys.flags ---------------------------------------------------------------------------------

const StructSeqField FLAGS_FIELDS[] = {
    {"debug", "-d"},
    {"inspect", "-i"},
    {"interactive", "-i"},
    {"optimize", "-O or -OO"},
    {"dont_write_bytecode", "-B"},
    {"no_user_site", "-s"},
    {"no_site", "-S"},
    {"ignore_environment", "-E"},
    {"verbose", "-v"},
    {"bytes_warning", "-b"},
    {"quiet", "-q"},
    {"hash_randomization", "-R"},
    {"isolated", "-I"},
    {"dev_mode", "-X dev"},
    {"utf8_mode", "-X utf8"},
    {"warn_default_encoding", "-X warn_default_encoding"},
    {"safe_path", "-P"},
    {"int_max_str_digits", "-X int_max_str_digits"},
};
const StructSeqDesc FLAGS_DESC = {"sys.flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.",
                                  FLAGS_FIELDS, 18};
TypeObject flags_type;

bool hash_randomized() {
    const char* seed = std::getenv("PYTHONHASHSEED");
    return config().ignore_environment || !seed || std::string(seed) != "0";
}

Object* flags() {
    const Config& c = config();
    Object* items[] = {
        int_from_ssize(c.debug),
        int_from_ssize(c.inspect),
        int_from_ssize(c.interactive),
        int_from_ssize(c.optimize),
        int_from_ssize(c.dont_write_bytecode),
        int_from_ssize(c.no_user_site),
        int_from_ssize(c.no_site),
        int_from_ssize(c.ignore_environment),
        int_from_ssize(c.verbose),
        int_from_ssize(c.bytes_warning),
        int_from_ssize(c.quiet),
        int_from_ssize(hash_randomized() ? 1 : 0),
        int_from_ssize(c.isolated),
        bool_from(c.dev_mode),
        int_from_ssize(0),
        int_from_ssize(0),
        bool_from(c.safe_path),
        int_from_ssize(c.int_max_str_digits),
    };
    return structseq_new(&flags_type, items);
}

// ---- sys.float_info, int_info, hash_info, thread_info ------------------------------------------

const StructSeqField FLOAT_INFO_FIELDS[] = {
    {"max", "DBL_MAX -- maximum representable finite float"},
    {"max_exp", "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable"},
    {"max_10_exp", "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable"},
    {"min", "DBL_MIN -- Minimum positive normalized float"},
    {"min_exp", "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float"},
    {"min_10_exp", "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float"},
    {"dig", "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float"},
    {"mant_dig", "DBL_MANT_DIG -- mantissa digits"},
    {"epsilon", "DBL_EPSILON -- Difference between 1 and the next representable float"},
    {"radix", "FLT_RADIX -- radix of exponent"},
    {"rounds", "FLT_ROUNDS -- rounding mode used for arithmetic operations"},
};
const StructSeqDesc FLOAT_INFO_DESC = {
    "sys.float_info", "sys.float_info\n\nA named tuple holding information about the float type.", FLOAT_INFO_FIELDS, 11};
TypeObject float_info_type;

Object* float_info() {
    Object* items[] = {
        float_from_double(DBL_MAX), int_from_ssize(DBL_MAX_EXP), int_from_ssize(DBL_MAX_10_EXP),
        float_from_double(DBL_MIN), int_from_ssize(DBL_MIN_EXP), int_from_ssize(DBL_MIN_10_EXP),
        int_from_ssize(DBL_DIG),    int_from_ssize(DBL_MANT_DIG), float_from_double(DBL_EPSILON),
        int_from_ssize(FLT_RADIX),  int_from_ssize(FLT_ROUNDS),
    };
    return structseq_new(&float_info_type, items);
}

// glasspy's ints are GMP numbers, but their sizes (sys.getsizeof) are
// those of CPython's 30-bit digits, which these fields describe.
const StructSeqField INT_INFO_FIELDS[] = {
    {"bits_per_digit", "size of a digit in bits"},
    {"sizeof_digit", "size in bytes of the C type used to represent a digit"},
    {"default_max_str_digits", "maximum string conversion digits limitation"},
    {"str_digits_check_threshold", "minimum positive value for int_max_str_digits"},
};
const StructSeqDesc INT_INFO_DESC = {
    "sys.int_info", "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.",
    INT_INFO_FIELDS, 4};
TypeObject int_info_type;

Object* int_info() {
    Object* items[] = {int_from_ssize(30), int_from_ssize(4), int_from_ssize(4300), int_from_ssize(640)};
    return structseq_new(&int_info_type, items);
}

// The numeric hash of float.cpp and the SipHash-1-3 of str_hash.cpp.
const StructSeqField HASH_INFO_FIELDS[] = {
    {"width", "width of the type used for hashing, in bits"},
    {"modulus", "prime number giving the modulus on which the hash function is based"},
    {"inf", "value to be used for hash of a positive infinity"},
    {"nan", "value to be used for hash of a nan"},
    {"imag", "multiplier used for the imaginary part of a complex number"},
    {"algorithm", "name of the algorithm for hashing of str, bytes and memoryviews"},
    {"hash_bits", "internal output size of hash algorithm"},
    {"seed_bits", "seed size of hash algorithm"},
    {"cutoff", "small string optimization cutoff"},
};
const StructSeqDesc HASH_INFO_DESC = {"sys.hash_info", "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
                                      HASH_INFO_FIELDS, 9};
TypeObject hash_info_type;

Object* hash_info() {
    Object* items[] = {int_from_ssize(64),      int_from_ssize((ssize_t{1} << 61) - 1), int_from_ssize(314159),
                       int_from_ssize(0),       int_from_ssize(1000003),               str_from_utf8("siphash13"),
                       int_from_ssize(64),      int_from_ssize(128),                   int_from_ssize(0)};
    return structseq_new(&hash_info_type, items);
}

const StructSeqField THREAD_INFO_FIELDS[] = {
    {"name", "name of the thread implementation"},
    {"lock", "name of the lock implementation"},
    {"version", "name and version of the thread library"},
};
const StructSeqDesc THREAD_INFO_DESC = {"sys.thread_info", "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
                                        THREAD_INFO_FIELDS, 3};
TypeObject thread_info_type;

// _thread's locks are a mutex and a condition variable (thread_module.cpp).
Object* thread_info() {
    char version[128] = "";
    std::size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, version, sizeof version);
    Object* items[] = {str_from_utf8("pthread"), str_from_utf8("mutex+cond"),
                       n > 1 ? str_from_utf8(version) : new_ref(None()).release()};
    return structseq_new(&thread_info_type, items);
}

// ---- lists and names ---------------------------------------------------------------------------

Object* str_tuple(const std::vector<std::string>& items) {
    Object* t = tuple_new(static_cast<ssize_t>(items.size()));
    if (!t) return nullptr;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Object* s = str_from_utf8(items[i]);
        if (!s) {
            for (std::size_t k = i; k < items.size(); ++k) tuple_items(t)[k] = new_ref(None()).release();
            decref(t);
            return nullptr;
        }
        tuple_items(t)[i] = s;
    }
    return t;
}

// The modules written in C++, sorted, as CPython's tuple is.
std::set<std::string> native_module_names() {
    std::set<std::string> names = {"builtins", "sys"};
    for (const auto& m : interp().native_modules) names.insert(m.name);
    return names;
}

// What glasspy ships: its native modules and those embedded in the binary
// (top-level names only, as CPython lists them).
Object* stdlib_module_names() {
    std::set<std::string> names = native_module_names();
    for (const EmbeddedFile* f = EMBEDDED_STDLIB; !f->path.empty(); ++f) {
        std::string_view path = f->path;
        std::size_t slash = path.find('/');
        std::string_view top = slash == std::string_view::npos ? path.substr(0, path.size() - 3) : path.substr(0, slash);
        names.insert(std::string(top));
    }
    Ref<> list = Ref<>::steal(str_tuple({names.begin(), names.end()}));
    return list ? frozenset_new(list.get()) : nullptr;
}

// -X name=value is {'name': 'value'}; -X name is {'name': True}.
Object* xoptions() {
    Ref<> d = Ref<>::steal(dict_new());
    if (!d) return nullptr;
    for (const std::string& option : config().xoptions) {
        std::size_t eq = option.find('=');
        Ref<> value = Ref<>::steal(eq == std::string::npos ? bool_from(true) : str_from_utf8(option.substr(eq + 1)));
        if (!value || dict_setitem_str(d.get(), option.substr(0, eq), value.get()) < 0) return nullptr;
    }
    return d.release();
}

Object* str_list_of(const std::vector<std::string>& items) {
    Ref<> t = Ref<>::steal(str_tuple(items));
    return t ? list_from_iterable(t.get()) : nullptr;
}

// glasspy is not installed under a prefix: its library is in the binary.
// The prefixes name the directory above the one holding the executable, as
// CPython's do when it finds no landmark.
std::string prefix() {
    std::filesystem::path exe = executable_path();
    return exe.empty() ? std::string("/usr/local") : exe.parent_path().parent_path().string();
}

// ---- functions ---------------------------------------------------------------------------------

Object* sys_getdefaultencoding(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getdefaultencoding", nargs, kwnames)) return nullptr;
    return str_from_utf8("utf-8");
}

Object* sys_getfilesystemencoding(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getfilesystemencoding", nargs, kwnames)) return nullptr;
    return str_from_utf8("utf-8");
}

Object* sys_getfilesystemencodeerrors(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getfilesystemencodeerrors", nargs, kwnames)) return nullptr;
    return str_from_utf8("surrogateescape");
}

Object* sys_get_int_max_str_digits(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_int_max_str_digits", nargs, kwnames)) return nullptr;
    return int_from_ssize(int_max_str_digits());
}

Object* sys_set_int_max_str_digits(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"maxdigits"};
    static constexpr ArgParser parser{"set_int_max_str_digits", kw, 1, 1, 0};
    Object* value = nullptr;
    ssize_t digits = 0;
    if (!unpack_keywords(parser, args, nargs, kwnames, &value) || !arg_ssize(value, &digits)) return nullptr;
    if (!set_int_max_str_digits(digits)) return nullptr;
    return new_ref(None()).release();
}

Object* sys_is_finalizing(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("is_finalizing", nargs, kwnames)) return nullptr;
    return bool_from(interp().finalizing);
}

Object* sys_call_tracing(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("call_tracing", kwnames) || !check_positional("call_tracing", nargs, 2, 2)) return nullptr;
    if (!is_tuple(args[1])) {
        set_error_fmt(&exc::TypeError, "call_tracing() argument 2 must be tuple, not {}", args[1]->ob_type->tp_name);
        return nullptr;
    }
    return call(args[0], tuple_items(args[1]), static_cast<std::size_t>(tuple_size(args[1])));
}

const BuiltinDef SYS_INFO_FUNCTIONS[] = {
    {"getdefaultencoding", sys_getdefaultencoding,
     "getdefaultencoding($module, /)\n--\n\nReturn the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getfilesystemencoding,
     "getfilesystemencoding($module, /)\n--\n\n"
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors,
     "getfilesystemencodeerrors($module, /)\n--\n\n"
     "Return the error mode used Unicode to OS filename conversion."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits,
     "get_int_max_str_digits($module, /)\n--\n\nReturn the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits,
     "set_int_max_str_digits($module, /, maxdigits)\n--\n\n"
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"is_finalizing", sys_is_finalizing,
     "is_finalizing($module, /)\n--\n\nReturn True if Python is exiting."},
    {"call_tracing", sys_call_tracing,
     "call_tracing($module, func, args, /)\n--\n\n"
     "Call func(*args), while tracing is enabled.\n\n"
     "The tracing state is saved, and restored afterwards."},
};

bool put_value(Object* d, const char* name, Object* value) {
    if (!value) return false;
    int r = dict_setitem_str(d, name, value);
    decref(value);
    return r == 0;
}

bool init_types() {
    static bool done = false;
    if (done) return true;
    for (auto [type, desc] : {std::pair{&flags_type, &FLAGS_DESC}, std::pair{&float_info_type, &FLOAT_INFO_DESC},
                              std::pair{&int_info_type, &INT_INFO_DESC}, std::pair{&hash_info_type, &HASH_INFO_DESC},
                              std::pair{&thread_info_type, &THREAD_INFO_DESC}}) {
        if (!structseq_init_type(type, *desc)) return false;
    }
    flags_type.tp_new = nullptr;  // "cannot create 'sys.flags' instances", as in CPython
    done = true;
    return true;
}

}  // namespace

bool add_sys_info(Object* module, Object* d) {
    if (!init_types()) return false;
    if (config().int_max_str_digits >= 0 && !set_int_max_str_digits(config().int_max_str_digits)) return false;
    for (const BuiltinDef& def : SYS_INFO_FUNCTIONS)
        if (!put_value(d, def.name, builtin_function_new(&def, module))) return false;
    const Config& c = config();
    std::string base = prefix();
    std::vector<std::string> natives;
    for (const std::string& name : native_module_names()) natives.push_back(name);
    return put_value(d, "flags", flags()) && put_value(d, "float_info", float_info()) &&
           put_value(d, "int_info", int_info()) && put_value(d, "hash_info", hash_info()) &&
           put_value(d, "thread_info", thread_info()) && put_value(d, "warnoptions", str_list_of(c.warnoptions)) &&
           put_value(d, "_xoptions", xoptions()) && put_value(d, "orig_argv", str_list_of(c.orig_argv)) &&
           put_value(d, "builtin_module_names", str_tuple(natives)) &&
           put_value(d, "stdlib_module_names", stdlib_module_names()) &&
           put_value(d, "prefix", str_from_utf8(base)) && put_value(d, "base_prefix", str_from_utf8(base)) &&
           put_value(d, "exec_prefix", str_from_utf8(base)) && put_value(d, "base_exec_prefix", str_from_utf8(base)) &&
           put_value(d, "platlibdir", str_from_utf8("lib")) && put_value(d, "pycache_prefix", new_ref(None()).release()) &&
           // No bytecode caches are written, whatever -B says.
           put_value(d, "dont_write_bytecode", bool_from(true)) &&
           put_value(d, "abiflags", str_from_utf8("")) && put_value(d, "api_version", int_from_ssize(1013)) &&
           put_value(d, "float_repr_style", str_from_utf8("short")) &&
           put_value(d, "copyright", str_from_utf8("Copyright (c) 2026 the glasspy authors."));
}

}  // namespace glasspy::stdlib
