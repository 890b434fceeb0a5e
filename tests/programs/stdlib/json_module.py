import json

print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "hé\n\"x\""}))
print(json.dumps([1, [2, [3, []]], {}], indent=2))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=4))
print(json.dumps("snake 🐍"), json.dumps("snake 🐍", ensure_ascii=False))
print(json.dumps({1: "one", 2.5: "x", None: 0, True: 1}))
print(json.dumps((1, 2)), json.dumps(3), json.dumps(float("inf")), json.dumps(-0.0))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
data = json.loads('{"name": "krait", "tags": ["fast", "small"], "n": 3, "pi": 3.14, "ok": true, "none": null, "e": 1e3}')
print(data)
print(data["name"], data["tags"][1], data["n"] + 1, data["pi"] * 2, data["ok"], data["none"])
for k, v in data.items():
    print(k, type(v).__name__)
print(json.loads("[1, -2, 3.5e-2, \"\\u00e9\\ud83d\\udc0d\", [], {}]"))
print(json.loads(json.dumps(data)) == data)
for bad in ['{"a" 1}', "[1, 2", "", "nul", '{"a": 1} x', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.loads("[1,]")
except ValueError as e:
    print("ValueError:", e)


class Point:
    def __init__(self, x):
        self.x = x


try:
    json.dumps({"p": Point(1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    print(data + 1)
except TypeError as e:
    print("TypeError:", e)
records = json.loads('[{"id": 1, "score": 9.5}, {"id": 2, "score": 7}]')
print(sum(r["score"] for r in records), max(records, key=lambda r: r["score"])["id"])
print(json.dumps(records, indent="\t"))
