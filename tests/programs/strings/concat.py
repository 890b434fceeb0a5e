s = "abc" + "def"
print(s, len(s))
t = s * 2
print(t, len(t), "-" * 10, 3 * "xy", "q" * 0 + "|")
u = "héllo wörld ✓"
print(u, len(u))
print("a" < "b", "abc" < "abd", "b" > "abc", "x" == "x", "x" != "y", "" < "a")
print(min("pear", "apple"), max("pear", "apple", "zoo"))
