# Learner mistake: expected indent for.
for i in range(3):

print(i)
