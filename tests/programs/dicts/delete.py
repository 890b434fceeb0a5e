d = {0: "0", 1: "1", 2: "2"}
del d[1]
print(d)
d[1] = "one"
print(d, list(d))
lst = [1, 2, 3, 4]
del lst[1]
del lst[-1]
print(lst)
try_keys = ["x"]
def missing():
    e = {"a": 1}
    del e["zz"]
missing()
