# pdb breakpoints: by line, by function, with a condition, listing,
# disable/enable, clear by number, tbreak, and continue between them.
import pdb


def work(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


def main():
    first = work(3)
    second = work(5)
    return first + second


pdb.set_trace()
print("result:", main())
print("done")
