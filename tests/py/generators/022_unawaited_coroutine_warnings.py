# "coroutine ... was never awaited" goes through the warnings module: its
# filters apply (ignore, record, once per line by default), and the default
# report has CPython's tracemalloc hint.
import warnings


async def job():
    return 1


def make_and_drop():
    c = job()
    del c


make_and_drop()
make_and_drop()  # the same line: shown once
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()
    make_and_drop()
for w in caught:
    print(w.category.__name__, w.message, w.lineno, type(w.source).__name__)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    job()
print("ignored")


class Keeper:
    kept = []


def keep(message, category, filename, lineno, file=None, line=None):
    Keeper.kept.append((category.__name__, str(message), lineno))


warnings.showwarning = keep
job()
print(Keeper.kept)
