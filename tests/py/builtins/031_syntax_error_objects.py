# SyntaxError objects: __init__ spreads (filename, lineno, offset, text,
# end_lineno, end_offset) over attributes; str() adds the file and line.
for a in [(), ('m',), ('m',('f',1)), ('m',('f',1,2,'t')), ('m',('f',1,2,'t',3)), ('m',('f',1,2,'t',3,4,5)), ('m',5), ('m','abcd'), (1,2,3)]:
  try:
    e=SyntaxError(*a); print(repr(e), str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
  except Exception as x: print(type(x).__name__, x)
e=SyntaxError('m',('/a/b/c.py',3,1,'x',None,None)); print(str(e))
e=SyntaxError('m',('/a/b/c.py',None,1,'x')); print(str(e))
e=SyntaxError('m',(None,True,1,'x')); print(str(e))
e=IndentationError('m',(None,7,1,'x')); print(str(e), e.lineno)
e=SyntaxError(); e.msg='hi'; e.lineno=3; print(str(e))
try:
    compile("x = = 1", "dir/f.py", "exec")
except SyntaxError as e:
    print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile("if 1:\n  x\n    y", "f.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e, e.args)
try:
    compile("x = (1 +\n", "<m>", "exec")
except SyntaxError as e:
    print(repr(e.text), e.offset, e.end_offset, e)
try:
    compile("s = 'abc\n", "<m>", "exec")
except SyntaxError as e:
    print(repr(e.text), e.offset, e.end_offset, e)
try:
    compile("def f():\n    return 1\nreturn 2\n", "<nofile>", "exec")
except SyntaxError as e:
    print(repr(e.text), e.lineno, e.offset, e.end_offset, e)
e = SyntaxError('raised by hand', ('h.py', 4, 2, 'a b c\n', 4, 4))
raise e
