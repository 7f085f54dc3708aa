# Calls, returns, lines and a generator's yields and resumptions.
def square(n):
    result = n * n
    return result


def countdown(n):
    while n > 0:
        yield n
        n -= 1


total = square(3)
for value in countdown(2):
    total += value
print(total)
