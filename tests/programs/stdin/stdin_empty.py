import sys

print(repr(sys.stdin.read()), sys.stdin.readlines(), [line for line in sys.stdin])
try:
    input("prompt: ")
except EOFError:
    print("no input")
