# str's argument-less methods: case mapping and character classes, and the
# message when one is given arguments.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

s = "hello World ß"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for t in ["abc", "ABC", "Abc Def", "123", "½", "a1", " \t", "", "é", "x_1", "1x", "a\x00"]:
    print(repr(t), t.isalnum(), t.isalpha(), t.isascii(), t.isdecimal(), t.isdigit(),
          t.isidentifier(), t.islower(), t.isnumeric(), t.isprintable(), t.isspace(),
          t.istitle(), t.isupper())
show(lambda: "a".upper(1))
show(lambda: "a".isdigit(1, 2))
show(lambda: "a".lower(x=1))
m = "abc".upper
print(m())
