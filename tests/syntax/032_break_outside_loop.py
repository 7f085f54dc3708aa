# Learner mistake: break outside loop.
x = 1
if x:
    break
