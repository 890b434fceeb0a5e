import sys
def fail():
    sys.exit("fatal: bad input")
print("start")
fail()
