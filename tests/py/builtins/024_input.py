# input() writes the prompt, reads one line and drops its newline.
a = input('name? ')
print(repr(a))
b = input()
print(repr(b))
c = input(42)
print(repr(c))
try:
    input()
except Exception as e:
    print(repr(e))
try:
    input(1, 2)
except Exception as e:
    print(repr(e))
