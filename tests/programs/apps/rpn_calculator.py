def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            literal = text[i:j]
            tokens.append(float(literal) if "." in literal else int(literal))
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens


PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def to_rpn(tokens):
    out = []
    ops = []
    for tok in tokens:
        if isinstance(tok, str) and tok in PRECEDENCE:
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= PRECEDENCE[tok]:
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return out


def evaluate(rpn):
    stack = []
    for tok in rpn:
        if tok == "+":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        elif tok == "-":
            b, a = stack.pop(), stack.pop()
            stack.append(a - b)
        elif tok == "*":
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        elif tok == "/":
            b, a = stack.pop(), stack.pop()
            stack.append(a / b)
        else:
            stack.append(tok)
    return stack[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2.5 * 4 - 1", "10 / 4", "7 - 2 - 1"]:
    tokens = tokenize(expr)
    rpn = to_rpn(tokens)
    print(expr, "=", evaluate(rpn), rpn)
