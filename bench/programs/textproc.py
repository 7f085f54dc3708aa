# String building, splitting, joining and formatting: greedy word wrap and
# full justification, a formatted report table (%-formatting, str.format
# and f-strings with widths, precision, thousands separators), a Caesar
# cipher with str.maketrans/translate, run-length encoding, and assorted
# str methods.  (../shared/bench/strings.py is CSV building and parsing.)

VOCAB = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing",
         "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore",
         "et", "dolore", "magna", "aliqua", "enim", "ad", "minim", "veniam"]

def make_text(n, seed):
    words = []
    s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        w = VOCAB[s % len(VOCAB)]
        if s % 11 == 0:
            w = w.capitalize()
        if s % 13 == 0:
            w += ","
        words.append(w)
    return " ".join(words)

def wrap(text, width):
    lines = []
    line = []
    length = 0
    for word in text.split():
        if length + len(word) + len(line) > width:
            lines.append(line)
            line = []
            length = 0
        line.append(word)
        length += len(word)
    if line:
        lines.append(line)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]

def report(lines):
    rows = []
    for i, ln in enumerate(lines):
        vowels = sum(ln.count(v) for v in "aeiou")
        ratio = vowels / len(ln)
        rows.append("%-6d|%8.3f|%s" % (i, ratio, ln[:12].upper()))
        rows.append("{:>6}|{:^10}|{:<8.2%}|{:,}".format(i, ln.split()[0], ratio, i * 1234567))
        rows.append(f"{i:06d}|{len(ln):>4}|{ln[-8:]!r}|{ratio:+.4e}")
    return "\n".join(rows)

def caesar(text, k):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)

def rle(text):
    out = []
    prev = ""
    n = 0
    for ch in text:
        if ch == prev:
            n += 1
        else:
            if n:
                out.append(str(n) + prev if n > 1 else prev)
            prev = ch
            n = 1
    if n:
        out.append(str(n) + prev if n > 1 else prev)
    return "".join(out)

def misc(text):
    acc = 0
    for part in text.split(","):
        head, sep, tail = part.strip().partition(" ")
        acc += len(head) + len(tail) + (1 if sep else 0)
        t = part.title()
        acc += t.count("L") + len(t.zfill(40)) + len(part.center(50, "*"))
        if part.strip().startswith(("lorem", "Lorem", "sit")):
            acc += 3
        acc += part.rfind("e") + part.find("dolor")
        acc += len("-".join(reversed(part.split())))
    return acc

text = make_text(600000, 99)
lines = [justify(ws, 72) for ws in wrap(text, 72)]
body = "\n".join(lines)
rep = report(lines)
enc = caesar(body, 7)
dec = caesar(enc, 26 - 7)
squeezed = rle("".join(sorted(text[:150000])))
m = misc(text)
words = body.split()
caps = [w for w in words if w[:1].isupper()]
print("checksum:", len(lines), len(body), len(rep), rep.count("|"),
      enc[:30], dec == body, len(squeezed), squeezed[-40:], m, len(caps),
      sum(len(line.rstrip()) for line in rep.splitlines()))
