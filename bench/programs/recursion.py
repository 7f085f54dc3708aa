# Recursive calls of many shapes: Takeuchi (deep, three arguments),
# Ackermann, N-queens backtracking, recursive permutations, Towers of Hanoi,
# mutual recursion, default/keyword arguments and a dict-memoised recursion.
# (../shared/bench/fib.py is the plain two-way recursion.)

def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def queens(n, row=0, cols=0, diag1=0, diag2=0):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        d1 = row + c
        d2 = row - c + n
        if cols >> c & 1 or diag1 >> d1 & 1 or diag2 >> d2 & 1:
            continue
        count += queens(n, row + 1, cols | 1 << c, diag1 | 1 << d1, diag2 | 1 << d2)
    return count

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves[src * 3 + dst] += 1
    hanoi(n - 1, via, dst, src, moves)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def partitions(n, k, memo):
    # number of partitions of n into parts of size <= k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    r = memo.get(key)
    if r is None:
        r = partitions(n - k, k, memo) + partitions(n, k - 1, memo)
        memo[key] = r
    return r

def tree_sum(depth, *, scale=1):
    if depth == 0:
        return scale
    return tree_sum(depth - 1, scale=scale + 1) + tree_sum(depth - 1, scale=scale * 2 % 97)

r1 = (tak(24, 16, 8), tak(22, 16, 8), tak(18, 12, 6))
r2 = sum(ack(2, 100 + k) for k in range(0, 300, 30)) + ack(3, 6)
r3 = (queens(8), queens(10), queens(11))
perms = permutations([1, 2, 3, 4, 5, 6, 7, 8])
r4 = (len(perms), sum(p[0] * p[-1] for p in perms), perms[12345])
moves = [0] * 9
hanoi(19, 0, 2, 1, moves)
r5 = moves
r6 = sum(1 for i in range(300) if is_even(i)) + sum(1 for i in range(200) if is_odd(i))
r7 = partitions(300, 300, {})
r8 = tree_sum(18)
print("checksum:", r1, r2, r3, r4, r5, r6, r7, r8)
