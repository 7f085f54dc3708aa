# pdb's jump: skip a line, go back to run one again, and the refusals
# (into a for loop's body, past the end of the function, not a number,
# not the bottom frame).
import pdb


def countdown():
    log = []
    n = 3
    log.append("skipped?")
    for i in range(n):
        log.append(i)
    log.append("done")
    return log


pdb.set_trace()
print(countdown())
