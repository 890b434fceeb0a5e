names = {"ann": "Ann Lee", "bob": "Bob Stone"}
for key in ["ann", "cid", "bob"]:
    full = names.get(key)
    if full:
        print(full.upper(), len(full), full[0], full.split()[-1])
    else:
        print(key, "missing", full)

scores = {"ann": 3, "bob": 1}
items = [10, 20, 30, 40]
for key in ["ann", "bob"]:
    i = scores.get(key)
    print(items[i], "abcd"[i])


def first_word(text):
    if not text:
        return None
    return text.split()[0]


for line in ["hello world", "", "one"]:
    w = first_word(line)
    if w is not None:
        for ch in w:
            print(ch, end=".")
        print()

try:
    missing = names.get("zed")
    print(missing.upper())
except AttributeError as e:
    print("AttributeError:", e)
try:
    missing = names.get("zed")
    print(len(missing))
except TypeError as e:
    print("TypeError:", e)
try:
    missing = names.get("zed")
    print(missing[0])
except TypeError as e:
    print("TypeError:", e)
try:
    missing = names.get("zed")
    for c in missing:
        print(c)
except TypeError as e:
    print("TypeError:", e)
try:
    idx = scores.get("zed")
    print(items[idx])
except TypeError as e:
    print("TypeError:", e)
value = names.get("nobody")
print(value.title())
