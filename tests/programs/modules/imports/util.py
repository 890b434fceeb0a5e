from geometry import scale

TAG = "util"


def double_all(xs):
    return [scale(x) for x in xs]
