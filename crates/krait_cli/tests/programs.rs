//! End-to-end tests: every program under `tests/programs` runs through the `krait` binary and
//! must print exactly what CPython printed (stdout, stderr and exit code, committed beside it);
//! every program under `tests/ui` must give exactly the committed stderr and exit code.
//! Every module built along the way is validated with wasmparser.
//!
//! A program's standard input is `x.stdin` beside it (empty without one).
//! A program's first lines may hold `# krait: args=a b c` to pass it arguments and
//! `# krait: flags=--timeout 1` to pass `krait run` flags. Every program without flags also
//! runs with `--gc-stress` (a collection at every allocation) and must give the same output.
//! A directory holding a `main.py` is one program whose other files are the modules it imports.
//! In expected output, `$DIR` stands for the absolute directory of the program (tracebacks
//! print absolute paths).
//! Regenerate the CPython expectations with `python3 tests/bless.py`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn krait() -> &'static str {
    env!("CARGO_BIN_EXE_krait")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    // A directory with a `main.py` holds one program; its other files are the modules it
    // imports.
    if let Some(main) = entries
        .iter()
        .find(|p| p.file_name().is_some_and(|n| n == "main.py"))
    {
        out.push(main.clone());
        return;
    }
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// The words after `# krait: <key>=` on one of the first lines of the program.
fn header(source: &str, key: &str) -> Vec<String> {
    let prefix = format!("# krait: {key}=");
    source
        .lines()
        .take(3)
        .find_map(|line| line.strip_prefix(&prefix))
        .map(|words| words.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

fn expected(path: &Path, extension: &str) -> Option<String> {
    std::fs::read_to_string(path.with_extension(extension)).ok()
}

fn check(path: &Path, root: &Path, compare_stdout: bool, gc_stress: bool) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let args = header(&source, "args");
    let mut flags = header(&source, "flags");
    if gc_stress {
        flags.push("--gc-stress".to_owned());
    }
    let dir = path.parent().expect("a test file has a directory");
    let name = path.file_name().expect("a test file has a name");
    let input = std::fs::read(path.with_extension("stdin")).unwrap_or_default();
    let mut run = Command::new(krait());
    run.current_dir(dir)
        // Each run compiles afresh; `tests/cache.rs` covers the compiled-code cache.
        .env("KRAIT_NO_CACHE", "1")
        .arg("run")
        .args(&flags)
        .arg(name)
        .args(&args);
    let output = output_with_input(run, &input).map_err(|e| format!("cannot run krait: {e}"))?;
    let abs_dir = std::fs::canonicalize(dir)?.display().to_string();
    let normalise = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&abs_dir, "$DIR");
    let stdout = normalise(&output.stdout);
    let stderr = normalise(&output.stderr);
    let code = output.status.code().unwrap_or(-1);
    let want_stdout = expected(path, "stdout").unwrap_or_default();
    let want_stderr = expected(path, "stderr").unwrap_or_default();
    let want_code: i32 = expected(path, "exit").map_or(0, |s| s.trim().parse().unwrap_or(-1));
    let mut problems = Vec::new();
    if compare_stdout && stdout != want_stdout {
        problems.push(format!(
            "stdout differs\n--- expected\n{want_stdout}--- got\n{stdout}"
        ));
    }
    if stderr != want_stderr {
        problems.push(format!(
            "stderr differs\n--- expected\n{want_stderr}--- got\n{stderr}"
        ));
    }
    if code != want_code {
        problems.push(format!("exit code {code}, expected {want_code}"));
    }
    if !gc_stress && (code == 0 || want_code != 1 || !want_stderr.contains("error[")) {
        // The program compiles: build it and validate the module.
        let wasm_path = std::env::temp_dir().join(format!(
            "krait-test-{}-{}.wasm",
            std::process::id(),
            path.strip_prefix(root)
                .unwrap_or(path)
                .display()
                .to_string()
                .replace(['/', '\\'], "_")
        ));
        let built = Command::new(krait())
            .arg("build")
            .arg(path)
            .arg("-o")
            .arg(&wasm_path)
            .output()?;
        if built.status.success() {
            let wasm = std::fs::read(&wasm_path)?;
            if let Err(e) = wasmparser::Validator::new().validate_all(&wasm) {
                problems.push(format!("the emitted module is invalid: {e}"));
            }
            // Outside the embedded runtime, Node's WASI must print the same (when Node is here).
            if want_code == 0 && compare_stdout {
                if let Some(node_stdout) = run_under_node(&wasm_path, &args, dir, &input) {
                    if node_stdout != want_stdout {
                        problems.push(format!(
                            "under Node, stdout differs\n--- got\n{node_stdout}"
                        ));
                    }
                }
            }
            let _ = std::fs::remove_file(&wasm_path);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// The module's stdout under Node's WASI, or None when Node is not installed.
fn run_under_node(wasm: &Path, args: &[String], dir: &Path, input: &[u8]) -> Option<String> {
    let runner = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/support/node_wasi.mjs");
    let mut node = Command::new("node");
    node.current_dir(dir)
        .arg("--no-warnings")
        .arg(runner)
        .arg(wasm)
        .args(args);
    let output = output_with_input(node, input).ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs `command` with `input` (a test's `x.stdin`, or nothing) as its standard input.
fn output_with_input(mut command: Command, input: &[u8]) -> std::io::Result<std::process::Output> {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("piped");
    let input = input.to_vec();
    // Written from another thread, so that a program printing before it reads cannot block.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output()?;
    let _ = writer.join();
    Ok(output)
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut trials = Vec::new();
    for (suite, compare_stdout) in [("programs", true), ("ui", true)] {
        let mut files = Vec::new();
        collect(&root.join(suite), &mut files);
        for file in files {
            let name = format!(
                "{suite}::{}",
                file.strip_prefix(root.join(suite))
                    .unwrap_or(&file)
                    .display()
            );
            // Programs also run collecting at every allocation, so that a value the collector
            // cannot see fails at once; those with flags (memory tests, limits) would be slow.
            let has_flags = std::fs::read_to_string(&file)
                .is_ok_and(|source| !header(&source, "flags").is_empty());
            if suite == "programs" && !has_flags {
                let (file, root) = (file.clone(), root.clone());
                trials.push(Trial::test(format!("gc_stress::{name}"), move || {
                    check(&file, &root, compare_stdout, true)
                }));
            }
            let root = root.clone();
            trials.push(Trial::test(name, move || {
                check(&file, &root, compare_stdout, false)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
