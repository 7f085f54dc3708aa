# Learner mistake: keyword class as name.
class = 1
