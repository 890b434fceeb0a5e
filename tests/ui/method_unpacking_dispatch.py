class P:
    def move(self, dx, dy):
        return dx + dy


class Q(P):
    def move(self, dx, dy):
        return dx - dy


def pick(flag):
    return P() if flag else Q()


print(pick(True).move(*[1, 2]))
print([1, 2].index(*[2]))
