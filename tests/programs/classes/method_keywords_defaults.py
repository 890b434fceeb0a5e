class Account:
    def __init__(self, owner, balance=0, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount, note="", fee=0):
        self.balance += amount - fee
        return f"{self.owner}: +{amount} ({note or 'no note'}) fee={fee} -> {self.balance}"

    def describe(self, verbose=False):
        if verbose:
            return f"{self.owner} has {self.balance} {self.currency}"
        return self.owner

    @staticmethod
    def convert(amount, rate=1.1):
        return round(amount * rate, 2)


class Savings(Account):
    def describe(self, verbose=False):
        return "savings of " + super().describe(verbose)


a = Account("ann", currency="USD")
print(a.deposit(10), a.deposit(5, "gift"), a.deposit(7, fee=1), a.deposit(note="late", amount=3))
print(a.describe(), a.describe(True), a.describe(verbose=True))
print(Account.convert(10), Account.convert(10, rate=2.0), a.convert(amount=5))
for acct in [Account("bob", 5), Savings("cy", balance=9)]:
    print(acct.describe(verbose=True))
