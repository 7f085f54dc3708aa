import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
old = sys.stdout
sys.stdout = W()
print("hi", 3)
w = sys.stdout
sys.stdout = old
print(w.parts)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
sys.stdout = None
print("nothing")
sys.stdout = sys.__stdout__
print("back")
