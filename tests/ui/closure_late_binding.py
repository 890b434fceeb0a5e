def make_fns():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs


print([f() for f in make_fns()])
