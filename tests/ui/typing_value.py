from typing import List, Optional

kinds = [List, Optional]
print(kinds)
