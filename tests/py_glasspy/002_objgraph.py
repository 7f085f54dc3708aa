# glasspy-only test: objgraph is a third-party package that CPython (the
# oracle) does not ship, so there is no python3 output to compare with.
# Each check compares objgraph's answer with what the script knows it made
# (how many instances, which references) and prints "ok NAME"; the .expected
# file is those fixed lines, written by hand (plus objgraph's own "Graph
# written to" lines, whose text is fixed when a .dot filename is given).
import contextlib
import gc
import io
import os
import re
import tempfile
import objgraph


def check(name, condition, detail=''):
    print(f'ok {name}' if condition else f'FAIL {name}: {detail}')


class Leaf:
    pass


class Other:
    pass


# ---- counting ----
leaves = [Leaf() for _ in range(7)]
check('count', objgraph.count('Leaf') == 7, objgraph.count('Leaf'))
check('count qualified', objgraph.count('__main__.Leaf') == 7)
check('typestats', objgraph.typestats()['Leaf'] == 7)
check('typestats long names', objgraph.typestats(shortnames=False)['__main__.Leaf'] == 7)
check('by_type', sorted(map(id, objgraph.by_type('Leaf'))) == sorted(map(id, leaves)))
check('at', objgraph.at(id(leaves[3])) is leaves[3])
check('count of given objects', objgraph.count('Leaf', leaves[:2]) == 2)
del leaves
check('count after del', objgraph.count('Leaf') == 0, objgraph.count('Leaf'))

common = objgraph.most_common_types(limit=5)
counts = [n for _, n in common]
check('most_common_types sorted', len(common) == 5 and counts == sorted(counts, reverse=True), common)
objs = [Leaf(), Leaf(), Leaf(), Other(), [], []]
check('most_common_types counts', objgraph.most_common_types(limit=2, objects=objs) ==
      [('Leaf', 3), ('list', 2)])
check('most_common_types without limit', len(objgraph.most_common_types(limit=None, objects=objs)) == 3)

# show_most_common_types: "name" padded to the longest name, a space, the count.
out = io.StringIO()
objgraph.show_most_common_types(objects=objs, file=out)
check('show_most_common_types format', out.getvalue() == 'Leaf  3\nlist  2\nOther 1\n', repr(out.getvalue()))

# show_growth: the first call reports every type; afterwards only the growth.
objgraph.show_growth(file=io.StringIO())
more = [Other() for _ in range(5)]
out = io.StringIO()
objgraph.show_growth(file=out)
lines = out.getvalue().splitlines()
row = [line for line in lines if line.split()[0] == 'Other']
check('show_growth row', row and row[0].split()[1:] == [str(objgraph.count('Other')), '+5'], lines)
width = max(len(line.split()[0]) for line in lines)
check('show_growth format', all(len(line) == width + 9 + 1 + 9 for line in lines), lines)
out = io.StringIO()
objgraph.show_growth(file=out)
check('show_growth shows only growth', 'Other' not in out.getvalue(), repr(out.getvalue()))

# ---- graphs ----
# The tutorial's graph: two lists that hold each other.
a = [1, 2, 3]
b = [4, 5, 6]
a.append(b)
b.append(a)
os.chdir(tempfile.mkdtemp())
objgraph.show_refs([a], filename='refs.dot')
with open('refs.dot') as f:
    dot = f.read()
node = lambda obj: f'o{id(obj)}'
edges = set(re.findall(r'^  (o\d+) -> (o\d+)', dot, re.M))
expected = {(node(a), node(x)) for x in a} | {(node(b), node(x)) for x in b}
check('dot header', dot.startswith('digraph ObjectGraph {\n') and dot.endswith('}\n'))
check('refs edges', edges == expected, edges ^ expected)
check('refs root red', f'  {node(a)}[fontcolor=red];' in dot)
check('refs labels', f'  {node(a)}[label="list\\n4 items"];' in dot and
      f'  {node(5)}[label="int\\n5"];' in dot)

objgraph.show_refs([a], max_depth=1, filename='shallow.dot')
with open('shallow.dot') as f:
    shallow = set(re.findall(r'^  (o\d+) -> (o\d+)', f.read(), re.M))
check('max_depth', shallow == {(node(a), node(x)) for x in a}, shallow)

objgraph.show_refs([list(range(15))], too_many=10, filename='many.dot')
with open('many.dot') as f:
    many = f.read()
check('too_many', len(re.findall(r' -> ', many)) == 10 and '5 more references' in many)

class Holder:
    pass

h = Holder()
h.payload = b
objgraph.show_backrefs([b], max_depth=2, filename='back.dot')
with open('back.dot') as f:
    back = f.read()
check('backref from the other list', f'  {node(a)} -> {node(b)};' in back)
check('backref from globals, labelled', f'  {node(globals())} -> {node(b)} [label="b",weight=2];' in back)
# As in CPython 3.11, an instance whose __dict__ was never asked for holds
# its attributes itself (gc.get_referrers gives the instance).
check('backref from an instance', f'  {node(h)} -> {node(b)};' in back)
vars(h)
objgraph.show_backrefs([b], max_depth=2, filename='back2.dot')
with open('back2.dot') as f:
    back = f.read()
check('backref through __dict__', f'  {node(h)} -> {node(h.__dict__)} [label="__dict__",weight=10];' in back
      and f'  {node(h.__dict__)} -> {node(b)} [label="payload",weight=2];' in back)

# Rendering: with Graphviz a picture, without it the .dot file and a message
# that says how to make the picture.
out = io.StringIO()
with contextlib.redirect_stdout(out):
    objgraph.show_refs([a], filename='refs.png')
said = out.getvalue()
dot_file = re.match(r'Graph written to (\S+\.dot) \(8 nodes\)\n', said)
check('temporary dot file', dot_file and os.path.exists(dot_file.group(1)), said)
if objgraph._program_in_path('dot'):
    with open('refs.png', 'rb') as f:
        check('render', f.read(8) == b'\x89PNG\r\n\x1a\n' and 'Image generated as refs.png' in said, said)
else:
    check('render', 'dot -Tpng -o ' in said and 'graphviz' in said, said)
path = os.environ['PATH']
os.environ['PATH'] = '/nonexistent'
out = io.StringIO()
with contextlib.redirect_stdout(out):
    objgraph.show_refs([a], filename='none.svg')
os.environ['PATH'] = path
said = out.getvalue()
check('no graphviz message', 'was not found' in said and "dot -Tsvg -o 'none.svg' " in said
      and not os.path.exists('none.svg'), said)

# Chains: from the module's namespace to b.
chain = objgraph.find_backref_chain(b, lambda x: x is globals())
check('find_backref_chain', chain[0] is globals() and chain[-1] is b and len(chain) == 2)
chain = objgraph.find_ref_chain(a, lambda x: x == 6)
check('find_ref_chain', chain[0] is a and chain[-1] == 6 and chain[1] is b)
