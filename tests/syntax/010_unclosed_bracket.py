# Learner mistake: unclosed bracket.
items = [1, 2, 3
