import math

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 10.0, 100.0, 1e-10, 0.1, 0.7, 1.5, 3.14159, 6.283185307179586, 1e-300, 12345.678, -2.5, 0.25]
for v in vals:
    print(v, math.exp(v) if v < 700 else 0, math.sin(v), math.cos(v), math.tan(v), math.atan(v))
    if v > 0:
        print(" log", math.log(v), math.log2(v), math.log10(v), math.log(v, 3))
    if -1 <= v <= 1:
        print(" arc", math.asin(v), math.acos(v))
    print(" 2", math.atan2(v, 1.5), math.atan2(-1.5, v), math.hypot(v, 2.5), math.degrees(v), math.radians(v))
print(math.log(8, 2), math.log(1000, 10), math.log2(1024), math.log10(0.001))
print(math.copysign(3, -0.0), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0), math.atan2(math.inf, -math.inf), math.hypot(3, 4), math.hypot(1e308, 1e308))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.sqrt(-1), lambda: math.asin(2), lambda: math.sin(math.inf), lambda: math.fmod(1, 0), lambda: math.log(5, 1)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(math.exp(-1000), math.exp(709.78), math.exp(-745.1))
import math
for x in [-744.44, -745.0, -745.1, -745.13, -745.1332191019411, -745.14, -746.0, -708.4, -709.1, -720.5, -740.0]:
    print(x, math.exp(x), 2.0 ** (x / 0.6931471805599453))
