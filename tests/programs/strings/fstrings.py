n = 42
name = "krait"
print(f"{name} is {n} years")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>4}|{n:05}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {-1234567:,} {255:_b}")
print(f"{n:+d} {-n:+d} {n: d} {-n:=8d} {n:*^9}")
print(f"{name!r} {name:>8} {name:.2} {name:-<8}|")
print(f"{True} {None} {True:d} {False!r}")
print(f"{'nested'} {n + 1} {n * 2:04d}")
width = 6
print(f"{n:{width}}|")
print(f"{65:c}{66:c}")
