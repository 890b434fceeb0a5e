parts = ["a", "", "b c", "d"]
joined = ",".join(parts)
print(joined, joined.split(","), joined.split(",") == parts)
print("-".join("abc"), " ".join(map(str, range(5))), "".join(reversed("stressed")))
print("a,b,,c,".split(","), "a b  c ".split(" "), "x".join(["1"]))
