# getattr, setattr and delattr on a function (which has a __dict__).
def f():
    pass
print(getattr(f, '__name__'), hasattr(f, '__name__'))
setattr(f, 'tag', 5)
print(getattr(f, 'tag'), hasattr(f, 'tag'), f.tag)
delattr(f, 'tag')
print(hasattr(f, 'tag'))
try:
    delattr(f, 'tag')
except Exception as e:
    print(repr(e))
