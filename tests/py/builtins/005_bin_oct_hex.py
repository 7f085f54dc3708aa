# bin, oct, hex: prefixed digits of anything with __index__.
print(bin(5), bin(-5), bin(0), bin(True))
print(oct(8), oct(-8), hex(255), hex(-255), hex(2**70))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except Exception as e:
        print(repr(e))
try:
    hex()
except Exception as e:
    print(repr(e))
