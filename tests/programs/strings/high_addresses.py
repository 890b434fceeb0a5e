# Found by the differential fuzzer: the runtime read 32-bit addresses and sizes
# with a sign-extending load, so a heap grown past 2 GiB misbehaved.
text = "x" * 1_100_000_000
text = "y" * 1_100_000_000
small = "ab" * 3
text = "z" * 1_100_000_000
words = [str(i) * 3 for i in range(2_000)]
print(repr(small), small.upper(), len(text), text[-3:], words[-1])
print(repr(small + "\u00e9"), small.find("ba"), small.split("b"), len(words))
