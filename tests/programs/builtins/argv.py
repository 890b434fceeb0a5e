# krait: args=7 hello
import sys
print(len(sys.argv))
n = int(sys.argv[1])
print(n * 6)
print(sys.argv[2], sys.argv[-1])
