print(sum(range(100)), sum([1, 2.5, 3]), sum([0.1] * 10), sum([1, 2, 2**62, 2**62, 5]), sum([2**61] * 8))
print(sum([1.5, 2, 2**70]), sum([[1], [2]], []), sum([], 5), sum((x for x in [1, -3])), sum([True, True]))
print(sum([1, 2], start=0.5), sum(iter([3, 4])), sum([-2**60, -2**60, -2**60]))
class N(int): pass
print(sum([N(2), 3]), type(sum([N(2)])).__name__)
try: sum([1, 'a'])
except TypeError as e: print(e)
try: sum(['a', 'b'], 'x')
except TypeError as e: print(e)
