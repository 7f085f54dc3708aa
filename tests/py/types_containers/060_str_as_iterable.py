# A str is an iterable of its characters wherever the container methods take one.
l = []
l.extend('ab')
print(l, list('xy'), tuple('xy'), set('aa'), frozenset('b'))
print({}.fromkeys('ab'), dict(['ab', 'cd']), ['q'].index('q'))
s = {'a'}
s.update('bc')
print(len(s), s.issubset('abcd'), s.isdisjoint('xyz'), s.union('a') == s)
try:
    {}.update(['ab', 'c'])
except Exception as e:
    print(repr(e))
