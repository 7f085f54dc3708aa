# Unicode: \d \w \s for str patterns by Unicode's rules, ASCII with re.A;
# case-insensitive matching beyond ASCII; strings of 1, 2 and 4 bytes per
# character (indices are characters); Chinese text.
import re

print(re.findall(r"\d+", "12 ١٢٣ ４５ ½ ²"), re.findall(r"\d+", "12 ١٢٣ ４５", re.A))
print(re.findall(r"\w+", "hello 世界 café Ωμέγα _x ½"), re.findall(r"\w+", "hello 世界 café", re.A))
print(re.findall(r"\s", " \t\n\r\f\v\x1c\x85\xa0\u2028\u3000x"), len(re.findall(r"\s", "\x1c\x1d\x1e\x1f", re.A)))
print(re.findall(r"[\u4e00-\u9fa5]+", "Python是一门语言, re模块很好用"))
print(re.sub(r"[^\u4e00-\u9fa5]", "", "你好, world! 世界。"))
print(re.findall(r"[一-龥]{2,}", "我爱北京天安门 ok 中"))
print(re.search(r"北京", "我爱北京天安门").span(), re.search(r"天安门", "abc天安门").start())
s = "😀 smile 😀 again 😀"
print(re.findall(r"😀", s), [m.span() for m in re.finditer(r"\w+", s)], re.split(r"\s*😀\s*", s))
print(re.sub(r"(\w+)", r"[\1]", "a😀b€c"), re.search("€", "x€").span(), re.search("😀", "€😀").span())
print(re.findall(r".", "a€😀"), re.findall(r"[^a]", "a€😀"), re.findall(r"[€-😀]", "a€😀"))
print(re.match(r"ÀÉÎ", "àéî", re.I), re.findall(r"(?i)straße", "STRASSE Straße"), re.findall(r"(?i)σ", "Σσς"))
print(re.findall(r"\W+", "a, 世界!b"), re.findall(r"\D+", "a1١b"), re.findall(r"\S+", "a b\u3000c"))
print(re.findall(r"\b\w+\b", "中文 English 混合 mixed"))
print(ascii(re.findall("\ud800", "a\ud800b")), ascii(re.sub("b", "x", "\udcffb")))
print(re.fullmatch(r"[\w\s]+", "多 行\n文本"), re.findall(r"\N{CJK UNIFIED IDEOGRAPH-4E2D}", "中文"))
