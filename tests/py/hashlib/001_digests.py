# hashlib on OpenSSL: the usual digests, new() by name, update/copy,
# digest sizes and names, shake's chosen lengths, pbkdf2_hmac, errors.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = getattr(hashlib, name)(b"glasspy")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.new("SHA256")
h.update(b"abc")
c = h.copy()
c.update(b"def")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), c.hexdigest() == hashlib.sha256(b"abcdef").hexdigest())
print(h.digest()[:4], len(h.digest()), type(h).__name__)
big = b"x" * 100000
print(hashlib.md5(big).hexdigest(), hashlib.sha1(bytearray(b"abc")).hexdigest())
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.hexdigest(4), s.digest(3), type(s).__name__)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=10).hex())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.sha256.__name__)
for call in (lambda: hashlib.new("nope"), lambda: hashlib.sha1("str"), lambda: hashlib.sha1().update(1),
             lambda: hashlib.sha256().digest(3), lambda: s.digest()):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
