name = input("name? ")
print("hello", name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print(total)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
