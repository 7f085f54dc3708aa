# "coroutine ... was never awaited": a coroutine destroyed before it ran
# warns once per line, on stderr, at the line running when it died.
async def f():
    pass

def g():
    c = f()

f()
g()
for i in range(3):
    f()
x = f()
del x
class A:
    async def m(self):
        pass
A().m()
c = f()
c.close()
del c
print("end")
# Still alive at exit: CPython reports them as "sys:1", once per message.
y = f()
z = f()
