# import m as n, and from m import of a module global.
import geometry as geo
from geometry import PI2

print(geo.scale(3), round(PI2, 2), geo.Circle(1).r, geo.count)
