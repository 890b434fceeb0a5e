# krait: flags=--timeout 0.5
n = 0
while True:
    n = (n + 1) % 7
