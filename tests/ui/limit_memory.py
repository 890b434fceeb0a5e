# krait: flags=--max-memory 16
s = "x"
while True:
    s = s + s
