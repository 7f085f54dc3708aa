// The _hashlib module: message digests on OpenSSL's libcrypto (CPython:
// Modules/_hashopenssl.c).  hashlib.py (stdlib/lib) names the algorithms.
//
// A HASH object owns one EVP_MD_CTX, the running state of a digest;
// digest() finishes a copy of it, so more data can still be added after.
// Updates of more than a few KiB run with the GIL released, as CPython's
// do; a mutex keeps two threads from updating the same object at once.
#include <openssl/evp.h>

#include <fmt/format.h>

#include <mutex>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// CPython releases the GIL for updates at least this long (HASHLIB_GIL_MINSIZE).
constexpr std::size_t GIL_MINSIZE = 2048;

struct HashObject : Object {
    EVP_MD_CTX* ctx;
    std::mutex* lock;
    std::string* name;  // Python's name: "sha256", "sha3_256", "blake2b"
};

HashObject* as_hash(Object* o) { return static_cast<HashObject*>(o); }

// Python's algorithm names and OpenSSL's.
struct Algorithm {
    const char* python;
    const char* openssl;
    bool xof = false;  // an extendable-output function: the caller picks the length
};

const Algorithm ALGORITHMS[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},         {"sha224", "SHA224"},     {"sha256", "SHA256"},
    {"sha384", "SHA384"},     {"sha512", "SHA512"},     {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"},
    {"sha3_384", "SHA3-384"}, {"sha3_512", "SHA3-512"}, {"blake2b", "BLAKE2B-512"},
    {"blake2s", "BLAKE2S-256"}, {"sha512_224", "SHA512-224"}, {"sha512_256", "SHA512-256"},
    {"sm3", "SM3"},
    {"shake_128", "SHAKE128", true},  {"shake_256", "SHAKE256", true},
};

const Algorithm* find_algorithm(const std::string& name) {
    std::string lower;
    for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const Algorithm& a : ALGORITHMS)
        if (lower == a.python) return &a;
    return nullptr;
}

void set_openssl_error(const char* what) { set_error_fmt(&exc::ValueError, "{} failed in OpenSSL", what); }

// Data to hash: bytes-like; a str is refused with CPython's message.
bool data_arg(Object* o, std::string_view* out) {
    if (is_str(o)) {
        set_error(&exc::TypeError, "Strings must be encoded before hashing");
        return false;
    }
    if (!bytes_like_view(o, out)) {
        set_error(&exc::TypeError, "object supporting the buffer API required");
        return false;
    }
    return true;
}

extern TypeObject hash_xof_type;  // shake_128/256 (defined with the HASH type below)

bool hash_update(HashObject* h, std::string_view data) {
    int ok;
    if (data.size() >= GIL_MINSIZE) {
        GilReleased released;
        std::lock_guard<std::mutex> guard(*h->lock);
        ok = EVP_DigestUpdate(h->ctx, data.data(), data.size());
    } else {
        std::lock_guard<std::mutex> guard(*h->lock);
        ok = EVP_DigestUpdate(h->ctx, data.data(), data.size());
    }
    if (!ok) set_openssl_error("EVP_DigestUpdate");
    return ok != 0;
}

// The digest of what was fed so far, from a copy of the state; length is
// the output's size for a XOF (shake), ignored otherwise.
bool hash_final(HashObject* h, std::string* out, ssize_t length = 0) {
    EVP_MD_CTX* copy = EVP_MD_CTX_new();
    if (!copy) {
        no_memory();
        return false;
    }
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    int ok;
    {
        std::lock_guard<std::mutex> guard(*h->lock);
        ok = EVP_MD_CTX_copy_ex(copy, h->ctx);
    }
    if (h->ob_type == &hash_xof_type) {
        out->assign(static_cast<std::size_t>(length), '\0');
        ok = ok && EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out->data()), out->size());
    } else {
        ok = ok && EVP_DigestFinal_ex(copy, buf, &len);
        if (ok) out->assign(reinterpret_cast<char*>(buf), len);
    }
    EVP_MD_CTX_free(copy);
    if (!ok) set_openssl_error("EVP_DigestFinal");
    return ok != 0;
}

// ---- the HASH type ------------------------------------------------------------------------------

std::string to_hex(const std::string& d) {
    std::string hex;
    for (unsigned char c : d) hex += fmt::format("{:02x}", c);
    return hex;
}

Object* hash_new_object(const std::string& name);

Object* hash_update_method(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("update", kwnames) || !check_one_arg("update", nargs, nullptr)) return nullptr;
    std::string_view data;
    if (!data_arg(args[0], &data) || !hash_update(as_hash(self), data)) return nullptr;
    return new_ref(None()).release();
}

Object* hash_digest(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("HASH.digest", nargs, kwnames)) return nullptr;
    std::string d;
    if (!hash_final(as_hash(self), &d)) return nullptr;
    return bytes_from(d);
}

Object* hash_hexdigest(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("HASH.hexdigest", nargs, kwnames)) return nullptr;
    std::string d;
    if (!hash_final(as_hash(self), &d)) return nullptr;
    return str_from_utf8(to_hex(d));
}

// digest(length) / hexdigest(length) of a XOF.
bool xof_final(const char* fname, Object* self, Object* const* args, ssize_t nargs, Object* kwnames,
               std::string* out) {
    static constexpr const char* kw[] = {"length"};
    ArgParser parser{fname, kw, 1, 1, 0};
    Object* argv[1];
    ssize_t length;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !arg_ssize(argv[0], &length)) return false;
    if (length < 0) {
        no_memory();  // what CPython reports for a negative length
        return false;
    }
    return hash_final(as_hash(self), out, length);
}

Object* xof_digest(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    std::string d;
    return xof_final("digest", self, args, nargs, kwnames, &d) ? bytes_from(d) : nullptr;
}

Object* xof_hexdigest(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    std::string d;
    return xof_final("hexdigest", self, args, nargs, kwnames, &d) ? str_from_utf8(to_hex(d)) : nullptr;
}

Object* hash_copy(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("HASH.copy", nargs, kwnames)) return nullptr;
    Ref<> copy = Ref<>::steal(hash_new_object(*as_hash(self)->name));
    if (!copy) return nullptr;
    std::lock_guard<std::mutex> guard(*as_hash(self)->lock);
    if (!EVP_MD_CTX_copy_ex(as_hash(copy.get())->ctx, as_hash(self)->ctx)) {
        set_openssl_error("EVP_MD_CTX_copy");
        return nullptr;
    }
    return copy.release();
}

const BuiltinDef HASH_METHODS[] = {
    {"update", hash_update_method, "Update this hash object's state with the provided string."},
    {"digest", hash_digest, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, "Return a copy of the hash object."},
    {nullptr, nullptr, nullptr},
};

const BuiltinDef HASH_XOF_METHODS[] = {
    {"update", hash_update_method, "Update this hash object's state with the provided string."},
    {"digest", xof_digest, "Return the digest value as a bytes object."},
    {"hexdigest", xof_hexdigest, "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, "Return a copy of the hash object."},
    {nullptr, nullptr, nullptr},
};

Object* hash_name(Object* self) { return str_from_utf8(*as_hash(self)->name); }
// A XOF has no fixed size: 0, as CPython shows it.
Object* hash_digest_size(Object* self) {
    return int_from_ssize(self->ob_type == &hash_xof_type ? 0 : EVP_MD_CTX_get_size(as_hash(self)->ctx));
}
Object* hash_block_size(Object* self) { return int_from_ssize(EVP_MD_CTX_get_block_size(as_hash(self)->ctx)); }

const GetSetDef HASH_GETSET[] = {
    {"name", hash_name, nullptr, "The name of the hash algorithm."},
    {"digest_size", hash_digest_size, nullptr, "The size of the resulting hash in bytes."},
    {"block_size", hash_block_size, nullptr, "The internal block size of the hash algorithm in bytes."},
    {nullptr, nullptr, nullptr, nullptr},
};

void hash_dealloc(Object* self) {
    EVP_MD_CTX_free(as_hash(self)->ctx);
    delete as_hash(self)->lock;
    delete as_hash(self)->name;
    free_object(self);
}

Object* hash_repr(Object* self) {
    return str_from_utf8(fmt::format("<{} {} object @ {}>", *as_hash(self)->name, self->ob_type->tp_name,
                                     static_cast<const void*>(self)));
}

TypeObject make_hash_type(const char* name, const BuiltinDef* methods) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(HashObject);
    t.tp_dealloc = hash_dealloc;
    t.tp_repr = hash_repr;
    t.tp_methods = methods;
    t.tp_getset = HASH_GETSET;
    return t;
}

TypeObject hash_type = make_hash_type("_hashlib.HASH", HASH_METHODS);
TypeObject hash_xof_type = make_hash_type("_hashlib.HASHXOF", HASH_XOF_METHODS);

// A HASH with a fresh state for the algorithm (name: Python's spelling);
// null with ValueError "unsupported hash type" if OpenSSL lacks it.
Object* hash_new_object(const std::string& name) {
    const Algorithm* algorithm = find_algorithm(name);
    const EVP_MD* md = algorithm ? EVP_get_digestbyname(algorithm->openssl) : nullptr;
    if (!md) {
        set_error_fmt(&exc::ValueError, "unsupported hash type {}", name);
        return nullptr;
    }
    Object* o = alloc_object(algorithm->xof ? &hash_xof_type : &hash_type);
    if (!o) return no_memory();
    HashObject* h = as_hash(o);
    h->ctx = EVP_MD_CTX_new();
    h->lock = new std::mutex;
    h->name = new std::string(algorithm->python);
    if (!h->ctx || !EVP_DigestInit_ex(h->ctx, md, nullptr)) {
        decref(o);
        set_openssl_error("EVP_DigestInit");
        return nullptr;
    }
    return o;
}

// new(name, data=b'', *, usedforsecurity=True)
Object* hashlib_new(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"name", "string", "usedforsecurity"};
    static constexpr ArgParser parser{"new", kw, 1, 2, 0};
    Object* argv[3];
    std::string name;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !arg_str_utf8(argv[0], "new", "argument 'name'", &name))
        return nullptr;
    std::string_view data;
    if (argv[1] && !data_arg(argv[1], &data)) return nullptr;
    Ref<> h = Ref<>::steal(hash_new_object(name));
    if (!h || (argv[1] && !hash_update(as_hash(h.get()), data))) return nullptr;
    return h.release();
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
Object* hashlib_pbkdf2_hmac(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"hash_name", "password", "salt", "iterations", "dklen"};
    static constexpr ArgParser parser{"pbkdf2_hmac", kw, 4, 5, 0};
    Object* argv[5];
    std::string name;
    std::string_view password, salt;
    ssize_t iterations;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) ||
        !arg_str_utf8(argv[0], "pbkdf2_hmac", "argument 'hash_name'", &name) || !data_arg(argv[1], &password) ||
        !data_arg(argv[2], &salt) || !arg_ssize(argv[3], &iterations))
        return nullptr;
    const Algorithm* algorithm = find_algorithm(name);
    const EVP_MD* md = algorithm ? EVP_get_digestbyname(algorithm->openssl) : nullptr;
    if (!md) {
        set_error_fmt(&exc::ValueError, "unsupported hash type {}", name);
        return nullptr;
    }
    if (iterations < 1) {
        set_error(&exc::ValueError, "iteration value must be greater than 0.");
        return nullptr;
    }
    ssize_t dklen = EVP_MD_get_size(md);
    if (argv[4] && argv[4] != None() && !arg_ssize(argv[4], &dklen)) return nullptr;
    if (dklen < 1) {
        set_error(&exc::ValueError, "key length must be greater than 0.");
        return nullptr;
    }
    std::string key(static_cast<std::size_t>(dklen), '\0');
    int ok;
    {
        GilReleased released;
        ok = PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                               reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                               static_cast<int>(iterations), md, static_cast<int>(dklen),
                               reinterpret_cast<unsigned char*>(key.data()));
    }
    if (!ok) {
        set_openssl_error("PKCS5_PBKDF2_HMAC");
        return nullptr;
    }
    return bytes_from(key);
}

const BuiltinDef HASHLIB_FUNCTIONS[] = {
    {"new", hashlib_new, "Return a new hash object using the named algorithm."},
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC."},
};

Object* make_hashlib_module() {
    if (type_ready(&hash_type) < 0 || type_ready(&hash_xof_type) < 0) return nullptr;
    Ref<> m = Ref<>::steal(module_new("_hashlib"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : HASHLIB_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    if (dict_setitem_str(d, "HASH", &hash_type) < 0 || dict_setitem_str(d, "HASHXOF", &hash_xof_type) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_hashlib_module() { register_native_module("_hashlib", make_hashlib_module); }

}  // namespace glasspy::stdlib
