calls = 0
limit = 3


def tick():
    global calls
    calls += 1
    return calls <= limit


while tick():
    print("tick", calls)
print("stopped at", calls)
