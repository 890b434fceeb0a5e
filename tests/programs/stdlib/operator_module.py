import operator
from operator import itemgetter, add, mul
from functools import reduce

print(list(map(operator.add, [1, 2], [3, 4])))
print(reduce(operator.mul, range(1, 6)), reduce(mul, [1.5, 2]))
print(reduce(add, ["a", "b", "c"]))
rows = [("bob", 3, 2.5), ("amy", 3, 1.0), ("cat", 1, 9.0)]
print(sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=operator.itemgetter(2)))
print(list(map(itemgetter(0), rows)))
print(operator.neg(5), operator.not_([]), operator.truth("x"), operator.contains([1, 2], 2))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.floordiv(-7, 2), operator.mod(-7, 2))
print(operator.getitem({"k": 4}, "k"), operator.pow(2, 10))
print(operator.is_(None, None), operator.xor(6, 3), operator.invert(5), operator.concat([1], [2]))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
for sym in "+-*/":
    print(sym, ops[sym](7, 2))
