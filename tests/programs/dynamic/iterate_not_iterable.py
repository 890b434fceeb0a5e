# An uncaught TypeError from iterating a dynamic value that is an int.
values = ["ab", 7]
for v in values:
    for c in v:
        print(c)
