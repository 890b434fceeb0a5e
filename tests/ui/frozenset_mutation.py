tags = frozenset(["a", "b"])
tags.add("c")
tags.discard("a")
