def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", text[i:j]))
            i = j
        elif c in "+-*/()":
            tokens.append(("op", c))
            i += 1
        else:
            raise ValueError(f"bad character {c!r} at {i}")
    return tokens


def parse(tokens):
    pos = 0

    def peek():
        return tokens[pos][1] if pos < len(tokens) else ""

    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op = advance()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            op = advance()[1]
            rhs = factor()
            value = value * rhs if op == "*" else value // rhs
        return value

    def factor():
        kind, text = advance()
        if text == "(":
            value = expr()
            advance()
            return value
        if text == "-":
            return -factor()
        return int(text)

    return expr()


for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * 5"]:
    print(src, "=", parse(tokenize(src)))
try:
    tokenize("1 + x")
except ValueError as e:
    print("error:", e)
