class Point:
    def __init__(self, x):
        self.x = x


try:
    print(Point(1).x)
except Point:
    print("not an exception class")
