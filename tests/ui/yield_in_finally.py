def lines(items):
    for item in items:
        try:
            print("reading", item)
        finally:
            yield item.strip()


print(list(lines([" a ", "b "])))
