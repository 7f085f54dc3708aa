# A class's __dict__ is a read-only mappingproxy.
print(int.__dict__['bit_length'])
print(len(str.__dict__) > 10, 'upper' in str.__dict__, 'nope' in str.__dict__)
d = range.__dict__
print(type(d), d.get('count'), d.get('zz', 3))
print(sorted([k for k in d.keys() if not k.startswith('__')]))
print(d == dict(d), type(d.copy()))
try:
    d.get()
except TypeError as e:
    print(e)
try:
    d.keys(1)
except TypeError as e:
    print(e)
try:
    int.__dict__['x'] = 3
except TypeError as e:
    print(e)
try:
    int.__dict__['missing']
except KeyError as e:
    print(repr(e))
