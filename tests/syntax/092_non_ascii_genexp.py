# A line with non-ASCII text: CPython 3.11 counts a parser error's columns in bytes for a file without a coding declaration.
f("é" for x in y, 1)
