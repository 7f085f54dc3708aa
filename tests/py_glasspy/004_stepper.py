# glasspy-only test: the stepper behind :step and --step (_glasspy_tools),
# which CPython does not have.  The transcript below was read through when
# written: each "refcount N" is the number of references the program holds
# (names, list items, the value stack, the caller's arguments), the same
# number sys.getrefcount(x) - 1 gives at that point in CPython.
import _glasspy_tools

program = """\
a = [1, 2]
b = a
def f(x):
    y = x
    return len(y) * 1000
n = f(a)
del a
"""
answers = iter(["", "", "", "i", "", "", "l", "", "", "", "c"])
transcript = []
stepper = _glasspy_tools.Stepper(read=lambda prompt: (transcript.append(prompt), next(answers))[1],
                                 write=transcript.append)
import linecache
linecache.cache["<program>"] = (len(program), None, program.splitlines(True), "<program>")
stepper.run(compile(program, "<program>", "exec"), {"__name__": "stepped"})
for line in transcript:
    print(line)
