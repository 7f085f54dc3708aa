"""hashlib: secure hashes and message digests (md5, sha1, sha2, sha3,
blake2), computed by OpenSSL through the _hashlib module
(stdlib/hashlib_module.cpp).  The API is CPython's Lib/hashlib.py."""

import _hashlib
from _hashlib import pbkdf2_hmac

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported) | {'sha512_224', 'sha512_256', 'sm3'}

__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available',
                                'pbkdf2_hmac', 'file_digest')


def new(name, data=b'', **kwargs):
    """A new hash object for the named algorithm, fed with data."""
    return _hashlib.new(name, data, **kwargs)


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return _hashlib.new(name, string)
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
blake2b = _constructor('blake2b')
blake2s = _constructor('blake2s')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object of the whole of a binary file opened for reading."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
