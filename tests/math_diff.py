"""Compares krait's `math` functions with CPython's on random arguments, and says which of the
two is correctly rounded wherever they differ (needs CPython and mpmath, not CI):

    python3 tests/math_diff.py [SEED ...]

It writes a program printing each function of thousands of arguments, runs it under CPython
and under `target/release/krait`, and checks each differing line against mpmath at 3000 bits.
"""

import math
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import mpmath

N = 4000
KRAIT = Path(__file__).resolve().parent.parent / "target" / "release" / "krait"
EXACT = {
    "exp": mpmath.exp,
    "log": mpmath.log,
    "log2": lambda x: mpmath.log(x, 2),
    "log10": mpmath.log10,
    "sin": mpmath.sin,
    "cos": mpmath.cos,
    "tan": mpmath.tan,
    "atan": mpmath.atan,
    "asin": mpmath.asin,
    "acos": mpmath.acos,
    "atan2": mpmath.atan2,
    "hypot": lambda x, y: mpmath.sqrt(x * x + y * y),
}


def log_uniform(rng, low, high):
    return math.copysign(10 ** rng.uniform(low, high), rng.choice([-1, 1]))


def arguments(rng):
    """Each function's arguments: tuples of one or two floats."""
    trig = [rng.uniform(-10, 10) for _ in range(N)]
    trig += [log_uniform(rng, -5, 8.6) for _ in range(N)]
    trig += [log_uniform(rng, 8, 300) for _ in range(N)]
    wide = [abs(log_uniform(rng, -300, 300)) for _ in range(N)]
    unit = [rng.uniform(-1, 1) for _ in range(N)]
    single = {
        "exp": [rng.uniform(-745, 709) for _ in range(N)] + [rng.uniform(-5, 5) for _ in range(N)],
        "log": wide + [rng.uniform(0.5, 2) for _ in range(N)],
        "log2": wide,
        "log10": wide,
        "sin": trig,
        "cos": trig,
        "tan": trig[: 2 * N],
        "atan": [log_uniform(rng, -10, 10) for _ in range(N)] + [rng.uniform(-2, 2) for _ in range(N)],
        "asin": unit,
        "acos": unit,
    }
    cases = {name: [(x,) for x in xs] for name, xs in single.items()}
    pairs = [(log_uniform(rng, -10, 10), log_uniform(rng, -10, 10)) for _ in range(N)]
    cases["atan2"] = pairs
    cases["hypot"] = pairs + [(rng.uniform(-10, 10), rng.uniform(-10, 10)) for _ in range(N)]
    return cases


def program(cases):
    lines = ["import math", ""]
    for name, args in cases.items():
        flat = " ".join(repr(x) for arg in args for x in arg)
        width = len(args[0])
        lines.append(f"values = list(map(float, {flat!r}.split()))")
        lines.append(f"for i in range(0, len(values), {width}):")
        call = ", ".join(f"values[i + {k}]" for k in range(width))
        lines.append(f"    print({name!r}, math.{name}({call}))")
    return "\n".join(lines) + "\n"


def main():
    mpmath.mp.prec = 3000
    seeds = [int(s) for s in sys.argv[1:]] or [1]
    totals = {}
    for seed in seeds:
        cases = arguments(random.Random(seed))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "math_cases.py"
            path.write_text(program(cases))
            cpython = subprocess.run([sys.executable, path], capture_output=True, text=True, check=True)
            krait = subprocess.run([KRAIT, "run", path], capture_output=True, text=True, check=True)
        theirs = iter(cpython.stdout.splitlines())
        mine = iter(krait.stdout.splitlines())
        for name, args in cases.items():
            count = totals.setdefault(name, [0, 0, 0, 0])
            for arg in args:
                a, b = next(mine).split()[1], next(theirs).split()[1]
                count[0] += 1
                if a == b:
                    continue
                rounded = float(EXACT[name](*(mpmath.mpf(x) for x in arg)))
                if float(a) == rounded:
                    count[1] += 1
                elif float(b) == rounded:
                    count[2] += 1
                    print(f"krait misrounds {name}{arg}: {a}, CPython {b}")
                else:
                    count[3] += 1
                    print(f"both misround {name}{arg}: krait {a}, CPython {b}")
    print("| function | arguments | differ | krait correctly rounded | CPython | neither |")
    print("|---|---|---|---|---|---|")
    for name, (n, krait_right, cpython_right, neither) in totals.items():
        differ = krait_right + cpython_right + neither
        print(f"| {name} | {n} | {differ} | {krait_right} | {cpython_right} | {neither} |")


if __name__ == "__main__":
    main()
