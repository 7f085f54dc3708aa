a = 1
assert a
assert a, 'msg'
