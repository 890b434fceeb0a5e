words = ["a", "bb", "ccc"]
print(", ".join(words), "-".join([]), "".join(w for w in words if len(w) > 1))
nums = [3, 1, 2]
print(" ".join(str(n * 2) for n in nums))
print("|".join(["é", "x"]))
