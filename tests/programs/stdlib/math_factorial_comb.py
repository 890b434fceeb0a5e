import math

print([math.factorial(n) for n in range(11)], math.factorial(20), math.factorial(True))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5))
print(math.comb(52, 5), math.comb(60, 30), math.comb(7, True))
print(sum(math.comb(12, k) for k in range(13)), [math.comb(6, k) for k in range(7)])
print(math.factorial(5) // (math.factorial(2) * math.factorial(3)) == math.comb(5, 2))
