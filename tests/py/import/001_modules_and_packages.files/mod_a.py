print("loading mod_a", __name__)
value = 42
def hello():
    return "hello from " + __name__
_private = 1
