# Learner mistake: missing colon class.
class Point
    pass
