# krait: args=2.5 1e-3
import sys
x = float(sys.argv[1])
y = float(sys.argv[2])
print(x * 2, y, x + y, x / y)
