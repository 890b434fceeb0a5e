"""CPython's `random`, in the Python krait compiles: the same Mersenne Twister (MT19937), seeded
the same way, and the same algorithms on top of it, so that a seeded program draws the same
numbers as under CPython. Unseeded, it seeds itself from the host's random bytes (WASI
`random_get`), as CPython does from the operating system's. The messages are CPython's; krait
compiles the functions without traceback frames of their own.
"""

import math
from __krait__ import entropy

_N = 624
_M = 397
_state = [0] * 624
_index = 625
_gauss_next = 0.0
_has_gauss_next = False
TWOPI = 2.0 * math.pi
NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)


def _init_genrand(s):
    global _index
    _state[0] = s & 0xFFFFFFFF
    for i in range(1, _N):
        previous = _state[i - 1]
        _state[i] = (1812433253 * (previous ^ (previous >> 30)) + i) & 0xFFFFFFFF
    _index = _N


def _init_by_array(key):
    _init_genrand(19650218)
    i = 1
    j = 0
    k = max(_N, len(key))
    while k > 0:
        previous = _state[i - 1]
        mixed = (_state[i] ^ ((previous ^ (previous >> 30)) * 1664525)) + key[j] + j
        _state[i] = mixed & 0xFFFFFFFF
        i += 1
        j += 1
        if i >= _N:
            _state[0] = _state[_N - 1]
            i = 1
        if j >= len(key):
            j = 0
        k -= 1
    k = _N - 1
    while k > 0:
        previous = _state[i - 1]
        mixed = (_state[i] ^ ((previous ^ (previous >> 30)) * 1566083941)) - i
        _state[i] = mixed & 0xFFFFFFFF
        i += 1
        if i >= _N:
            _state[0] = _state[_N - 1]
            i = 1
        k -= 1
    _state[0] = 0x80000000


def _seed_words(low, high):
    """Seeds from the 64-bit unsigned number high * 2**32 + low (high may be 0)."""
    global _has_gauss_next
    if high != 0:
        _init_by_array([low, high])
    else:
        _init_by_array([low])
    _has_gauss_next = False


def seed(a=None, version=2):
    if a is None:
        bits = entropy()
        _seed_words(bits & 0xFFFFFFFF, (bits >> 32) & 0xFFFFFFFF)
    elif isinstance(a, int):
        n = abs(a)
        key = []
        while n > 0:
            key.append(n & 0xFFFFFFFF)
            n >>= 32
        if not key:
            key.append(0)
        _init_by_array(key)
        global _has_gauss_next
        _has_gauss_next = False
    elif isinstance(a, float):
        # CPython seeds with the hash, taken as an unsigned 64-bit number.
        h = hash(a)
        _seed_words(h & 0xFFFFFFFF, (h >> 32) & 0xFFFFFFFF)
    else:
        raise NotImplementedError("krait's random.seed takes None, an int or a float")


def _genrand_uint32():
    global _index
    if _index >= _N:
        if _index > _N:
            seed()
        for kk in range(_N):
            y = (_state[kk] & 0x80000000) | (_state[(kk + 1) % _N] & 0x7FFFFFFF)
            value = _state[(kk + _M) % _N] ^ (y >> 1)
            if y & 1:
                value ^= 0x9908B0DF
            _state[kk] = value
        _index = 0
    y = _state[_index]
    _index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C5680
    y ^= (y << 15) & 0xEFC60000
    y ^= y >> 18
    return y


def random():
    a = _genrand_uint32() >> 5
    b = _genrand_uint32() >> 6
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)


def getrandbits(k):
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    if k <= 32:
        return _genrand_uint32() >> (32 - k)
    if k > 63:
        raise NotImplementedError("krait's random.getrandbits of more than 63 bits (ints beyond 64 bits)")
    result = 0
    shift = 0
    while k > 0:
        word = _genrand_uint32()
        if k < 32:
            word >>= 32 - k
        result |= word << shift
        shift += 32
        k -= 32
    return result


def _randbelow(n):
    k = n.bit_length()
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return r


def randrange(start, stop=None, step=1):
    if stop is None:
        if step != 1:
            raise TypeError("Missing a non-None stop argument")
        if start > 0:
            return _randbelow(start)
        raise ValueError("empty range for randrange()")
    width = stop - start
    if step == 1:
        if width > 0:
            return start + _randbelow(width)
        raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
    if step > 0:
        n = (width + step - 1) // step
    elif step < 0:
        n = (width + step + 1) // step
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return start + step * _randbelow(n)


def randint(a, b):
    return randrange(a, b + 1)


def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


def shuffle(x):
    for i in reversed(range(1, len(x))):
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def sample(population, k):
    n = len(population)
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = []
    setsize = 21
    if k > 5:
        setsize += 4 ** math.ceil(math.log(k * 3, 4))
    if n <= setsize:
        pool = list(population)
        for i in range(k):
            j = _randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
    else:
        selected = set()
        for i in range(k):
            j = _randbelow(n)
            while j in selected:
                j = _randbelow(n)
            selected.add(j)
            result.append(population[j])
    return result


def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            size = n + 0.0
            return [population[math.floor(random() * size)] for i in range(k)]
        cumulative = []
        total = 0
        for w in weights:
            total = total + w
            cumulative.append(total)
        return _weighted(population, cumulative, k)
    if weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    return _weighted(population, list(cum_weights), k)


def _weighted(population, cum_weights, k):
    n = len(population)
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not math.isfinite(total):
        raise ValueError("Total of weights must be finite")
    hi = n - 1
    return [population[_bisect_right(cum_weights, random() * total, hi)] for i in range(k)]


def _bisect_right(a, x, hi):
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def uniform(a, b):
    return a + (b - a) * random()


def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    if mode is None:
        c = 0.5
    else:
        if high == low:
            return low
        c = (mode - low) / (high - low)
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * math.sqrt(u * c)


def gauss(mu=0.0, sigma=1.0):
    global _gauss_next, _has_gauss_next
    if _has_gauss_next:
        z = _gauss_next
        _has_gauss_next = False
    else:
        x2pi = random() * TWOPI
        g2rad = math.sqrt(-2.0 * math.log(1.0 - random()))
        z = math.cos(x2pi) * g2rad
        _gauss_next = math.sin(x2pi) * g2rad
        _has_gauss_next = True
    return mu + z * sigma


def normalvariate(mu=0.0, sigma=1.0):
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -math.log(u2):
            break
    return mu + z * sigma


def expovariate(lambd):
    return -math.log(1.0 - random()) / lambd
