print(sum([]), sum([], 5), sum([x for x in []]))
