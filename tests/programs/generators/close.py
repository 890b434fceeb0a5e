# close() finishes a generator: next() gives the default, loops over it run no more.

def numbers():
    n = 0
    while True:
        n += 1
        yield n


g = numbers()
print(next(g), next(g))
g.close()
print(next(g, -1))
for x in g:
    print("never", x)
h = numbers()
h.close()
print(list(h))
