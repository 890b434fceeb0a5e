"""CPython's `functools`, in the Python krait compiles: `reduce`, `partial`, `cmp_to_key`, and
the `cache` and `lru_cache` decorators. The messages are CPython's; krait compiles the
functions without traceback frames of their own, as C functions have none.
"""


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        for first in it:
            value = first
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


def partial(func, *args, **keywords):
    def call(*more, **more_keywords):
        # A keyword the call gives replaces the partial's, as CPython's.
        merged = {**keywords, **more_keywords}
        return func(*args, *more, **merged)

    return call


def cmp_to_key(mycmp):
    def key(obj):
        return _Key(mycmp, obj)

    return key


class _Key:
    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0


def cache(user_function):
    memo = {}

    def wrapper(*args):
        if args in memo:
            return memo[args]
        result = user_function(*args)
        memo[args] = result
        return result

    return wrapper


def lru_cache(maxsize=128, typed=False):
    """`@lru_cache` and `@lru_cache(maxsize)`: the least recently used result is dropped first
    once maxsize are kept, so that a function is called again exactly when CPython's is."""
    if isinstance(maxsize, int):
        return _bounded(maxsize)
    if maxsize is None:
        return cache
    return cache(maxsize)


def _bounded(maxsize):
    def decorate(user_function):
        memo = {}

        def wrapper(*args):
            if args in memo:
                result = memo.pop(args)
                memo[args] = result
                return result
            result = user_function(*args)
            if maxsize > 0:
                if args not in memo and len(memo) >= maxsize:
                    del memo[next(iter(memo))]
                memo[args] = result
            return result

        return wrapper

    return decorate
