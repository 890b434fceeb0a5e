print(pow(2, 10, 0))
