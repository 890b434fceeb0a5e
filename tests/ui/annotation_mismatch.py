def twice(n: int) -> int:
    return n * 2


print(twice("ab"))
