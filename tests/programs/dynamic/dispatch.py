def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


OPS = {"+": add, "-": sub, "*": mul, "/": div}


def evaluate(tokens):
    stack = []
    for token in tokens:
        if token in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[token](a, b))
        else:
            stack.append(int(token))
    return stack[0]


print(evaluate("3 4 + 2 *".split()))
print(evaluate("10 4 - 3 /".split()))
for name, op in OPS.items():
    print(name, op.__name__, op(6, 3))

handlers = [str.upper, str.lower, str.title]
for h in handlers:
    print(h("hello world"))

pipeline = [len, hash]
f = len if len(OPS) > 2 else str.upper
print(f("abc"))


def square(x):
    return x * x


def negate(x):
    return -x


transforms = [square, negate, square]
value = 3
for t in transforms:
    value = t(value)
print(value, [t(2) for t in transforms])
choose = square
if value < 0:
    choose = negate
print(choose(5), choose.__name__)
