# string (constants, capwords, Template, Formatter) and textwrap (wrap,
# fill, shorten, dedent, indent, TextWrapper options).
import string, textwrap

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))

t = string.Template("$who likes $what, ${who}s pay $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="bo"), t.get_identifiers(), t.is_valid(), t.template)
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("a $ b").substitute(),
            lambda: string.Template("x\n  $").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Percent(string.Template):
    delimiter = "%"
print(Percent("%x + %{y} = 100%%").substitute(x=1, y=99))

f = string.Formatter()
print(f.format("{0} and {1}", "a", "b"), f.format("{name:>6}|{0:.2f}", 3.14159, name="pi"),
      f.format("{} {}", 1, 2), f.format("{0[1]} {x.real}", "ab", x=3), f.format("{0!r:^7}", "s"),
      f.format("{:{w}}|", "z", w=4), f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0!r:>5}b{x.y[0]}{{lit}}")), list(f.parse("")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} is {}", "abc", "fine"))

text = ("The Python interpreter is easily extended with new functions and data types "
        "implemented in C or C++. Python is also suitable as an extension language.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a well-known e-mail address", width=8), textwrap.wrap("a well-known", 8, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilistic word", width=7), textwrap.wrap("supercalifragilistic", 7, break_long_words=False))
print(textwrap.wrap(text, width=30, max_lines=2), textwrap.wrap(text, 20, max_lines=3, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11),
      textwrap.shorten(text, 40, placeholder=" (more)"))
print(textwrap.wrap("tab\there  and\nnewline", width=10), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.fill("Hi there. How are you? Fine.", 80, fix_sentence_endings=True))
code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n \t\n  b")), repr(textwrap.dedent("\ta\n\t  b")))
print(textwrap.indent("one\n\ntwo\n", "> "), end="")
print(textwrap.indent("one\n\ntwo", "+ ", lambda line: True))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=12, drop_whitespace=False)
print(w.wrap("lots   of    space here"))
