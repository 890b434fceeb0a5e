//! Project automation: `cargo xtask <command>`.
//!
//! - `bench [--quick] [--runs N] [PROGRAM...]`: the benchmarks in `bench/` (see its README),
//!   printed as a markdown table and written to `bench/results.md` and `bench/results.svg`.
//! - `fuzz-diff [--count N] [--seed S]`: differential fuzzing. Generates programs with
//!   `krait_progen`, runs each under CPython and `krait run`, and compares stdout, stderr and
//!   exit code. A program krait stops with its 64-bit OverflowError is skipped (CPython has big
//!   ints). Every mismatch is written to `target/fuzz-diff/` for a program test.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod bench;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("fuzz-diff") => fuzz_diff(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        _ => {
            eprintln!("usage: cargo xtask bench [--quick] [--runs N] [PROGRAM...]");
            eprintln!("       cargo xtask fuzz-diff [--count N] [--seed S]");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn option(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Builds the release `krait` and returns its path.
pub(crate) fn build_krait() -> Option<PathBuf> {
    let status = Command::new("cargo")
        .args(["build", "--release", "--quiet", "--package", "krait_cli"])
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!("cannot build krait");
        return None;
    }
    Some(root().join("target/release/krait"))
}

fn fuzz_diff(args: &[String]) -> ExitCode {
    let count = option(args, "--count", 200);
    let first_seed = option(args, "--seed", 1);
    let status = Command::new("cargo")
        .args(["build", "--release", "--quiet", "--package", "krait_cli"])
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!("cannot build krait");
        return ExitCode::FAILURE;
    }
    let krait = root().join("target/release/krait");
    let out_dir = root().join("target/fuzz-diff");
    let _ = std::fs::create_dir_all(&out_dir);
    let work = std::env::temp_dir().join(format!("krait-fuzz-diff-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&work);
    let (mut same, mut skipped, mut different) = (0u64, 0u64, 0u64);
    for seed in first_seed..first_seed + count {
        let source = krait_progen::program(seed);
        let path = work.join("case.py");
        if std::fs::write(&path, &source).is_err() {
            eprintln!("cannot write {}", path.display());
            return ExitCode::FAILURE;
        }
        // A generated program can grow numbers or strings without bound under CPython: each run
        // gets ten seconds, and one that takes longer is skipped.
        let run = |program: &Path, command: &mut Command| {
            Command::new("timeout")
                .arg("10")
                .arg(command.get_program())
                .args(command.get_args())
                .current_dir(&work)
                .arg(program)
                .output()
                .map(|o| (o.status.code(), o.stdout, o.stderr))
        };
        let (Ok(want), Ok(got)) = (
            run(Path::new("case.py"), &mut Command::new("python3")),
            run(Path::new("case.py"), Command::new(&krait).arg("run")),
        ) else {
            eprintln!("cannot run python3 or krait");
            return ExitCode::FAILURE;
        };
        if String::from_utf8_lossy(&got.2).contains("big ints are not supported yet")
            || want.0 == Some(124)
        {
            skipped += 1;
        } else if want == got {
            same += 1;
        } else {
            different += 1;
            let saved = out_dir.join(format!("case-{seed}.py"));
            let _ = std::fs::write(&saved, &source);
            println!(
                "seed {seed}: krait differs from CPython; saved {}",
                saved.display()
            );
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    println!(
        "fuzz-diff: {count} programs: {same} same, {different} different, {skipped} skipped (64-bit overflow or timeout)"
    );
    if different == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
