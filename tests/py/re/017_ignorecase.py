# IGNORECASE with Unicode's letters as CPython compares them: by lower case,
# with i, I, dotless ı and dotted İ all one letter, and the other pairs that
# share an upper case (ſ and s, µ and μ, ς and σ, the Kelvin sign and k).
import re
cs = 'iIıİ'
for a in cs:
    print(a, [bool(re.match(a, b, re.I)) for b in cs], [bool(re.match('['+a+']', b, re.I)) for b in cs],
          [bool(re.match('[^'+a+']', b, re.I)) for b in cs], [bool(re.match('(?i:' + a + ')', b)) for b in cs],
          [bool(re.match('(?-i:' + a + ')', b, re.I)) for b in cs], [bool(re.match(a, b, re.I | re.A)) for b in cs])
print([bool(re.match('[a-z]', b, re.I)) for b in cs], [bool(re.match('[^a-z]', b, re.I)) for b in cs], [bool(re.match('[j-z]', b, re.I)) for b in cs])
print(re.findall('(?i)istanbul', 'İstanbul ıstanbul ISTANBUL'), re.findall(r'[\w]', 'ıİ', re.I))
for a, b in [("s", "ſ"), ("S", "ſ"), ("µ", "μ"), ("Μ", "µ"), ("ς", "σ"), ("Σ", "ς"), ("k", "\u212a"), ("å", "\u212b"),
             ("ß", "ẞ"), ("ǆ", "ǅ"), ("θ", "ϑ"), ("β", "ϐ")]:
    print(a, b, bool(re.match(a, b, re.I)), bool(re.match(b, a, re.I)), bool(re.match("[" + a + "]", b, re.I)))
