# Validating records: each check raises ValueError; errors are collected per record.


def check_name(name):
    if not name:
        raise ValueError("name is empty")
    if not name[0].isupper():
        raise ValueError(f"name {name!r} must start with a capital")


def check_age(text):
    age = int(text)
    if age < 0 or age > 150:
        raise ValueError(f"age {age} out of range")
    return age


records = [("Ada", "36"), ("bob", "20"), ("", "5"), ("Cy", "-3"), ("Di", "old")]
valid = []
for name, age_text in records:
    errors = []
    try:
        check_name(name)
    except ValueError as e:
        errors.append(str(e))
    try:
        age = check_age(age_text)
    except ValueError as e:
        errors.append(str(e))
        age = -1
    if errors:
        print(f"{name or '?'}: " + "; ".join(errors))
    else:
        valid.append((name, age))
print(valid)
