import math
print(math.factorial(2.5))
