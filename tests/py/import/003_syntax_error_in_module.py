# A SyntaxError in an imported module is an exception like any other: its
# report shows the importing line, then the bad line with its caret.
try:
    import bad_indent
except IndentationError as e:
    print(type(e).__name__, e.args[0])
import bad_syntax
