# The coding declaration makes CPython count columns in characters again.
# -*- coding: utf-8 -*-
s = "é" 1
