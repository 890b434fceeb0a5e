def show(flag):
    if flag:
        y = 1
    print(y)


show(True)
show(False)
