# Learner mistake: star expression alone.
print(*)
