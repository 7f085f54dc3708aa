# Learner mistake: backslash then space.
total = 1 + \ 
    2
