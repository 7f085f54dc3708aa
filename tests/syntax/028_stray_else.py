# Learner mistake: stray else.
x = 1
else:
    print(x)
