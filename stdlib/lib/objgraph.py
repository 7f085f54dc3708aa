"""Object reference graphs, drawn with Graphviz (glasspy's own objgraph).

objgraph is a third-party package that CPython does not ship; the tutorials
use it to count objects by type and to draw who refers to whom.  This module
gives its main functions with objgraph's names, arguments and output:

    count(typename)             how many objects the collector tracks of a type
    typestats(), most_common_types(), show_most_common_types(limit=10)
    show_growth(limit=10)       which counts grew since the last call
    by_type(typename), at(address), get_leaking_objects()
    find_ref_chain(), find_backref_chain(), show_chain()
    show_refs(objs, max_depth=3, filename=None)       what objs refer to
    show_backrefs(objs, max_depth=3, filename=None)   what refers to objs

Everything is built on the gc module: gc.get_objects() for the counts (so,
as in CPython, objects the collector does not track -- ints, strs -- are not
counted), gc.get_referents() and gc.get_referrers() for the graph edges.

The graphs are written in Graphviz's DOT language.  With filename=None the
DOT text goes to a temporary file and, when Graphviz's `dot` program is on
PATH, is rendered to a PNG beside it; filename='x.png' (or .svg, .pdf...)
renders to that file; filename='x.dot' writes only the DOT text.  Without
Graphviz the .dot file is kept and a message says how to render it.  (Real
objgraph first tries to open the `xdot` viewer; a teaching interpreter's
users are often on a terminal, so this one always renders to a file.)
"""
import gc
import os
import sys
import tempfile
import types

__version__ = '3.5.0'


# ---- type names ------------------------------------------------------------------------------

def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    t = type(obj)
    module = getattr(t, '__module__', None)
    return f'{module}.{t.__name__}' if module else t.__name__


def _typename_matcher(typename):
    # "pkg.mod.Class" compares the qualified name, "Class" the short one.
    name_of = _long_typename if '.' in typename else _short_typename
    return lambda obj: name_of(obj) == typename


# ---- counting --------------------------------------------------------------------------------

def count(typename, objects=None):
    """Count objects tracked by the garbage collector with a given class name
    (optionally qualified: 'mymodule.MyClass')."""
    if objects is None:
        objects = gc.get_objects()
    matches = _typename_matcher(typename)
    return sum(1 for obj in objects if matches(obj))


def typestats(objects=None, shortnames=True):
    """A dict from type name to the number of tracked instances of it."""
    if objects is None:
        objects = gc.get_objects()
    name_of = _short_typename if shortnames else _long_typename
    stats = {}
    for obj in objects:
        name = name_of(obj)
        stats[name] = stats.get(name, 0) + 1
    return stats


def most_common_types(limit=10, objects=None, shortnames=True):
    """[(type name, count)] for the types with the most instances, the most
    first (a stable sort: equal counts keep typestats' order); all of them
    when limit is None or 0."""
    stats = sorted(typestats(objects, shortnames=shortnames).items(),
                   key=lambda item: item[1], reverse=True)
    return stats[:limit] if limit else stats


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None):
    """Print most_common_types() as a table: the names left-aligned in a
    column as wide as the longest, then the count."""
    if file is None:
        file = sys.stdout
    stats = most_common_types(limit, objects, shortnames=shortnames)
    if not stats:
        return
    width = max(len(name) for name, _ in stats)
    for name, n in stats:
        file.write(f'{name:<{width}} {n}\n')


def show_growth(limit=10, peak_stats={}, shortnames=True, file=None):
    """Print the types whose count went past its highest value seen by the
    previous calls (kept in peak_stats), with the count and the increase,
    after a full collection; nothing when no count grew."""
    gc.collect()
    stats = typestats(shortnames=shortnames)
    deltas = []
    for name, n in stats.items():
        peak = peak_stats.get(name, 0)
        if n > peak:
            deltas.append((name, n - peak))
            peak_stats[name] = n
    deltas.sort(key=lambda item: item[1], reverse=True)
    if limit:
        deltas = deltas[:limit]
    if not deltas:
        return
    if file is None:
        file = sys.stdout
    width = max(len(name) for name, _ in deltas)
    for name, delta in deltas:
        file.write(f'{name:<{width}}{stats[name]:9d} {delta:+9d}\n')


def by_type(typename, objects=None):
    """The tracked objects of a given class name (optionally qualified)."""
    if objects is None:
        objects = gc.get_objects()
    matches = _typename_matcher(typename)
    return [obj for obj in objects if matches(obj)]


def at(addr):
    """The tracked object whose id() is addr, or None."""
    for obj in gc.get_objects():
        if id(obj) == addr:
            return obj
    return None


def get_leaking_objects(objects=None):
    """The tracked objects that no tracked object refers to: held only from
    outside the heap the collector sees (a frame, the runtime) -- or leaked."""
    if objects is None:
        gc.collect()
        objects = gc.get_objects()
    unreferred = {id(obj) for obj in objects}
    for obj in objects:
        for referent in gc.get_referents(obj):
            unreferred.discard(id(referent))
    return [obj for obj in objects if id(obj) in unreferred]


def is_proper_module(obj):
    """Whether obj is a module that sys.modules knows under its own name."""
    return (isinstance(obj, types.ModuleType)
            and sys.modules.get(getattr(obj, '__name__', None)) is obj)


# ---- chains ----------------------------------------------------------------------------------

def _find_chain(obj, predicate, edge_func, max_depth=20, extra_ignore=()):
    # Breadth first from obj along edge_func; the first object the predicate
    # accepts ends the search, and the chain is read back through `parent`.
    queue = [obj]
    depth = {id(obj): 0}
    parent = {id(obj): None}
    ignore = set(extra_ignore)
    ignore.update((id(queue), id(depth), id(parent), id(ignore), id(extra_ignore)))
    while queue:
        target = queue.pop(0)
        if predicate(target):
            chain = [target]
            while parent[id(target)] is not None:
                target = parent[id(target)]
                chain.append(target)
            return chain
        if depth[id(target)] < max_depth:
            neighbours = edge_func(target)
            ignore.add(id(neighbours))
            for source in neighbours:
                if id(source) not in ignore and id(source) not in depth:
                    depth[id(source)] = depth[id(target)] + 1
                    parent[id(source)] = target
                    queue.append(source)
    return [obj]


def find_ref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain of references from obj to an object the predicate
    accepts: [obj, ..., match], or [obj] when there is none."""
    return _find_chain(obj, predicate, gc.get_referents, max_depth, extra_ignore)[::-1]


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain of references to obj from an object the predicate
    accepts (is_proper_module, say): [match, ..., obj], or [obj]."""
    return _find_chain(obj, predicate, gc.get_referrers, max_depth, extra_ignore)


def show_chain(*chains, **kw):
    """Draw chains from find_ref_chain/find_backref_chain (keyword
    arguments as show_backrefs)."""
    in_chains = {id(obj) for chain in chains for obj in chain}
    backrefs = kw.pop('backrefs', True)
    objs = [chain[-1] for chain in chains] if backrefs else [chain[0] for chain in chains]
    show = show_backrefs if backrefs else show_refs
    show(objs, max_depth=max(len(chain) for chain in chains) - 1,
         filter=lambda obj: id(obj) in in_chains, **kw)


# ---- graphs ----------------------------------------------------------------------------------

def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
              filename=None, extra_info=None, refcounts=False, shortnames=True, output=None):
    """Draw the objects reachable from objs (an object, or a list or tuple
    of them), max_depth references deep, at most too_many from each."""
    _show_graph(objs, gc.get_referents, True, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames, output, None)


def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
                  filename=None, extra_info=None, refcounts=False, shortnames=True, output=None):
    """Draw the objects that refer to objs, directly and indirectly; the walk
    stops at modules, which would pull in all of sys.modules."""
    _show_graph(objs, gc.get_referrers, False, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames, output, is_proper_module)


def _node(obj):
    return f'o{id(obj)}'


def _quote(text):
    return (text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
            .replace('\0', '\\\\0'))


def _name_or_repr(obj):
    name = getattr(obj, '__name__', None)
    return name if isinstance(name, str) else repr(obj)[:40]


def _short_repr(obj):
    # What a node says under its type: a name for named things, a size for
    # containers, else the start of the repr.
    if isinstance(obj, (type, types.ModuleType, types.BuiltinFunctionType)):
        return _name_or_repr(obj)
    if isinstance(obj, types.MethodType):
        name = _name_or_repr(obj.__func__)
        return name + ' (bound)' if obj.__self__ else name
    if isinstance(obj, (tuple, list, dict, set)):
        return f'{len(obj)} items'
    return repr(obj)[:40]


def _label(obj, extra_info, refcounts, shortnames):
    lines = [_short_typename(obj) if shortnames else _long_typename(obj)]
    if refcounts:
        # Less the references of this call: the argument, the caller's
        # variable, getrefcount's own argument.
        lines[0] += f' [{sys.getrefcount(obj) - 3}]'
    try:
        lines.append(_short_repr(obj))
    except Exception:
        lines.append('(unrepresentable)')
    if extra_info:
        lines.append(str(extra_info(obj)))
    return _quote('\n'.join(lines))


def _edge_label(source, target, shortnames):
    # Names an edge where the name is known: an attribute dict, a bound
    # method's parts, a function's attribute, a dict's key.
    if isinstance(target, dict) and target is getattr(source, '__dict__', None):
        return ' [label="__dict__",weight=10]'
    if isinstance(source, types.MethodType):
        if target is source.__self__:
            return ' [label="__self__",weight=10]'
        if target is source.__func__:
            return ' [label="__func__",weight=10]'
    if isinstance(source, types.FunctionType):
        for name in ('__code__', '__globals__', '__defaults__', '__kwdefaults__', '__closure__',
                     '__dict__', '__name__', '__qualname__', '__module__', '__doc__'):
            if target is getattr(source, name, None):
                return f' [label="{_quote(name)}",weight=10]'
    if isinstance(source, dict):
        for key, value in source.items():
            if value is target:
                if isinstance(key, str) and key.isidentifier() and key.isascii():
                    return f' [label="{_quote(key)}",weight=2]'
                key_type = _short_typename(key) if shortnames else _long_typename(key)
                return f' [label="{_quote(key_type + chr(10) + _short_repr(key))}"]'
    return ''


def _gradient(start, end, depth, max_depth):
    # Nodes darken with depth: HSV from white (the roots) to grey.
    if max_depth == 0:
        return start
    f = depth / max_depth
    return tuple(a * (1 - f) + b * f for a, b in zip(start, end))


def _write_graph(f, objs, edge_func, forward, max_depth, extra_ignore, filter, too_many,
                 highlight, extra_info, refcounts, shortnames, cull):
    """Writes the DOT text; returns the number of nodes."""
    f.write('digraph ObjectGraph {\n  node[shape=box, style=filled, fillcolor=white];\n')
    queue = []
    depth = {}
    # This function's own containers refer to the objects too: they are not
    # part of the program's graph.
    ignore = set(extra_ignore)
    ignore.update((id(objs), id(extra_ignore), id(queue), id(depth), id(ignore)))
    for obj in objs:
        f.write(f'  {_node(obj)}[fontcolor=red];\n')
        depth[id(obj)] = 0
        queue.append(obj)
    gc.collect()
    nodes = 0
    while queue:
        nodes += 1
        target = queue.pop(0)
        level = depth[id(target)]
        f.write(f'  {_node(target)}[label="{_label(target, extra_info, refcounts, shortnames)}"];\n')
        h, s, v = _gradient((0, 0, 1), (0, 0, .3), level, max_depth)
        if isinstance(target, types.ModuleType):
            h, s = .3, 1
        if highlight and highlight(target):
            h, s, v = .6, .6, .5 + v * .5
        f.write(f'  {_node(target)}[fillcolor="{h:g},{s:g},{v:g}"];\n')
        if v < .5:
            f.write(f'  {_node(target)}[fontcolor=white];\n')
        if hasattr(getattr(target, '__class__', None), '__del__'):
            f.write(f'  {_node(target)}->{_node(target)}_has_a_del'
                    '[color=red,style=dotted,len=0.25,weight=10];\n')
            f.write(f'  {_node(target)}_has_a_del[label="__del__",shape=doublecircle,'
                    'height=0.25,color=red,fillcolor="0,.5,1",fontsize=6];\n')
        if level >= max_depth or (cull is not None and cull(target)):
            continue
        neighbours = edge_func(target)
        ignore.add(id(neighbours))
        shown = skipped = 0
        for other in neighbours:
            if id(other) in ignore or (filter and not filter(other)):
                continue
            if shown >= too_many:
                skipped += 1
                continue
            src, dst = (target, other) if forward else (other, target)
            f.write(f'  {_node(src)} -> {_node(dst)}{_edge_label(src, dst, shortnames)};\n')
            if id(other) not in depth:
                depth[id(other)] = level + 1
                queue.append(other)
            shown += 1
        if skipped:
            h, s, v = _gradient((0, 1, 1), (0, 1, .3), level + 1, max_depth)
            more = f'too_many_{_node(target)}'
            if forward:
                label = f'{skipped} more references'
                f.write(f'  {_node(target)}->{more}[color=red,style=dotted,len=0.25,weight=10];\n')
            else:
                label = f'{skipped} more backreferences'
                f.write(f'  {more}->{_node(target)}[color=red,style=dotted,len=0.25,weight=10];\n')
            f.write(f'  {more}[label="{label}",shape=box,height=0.25,color=red,'
                    f'fillcolor="{h:g},{s:g},{v:g}",fontsize=6];\n')
            f.write(f'  {more}[fontcolor=white];\n')
    f.write('}\n')
    return nodes


def _show_graph(objs, edge_func, forward, max_depth, extra_ignore, filter, too_many, highlight,
                filename, extra_info, refcounts, shortnames, output, cull):
    if not isinstance(objs, (list, tuple)):
        objs = [objs]
    if filename and output:
        raise ValueError('Cannot specify both output and filename.')
    args = (objs, edge_func, forward, max_depth, extra_ignore, filter, too_many, highlight,
            extra_info, refcounts, shortnames, cull)
    if output:
        _write_graph(output, *args)
        return
    if filename and filename.endswith('.dot'):
        dot_filename = filename
    else:
        fd, dot_filename = tempfile.mkstemp(prefix='objgraph-', suffix='.dot', text=True)
        os.close(fd)
    with open(dot_filename, 'w', encoding='utf-8') as f:
        nodes = _write_graph(f, *args)
    print(f'Graph written to {dot_filename} ({nodes} nodes)')
    _render(dot_filename, filename)


# ---- rendering -------------------------------------------------------------------------------

def _program_in_path(program):
    for folder in os.environ.get('PATH', os.defpath).split(os.pathsep):
        if folder and os.access(os.path.join(folder, program), os.X_OK):
            return True
    return False


def _shell_quote(text):
    return "'" + text.replace("'", "'\"'\"'") + "'"


def _render(dot_filename, filename):
    """Turns the .dot file into the picture asked for (a PNG beside it when
    no filename was given) with Graphviz's dot, run through os.system."""
    if filename == dot_filename:
        return      # the DOT text was what was asked for
    if not filename:
        filename = dot_filename[:-4] + '.png'
    fmt = os.path.splitext(filename)[1][1:] or 'png'
    command = f'dot -T{fmt} -o {_shell_quote(filename)} {_shell_quote(dot_filename)}'
    if not _program_in_path('dot'):
        print(f'Graphviz (the dot program) was not found, so no image was made. '
              f'Install it (apt-get install graphviz) and run:\n  {command}')
        return
    status = os.system(command)
    if status != 0:
        code = status >> 8 if status & 0xff == 0 else status
        print(f'dot failed (exit code {code}) while executing "{command}"')
    else:
        print(f'Image generated as {filename}')
