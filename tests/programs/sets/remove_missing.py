seen = {"a", "b"}
seen.remove("a")
print(len(seen), "a" in seen)
seen.remove("a")
