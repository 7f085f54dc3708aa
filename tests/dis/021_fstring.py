a = 1
b = f'{a}'
c = f'x{a}y{a!r:>10}z'
d = f'{a!s}{a!a}'
