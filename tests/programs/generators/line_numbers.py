# Numbering lines lazily and filtering them, with enumerate's start.

text = "alpha\n\nbeta\n# comment\ngamma"


def nonblank(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line


for number, line in enumerate(nonblank(text.split("\n")), 1):
    print(f"{number:3}: {line}")
print(max(nonblank(text.split("\n")), key=len))
