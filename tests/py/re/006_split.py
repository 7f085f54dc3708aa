# split: at every match, with groups kept between the pieces (None for a
# group that took no part), maxsplit, empty matches (3.7+).
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.split(r"", "abc"))
print(re.split(r"(a)|(b)", "1a2b3"))
print(re.split(r"\s+", "  lead and trail  "))
print(re.split(r",", "a,b", -1), re.split(r",", ""), re.split(r"x", "x"))
print(re.split(r"[，,；;\s]+", "苹果，香蕉; 橘子  葡萄,西瓜"))
print(re.compile(r"\d").split("a1b2c3", 2))
