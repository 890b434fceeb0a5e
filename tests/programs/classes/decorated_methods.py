# Methods with decorators written in Python: the method is what the decorators make of the function,
# bound to the instance; overriding and super() through them.

def log(fn):
    def wrapper(*args, **kwargs):
        print("->", fn.__name__, len(args), sorted(kwargs))
        return fn(*args, **kwargs)
    return wrapper


def twice(fn):
    def wrapper(self, x):
        return fn(self, fn(self, x))
    return wrapper


class Account:
    def __init__(self, balance):
        self.balance = balance

    @log
    def deposit(self, amount, note=""):
        self.balance += amount
        return self.balance

    @twice
    def grow(self, x):
        return x * 2 + self.balance

    @log
    @twice
    def both(self, x):
        return x + 1


a = Account(10)
print(a.deposit(5))
print(a.deposit(amount=7, note="gift"))
print(a.grow(1))
print(a.both(3))


class Savings(Account):
    @log
    def deposit(self, amount, note=""):
        return super().deposit(amount * 2, note)


accounts = [Account(1), Savings(2)]
for acc in accounts:
    print(acc.deposit(10))
