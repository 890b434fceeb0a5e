import math
from math import sin, cos, pi, exp, log, sqrt, atan2, hypot, pow

print(math.pow(2, 10), math.pow(2.5, -2), pow(9, 0.5), math.pow(-2, 3), math.pow(0.0, 0))
for a, b in [(0, -1), (-8, 1 / 3), (10, 400)]:
    try:
        print(math.pow(a, b))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(2 ** 0.5, 10.0 ** 400 if False else 1)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# A small simulation: a projectile's path.
angle = math.radians(40)
speed = 25.0
g = 9.81
t_flight = 2 * speed * sin(angle) / g
print(f"flight {t_flight:.4f}s, range {speed ** 2 * sin(2 * angle) / g:.4f}m")
points = [(speed * cos(angle) * t, speed * sin(angle) * t - g * t * t / 2) for t in [i * t_flight / 5 for i in range(6)]]
for x, y in points:
    print(f"{x:8.3f} {y:8.3f} {math.degrees(atan2(y, x)) if x else 0.0:8.3f}")
print(sum(hypot(x2 - x1, y2 - y1) for (x1, y1), (x2, y2) in zip(points, points[1:])))
print(exp(1) == math.e, log(math.e), sqrt(2) * sqrt(2))
print([round(sin(k * pi / 6), 12) for k in range(13)])
print(math.tan(pi / 4), math.atan(1) * 4 == pi, math.acos(-1) == pi, math.asin(1) * 2 == pi)
print(math.log(1e-300), math.log10(2), math.log2(3), math.log(100, 10), math.log(2 ** 0.5, 2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01), math.isclose(math.inf, math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-300, 0.0), math.isclose(5, 5.0))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
