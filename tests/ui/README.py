# UI tests: programs krait must reject, or whose krait-specific errors are checked.
# Each x.py is run with `krait run x.py`; x.stderr must match byte for byte (with $DIR for the
# program's directory), x.exit gives the exit code and x.stdout, if present, the output.
# Unlike tests/programs, these expectations are krait's own, not CPython's.
print("this file documents the format")
