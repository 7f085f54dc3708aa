# Learner mistake: try without except.
try:
    x = 1
print(x)
