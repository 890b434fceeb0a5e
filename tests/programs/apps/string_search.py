# Searching inside strs: find/rfind/index/count with ranges, in, startswith/endswith, split.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.count("the"), s.count("at"))
print(s.index("sat"), s.rindex("at"), s.find("at", 5, 10), s.count("a", 10), s.startswith("cat", 4))
print(s.endswith("hat"), s.endswith(("cat", "hat")), "mat" in s, "dog" not in s)
print(s.split(" ", 3), s.rsplit(" ", 2), s.partition(" on "), s.rpartition("the"))
print(s.replace("the", "a", 2), s.title(), s.upper().count("T"), len(s.split()))
positions = []
start = 0
while True:
    i = s.find("at", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
