import circ_a
print("circ_b sees", circ_a.__name__)
try:
    print(circ_a.A)
except AttributeError as e:
    print(e)
try:
    from circ_a import A
except ImportError as e:
    print(e)
