# A line with non-ASCII text: CPython 3.11 counts a parser error's columns in bytes for a file without a coding declaration.
a = "é"; b = (1,
