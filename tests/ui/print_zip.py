print(zip([1],[2]))
