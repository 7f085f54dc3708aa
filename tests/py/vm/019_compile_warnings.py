# The compiler's SyntaxWarnings: literals compared with `is`, called or
# subscripted by mistake, and an assert of a tuple; and one made an error.
import warnings

snippets = [
    "x = 5\nprint(x is 5)",
    "x = 5\nif x is not 'a' + 'b': pass",
    "x = 1\nx is ()",
    "x = 1\nx is None or x is True or x is ...",
    "x = 1\n0 < x is 1 < 2",
    "[(1, 2) (3, 4)]",
    "['a' 'b' ('c')]",
    "f'{1}'()",
    "{1: 2}()",
    "(x for x in 'ab')()",
    "print((lambda: 1)[0])",
    "{1, 2}[0]",
    "(1.5)[0]",
    "None[0]",
    "True['k']",
    "[1, 2]['a']",
    "(1, 2)['a']",
    "'abc'[1.5]",
    "[1][x:y]",
    "[1][True]",
    "assert (1, 'message')",
    "assert ()",
    "x = [(1, 2) (3, 4)] if 0 else 1\nassert (x, 'm')",
]
for src in snippets:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            compile(src, 'snippet.py', 'exec')
        except SyntaxError as e:
            print('SyntaxError', e)
    print(repr(src))
    for w in caught:
        print('   ', w.category.__name__, w.filename, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('def f():\n    return 1 is 1\n', 'errors.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# A warning shown by the default filter goes to stderr with its line.
exec(compile('y = 2\nprint(y is 2)\n', __file__, 'exec'))
