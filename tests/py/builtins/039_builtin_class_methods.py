class D(dict): pass
print(dict.fromkeys('ab'), D.fromkeys('ab', 0), type(D.fromkeys('ab')).__name__, {}.fromkeys([1]))
print(repr(dict.fromkeys).split(" at ")[0], dict.__dict__['fromkeys'], type(dict.__dict__['fromkeys']).__name__)
print(dict.__dict__['fromkeys'](D, 'x'))
print(int.from_bytes(b'\x01\x00', 'big'), bool.from_bytes(b'\x00', 'big'), bool.from_bytes(b'\x01', 'big'))
class I(int): pass
print(type(I.from_bytes(b'\x05', 'little')).__name__, I.from_bytes(b'\x05', 'little'))
print(float.fromhex('0x1.8p1'), bytes.fromhex('41 42'), bytearray.fromhex('4142'))
class F(float): pass
print(type(F.fromhex('0x1p0')).__name__, (1.5).fromhex('0x1p1'), b''.fromhex('43'))
print(str.maketrans('ab', 'cd'))
try: dict.fromkeys()
except TypeError as e: print(e)
try: bytes.fromhex()
except TypeError as e: print(e)
try: dict.__dict__['fromkeys'](int, [])
except TypeError as e: print(e)
