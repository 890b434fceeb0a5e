# Sorting tuples whose later elements cannot be ordered: fine while the first elements
# differ (a dict's items), TypeError when two tie.
class Job:
    def __init__(self, name):
        self.name = name


jobs = [(2, Job("b")), (1, Job("a")), (3, Job("c"))]
print([j.name for _, j in sorted(jobs)])
groups = {"x": [Job("1")], "a": [Job("2"), Job("3")]}
print([k for k, _ in sorted(groups.items())])
print([j.name for _, j in sorted(jobs + [(1, Job("z"))])])
