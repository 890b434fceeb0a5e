#!/usr/bin/env python3
"""Regenerates the expected output of every program test from CPython.

usage: python3 tests/bless.py [FILE...]

For each tests/programs/**/x.py (or each FILE), runs `python3 x.py ARGS` in the program's
directory, where ARGS come from a first line `# krait: args=...` (and its standard input from
x.stdin when there is one), and writes x.stdout, and
x.stderr and x.exit when they are not empty or zero. The absolute directory of the program is
written as $DIR, as the test harness normalises krait's output the same way.
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")


def bless(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    args = first[len("# krait: args="):].split() if first.startswith("# krait: args=") else []
    directory = os.path.dirname(os.path.abspath(path))
    base = path[:-3]
    stdin = b""
    if os.path.exists(base + ".stdin"):
        with open(base + ".stdin", "rb") as f:
            stdin = f.read()
    proc = subprocess.run([sys.executable, "-B", os.path.basename(path), *args], cwd=directory, capture_output=True, input=stdin)
    norm = lambda b: b.decode("utf-8").replace(directory, "$DIR")
    with open(base + ".stdout", "w", encoding="utf-8") as f:
        f.write(norm(proc.stdout))
    for ext, content in ((".stderr", norm(proc.stderr)), (".exit", f"{proc.returncode}\n" if proc.returncode else "")):
        if content:
            with open(base + ext, "w", encoding="utf-8") as f:
                f.write(content)
        elif os.path.exists(base + ext):
            os.remove(base + ext)


def main():
    files = sys.argv[1:]
    if not files:
        for dirpath, _, names in os.walk(ROOT):
            # A directory with a main.py holds one program; its other files are its modules.
            if "main.py" in names:
                names = ["main.py"]
            files.extend(os.path.join(dirpath, n) for n in sorted(names) if n.endswith(".py"))
    for path in sorted(files):
        bless(path)
    print(f"blessed {len(files)} programs with {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
