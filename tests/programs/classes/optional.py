class Link:
    def __init__(self, value, next_link):
        self.value = value
        self.next = next_link


def build(n):
    head = None
    for i in range(n):
        head = Link(i * i, head)
    return head


def total(link):
    s = 0
    while link is not None:
        s += link.value
        link = link.next
    return s


def reverse(link):
    previous = None
    while link:
        following = link.next
        link.next = previous
        previous = link
        link = following
    return previous


def first(link):
    return link.value if link is not None else -1


chain = build(10)
print(total(chain), first(chain))
chain = reverse(chain)
print(total(chain), first(chain))
print(first(None), first(build(0)), total(build(0)))
empty = build(0)
print(empty is None, chain is not None)
