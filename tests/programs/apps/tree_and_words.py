# A tree with optional children, a memoising default dict, nested comprehensions, word
# counts sorted by a tuple key, and a bracket matcher.
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []

    def add(self, child):
        self.children.append(child)
        return child

    def depth(self):
        if not self.children:
            return 1
        return 1 + max(c.depth() for c in self.children)

    def walk(self):
        out = [self.value]
        for c in self.children:
            out.extend(c.walk())
        return out


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
print(root.depth(), root.walk())


def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    if n < 2:
        result = n
    else:
        result = memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = result
    return result


print(memo_fib(80))
matrix = [[i * j for j in range(4)] for i in range(3)]
transposed = [[row[j] for row in matrix] for j in range(4)]
print(transposed)
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(" ".join(w.capitalize() for w in text.split()[:4]))
stack = []
for ch in "(()[]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        stack.pop()
print("balanced" if not stack else "unbalanced")
