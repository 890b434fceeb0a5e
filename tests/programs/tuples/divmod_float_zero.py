print(divmod(7.5, 0))
