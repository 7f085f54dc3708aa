# co_positions() and co_lines(): the location table as CPython 3.11 writes it.
def f(x):
    y = [x,
         x + 1]
    return x + 1


print(list(f.__code__.co_positions()))
print(list(f.__code__.co_lines()))


def g(a):
    for i in range(a):
        if i % 2:
            print(i)
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return [v * 2 for v in range(a) if v]


print(list(g.__code__.co_lines()))
print(len(list(g.__code__.co_positions())) == len(g.__code__.co_code) // 2)
print(list(compile("a = 1\nb = a + 2\n", "<s>", "exec").co_lines()))
