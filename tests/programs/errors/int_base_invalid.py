print(int("ff", 16))
text = "0x"
print(int(text, 16))
