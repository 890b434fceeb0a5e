# Accounts with a subclass, class attributes, a guarded raise that does not fire, history
# tuples unpacked in a nested comprehension.
class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            print("insufficient funds for", self.owner)
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True

    def __str__(self):
        return f"{self.owner}: {self.balance}"


class Savings(Account):
    def add_interest(self):
        self.deposit(round(self.balance * self.interest))


accounts = [Account("ann", 100), Savings("bob", 1000)]
accounts[0].deposit(50)
accounts[0].withdraw(500)
accounts[1].add_interest()
for acc in accounts:
    print(acc, len(acc.history))
total = sum(a.balance for a in accounts)
print(f"total={total}")
richest = max(accounts, key=lambda a: a.balance)
print(richest.owner, type(richest).__name__, isinstance(richest, Account))
kinds = [kind for acc in accounts for kind, _ in acc.history]
print(kinds)
