# A bank account whose operations signal errors with the program's own exception classes.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.balance = balance
        self.amount = amount

    def shortfall(self):
        return self.amount - self.balance


class FrozenAccount(BankError):
    def __init__(self, owner):
        self.owner = owner


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount <= 0:
            raise ValueError(f"amount must be positive, not {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account("ada", 100)
for amount in [30, 80, -5, 50, 20]:
    try:
        left = acct.withdraw(amount)
        print(f"withdrew {amount}, {left} left")
    except InsufficientFunds as e:
        print("declined:", e, "short by", e.shortfall())
    except ValueError as e:
        print("invalid:", e)

acct.frozen = True
try:
    acct.withdraw(1)
except BankError as e:
    print("bank error", type(e).__name__, repr(str(e)))

errors = []
for amount in [1000, 10]:
    try:
        acct.frozen = amount == 10
        acct.withdraw(amount)
    except BankError as e:
        errors.append(str(e))
print(errors)


def audit(account, amounts):
    done = 0
    for amount in amounts:
        try:
            account.withdraw(amount)
            done += 1
        except InsufficientFunds:
            break
        finally:
            print("audited", amount)
    return done


fresh = Account("alan", 50)
print(audit(fresh, [10, 20, 30, 5]))
fresh.withdraw(500)
