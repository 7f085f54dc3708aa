# Learner mistake: yield in class body.
class A:
    yield 1
