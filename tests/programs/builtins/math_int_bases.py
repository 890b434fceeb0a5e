import math
print(bin(5), hex(255), oct(8), bin(-10), hex(-255), oct(0), bin(True), hex(2**62))
print(math.floor(2.5), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.1), math.trunc(-3.7), math.floor(7), math.fabs(-3))
print(math.gcd(12, 18), math.gcd(-4, 6), math.gcd(0, 5), math.gcd(7), math.gcd(), math.isqrt(17), math.isqrt(0), math.isqrt(9223372036854775807))
