# Learner mistake: missing colon for.
for i in range(3)
    print(i)
