def combine(a, b, c, d, e, f=6, g=7, h=8):
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8


print(combine(1, 2, 3, 4, 5))
print(combine(1, 2, 3, 4, 5, h=0, f=0))
print(combine(e=1, d=1, c=1, b=1, a=1, g=0))
