# A stack machine whose errors carry the instruction that failed.


class MachineError(Exception):
    def __init__(self, pc, message):
        super().__init__(f"at {pc}: {message}")
        self.pc = pc


def run(program):
    stack = []
    for pc, op in enumerate(program):
        try:
            if op == "add":
                stack.append(stack.pop() + stack.pop())
            elif op == "div":
                b = stack.pop()
                a = stack.pop()
                stack.append(a // b)
            elif op == "dup":
                stack.append(stack[-1])
            else:
                stack.append(int(op))
        except IndexError:
            raise MachineError(pc, "stack underflow") from None
        except ZeroDivisionError as e:
            raise MachineError(pc, str(e))
        except ValueError:
            raise MachineError(pc, f"unknown instruction {op!r}")
    return stack


for program in [["2", "3", "add"], ["1", "add"], ["4", "0", "div"], ["5", "jump"], ["7", "dup", "add"]]:
    try:
        print(run(program))
    except MachineError as e:
        print("error", e.pc, "-", e)
run(["1", "0", "div"])
