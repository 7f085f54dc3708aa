"""The prompt's teaching commands that are written in Python (:refs, :graph,
:gc, :heap, :step) and `glasspy --step`.

The stepper runs code under sys.settrace and stops before each line (or
each instruction): it shows where it is, the frame's variables with the
reference count of each object, and, per instruction, the value stack
(glasspy.value_stack).  At its prompt, Enter goes on one step, `c` runs to
the end without stopping, `i` and `l` switch between instructions and
lines, `q` stops the code (KeyboardInterrupt).
"""

import dis
import gc
import sys
from collections import Counter

import glasspy

def _describe(value, limit=60):
    try:
        text = repr(value)
    except Exception as e:
        text = "<repr failed: %s>" % type(e).__name__
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _count(value):
    # The references the program holds: without the ones this function's
    # call adds (its argument, and getrefcount's own).
    return sys.getrefcount(value) - 2


def refs(name, namespace):
    """:refs NAME -- the object's type, address and reference count, what
    refers to it and what it refers to."""
    if name not in namespace:
        print("NameError: name %r is not defined" % name)
        return
    value = namespace[name]
    print("%s -> %s at %#x, refcount %d" % (name, type(value).__name__, id(value), _count(value) - 1))
    # (No closure over `value` here: its cell would be one more referrer.)
    referrers = [r for r in gc.get_referrers(value) if r is not sys._getframe()]
    print("referred to by %d tracked object%s:" % (len(referrers), "" if len(referrers) == 1 else "s"))
    bound_as = []
    for key in namespace:
        if namespace[key] is value:
            bound_as.append(key)
    for r in referrers:
        if r is namespace:
            where = "the namespace (as %s)" % ", ".join(bound_as)
        else:
            where = _describe(r)
        print("  %s at %#x: %s" % (type(r).__name__, id(r), where))
    referents = gc.get_referents(value)
    print("refers to %d object%s:" % (len(referents), "" if len(referents) == 1 else "s"))
    for r in referents:
        print("  %s at %#x: %s" % (type(r).__name__, id(r), _describe(r)))


def graph(argument, namespace):
    """:graph NAME [FILE] -- the reference graph from the object, as objgraph
    draws it (a .dot file; .png/.svg when Graphviz is installed)."""
    import objgraph
    parts = argument.split()
    name = parts[0]
    filename = parts[1] if len(parts) > 1 else name + "-refs.dot"
    if name not in namespace:
        print("NameError: name %r is not defined" % name)
        return
    objgraph.show_refs([namespace[name]], max_depth=3, filename=filename)


def gc_status():
    """:gc -- the generations: their counts against the thresholds, how many
    objects each holds, and what the collector has done so far."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    print("collector %s" % ("enabled" if gc.isenabled() else "disabled"))
    for generation, (count, threshold, stats) in enumerate(zip(counts, thresholds, gc.get_stats())):
        held = len(gc.get_objects(generation))
        print("generation %d: %d objects, count %d of threshold %d; %d collections, %d collected, %d uncollectable"
              % (generation, held, count, threshold, stats["collections"], stats["collected"],
                 stats["uncollectable"]))
    print("frozen: %d; gc.garbage: %d" % (gc.get_freeze_count(), len(gc.garbage)))


def heap(limit=15):
    """:heap -- the objects the collector tracks, counted by type."""
    counts = Counter(type(o).__name__ for o in gc.get_objects())
    total = sum(counts.values())
    print("%d tracked objects (containers; ints, strs and other atoms are not tracked)" % total)
    for name, n in counts.most_common(limit):
        print("  %-24s %d" % (name, n))


class Stepper:
    """Runs code one line (or instruction) at a time; see the module doc."""

    def __init__(self, instructions=False, read=input, write=print):
        self.instructions = instructions
        self.stepping = True
        self.read = read
        self.write = write
        self.code_names = set()

    def run(self, code, namespace):
        self.code_names.add(code.co_filename)
        sys.settrace(self.trace)
        try:
            exec(code, namespace)
        finally:
            sys.settrace(None)

    def trace(self, frame, event, arg):
        if frame.f_code.co_filename not in self.code_names:
            return None  # only the code being stepped, not the library under it
        frame.f_trace_opcodes = self.instructions
        if event == ("opcode" if self.instructions else "line"):
            self.stop(frame)
        elif event == "return" and self.stepping:
            self.write("   %s returns %s" % (frame.f_code.co_name, _describe(arg)))
        return self.trace

    def show(self, frame):
        import linecache
        line = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
        where = "" if frame.f_code.co_name == "<module>" else " in %s()" % frame.f_code.co_name
        self.write("-- line %d%s: %s" % (frame.f_lineno, where, line))
        if self.instructions:
            for instruction in dis.get_instructions(frame.f_code):
                if instruction.offset == frame.f_lasti:
                    self.write("   next instruction: %d %s %s" % (instruction.offset, instruction.opname,
                                                                  instruction.argrepr))
                    break
            stack = glasspy.value_stack(frame)
            self.write("   value stack: [%s]" % ", ".join(_describe(v, 30) for v in stack))
            del stack  # its references are the stepper's, not the program's
        variables = frame.f_locals
        # A function's f_locals is a copy: one more reference per name
        # bound to a value.
        is_copy = variables is not frame.f_globals
        at_module = frame.f_code.co_name == "<module>"
        shown = []
        for name in list(variables):
            value = variables[name]
            if name.startswith("__") or (at_module and (type(value).__name__ in ("module", "function")
                                                          or isinstance(value, type))):
                continue
            del value
            # getrefcount's argument is the one reference not the program's.
            copies = sum(1 for v in variables.values() if v is variables[name]) if is_copy else 0
            count = sys.getrefcount(variables[name]) - 1 - copies
            shown.append("%s = %s (refcount %d)" % (name, _describe(variables[name], 40), count))
        if shown:
            self.write("   " + "; ".join(shown))

    def stop(self, frame):
        if not self.stepping:
            return
        self.show(frame)
        try:
            answer = self.read("step> ").strip()
        except EOFError:
            answer = "c"
        if answer == "c":
            self.stepping = False
        elif answer == "i":
            self.instructions = True
        elif answer == "l":
            self.instructions = False
        elif answer == "q":
            raise KeyboardInterrupt


_steps = 0


def step(source, namespace, filename=None, instructions=False):
    """:step CODE -- run CODE under the stepper."""
    global _steps
    if filename is None:
        # A name of its own, with the source where the stepper reads lines.
        import linecache
        _steps += 1
        filename = "<step-%d>" % _steps
        lines = source.splitlines(True)
        linecache.cache[filename] = (len(source), None, lines, filename)
    code = compile(source, filename, "exec")
    Stepper(instructions).run(code, namespace)


# ---- :tour -----------------------------------------------------------------------------

# The tutorials' main demonstrations, each run with the trace that shows
# what the text claims: (title, what to look for, code, trace options).
_TOUR = [
    ("Reference counts",
     "Each name bound to the list is one reference; `del` removes the name, not the\n"
     "object, which is freed when the last reference goes (onto the list free list).",
     "a = [1, 2]\nb = a\ndel a\ndel b\n",
     dict(kinds="refcount,free", watch="a,b")),
    ("The float free list",
     "A float made at run time and freed goes onto the float free list; the next float\n"
     "takes that memory back, so id() repeats.",
     "f = float('1.1')\nold = id(f)\ndel f\ng = float('2.5')\nprint(id(g) == old)\n",
     dict(kinds="alloc,free", types="float")),
    ("The small-int cache",
     "Ints from -5 to 256 exist once, made at start-up; larger ones are made each time.",
     "a = int('256'); b = int('256')\nprint(a is b)\nc = int('257'); d = int('257')\nprint(c is d)\n",
     None),
    ("List growth",
     "A list grows its item array in steps (CPython's list_resize), so getsizeof jumps\n"
     "only now and then.",
     "import sys\nitems = []\nfor i in range(10):\n    items.append(i)\n    print(len(items), sys.getsizeof(items))\n",
     None),
    ("A cycle the collector frees",
     "Two objects referring to each other keep their counts above zero after `del`;\n"
     "the cycle collector finds them unreachable.",
     "import gc\nclass Node:\n    def __init__(self):\n        self.other = None\n"
     "a, b = Node(), Node()\na.other, b.other = b, a\ndel a, b\nprint('collected', gc.collect())\n",
     dict(kinds="gc")),
    ("A generator pauses",
     "Each next() resumes the generator's frame where it yielded; the frame keeps its\n"
     "variables in between.",
     "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n"
     "for value in countdown(3):\n    print(value)\n",
     dict(kinds="calls")),
]


def tour(read=input, write=print):
    """:tour -- the tutorials' demonstrations, one at a time (Enter: run it,
    s: skip it, q: stop)."""
    write("A tour of what glasspy shows: %d steps." % len(_TOUR))
    for number, (title, text, code, trace) in enumerate(_TOUR, 1):
        write("")
        write("== %d. %s" % (number, title))
        write(text)
        for line in code.rstrip("\n").split("\n"):
            write("    " + line)
        try:
            answer = read("tour> ").strip()
        except EOFError:
            return
        if answer == "q":
            return
        if answer == "s":
            continue
        namespace = {"__name__": "__tour__"}
        compiled = compile(code, "<tour-%d>" % number, "exec")
        if trace:
            glasspy.trace(**trace)
        try:
            exec(compiled, namespace)
        finally:
            glasspy.trace(None)
    write("")
    write("End of the tour: :help lists the commands used here (:trace, :watch, :step, :refs, :gc).")
