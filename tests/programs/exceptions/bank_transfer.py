# Transfers between accounts: a failed transfer leaves both balances as they were.


class TransferError(Exception):
    pass


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise TransferError(f"{self.name} cannot pay {amount}")
        self.balance -= amount

    def deposit(self, amount):
        if amount <= 0:
            raise TransferError(f"bad deposit {amount}")
        self.balance += amount


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except TransferError:
        src.deposit(amount)
        raise


a = Account("a", 100)
b = Account("b", 20)
for amount in [30, 500, 0, 70]:
    try:
        transfer(a, b, amount)
        print("moved", amount)
    except TransferError as e:
        print("failed:", e)
    print(a.balance, b.balance)
