def lines(items):
    for item in items:
        try:
            yield item.strip()
        finally:
            print("done with", item)


print(list(lines([" a ", "b "])))
