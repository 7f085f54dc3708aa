# frame.f_lineno = n from a trace function's 'line' event: the jumps CPython 3.11
# allows (forward, backward, out of loops and except blocks, which restores
# the exception handled before) and the ones it refuses, with its messages.
import sys

def tracer_for(jumps):
    def tracer(frame, event, arg):
        if event == "line" and frame.f_code.co_name == "target":
            line = frame.f_lineno - frame.f_code.co_firstlineno
            if line in jumps:
                to = jumps.pop(line)
                try:
                    frame.f_lineno = frame.f_code.co_firstlineno + to
                    print(f"jumped {line} -> {to}")
                except ValueError as e:
                    print(f"refused {line} -> {to}: {e}")
        return tracer
    return tracer

def run(func, jumps):
    sys.settrace(tracer_for(dict(jumps)))
    try:
        result = func()
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    finally:
        sys.settrace(None)
    print("result:", result)

def target():
    x = 1
    x = 2
    x = 3
    return x
run(target, {1: 3})
run(target, {3: 1})

def target():
    out = []
    for i in range(3):
        out.append(i)
    out.append("end")
    return out
run(target, {3: 5})
run(target, {5: 3})
run(target, {1: 3})

def target():
    try:
        1 / 0
    except ZeroDivisionError:
        x = "handled"
        y = sys.exc_info()[0]
    return x, sys.exc_info()
run(target, {4: 6})
run(target, {1: 4})
run(target, {5: 6})
run(target, {4: 5})
run(target, {2: 6})

def target():
    x = 0
    with open(__file__) as f:
        x = 1
        x = 2
    return x
run(target, {3: 4})
run(target, {4: 6})
run(target, {1: 100})
run(target, {1: -5})

def target():
    return [c for c in "ab"]
run(target, {1: 1})

def target():
    total = 0
    for i in range(3):
        for j in range(2):
            total += 10 * i + j
        total += 100
    return total
run(target, {4: 6})
run(target, {4: 2})
run(target, {6: 7})
run(target, {4: 4})

def target():
    try:
        x = 1
    finally:
        x = 2
    return x
run(target, {2: 4})
run(target, {4: 2})
