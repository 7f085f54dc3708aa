# Learner mistake: positional after keyword.
print(sep="-", "a")
