# An abstract method raising NotImplementedError, overrides, self.__class__.__name__,
# first-seen order with a set, count in a dict comprehension, an acronym.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses implement area")

    def describe(self):
        return f"{self.__class__.__name__} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2.0, 3.0), Circle(1.0), Rect(1.5, 2.0)]
for s in shapes:
    print(s.describe())
print(sorted(round(s.area(), 1) for s in shapes))
words = "It was the best of times it was the worst of times".lower().split()
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
print({w: words.count(w) for w in unique if words.count(w) > 1})
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed(acronym)), acronym.isupper())
