# krait: flags=--max-memory 24
# Two million short-lived strs (about 100 MB in all) in a 24 MiB memory: the collector must
# reclaim them, while the long-lived ones stay intact.
keep = "start"
total = 0
for i in range(2000000):
    s = "item " + str(i) + "!"
    total += len(s)
    if i % 250000 == 0:
        keep = keep + "," + s
print(total)
print(keep)
