# Learner mistake: fstring backslash.
words = ["a", "b"]
print(f"{'\n'.join(words)}")
