# Which lookups str.translate makes, seen through a table that logs them.
# An ASCII string goes through a fast path that asks once per distinct
# character; the first character whose entry is not one ASCII character or
# None sends the rest of the string (that character included, so it is asked
# again) to the general loop, which asks for every character, and after a
# deleted one also looks ahead through the run of deletions that follows.
class Log:
    def __init__(self, mapping):
        self.mapping = mapping
        self.asked = []

    def __getitem__(self, key):
        self.asked.append(chr(key))
        if key in self.mapping:
            return self.mapping[key]
        raise IndexError(key)

def run(s, mapping):
    table = Log(mapping)
    r = s.translate(table)
    print(repr(s), "->", repr(r), "".join(table.asked))

run("abcabc", {})
run("aaaa", {97: "b"})
run("abab", {97: None})
run("abcab", {98: "€"})
run("abcab", {98: "xy"})
run("abcab", {98: ""})
run("abcab", {98: 200})
run("xaabbay", {97: None, 98: None})
run("éaab", {97: None})
run("éabcb", {97: None, 98: None})
run("héllo", {108: "L"})
run("aé", {})

class Key(dict):
    def __missing__(self, key):
        print("missing", key)
        raise KeyError(key)

print("ab".translate(Key({97: 65})))
