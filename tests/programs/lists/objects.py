# krait: flags=--max-memory 48
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def centroid(points):
    sx = 0.0
    sy = 0.0
    for p in points:
        sx += p.x
        sy += p.y
    return sx / len(points), sy / len(points)


total = 0.0
for round_number in range(300):
    points = [Point(i * 0.5, round_number - i * 1.0) for i in range(1000)]
    labels = ["p" + str(i) for i in range(100)]
    cx, cy = centroid(points)
    total += cx + cy + len(labels[-1])
print(total)
keep = [Point(i * 1.0, i * 2.0) for i in range(3)]
keep.append(Point(7.0, 8.0))
print(keep[-1].y, centroid(keep))
