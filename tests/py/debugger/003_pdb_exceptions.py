# pdb and exceptions: stepping into code that raises shows the exception,
# post_mortem debugs a caught exception's traceback, quit raises BdbQuit.
import bdb
import pdb
import sys


def fails(x):
    y = x + 1
    return y / 0


def calls():
    try:
        fails(1)
    except ZeroDivisionError:
        return "caught"


pdb.set_trace()
calls()
try:
    fails(2)
except ZeroDivisionError:
    pdb.post_mortem(sys.exc_info()[2])
print("after post mortem")
try:
    pdb.set_trace()
    print("never printed")
except bdb.BdbQuit:
    print("BdbQuit")
