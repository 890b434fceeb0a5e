from textwrap import dedent
import re
items = [1, 2]
print(dedent(str(items)))
print(re.sub("a", "b", "abc"))
x = dedent
