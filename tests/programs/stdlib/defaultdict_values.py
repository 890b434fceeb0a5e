from collections import defaultdict
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
print(len(d), d)
e = defaultdict(int)
e['a'] += 1
e['a'] += 1
print(len(e), e)
f = defaultdict(list)
x = f['k']
x.append(5)
print(f)
