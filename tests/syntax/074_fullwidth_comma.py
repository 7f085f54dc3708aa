# Learner mistake: fullwidth comma.
print("a"， "b")
