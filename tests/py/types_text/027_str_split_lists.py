# The lists split and rsplit return: their items and their allocation, which
# __sizeof__ shows (CPython preallocates up to 12 slots and keeps them).
cases = ["a,b", "ab", "", ",", "a,b,c,d,e,f,g,h,i,j,k,l,m,n", "a b", "  ", "a b c d e f g h i j k l m n o", "é,€"]
for s in cases:
    for r in [s.split(","), s.split(",", 1), s.split(",", 0), s.split(",", 13), s.split(",,,,"), s.split(), s.split(None, 1), s.split(None, 0),
              s.rsplit(","), s.rsplit(",", 1), s.rsplit(",", 0), s.rsplit(",", 20), s.rsplit(",,,,"), s.rsplit(), s.rsplit(None, 2), s.rsplit(None, 0),
              s.split("€"), s.rsplit("😀"), s.splitlines(), (s + "\n" + s).splitlines(True)]:
        print(r, r.__sizeof__(), end=" ")
    print()
