# KeyError's text is the repr of the missing key, whatever its type.

by_int = {1: "one"}
by_tuple = {(0, 0): "origin"}
by_str = {"k": 1}
for attempt in range(3):
    try:
        if attempt == 0:
            print(by_int[2])
        elif attempt == 1:
            print(by_tuple[(1, 2)])
        else:
            print(by_str["it's"])
    except KeyError as e:
        print("KeyError", e, repr(str(e)))
try:
    by_str.pop("absent")
except KeyError as e:
    print("pop:", e)
print(by_int.pop(3, "default"))
