# Empty containers at every operation that accepts them.
e = []
print(e, len(e), e[:], e[::-1], sorted(e), list(reversed(e)), e + e, e * 3, e == [], e < [1])
print(sum(e), any(e), all(e), [x for x in e], list(zip(e, e)), {}, len(set()), "".join([]))
d = {}
print(len(d), list(d.items()), d.get(1, "missing"), 1 in d, sorted(d))
s = ""
print(repr(s), s.split(), s.split(","), s.strip(), s.upper(), s[::-1], len(s), s.find("a"), s.count(""))
