xs = ["b", "d"]
xs.insert(0, "a")
xs.insert(2, "c")
xs.insert(len(xs), "e")
print(xs, xs.index("c"))
xs.remove("a")
print(xs, xs.count("e"), "z" in xs)
