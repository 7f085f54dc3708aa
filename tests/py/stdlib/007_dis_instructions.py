# The rest of the dis module: get_instructions and its Instruction records
# (argval resolved: constants, names, jump targets, comparisons), Bytecode,
# findlinestarts, code_info and show_code, stack_effect, the opcode tables
# (opname, opmap, HAVE_ARGUMENT, cmp_op, hasjrel ...), and EXTENDED_ARG in a
# function long enough for jumps past 255 instructions.
import dis
import opcode


def sample(items, limit=3):
    found = []
    for n, item in enumerate(items):
        if n >= limit:
            break
        found.append(f"{item!r}")
    return print(found, sep=", ", end="\n") or found


def straight(a, b):
    c = a.real + b[0]
    return c


for ins in dis.get_instructions(sample):
    print(ins.offset, ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.starts_line,
          ins.is_jump_target)
for ins in dis.get_instructions(straight):
    print(ins.offset, ins.opname, tuple(ins.positions))
first = next(iter(dis.get_instructions(sample)))
print(first)
print(first.positions, first.positions.lineno, first._fields)
print(first == ("RESUME", 151, 0, 0, "", 0, 10, False, first.positions), isinstance(first, tuple))
print(first._replace(offset=99).offset, dis.Instruction._make(list(first)) == first, first._asdict()["opname"])
print(dis.Positions(1, 2), dis.UNKNOWN)
print(list(dis.findlinestarts(sample.__code__)))
print([i.starts_line for i in dis.get_instructions(sample, first_line=100) if i.starts_line])

bc = dis.Bytecode(sample, first_line=1000)
print(bc.first_line, bc.codeobj is sample.__code__, len(list(bc)), repr(bc).startswith("Bytecode(<function sample"))
print(bc.dis(), end="")
print(dis.Bytecode(sample, current_offset=20).dis(), end="")
print(bc.info())

print(dis.code_info(sample))
dis.show_code("x = 1; y = (x, 'a', None)")
print(dis.code_info(lambda *a, **k: (yield)))
print(dis.pretty_flags(3), dis.pretty_flags(0), dis.pretty_flags(0x20000 | 1))

print(dis.opname[:12], len(dis.opname), dis.opname[144])
print(sorted(dis.opmap.items())[:8], len(dis.opmap), dis.opmap["LOAD_CONST"])
print(dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, dis.cmp_op)
print(dis.hasconst, dis.hasname, dis.hasjrel, dis.hasjabs)
print(dis.haslocal, dis.hascompare, dis.hasfree, dis.hasnargs)
print(opcode.opmap is dis.opmap, opcode.stack_effect is dis.stack_effect)
print([dis.stack_effect(dis.opmap[name], arg) for name, arg in
       [("LOAD_CONST", 0), ("BUILD_LIST", 3), ("CALL", 2), ("MAKE_FUNCTION", 9), ("UNPACK_EX", 0x102)]])
print(dis.stack_effect(dis.opmap["FOR_ITER"], 4, jump=True), dis.stack_effect(dis.opmap["FOR_ITER"], 4, jump=False),
      dis.stack_effect(dis.opmap["POP_TOP"]))
for args, kwargs in [((100,), {}), ((1, 0), {}), ((3,), {}), ((93, 0), {"jump": 1})]:
    try:
        dis.stack_effect(*args, **kwargs)
    except ValueError as e:
        print("ValueError:", e)

# 300 assignments: jumps across them need an EXTENDED_ARG prefix.
body = "".join(f"        v{i} = n + {i}\n" for i in range(300))
ns = {}
exec(f"def long(n):\n    while n:\n{body}        n -= 1\n    return n\n", ns)
ext = [i for i in dis.get_instructions(ns["long"]) if i.opname == "EXTENDED_ARG"]
print(len(ext), ext[0].arg, ext[0].argval)
jumps = [(i.opname, i.arg, i.argval) for i in dis.get_instructions(ns["long"]) if i.opcode in dis.hasjrel]
print(jumps)
lines = []
dis.dis(ns["long"], file=type("W", (), {"write": lambda self, x: lines.append(x)})())
text = "".join(lines).splitlines()
print(len(text))
print("\n".join(text[:8] + text[-12:]))

# Bare bytecode (co_code): no line numbers, names or constants to show.
dis.dis(sample.__code__.co_code)
dis.dis(bytearray(straight.__code__.co_code), show_caches=True)
print(dis.findlabels(sample.__code__.co_code), dis.findlabels(ns["long"].__code__.co_code))
print([i.argval for i in dis.Bytecode(sample)][:6])
