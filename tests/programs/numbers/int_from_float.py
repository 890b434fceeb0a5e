print(int(2.9), int(-2.9), int(1e18), int(-0.0), int(0.99999), int(123456789.987))
print(round(2.4), round(2.6), round(-2.6), round(1e15 + 0.5), round(0.49999999999999994))
print(abs(-2.5), abs(-0.0), abs(3))
