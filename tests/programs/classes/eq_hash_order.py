class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return self.cents

    def __repr__(self):
        return f"Money({self.cents})"


a, b, c = Money(5), Money(3), Money(5)
print(a == c, a != c, a == b, a != b, a < b, b < a, a > b, b > a)
wallet = [Money(7), Money(1), Money(4), Money(1)]
print(sorted(wallet), min(wallet), max(wallet), Money(4) in wallet, wallet.index(Money(4)), wallet.count(Money(1)))
wallet.sort(reverse=True)
print(wallet)
seen = {Money(1): "one", Money(2): "two"}
print(seen[Money(2)], Money(1) in seen, Money(9) in seen)
s = {Money(1), Money(1), Money(3)}
print(len(s), Money(3) in s)
