# Learner mistake: continue outside loop.
continue
