from math import comb, factorial, sqrt, pi, floor, isqrt as integer_root
import math

print(factorial(6), comb(8, 3), sqrt(2), floor(-2.5), integer_root(50))
print(pi, math.pi == pi, round(pi * 2, 5), math.e)
print([sqrt(n) for n in range(5)])
print(sum(comb(10, k) for k in range(11)))
