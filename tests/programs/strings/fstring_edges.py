name = "wörld"
n = -7
print(f"{{literal}} {name!r} {name!s} {n!r} {'quoted'!r}")
print(f"{name:*>10}|{name:★^11}|{name:<2}|")
print(f"{n:>+6}|{n:<6}|{n:^6}|{n:06}|{n:=6}")
print(f"{3.14159:.2f}{'%'} {2.5!r} {1e-7} {1e22:.0f}")
print(f"{'a' + 'b'}{1 + 1}{'x' and 'y'}")
print(f"{n:x}|{-255:#x}|{255:#X}|{0:#b}|{-1:b}")
width = 8
precision = 3
print(f"{2 / 3:{width}.{precision}f}|{name:>{width}}|")
