# Class attributes as shared counters and registries.
class Ticket:
    issued = 0
    prefix = "T"
    log = []

    def __init__(self, owner):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner
        Ticket.log.append(owner)

    def label(self):
        return f"{self.prefix}{self.number:03d}-{self.owner}"

    @staticmethod
    def reset():
        Ticket.issued = 0


class VipTicket(Ticket):
    prefix = "VIP"


tickets = [Ticket("ann"), VipTicket("bob"), Ticket("cy")]
print([t.label() for t in tickets], Ticket.issued, Ticket.log)
Ticket.reset()
print(Ticket.issued, VipTicket("dee").label(), VipTicket.prefix, Ticket.prefix)
