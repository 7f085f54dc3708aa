# An uncaught KeyError two calls deep: CPython 3.11's marks under the subscript.
def lookup(table, key):
    return table[key] * 2

def report(table):
    print("looking up")
    return lookup(table, "missing")

report({})
