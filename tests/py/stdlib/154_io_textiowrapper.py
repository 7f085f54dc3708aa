# TextIOWrapper over any binary stream: encodings, newline modes, newlines, reconfigure, detach.
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through)
print(t.write("héllo\nwörld\n"), raw.getvalue())
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.read()), t.tell())
print(t.detach() is raw, raw.closed)

for newline in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc\nd"), encoding="ascii", newline=newline)
    print(repr(newline), [line for line in t], t.newlines)

out = io.BytesIO()
t = io.TextIOWrapper(out, encoding="latin-1", newline="\r\n", write_through=True)
t.write("x\ny\xe9\n")
print(out.getvalue())
t.reconfigure(encoding="utf-8", newline="\n", line_buffering=True)
t.write("z\xe9\n")
print(out.getvalue(), t.encoding, t.line_buffering)

t = io.TextIOWrapper(io.BytesIO("añb\nc".encode()), encoding="utf-8")
print(repr(t.read(2)), repr(t.readline()), repr(t.readline()), repr(t.readline()))
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="utf-8", errors="replace")
print(repr(t.read()))
try:
    io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(type(e).__name__)
t = io.TextIOWrapper(io.BytesIO(b"x"))
print(t.encoding.lower().replace("-", ""), t.mode if hasattr(t, "mode") else "no mode")
try:
    io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x")
except ValueError as e:
    print(e)
t.close()
print(t.closed)
