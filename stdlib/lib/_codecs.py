"""The codec functions pickle names in its protocol 0-2 output.

Protocols before 3 have no opcode for bytes, so a bytes object is pickled
as the call _codecs.encode(text, 'latin1'), which rebuilds it.  Only the
encodings str.encode and bytes.decode know are available.
"""


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj (a str) with the codec registered for encoding."""
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj (bytes) with the codec registered for encoding."""
    return obj.decode(encoding, errors)
