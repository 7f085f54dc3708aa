# Learner mistake: lambda yield.
f = lambda x: yield
