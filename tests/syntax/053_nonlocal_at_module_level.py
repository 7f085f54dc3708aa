# Learner mistake: nonlocal at module level.
print("start")
nonlocal x
