pair = (1, 2)
print("%d and %d" % pair)
print("{0.real}".format(3))
