print(missing + 1)
