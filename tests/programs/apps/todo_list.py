# A to-do list of dataclass tasks: mutation through a loop variable, sorted generator with
# a tuple key, __len__.
from dataclasses import dataclass


@dataclass
class Task:
    name: str
    priority: int
    done: bool = False


class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, name, priority=1):
        task = Task(name, priority)
        self.tasks.append(task)
        return task

    def complete(self, name):
        for t in self.tasks:
            if t.name == name:
                t.done = True
                return True
        return False

    def pending(self):
        return sorted((t for t in self.tasks if not t.done), key=lambda t: (-t.priority, t.name))

    def __len__(self):
        return len(self.tasks)


todo = TodoList()
todo.add("write", 2)
todo.add("read")
todo.add("code", 3)
todo.complete("read")
print(len(todo), todo.complete("nap"))
for t in todo.pending():
    print(t)
print([t.name for t in todo.tasks if t.done])
