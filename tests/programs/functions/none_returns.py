def nothing():
    pass
def early(n):
    if n > 0:
        return
    print("non-positive")
print(nothing())
print(early(1))
early(-1)
x = nothing()
print(x, x is None)
