# Learner mistake: missing comma list.
nums = [1, 2 3]
