print(round(7), round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(1234, -2))
print(round(True), round(5, 2))
