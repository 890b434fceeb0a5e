def printer():
    while True:
        print((yield))


p = printer()
next(p)
p.send("hello")
