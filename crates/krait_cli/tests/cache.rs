//! The compiled-code cache: a second run of a module loads the code the first compiled, prints
//! the same, and an entry the engine cannot load is compiled again instead of failing the run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(cache: &Path, program: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_krait"))
        .env("KRAIT_CACHE_DIR", cache)
        .env_remove("KRAIT_NO_CACHE")
        .arg("run")
        .arg(program)
        .output()
        .expect("krait runs")
}

fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(cache)
        .expect("the cache directory exists")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    entries.sort();
    entries
}

#[test]
fn a_second_run_uses_the_cached_code_and_a_bad_entry_is_replaced() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cache");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let program = dir.join("squares.py");
    std::fs::write(&program, "print(sum(i * i for i in range(10)))\n").expect("written");
    let cache = dir.join("compiled");

    let first = run(&cache, &program);
    assert_eq!(String::from_utf8_lossy(&first.stdout), "285\n");
    let stored = entries(&cache);
    assert_eq!(stored.len(), 1, "one entry: {stored:?}");
    assert_eq!(
        stored[0].extension().and_then(|e| e.to_str()),
        Some("cwasm")
    );

    let second = run(&cache, &program);
    assert_eq!(String::from_utf8_lossy(&second.stdout), "285\n");
    assert_eq!(entries(&cache), stored);

    std::fs::write(&stored[0], b"not compiled code").expect("the entry is overwritten");
    let third = run(&cache, &program);
    assert_eq!(third.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&third.stdout), "285\n");
    assert_ne!(
        std::fs::read(&stored[0]).expect("the entry is there"),
        b"not compiled code",
        "the bad entry is replaced by freshly compiled code"
    );
}
