import sys

first = sys.stdin.readline()
print("first:", repr(first))
count = 0
words = 0
for line in sys.stdin:
    count += 1
    words += len(line.split())
    if count == 2:
        break
print(count, words)
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
