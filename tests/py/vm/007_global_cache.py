# LOAD_GLOBAL remembers its last lookup; every change to the globals or the
# builtins must still be seen at once.
def get_x():
    return x

def call_len(s):
    return len(s)

x = 1
print(get_x())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print(e)
x = 3
print(get_x())
print(call_len('abc'))
len = lambda s: 'shadowed'
print(call_len('abc'))
del len
print(call_len('abc'))
for i in range(3):
    x = i * 10
    print(get_x(), end=' ')
print()
def loop():
    total = 0
    for i in range(5):
        total += counter
    return total
counter = 1
print(loop())
counter = 100
print(loop())
