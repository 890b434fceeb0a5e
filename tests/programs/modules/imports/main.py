# The program's own modules: import m, from m import a as b, a module importing another,
# module globals and classes through them, __name__ of a module, a traceback into a module.
import geometry
from util import double_all, TAG
from geometry import Circle as C, scale

print("main starts", __name__)
c = geometry.Circle(2)
print(round(c.area(), 3), round(C(1).area(), 3), round(geometry.PI2, 5))
print(geometry.scale(5), scale(5, factor=3), double_all([1, 2]), TAG)
print(geometry.count, isinstance(c, geometry.Circle))
geometry.fail([1])
