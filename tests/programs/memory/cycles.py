# krait: flags=--max-memory 32
# Doubly linked rings, each a cycle of objects pointing at each other, made and dropped in a
# loop: about 300 MB in all, in a 32 MiB memory.
class Ring:
    def __init__(self, label):
        self.label = label
        self.prev = None
        self.next = None


def make_ring(n, tag):
    first = Ring(tag)
    last = first
    for i in range(1, n):
        node = Ring(tag + i)
        node.prev = last
        last.next = node
        last = node
    last.next = first
    first.prev = last
    return first


def walk(ring, steps):
    total = 0
    node = ring
    for _ in range(steps):
        total += node.label
        node = node.next
    return total


keep = make_ring(1000, 0)
checksum = 0
for round_number in range(2000):
    ring = make_ring(500, round_number)
    checksum += walk(ring, 700) + walk(ring.prev, 3)
print(checksum, walk(keep, 2500))
