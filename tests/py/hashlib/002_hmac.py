# hmac on hashlib: new/update/copy/digest/hexdigest, long keys, the
# module-level digest(), compare_digest, errors.
import hashlib
import hmac

h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5")
print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b"key", digestmod=hashlib.sha256)
h.update(b"The quick brown fox ")
c = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest())
print(c.hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest()[:32])
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "abc"))
for call in (lambda: hmac.new("str key", b"x", "md5"), lambda: hmac.new(b"key", b"x"),
             lambda: hmac.compare_digest("a", b"a")):
    try:
        call()
    except TypeError as e:
        print(e)
