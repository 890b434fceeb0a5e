# **kwargs parameters: the keyword arguments no other parameter takes, as a dict in call order.

def f(**kw):
    for k, v in kw.items():
        print(k, v)
    return len(kw)


def tag(name, *children, sep=" ", **attrs):
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{name}{attr_text}>" + sep.join(children) + f"</{name}>"


def report(title, **scores):
    total = sum(scores.values())
    best = max(scores, key=lambda k: scores[k]) if scores else "-"
    return f"{title}: total={total} best={best} {sorted(scores)}"


print(f(a=1, b=2))
print(f())
print(tag("p", "hello", "world", id="x", cls="main"))
print(tag("b", "bold", sep="-"))
print(report("round 1", alice=3, bob=5, carol=4))
print(report("round 2"))


def outer():
    def inner(**opts):
        return opts.get("mode", "default")
    return inner(mode="fast"), inner()


print(outer())
