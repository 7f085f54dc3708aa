# Learner mistake: unclosed brace.
ages = {"ann": 31, "bob": 27
