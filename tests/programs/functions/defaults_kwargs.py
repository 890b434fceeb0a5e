def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, c=7), f(a=4, b=0, c=0), f(1, 2, 3))
def greet(name, greeting="hello"):
    print(greeting, name)
greet("ann")
greet("bob", greeting="hi")
greet(greeting="hey", name="cy")
counter = 5
def g(x=counter):
    return x
counter = 6
print(g(), counter)
