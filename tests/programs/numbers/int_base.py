print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 0), int(" -0x1f ", 16))
print(int("1010", 2), int("0b1010", 0), int("0o17", 8), int("17", 8), int("0o17", 0))
print(int("z", 36), int("Zz", 36), int("10", 36), int("1_000", 10), int("0x_ff_ff", 16))
print(int("0", 0), int("000", 0), int("0_0", 0), int("-42", 0), int("+7", 0))
print(int("0b", 16), int("123", 10), int("7fffffffffffffff", 16), int("-8000000000000000", 16))
for text, base in [("12", 2), ("0x", 16), ("010", 0), ("1__0", 10), ("_1", 10), ("", 16),
                   ("0o8", 8), ("g", 16), ("1 0", 10), ("0b1", 16)]:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base] if base else "decimal"
    print(repr(text), base, digits)
n = int("2a", 16)
print(n + 1, int(str(n), 7))
