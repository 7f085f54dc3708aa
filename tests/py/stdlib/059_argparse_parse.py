# argparse: parsing (positionals, options, nargs, actions, types, choices),
# the -h/--help text and usage lines, and the command-line errors.
import argparse, io, sys

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
        code = None
    except SystemExit as e:
        result = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = old
    print('args:', args)
    if result is not None: print('  ->', result)
    if code is not None: print('  exit', code)
    if out.getvalue(): print('  stdout:', repr(out.getvalue()))
    if err.getvalue(): print('  stderr:', repr(err.getvalue()))

p = argparse.ArgumentParser(prog='demo', description='A demo program that does things with files and numbers.', epilog='See the manual for more.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='store_true', help='talk more')
p.add_argument('-q', '--quiet', action='store_false', dest='loud')
p.add_argument('-n', '--count', type=int, default=1, help='how many times')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed: %(choices)s')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='add a directory')
p.add_argument('-d', action='count', default=0, help='debug level')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--pair', nargs=2, type=float, metavar=('X', 'Y'))
p.add_argument('--names', nargs='+')
p.add_argument('--opt', nargs='*')
print(p)
print(p.format_usage())
print(p.format_help())
for args in [['a'], ['a', 'b', '-v'], ['-vv', 'x'] , ['-n', '3', 'f'], ['-n3', 'f'], ['--count=5', 'f'], ['--cou', '5', 'f'],
             ['--mode', 'slow', 'f'], ['--mode', 'medium', 'f'], ['-n', 'x', 'f'], [], ['a', 'b', 'c'], ['-I', 'x', '-I', 'y', 'f'],
             ['-ddd', 'f'], ['-d', '-d', 'f'], ['--const', 'f'], ['--version'], ['-h'], ['--help'], ['--pair', '1', '2.5', 'f'],
             ['--pair', '1', 'f'], ['--names', 'a', 'b', '--', 'f'], ['--names', 'f'], ['--opt', 'f'], ['f', '--opt'], ['-q', 'f'],
             ['--nope', 'f'], ['-x', 'f'], ['-n'], ['f', '-v=1'], ['--verbose=1', 'f'], ['-vq', 'f'], ['-vn2', 'f'], ['--', '-f'],
             ['-n', '-1', 'f'], ['f', '-5'], ['--m', 'fast', 'f'], ['--co', '1', 'f']]:
    run(p, args)

q = argparse.ArgumentParser(prog='calc')
q.add_argument('numbers', nargs='+', type=int, help='numbers to add')
q.add_argument('--op', choices=['add', 'mul'], required=True)
q.add_argument('rest', nargs='*')
print(q.format_help())
for args in [['1', '2', '--op', 'add'], ['--op', 'mul'], ['1', 'x'], ['1']]:
    run(q, args)

r = argparse.ArgumentParser(prog='x' * 30, add_help=False)
for i in range(8):
    r.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
r.add_argument('first_positional_argument')
r.add_argument('second_positional_argument', nargs='*')
print(r.format_help())
g = argparse.ArgumentParser(prog='grouped')
grp = g.add_argument_group('network', 'Options about the network connection that is used.')
grp.add_argument('--host', default='localhost', help='the host name to connect to, which can be rather long to show the wrapping of help text in the help column')
grp.add_argument('--a-very-long-option-name-that-overflows', help='short help')
g.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='a flag')
print(g.format_help())
run(g, ['--no-flag', '--host', 'h'])
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
