# selectors: registering sockets, waiting for them to be readable or
# writable, the key table and its errors, with each selector class.
import selectors
import socket

print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey._fields)

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector):
    print("--", cls.__name__ if cls is not selectors.DefaultSelector else "DefaultSelector")
    a, b = socket.socketpair()
    with cls() as sel:
        key = sel.register(a, selectors.EVENT_READ, data="a-data")
        print(key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
        print(sel.select(0.01))  # nothing to read yet
        b.send(b"x")
        ready = sel.select(1)
        print([(k.data, ev) for k, ev in ready])
        print(a.recv(10))
        key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
        print([(k.data, ev) for k, ev in sel.select(0)])
        print(len(sel.get_map()), sel.get_key(a).data, a in sel.get_map())
        try:
            sel.register(a, selectors.EVENT_READ)
        except KeyError as e:
            print("KeyError", "is already registered" in str(e))
        try:
            sel.register(b, 0)
        except ValueError as e:
            print(e)
        try:
            sel.register("nofile", selectors.EVENT_READ)
        except ValueError as e:
            print(e)
        sel.unregister(a)
        try:
            sel.unregister(a)
        except KeyError as e:
            print("KeyError", "is not registered" in str(e))
        try:
            sel.get_key(b)
        except KeyError as e:
            print("KeyError", "is not registered" in str(e))
        print(len(sel.get_map()), list(sel.get_map()))
    print(sel.get_map())
    try:
        sel.get_key(a)
    except RuntimeError as e:
        print(e)
    a.close()
    b.close()
