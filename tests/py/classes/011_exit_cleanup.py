# At exit, objects kept alive only by cycles are finalized (__del__ once, in
# allocation order) and freed, as CPython's final collection does.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a = Node("a"); b = Node("b")
a.other = b; b.other = a
print("end")
