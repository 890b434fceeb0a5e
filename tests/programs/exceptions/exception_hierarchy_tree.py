# A three-level hierarchy of the program's exceptions, caught at each level.


class ShopError(Exception):
    pass


class PaymentError(ShopError):
    pass


class CardDeclined(PaymentError):
    def __init__(self, last_digits):
        super().__init__(f"card ending {last_digits} declined")


class OutOfStock(ShopError):
    pass


def checkout(case):
    if case == "card":
        raise CardDeclined("4242")
    if case == "payment":
        raise PaymentError("gateway down")
    if case == "stock":
        raise OutOfStock("no widgets")
    return "paid"


for case in ["ok", "card", "payment", "stock"]:
    try:
        print(checkout(case))
    except PaymentError as e:
        print("payment problem:", type(e).__name__, e)
    except ShopError as e:
        print("shop problem:", type(e).__name__, e)
