# What a script is told about where it is.
import sys
print(__file__, sys.argv[0], sys.path[0])
