class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(-amount)
        return self.balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)

    @property
    def summary(self):
        return f"{self.owner}: {self.balance} ({len(self.history)} ops)"

    def __lt__(self, other):
        return self.balance < other.balance


accounts = [Account("ann", 100), Account("bob"), Account("cy", 50)]
accounts[1].deposit(70)
for acct, amount in zip(accounts, [30, 200, 50]):
    try:
        acct.withdraw(amount)
    except InsufficientFunds as e:
        print("failed:", e, e.needed - e.available, e.args)
    else:
        print("ok:", acct.summary)
    finally:
        print("checked", acct.owner)
try:
    accounts[0].deposit(-5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print([a.owner for a in sorted(accounts)], max(accounts).owner)
print(Account.interest, accounts[0].interest)


def transfers(log):
    for entry in log:
        try:
            src, dst, amt = entry.split("->")
            yield src.strip(), dst.strip(), int(amt)
        except ValueError:
            print("skipping", repr(entry))


for t in transfers(["a->b->5", "bad", "c->d->x", "e->f->7"]):
    print(t)
