from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class State(Enum):
    """Machine states."""
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


class Planet(Enum):
    MERCURY = "hot"
    NEPTUNE = "cold"


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(Color(2), Color["BLUE"], list(Color), len(Color), [c.name for c in Color])
print(State.RUNNING.value, State.DONE, Planet.NEPTUNE.value, Planet("hot"))
state = State.IDLE
transitions = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}
while state in transitions:
    print("from", state.name, "to", transitions[state].name)
    state = transitions[state]
print(state == State.DONE, state != State.IDLE, isinstance(state, State), f"{state}")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
