# sys.exit("text") prints the text to stderr and exits with status 1;
# SystemExit can be caught like any exception.
import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.args, e.code)
sys.exit("bye: something went wrong")
