# Learner mistake: missing operator.
print(1 2)
