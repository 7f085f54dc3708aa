# What the prompt does with a value, seen from a program: compile(...,
# 'single') echoes expression statements through sys.displayhook, which
# prints the repr and keeps the value in builtins._ (None is not echoed).
import builtins
import sys

exec(compile("6 * 7\n", "<input>", "single"))
print("_ is", builtins._)
exec(compile("None\n", "<input>", "single"))
print("_ is still", builtins._)
exec(compile("'text'\n", "<input>", "single"))
exec(compile("for i in range(3):\n    i\n", "<input>", "single"))
exec(compile("if True:\n    x = 5\n    x * 2\n", "<input>", "single"))
exec(compile("a = 1; a + 1\n", "<input>", "single"))

seen = []
sys.displayhook = seen.append
exec(compile("[1, 2]\n", "<input>", "single"))
sys.displayhook = sys.__displayhook__
print("hook saw", seen)

sys.displayhook(None)
sys.displayhook((1, 'two'))
print(sys.displayhook is sys.__displayhook__, hasattr(sys, "__excepthook__"))

try:
    compile("a = 1\nb = 2\n", "<input>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

del sys.displayhook
try:
    exec(compile("1\n", "<input>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__

print(exit, quit, sep="\n")
print(type(exit).__name__)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
print(hasattr(sys, "ps1"))
