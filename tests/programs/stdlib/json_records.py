import json
records = json.loads('[{"id": 1, "score": 9.5}, {"id": 2, "score": 7}]')
print(sorted(records, key=lambda r: r["score"]))
print(len(records), [r["id"] for r in records])
print(min(records, key=lambda r: r["id"]), sum(r["id"] for r in records))
mixed = json.loads('[3, "a", [1], {"k": 1}]')
print(list(mixed), sorted(json.loads("[3, 1, 2]")), max(json.loads("[1, 5, 2]")))
print(tuple(json.loads("[1, 2]")))
