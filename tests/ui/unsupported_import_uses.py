from random import shuffle
import re
items = [1, 2]
shuffle(items)
print(re.sub("a", "b", "abc"))
x = shuffle
