config = {
    "name": "svc",
    "port": 8080,
    "limits": {"cpu": 2, "mem": 512.5},
    "tags": ["a", "b"],
    "owner": None,
}
print(config)
print(config["limits"], config["limits"]["cpu"], len(config["limits"]))
limits = config["limits"]
if isinstance(limits, dict):
    for key in limits:
        print(key, limits[key])
    print(limits.get("cpu"), limits.get("disk"), "mem" in limits, "disk" in limits)
    for k, v in limits.items():
        print(k, v, type(v).__name__)
    limits["disk"] = 100
    print(config["limits"], sorted(limits), sorted(limits.values()))
print(isinstance(config["limits"], dict), isinstance(config["tags"], dict), config["limits"] == {"cpu": 2, "mem": 512.5, "disk": 100})
records = [{"id": 1, "score": 3.5}, {"id": 2, "score": None}, "separator"]
for r in records:
    if isinstance(r, dict):
        print(r["id"], r["score"] if r["score"] is not None else "-")
    else:
        print("--", r.upper())
try:
    print(config["limits"]["gpu"])
except KeyError as e:
    print("KeyError:", e)
