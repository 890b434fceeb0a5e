//! `krait run --max-memory` and `--timeout`: a program past its limit is stopped with a message
//! naming the limit and an exit code of its own (125 for memory, 124 for time), and what it
//! printed before is kept.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(name: &str, source: &str, flags: &[&str]) -> Output {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("limits");
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("the program is written");
    Command::new(env!("CARGO_BIN_EXE_krait"))
        .env("KRAIT_NO_CACHE", "1")
        .arg("run")
        .args(flags)
        .arg(&path)
        .output()
        .expect("krait runs")
}

#[test]
fn memory_limit_stops_the_run_with_125() {
    let output = run(
        "grow.py",
        "print('start')\nxs = []\nwhile True:\n    xs.append('a' * 1000)\n",
        &["--max-memory", "16"],
    );
    assert_eq!(output.status.code(), Some(125));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "start\n");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "krait: stopped: the program needed more than its memory limit of 16 MiB\n"
    );
}

#[test]
fn time_limit_stops_the_run_with_124() {
    let output = run(
        "spin.py",
        "print('start')\nn = 0\nwhile True:\n    n = (n + 1) % 7\n",
        &["--timeout", "1"],
    );
    assert_eq!(output.status.code(), Some(124));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "start\n");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "krait: stopped: the program ran longer than its time limit of 1 s\n"
    );
}

#[test]
fn a_program_within_its_limits_runs_to_the_end() {
    let output = run(
        "small.py",
        "xs = [str(i) for i in range(1000)]\nprint(len(xs))\n",
        &["--max-memory", "16", "--timeout", "30"],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "1000\n");
}
