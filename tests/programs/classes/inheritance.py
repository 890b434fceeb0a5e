class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True

    def month_end(self):
        pass


class Savings(Account):
    def __init__(self, ident, balance, rate):
        super().__init__(ident, balance)
        self.rate = rate

    def month_end(self):
        self.deposit(self.balance * self.rate // 100)


class Checking(Account):
    def __init__(self, ident, balance, fee):
        super().__init__(ident, balance)
        self.fee = fee
        self.fees_paid = 0

    def withdraw(self, amount):
        if super().withdraw(amount + self.fee):
            self.fees_paid += self.fee
            return True
        return False


accounts = [Savings(0, 100, 5), Checking(1, 50, 2)]
print(accounts[1].withdraw(10), accounts[1].balance, accounts[0].withdraw(1000))
for a in accounts:
    a.month_end()
    print(type(a).__name__, a.balance, isinstance(a, Checking), isinstance(a, Account))
print(sum(a.fees_paid for a in accounts if isinstance(a, Checking)))
