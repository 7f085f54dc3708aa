# An uncaught TypeError: the traceback marks the operator '^' and the operands '~'.
def add(x, y):
    return x + y

add(1, "a")
