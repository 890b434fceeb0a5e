# Functions that may be None: callbacks not set yet, handler tables with gaps, key=None
# parameters.
class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = None

    def click(self):
        if self.on_click:
            return self.on_click(self.label)
        return self.label + ": nothing to do"


def shout(text):
    return text.upper() + "!"


def whisper(text):
    return text.lower() + "..."


ok = Button("OK")
print(ok.click())
ok.on_click = shout
print(ok.click())
ok.on_click = whisper
print(ok.click(), ok.on_click is None, ok.on_click is not None)
ok.on_click = None
print(ok.click(), ok.on_click == None)

handlers = {"shout": shout, "whisper": whisper, "ignore": None}
for name in ["shout", "ignore", "whisper"]:
    handler = handlers[name]
    if handler is None:
        print(name, "-> ignored")
    else:
        print(name, "->", handler("Hello"))


def top(values, key=None):
    if key is None:
        key = lambda v: v
    return max(values, key=key)


print(top([3, -7, 2]), top([3, -7, 2], key=abs), top([3, -7, 2], key=lambda v: -v))


def ordered(values, key=None, reverse=False):
    return sorted(values, key=key or (lambda v: v), reverse=reverse)


print(ordered(["pear", "fig", "apple"]), ordered(["pear", "fig", "apple"], len, True))

steps = [shout, None, whisper]
for step in steps:
    print(step("Step") if step else "skipped")

try:
    handlers["ignore"]("x")
except TypeError as e:
    print("TypeError:", e)
