groups = {"odd": {1, 3}, "count": 2}
print(groups["odd"] | {5})
