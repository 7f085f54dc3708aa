a = {x for x in 'abc'}
b = {k: v for k, v in [(1, 2)]}
