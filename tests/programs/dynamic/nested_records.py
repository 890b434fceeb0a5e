people = [
    {"name": "ann", "age": 31, "langs": ["py", "rs"], "meta": {"team": "core"}},
    {"name": "bob", "age": None, "langs": [], "meta": {}},
]
print(people)
for p in people:
    meta = p["meta"]
    print(p["name"], len(p["langs"]), len(meta), meta == {}, bool(meta), "team" in meta)
    if isinstance(meta, dict):
        print(meta.get("team", "-"), sorted(meta.keys()))
        meta["seen"] = True
print(people[0]["meta"], people[1]["meta"])
mixed = [{"a": 1}, [1], "s", 2]
for m in mixed:
    try:
        print(m["a"] if isinstance(m, dict) else m[0])
    except TypeError as e:
        print("TypeError:", e)
try:
    print({people[0]["meta"]: 1})
except TypeError as e:
    print("TypeError:", e)
try:
    print(people[0]["meta"]["missing"])
except KeyError as e:
    print("KeyError:", e)
print(people[0]["meta"] == people[1]["meta"], people[0] == people[0])
