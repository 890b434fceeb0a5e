def outer(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return is_even(n), is_odd(n)


print(outer(10), outer(7))


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return report()

    def report():
        return f"count={count}"

    return bump() + " " + bump()


print(counter())
