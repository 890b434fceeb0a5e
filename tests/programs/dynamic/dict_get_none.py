ages = {"ann": 31}
print(ages.get("bob"))
