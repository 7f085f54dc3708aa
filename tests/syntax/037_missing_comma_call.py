# Learner mistake: missing comma call.
print("a" "b" 3)
