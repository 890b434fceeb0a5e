# print(file=sys.stderr), sys.stdout.write and sys.stderr.write, and print's flush=.
import sys

print("start")
try:
    int("x")
except ValueError as e:
    print("error:", e, file=sys.stderr)
    n = sys.stderr.write("again\n")
    print("wrote", n, file=sys.stdout)
print("a", "b", sep="-", end="!\n", file=sys.stderr)
sys.stdout.write("plain\n")
print(*[1, 2], file=sys.stderr)
print("x", flush=True)
print("y", end="", flush=False)
print(file=sys.stderr, flush=True)
print()
print("done")
