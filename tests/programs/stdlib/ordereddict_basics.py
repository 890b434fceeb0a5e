from collections import OrderedDict
import collections

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, len(od), "a" in od, od["b"])
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False))
od["a"] = 5
od.move_to_end("a", last=False)
print(od, od.get("z", 0))
lru = collections.OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = key * 10
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru, [k for k in lru], list(lru.values()))
print(OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]), OrderedDict())
