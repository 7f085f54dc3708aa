# Learner mistake: import as missing name.
import os.path as
