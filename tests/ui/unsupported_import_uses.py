from json import dumps
import re
items = [1, 2]
print(dumps(items))
print(re.sub("a", "b", "abc"))
x = dumps
