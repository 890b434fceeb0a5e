//! Inference on small programs, checked through `print`.

use krait_diagnostics::{FileId, SourceFile};
use krait_resolve::{ModuleInput, ModuleKind};

#[track_caller]
fn check(source: &str, expected: &str) {
    let file = SourceFile::new("test.py".to_owned(), source.to_owned());
    let parse = krait_syntax::parse(FileId(0), source);
    let module = parse.module.expect("the test program parses");
    let inputs = [ModuleInput {
        file: FileId(0),
        module: &module,
        kind: ModuleKind::Main,
        name: "__main__".to_owned(),
        library: false,
    }];
    let (program, errors) = krait_resolve::resolve(vec![file], &inputs);
    assert!(
        errors.is_empty(),
        "resolve errors: {:?}",
        errors.iter().map(|e| &e.message).collect::<Vec<_>>()
    );
    let (typeck, errors) = crate::infer(&program);
    let messages: Vec<_> = errors
        .iter()
        .map(|e| format!("error: {}", e.message))
        .collect();
    let printed = crate::print(&program, &typeck) + &messages.join("\n");
    assert_eq!(printed.trim(), expected.trim());
}

#[test]
fn recursion_reaches_a_fixed_point() {
    check(
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(10))\n",
        "<module>() -> NoneType\nfib(int) -> int",
    );
}

#[test]
fn one_function_specialised_per_argument_types() {
    check(
        "def twice(x):\n    y = x + x\n    return y\ntwice(1)\ntwice(1.5)\ntwice('a')\n",
        "<module>() -> NoneType\ntwice(int) -> int [y: int]\ntwice(float) -> float [y: float]\ntwice(str) -> str [y: str]",
    );
}

#[test]
fn mutual_recursion_and_bool_results() {
    check(
        "def even(n):\n    if n == 0:\n        return True\n    return odd(n - 1)\ndef odd(n):\n    if n == 0:\n        return False\n    return even(n - 1)\neven(4)\n",
        "<module>() -> NoneType\neven(int) -> bool\nodd(int) -> bool",
    );
}

#[test]
fn a_function_that_never_returns_has_type_never() {
    check(
        "import sys\ndef fail():\n    sys.exit(2)\ndef loop():\n    while True:\n        pass\nfail()\n",
        "<module>() -> NoneType\nfail() -> <never>",
    );
}

#[test]
fn conflicting_types_are_reported_once_known() {
    check(
        "x = 1\nif x:\n    x = frozenset()\nprint(x)\n",
        "<module>() -> NoneType\nerror: not supported yet: variable `x` holding both int and frozenset",
    );
}

#[test]
fn scalars_of_several_types_are_dynamic() {
    check(
        "def f(c):\n    x = 1\n    if c:\n        x = 'one'\n    return x\nf(True)\n",
        "<module>() -> NoneType\nf(bool) -> object [x: object]",
    );
}

#[test]
fn int_true_division_and_negative_powers_are_floats() {
    check(
        "def f(a, b):\n    q = a / b\n    p = a ** -2\n    r = a ** 2\n    return q\nf(1, 2)\n",
        "<module>() -> NoneType\nf(int, int) -> float [q: float, p: float, r: int]",
    );
}
