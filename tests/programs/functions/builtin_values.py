# Builtins and str methods as values: key=len/abs/int/str.lower, map and filter of function
# values, str.method(s) calls, and passing them to user functions.
words = ["Banana", "apple", "cherry", "fig", "Date"]
print(sorted(words, key=len), sorted(words, key=str.lower), max(words, key=len))
print(min([-5, 3, -1], key=abs), sorted([3, -7, 2], key=abs, reverse=True))
print(list(map(str.upper, words)), str.upper("x"), str.split("a b c"), str.replace("aXb", "X", "-"))
nums = ["10", "9", "100"]
print(sorted(nums, key=int), sorted(nums), max(nums, key=int))


def apply_all(f, xs):
    return [f(x) for x in xs]


print(apply_all(len, words), apply_all(str.lower, words), apply_all(abs, [-1, 2]))
words.sort(key=str.lower)
print(words)


def transform(f, xs):
    return list(map(f, xs)), list(filter(f, xs))


def is_long(w):
    return len(w) > 4


print(transform(is_long, words), transform(str.isupper, ["A", "b"]))
