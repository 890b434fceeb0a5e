# A tiny tokenizer and evaluator for + - * / and parentheses over ints.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(text[i:j])
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens


def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("+", "-"):
        op = tokens[pos]
        right, pos = parse_term(tokens, pos + 1)
        value = value + right if op == "+" else value - right
    return value, pos


def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("*", "/"):
        op = tokens[pos]
        right, pos = parse_atom(tokens, pos + 1)
        value = value * right if op == "*" else value // right
    return value, pos


def parse_atom(tokens, pos):
    if tokens[pos] == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tokens[pos] == "-":
        value, pos = parse_atom(tokens, pos + 1)
        return -value, pos
    return int(tokens[pos]), pos + 1


for source in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * (5 - 1)", "42"]:
    tokens = tokenize(source)
    print(source, "=", parse_expr(tokens, 0)[0], tokens)
