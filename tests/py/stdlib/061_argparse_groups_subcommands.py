# argparse: mutually exclusive groups and subcommands.
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
    if out.getvalue(): print(out.getvalue(), end='')
    if err.getvalue(): print(err.getvalue(), end='')

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-v', '--verbose', action='store_true', help='more output')
g.add_argument('-q', '--quiet', action='store_true', help='less output')
p.add_argument('x', type=int)
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--json', action='store_true')
r.add_argument('--csv', action='store_true')
r.add_argument('--fmt', choices=['a', 'b'])
print(p.format_help())
for args in [['1', '--json'], ['-v', '-q', '1', '--json'], ['1'], ['1', '--json', '--csv'], ['-v', '1', '--fmt', 'a']]:
    run(p, args)

git = argparse.ArgumentParser(prog='git', description='A tiny git.')
git.add_argument('--git-dir', default='.git')
sub = git.add_subparsers(dest='command', help='the subcommands')
commit = sub.add_parser('commit', help='record changes', aliases=['ci'])
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
push = sub.add_parser('push', help='send commits')
push.add_argument('remote', nargs='?', default='origin')
push.add_argument('--force', '-f', action='store_true')
sub.add_parser('status')
print(git.format_help())
print(commit.format_help())
print(push.format_usage())
for args in [['commit', '-m', 'msg'], ['ci', '-m', 'x', '--amend'], ['push'], ['push', 'upstream', '-f'], ['status'], [],
             ['pull'], ['commit'], ['--git-dir', 'd', 'push', 'r'], ['push', '--nope'], ['commit', '-h']]:
    run(git, args)

tools = argparse.ArgumentParser(prog='tools')
subs = tools.add_subparsers(title='commands', description='valid commands', required=True, dest='cmd')
subs.add_parser('one')
subs.add_parser('two')
print(tools.format_help())
run(tools, [])
run(tools, ['two'])
