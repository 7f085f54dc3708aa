# pickle: objects of the standard library and exceptions (their reductions are
# CPython's: datetime's packed bytes, Enum by value, exceptions by args).
import pickle, collections, enum, datetime, copy

class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1

class SD:
    __slots__ = ('a', '__dict__')
    def __init__(self): self.a = 1; self.z = 2

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Perm(enum.IntFlag):
    R = 4
    W = 2

class AppError(Exception):
    def __init__(self, msg, code=None):
        super().__init__(msg)
        self.code = code

P = collections.namedtuple('P', 'x y')
tz = datetime.timezone(datetime.timedelta(hours=2), 'X')
objs = [S(), SD(), ValueError('bad', 2), KeyError('k'), StopIteration(3), OSError(2, 'No such file'),
        OSError(2, 'No such file', 'f.txt'), AppError('failed', 7), Color.RED, Perm.R | Perm.W, P(1, 2),
        collections.OrderedDict(a=1), collections.defaultdict(list, {'a': [1]}), collections.deque([1, 2], maxlen=5),
        collections.Counter('abca'), datetime.date(2020, 1, 2), datetime.timedelta(days=1, seconds=5),
        datetime.datetime(2020, 1, 2, 3, 4, 5), datetime.time(13, 4, 5, 123456), datetime.time(1, 2, tzinfo=tz),
        datetime.time(1, 2, fold=1), datetime.datetime(2020, 5, 6, 7, 8, 9, 654321, tzinfo=datetime.timezone.utc),
        datetime.datetime(2021, 1, 1, fold=1), tz]
for o in objs:
    for proto in (0, 2, 3, 4):
        try:
            d = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, type(o).__name__, 'error', type(e).__name__, e)
            continue
        b = pickle.loads(d)
        print(proto, type(o).__name__, d)
        shown = repr(b) if not isinstance(b, (S, SD)) else type(b).__name__
        print('    ', shown, getattr(b, 'a', ''), getattr(b, 'z', ''), getattr(b, 'code', ''), getattr(b, 'filename', ''),
              getattr(b, 'fold', ''), b == o if not isinstance(b, (S, SD, BaseException)) else '')
print(copy.copy(ValueError('x', 1)), copy.deepcopy(AppError('m', 3)).code, datetime.date(b'\x07\xe4\x01\x02'))
