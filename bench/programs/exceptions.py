# Exceptions raised and caught in loops: a user exception hierarchy with
# attributes, built-in errors raised by the runtime (ValueError from int(),
# KeyError, IndexError, ZeroDivisionError, AttributeError, TypeError),
# unwinding through several frames, try/except/else/finally, re-raise,
# `raise ... from`, context managers whose __exit__ suppresses, and
# StopIteration.  Message texts go into the checksum, so they must match
# CPython's.

class AppError(Exception):
    pass

class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__("bad input %r at %d" % (text, pos))
        self.text = text
        self.pos = pos

class LimitError(AppError):
    code = 7

def parse(text):
    for i, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseError(text, i)
    return int(text)

def deep(n, limit):
    if n >= limit:
        raise LimitError(n)
    return deep(n + 1, limit) + 1

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, tp, val, tb):
        if tp is not None and issubclass(tp, self.types):
            self.caught += 1
            return True
        return False

def builtin_errors(n):
    d = {"a": 1, "b": 2}
    lst = [1, 2, 3]
    counts = [0] * 6
    no_error = 0
    msg_len = 0
    for i in range(n):
        k = i % 6
        try:
            if k == 0:
                int("x%d" % i)
            elif k == 1:
                d["k%d" % (i % 10)]
            elif k == 2:
                lst[i % 7]
            elif k == 3:
                i // (i % 3 - i % 3)
            elif k == 4:
                (i).missing_attr
            else:
                "a" + i
        except ValueError as e:
            counts[0] += 1
            msg_len += len(str(e))
        except KeyError as e:
            counts[1] += 1
            msg_len += len(str(e))
        except IndexError as e:
            counts[2] += 1
            msg_len += len(str(e))
        except ZeroDivisionError as e:
            counts[3] += 1
            msg_len += len(str(e))
        except AttributeError as e:
            counts[4] += 1
            msg_len += len(str(e))
        except TypeError as e:
            counts[5] += 1
            msg_len += len(str(e))
        else:
            no_error += 1
    return counts, no_error, msg_len

def user_errors(n):
    ok = bad = finals = elses = pos_sum = 0
    for i in range(n):
        text = str(i * 37) if i % 3 else str(i) + "z" + str(i % 10)
        try:
            v = parse(text)
        except ParseError as e:
            bad += 1
            pos_sum += e.pos + len(e.args[0])
        except AppError:
            bad += 1000
        else:
            elses += 1
            ok += v % 100
        finally:
            finals += 1
    return ok, bad, finals, elses, pos_sum

def unwinding(n):
    acc = 0
    for i in range(n):
        try:
            acc += deep(0, i % 20)
        except LimitError as e:
            acc += e.args[0] * LimitError.code
    return acc

def chaining(n):
    causes = 0
    reraised = 0
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError as e:
                if i % 2:
                    raise AppError("wrapped") from e
                raise
        except AppError as e:
            if isinstance(e.__cause__, KeyError) and e.__cause__.args == (i,):
                causes += 1
        except KeyError as e:
            if e.__context__ is None:
                reraised += 1
    return causes, reraised

def suppressing(n):
    s = Suppress(ZeroDivisionError, LookupError)
    escaped = 0
    for i in range(n):
        try:
            with s:
                if i % 3 == 0:
                    1 / 0
                elif i % 3 == 1:
                    [][i]
                else:
                    raise AppError(i)
        except AppError:
            escaped += 1
    return s.caught, escaped

def stop_iteration(n):
    total = 0
    for i in range(n):
        it = iter(range(i % 4))
        while True:
            try:
                total += next(it)
            except StopIteration:
                break
        total += next(it, 100)
    return total

print("checksum:", builtin_errors(300000), user_errors(200000), unwinding(60000),
      chaining(150000), suppressing(150000), stop_iteration(150000))
