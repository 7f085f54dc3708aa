# pdb driven from stdin: step into calls, next over them, return, where,
# up/down, args, p/pp, retval, list, a statement that changes a variable,
# an error at the prompt, and continue.
import pdb


def area(w, h):
    scale = 2
    result = w * h * scale
    return result


def shapes():
    sizes = {"small": [1, 2], "large": list(range(30)), "names": ["alpha" * 3, "beta" * 4, "gamma" * 5]}
    total = area(3, 4)
    total += area(5, 6)
    return total, sizes


pdb.set_trace()
value = shapes()
print("value:", value[0])
