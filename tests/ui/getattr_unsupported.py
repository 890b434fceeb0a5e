class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account()
op = "deposit"
getattr(acct, op)(5)
print(hasattr("text", "upper"))
