print(hash(-1), hash(-2), hash(2**61-1), hash(2**61), hash(-(2**61)), hash(10**18), hash(1.5), hash(-0.5), hash(1e300), hash(float('inf')), hash(0.1), hash((1,2)), hash(()), hash((1,(2,3))), hash(True), hash((1.5, -1)))
print(hash(5e-324), hash(-9223372036854775807 - 1), hash(2.0) == hash(2), hash(-3.0) == hash(-3), hash(123456789.125))
print(hash((True, 2.5, (0, -1))), hash("abc") == hash("ab" + "c"))
