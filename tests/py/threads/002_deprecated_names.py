import threading
t = threading.Thread(target=lambda: None)
t.setDaemon(True)
print(t.isDaemon())
t.setName('x')
print(t.getName())
print(threading.currentThread().name, threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
def f():
    return threading.current_thread().getName()
print(f())
