import typing
from typing import NamedTuple, List


class Employee(NamedTuple):
    """A person on the payroll."""
    name: str
    dept: str
    salary: float = 1000.0
    active: bool = True


class Pt(typing.NamedTuple):
    x: int
    y: int = -1


staff: List[Employee] = [Employee("ann", "eng", 3000.5), Employee("bob", "ops"), Employee("cy", "eng", 2500.0, False)]
for name, dept, salary, active in staff:
    print(f"{name:<4}{dept:<4}{salary:>8.1f} {active}")
print(staff[1], Pt(3), Pt(1, 2) < Pt(1, 3), Pt._fields)
print(sum(e.salary for e in staff if e.active), max(staff, key=lambda e: e.salary).name)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, Employee._fields, staff[0]._asdict())
