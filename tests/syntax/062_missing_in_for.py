# Learner mistake: missing in for.
for i range(3):
    print(i)
