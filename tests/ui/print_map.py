print(map(str, [1]))
