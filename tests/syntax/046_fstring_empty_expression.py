# Learner mistake: fstring empty expression.
name = "Ann"
print(f"hello {}")
