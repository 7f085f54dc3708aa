# Learner mistake: dict missing value.
d = {"a": 1, "b"}
