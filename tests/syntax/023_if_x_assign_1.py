# Learner mistake: if x assign 1.
x = 1
if x = 1:
    print(x)
