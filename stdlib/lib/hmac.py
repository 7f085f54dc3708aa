"""HMAC, keyed message authentication (RFC 2104), on hashlib's digests
(CPython: Lib/hmac.py; the API is CPython's, the code glasspy's own).

HMAC(K, m) = H((K' xor opad) + H((K' xor ipad) + m)), where K' is the key
padded (or first hashed, if longer) to the digest's block size.
"""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))  # the outer pad, byte by byte
trans_36 = bytes((x ^ 0x36) for x in range(256))  # the inner pad

digest_size = None

__all__ = ['new', 'HMAC', 'digest', 'compare_digest']


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC computation; update() it like a hash object."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _constructor(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size
        self.block_size = getattr(self._inner, 'block_size', self.blocksize)
        if len(key) > self.block_size:
            key = self._digest_cons(key).digest()
        key = bytes(key) + b'\0' * (self.block_size - len(key))
        self._outer.update(bytes(trans_5C[x] for x in key))  # key.translate(trans_5C)
        self._inner.update(bytes(trans_36[x] for x in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg at once."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b, taking the same time wherever they differ (no timing leak)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    elif not (isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray))):
        raise TypeError(f"unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    result = len(a) ^ len(b)
    if result:
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
