def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("numbers closed")


def doubled():
    for x in numbers():
        yield x * 2


d = doubled()
print(next(d))
d.close()
print("after close")
g = (x * 10 for x in numbers())
print(next(g))
g.close()
print("end")
