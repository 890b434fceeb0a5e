class A:
    pass


kinds = [A, A]
print(issubclass(kinds[0], A))
print(issubclass(A, int))
