for n in [0, 1, 2, 3, 255, 256, -1, -256, 2**62, -9223372036854775807 - 1, 9007199254740993]:
    print(n, n.bit_length(), n.bit_count())
print(True.bit_length())
