# pdb: aliases, display, whatis, until over a loop, ';;' on
# one line, breakpoint() (sys.breakpointhook), and EOF at the prompt.
import pdb


class Point:
    def __init__(self, x):
        self.x = x

    def moved(self, dx):
        return Point(self.x + dx)


def loop():
    total = 0
    for i in range(3):
        total += i
    return total


breakpoint()
p = Point(1)
q = p.moved(2)
loop()
print(q.x)
pdb.set_trace()
print("end")
