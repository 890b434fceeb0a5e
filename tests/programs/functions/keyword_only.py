def connect(host, port=80, *, timeout=5.0, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("a"), connect("b", 8080, retries=1), connect("c", timeout=0.5))


class Client:
    def __init__(self, name, *, verbose=False):
        self.name = name
        self.verbose = verbose

    def send(self, message, *, urgent=False, copies=1):
        flag = "!" if urgent else ""
        return f"{self.name}{flag}: {message}" * copies


c = Client("x", verbose=True)
print(c.verbose, c.send("hi"), c.send("yo", urgent=True, copies=2))


def outer(values, *, scale=2):
    def apply(v, *, offset=0):
        return v * scale + offset

    return [apply(v) for v in values] + [apply(v, offset=1) for v in values]


print(outer([1, 2]), outer([3], scale=10))
