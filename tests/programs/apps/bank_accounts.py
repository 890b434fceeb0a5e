# Accounts with inheritance, class attributes, special methods and errors as values.
class Account:
    rate = 0.0
    opened = 0

    def __init__(self, owner, balance=0.0):
        Account.opened += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            self.history.append(("refused", amount))
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True

    def month_end(self):
        interest = self.balance * self.rate
        self.balance += interest
        return interest

    def __lt__(self, other):
        return self.balance < other.balance

    def __str__(self):
        return f"{type(self).__name__}({self.owner}: {self.balance:.2f})"


class Savings(Account):
    rate = 0.02


class Checking(Account):
    fee = 1.5

    def month_end(self):
        self.balance -= self.fee
        return -self.fee


accounts = [Savings("ann", 100.0), Checking("bob", 50.0), Savings("cy"), Checking("dee", 500.0)]
accounts[2].deposit(30.0)
print(accounts[1].withdraw(80.0), accounts[1].withdraw(20.0), accounts[3].withdraw(499.5))
for month in range(3):
    changes = [round(a.month_end(), 4) for a in accounts]
    print(month, changes)
for a in sorted(accounts):
    print(a, a.history)
print(Account.opened, max(accounts), min(accounts, key=lambda a: len(a.history)))
