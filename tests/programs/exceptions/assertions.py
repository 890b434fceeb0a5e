# assert raises AssertionError, with or without a message; caught like any other exception.


def check_positive(x):
    assert x > 0, f"expected a positive number, got {x}"
    return x


def check_even(x):
    assert x % 2 == 0
    return x


for x in [3, -1]:
    try:
        print(check_positive(x))
    except AssertionError as e:
        print("AssertionError:", e)

for x in [4, 5]:
    try:
        print(check_even(x))
    except AssertionError as e:
        print("AssertionError with no message:", repr(str(e)))

check_positive(0)
