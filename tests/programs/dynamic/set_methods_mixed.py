# A method of one built-in type, on a dynamic value that may be of several: checked when it
# runs, with CPython's AttributeError for the other types.
def take(values):
    out = []
    for v in values:
        try:
            v.add(1)
            out.append("added")
        except AttributeError as e:
            out.append(str(e))
        try:
            v.append(2)
            out.append("appended")
        except AttributeError as e:
            out.append(str(e))
        try:
            out.append(v.upper())
        except AttributeError as e:
            out.append(str(e))
    return out


for line in take([set(), [], "abc", 4, None]):
    print(line)
