big = "ab" * 550000
print(big)
print(len(big))
