import sys
print(sys.argv[5])
