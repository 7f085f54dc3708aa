# Fields and computed attributes of built-in numbers, ranges and slices.
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step)
print(slice(1, 2).start, slice(1, 2).stop, slice(1, 2).step, slice(None, 'a').stop)
print((1+2j).real, (1+2j).imag, complex.real, range.__dict__['start'])
print(True.real, (5).numerator, (5).denominator, (3).imag, type(True.real), type(True.numerator))
print((2.5).real, (2.5).imag, int.__dict__['real'], float.__dict__['imag'])
for obj, attr in ((range(3), 'start'), (slice(1), 'stop'), (1j, 'real'), (7, 'real'), (1.5, 'imag')):
    try:
        setattr(obj, attr, 4)
    except AttributeError as e:
        print(type(obj).__name__, e)
