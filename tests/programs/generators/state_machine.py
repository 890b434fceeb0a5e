# A generator with yields in branches and nested loops resumes exactly where it stopped.


def tokens(text):
    word = ""
    for ch in text:
        if ch.isalpha():
            word += ch
        else:
            if word:
                yield "WORD " + word
                word = ""
            if ch == " ":
                continue
            if ch.isdigit():
                yield "DIGIT " + ch
            else:
                yield "PUNCT " + ch
    if word:
        yield "WORD " + word


for token in tokens("ab, 12 cd!ef"):
    print(token)


def traffic_light(cycles):
    n = 0
    while n < cycles:
        for colour in ["green", "yellow", "red"]:
            if colour == "yellow" and n % 2 == 1:
                continue
            yield f"{n}:{colour}"
        n += 1
    yield "off"


print(list(traffic_light(3)))


def triangle(rows):
    i = 0
    while True:
        i += 1
        if i > rows:
            return
        j = 0
        while j < i:
            j += 1
            yield (i, j)


print(list(triangle(3)))
