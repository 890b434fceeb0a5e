# An uncaught exception raised `from None` prints only its own traceback.


def parse(text):
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"not a measurement: {text}") from None


print(parse("2.5"))
print(parse("tall"))
