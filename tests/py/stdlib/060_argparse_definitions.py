# argparse: errors in parser definitions, type functions, defaults, parents,
# the other help formatters, and an uncaught parse error (exit status 2).
import argparse, io, sys

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except SystemExit as e:
        print(label, 'exit', e.code)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', r)

p = argparse.ArgumentParser(prog='defs')
attempt('required positional', p.add_argument, 'x', required=True)
attempt('bad option', p.add_argument, 'x', 'y')
attempt('bad prefix', p.add_argument, '-a', 'b')
attempt('unknown action', p.add_argument, '--z', action='nope')
attempt('type not callable', p.add_argument, '--z', type='int')
attempt('nargs 0', p.add_argument, '--z', nargs=0)
attempt('const without ?', p.add_argument, '--z', const=1)
attempt('metavar tuple', p.add_argument, '--z', nargs=3, metavar=('A', 'B'))
attempt('dest twice', p.add_argument, 'x', dest='y')
attempt('dest required', p.add_argument, '--')
p.add_argument('--foo')
attempt('conflict', p.add_argument, '--foo')
attempt('conflicts', p.add_argument, '-h', '--foo')
attempt('add return', p.add_argument, '--bar', type=int, help='bar help')
attempt('positional return', p.add_argument, 'pos', nargs='?', choices=[1, 2], type=int)

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive number' % text)
    return value

q = argparse.ArgumentParser(prog='typed', exit_on_error=False)
q.add_argument('n', type=positive)
q.add_argument('--ratio', type=float, default='0.5')
q.add_argument('--level', default=3, type=int)
attempt('positive ok', q.parse_args, ['3'])
attempt('positive bad', q.parse_args, ['-2'])
attempt('positive text', q.parse_args, ['x'])
attempt('known args', q.parse_known_args, ['3', '--extra', 'e', '7'])
q.set_defaults(level=9, other='yes')
attempt('set_defaults', q.parse_args, ['4'])
print(q.get_default('level'), q.get_default('other'), q.get_default('nothing'))

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', action='store_true', help='from the parent')
child = argparse.ArgumentParser(prog='child', parents=[parent], description='Child   parser\n  with   spaces.')
child.add_argument('item')
print(child.format_help())
attempt('child', child.parse_args, ['--shared', 'i'])

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Line one\n  indented line two\n\nParagraph.')
raw.add_argument('--x', help='x   help\n  kept?')
print(raw.format_help())
rawt = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
rawt.add_argument('--x', help='first line\n  second line')
print(rawt.format_help())
dflt = argparse.ArgumentParser(prog='dflt', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument('--size', type=int, default=10, help='the size')
dflt.add_argument('--name', help='no default shown?')
dflt.add_argument('files', nargs='*', default=['a'], help='files')
print(dflt.format_help())
mt = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument('--size', type=int)
mt.add_argument('count', type=float)
print(mt.format_help())

empty = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(empty.format_help()), repr(empty.format_usage()))
custom = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE')
print(custom.format_help())
fixed = argparse.ArgumentParser(prog='fixed')
fixed.add_argument('coords', nargs=3, type=int)
fixed.add_argument('--two', nargs=2)
fixed.add_argument('--req', required=True)
print(fixed.format_help())
attempt('fixed ok', fixed.parse_args, ['1', '2', '3', '--req', 'r'])
ext = argparse.ArgumentParser(prog='ext')
ext.add_argument('--item', action='extend', nargs='+')
ext.add_argument('--tag', action='append_const', const='T', dest='tags')
attempt('extend', ext.parse_args, ['--item', 'a', 'b', '--item', 'c', '--tag', '--tag'])
ab = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
ab.add_argument('--verbose', action='store_true')
print(repr(argparse.SUPPRESS), argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.REMAINDER)
print(argparse.FileType('r'), argparse.FileType('wb', encoding='utf-8'))
err = argparse.ArgumentError(None, 'plain message')
print(str(err))
sys.stdout.flush()
# The last one is not caught: usage and error on stderr, exit status 2.
fixed.parse_args(['1', '2'])
