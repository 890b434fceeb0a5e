import sys
if len(sys.argv) > 5:
    def f():
        return 1
else:
    def f():
        return 2
print(f())
