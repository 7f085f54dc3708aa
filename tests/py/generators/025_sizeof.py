# sys.getsizeof of generators, coroutines and async generators: CPython 3.11's
# object with its frame inside (fields, frame header, a slot per local and stack entry).
import sys
def g(): yield 1
def h(a, b, c):
    x = y = z = 1
    yield x
async def co(): pass
async def ag(): yield 1
c = co()
print(sys.getsizeof(g()), sys.getsizeof(h(1,2,3)), sys.getsizeof((x for x in ())), sys.getsizeof(c), sys.getsizeof(ag()), g().__sizeof__())
print(type(g()).__sizeof__.__doc__)
c.close()
