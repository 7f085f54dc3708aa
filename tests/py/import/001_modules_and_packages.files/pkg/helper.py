print("helper", __name__, __package__)
def f():
    return "helper.f"
