# dict() of pairs: zip, enumerate, lists and generators of tuples, keywords; later pairs win.
keys = ["a", "b", "c"]
vals = [1, 2, 3]
d = dict(zip(keys, vals))
print(d, dict(enumerate("xy")), dict(a=1, b=2), dict([("k", 1.5)]), dict((k, len(k)) for k in ["aa", "b"]))
e = dict(zip(keys, [[1], [], [2, 3]]))
print(e, dict(), dict(zip("ab", "cd")))
print(dict([(1, 2), (1, 3)]))
