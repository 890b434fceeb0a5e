# issubclass of the program's classes: single and multiple inheritance, tuples, object and
# built-in exceptions.


class A:
    pass


class B(A):
    pass


class C:
    pass


class D(B, C):
    pass


class AppError(ValueError):
    pass


class NotFound(AppError):
    pass


print(issubclass(B, A), issubclass(A, B), issubclass(A, A))
print(issubclass(D, A), issubclass(D, C), issubclass(C, D), issubclass(D, (C, B)))
print(issubclass(C, (A, B)), issubclass(C, object), issubclass(D, object))
print(issubclass(NotFound, AppError), issubclass(NotFound, ValueError), issubclass(NotFound, Exception))
print(issubclass(NotFound, KeyError), issubclass(AppError, LookupError), issubclass(A, Exception))
try:
    raise NotFound("missing")
except AppError as e:
    print("caught", type(e).__name__, e)
