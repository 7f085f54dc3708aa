# Passing an object to a function: the parameter is one more reference
# while the call runs; the frame's teardown at return drops it.
import sys


def show(item):
    print(sys.getrefcount(item))
    return None


data = {"k": 1}
print(sys.getrefcount(data))
show(data)
print(sys.getrefcount(data))
del data
