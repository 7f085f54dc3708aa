"""The objects site.py puts into builtins: exit and quit.

CPython: Lib/_sitebuiltins.py.  glasspy has no site.py; its start-up
(stdlib/modules.cpp) makes the two Quitter objects as site.setquit does.
"""

import sys


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        # Shells like IDLE catch the SystemExit, but listen when their
        # stdin wrapper is closed.
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)
