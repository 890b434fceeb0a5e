import math
for x in [421657428.3, 1e9, 1e10, -1e10, 12345678901.5, 1e15, 2.0 ** 60, 1e22, 1e100, -1e200, 1.7976931348623157e308, 5e8, 3.0e17]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
