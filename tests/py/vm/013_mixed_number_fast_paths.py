# Mixed int/float arithmetic through the eval loop's fast paths.
print(1 + 2.5, 2.5 + 1, 3 * 0.1, 0.1 * 3, 7 / 2.0, 7.0 / 2, 1 - 0.3, 0.3 - 1, 2 ** 0.5, 5 // 2.0, 5 % 2.0)
for a, b in [(1, 0.0), (1.0, 0), (0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(e)
print(-5 + 0.0, 1073741823 * 1.0, -1073741823 * 1.5)
x = 1.5
for i in range(3):
    x = x * i + i
print(x)
