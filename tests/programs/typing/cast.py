from typing import cast, List, NamedTuple

x = cast(int, "5")
print(x, cast(List[int], [1]))
