# list.sort(*, key=None, reverse=False): stable, keyword-only.
l = [5, 3, 8, 1, 9, 2]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.sort(key=None)
print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0])
print(pairs)
l = [3, 1, 2]
l.sort(reverse=0)
print(l)
l.sort(reverse=-3)
print(l)
nums = [3, -1, 2, -5, 4]
nums.sort(key=lambda n: n * n)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
