# Learner mistake: unterminated triple single.
text = '''first line
second line
