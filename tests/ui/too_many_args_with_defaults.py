def area(w, h, scale=1):
    return w * h * scale


print(area(1, 2, 3, 4))
