import sys
print("hello as", __name__, sys.argv[1:], sys.argv[0].endswith("hello.py"))
