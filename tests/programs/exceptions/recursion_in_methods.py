# RecursionError from methods recursing without end, caught, and the object still usable.


class Node:
    def __init__(self, value):
        self.value = value
        self.links = []

    def length(self):
        return 1 + self.links[0].length()

    def safe_length(self):
        try:
            return self.length()
        except RecursionError:
            return -1


ring = Node(1)
ring.links.append(ring)
print(ring.safe_length())
print(ring.value)


def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)


print(count_down(500))
try:
    count_down(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(count_down(900))
