def add(a):
    return a
def sub(a):
    return a
print(add == add, add == sub, add != sub)
f = add
if len("x") > 3:
    f = sub
print(f == add, f == sub)
