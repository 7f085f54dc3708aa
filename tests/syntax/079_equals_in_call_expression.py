# Learner mistake: equals in call expression.
print(1 = 1)
