# sys.exit(n) ends the program with status n, after the finally blocks run.
import sys
try:
    sys.exit(3)
finally:
    print("finally ran")
