# Learner mistake: generator not parenthesized.
print(x for x in range(3), 1)
