//! The compiled-code cache: machine code wasmtime compiled for a module, kept on disk so that
//! running the same module again skips Cranelift (as the `wasmtime` command's own cache does).
//!
//! An entry is named by the SHA-256 of krait's version, the engine's compatibility hash (the
//! wasmtime version and every setting that changes the code) and the module's bytes, so an entry
//! is only ever loaded by an engine that would have compiled the same code. Entries are written
//! to a temporary file and renamed into place, so a reader never sees half an entry, and running
//! programs side by side is safe. The directory keeps at most [`MAX_ENTRIES`] entries; the ones
//! used least recently go first. Any failure of the cache falls back to compiling: the cache can
//! make a run faster, never make it fail.
//!
//! The directory is `$KRAIT_CACHE_DIR`, else `$XDG_CACHE_HOME/krait`, else `$HOME/.cache/krait`;
//! setting `KRAIT_NO_CACHE` turns the cache off.

use sha2::{Digest, Sha256};
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;
use wasmtime::{Engine, Module};

/// The most entries the directory keeps; a store past it removes the least recently used down
/// to [`KEPT_ENTRIES`].
const MAX_ENTRIES: usize = 256;
const KEPT_ENTRIES: usize = 192;

/// The file name entries end with.
const EXTENSION: &str = "cwasm";

/// Compiles `wasm` for `engine`, or loads the code compiled for it by an earlier run.
pub(crate) fn load_module(engine: &Engine, wasm: &[u8]) -> wasmtime::Result<Module> {
    let Some(dir) = directory() else {
        return Module::new(engine, wasm);
    };
    let path = dir.join(format!("{}.{EXTENSION}", key(engine, wasm)));
    if path.is_file() {
        // SAFETY: the file was written by `store` below from `Module::serialize` for an engine
        // with this compatibility hash (it is in the name), and is never rewritten in place:
        // entries are replaced by rename, so the mapped file stays unchanged while it is used.
        if let Ok(module) = unsafe { Module::deserialize_file(engine, &path) } {
            touch(&path);
            return Ok(module);
        }
    }
    let module = Module::new(engine, wasm)?;
    if let Ok(code) = module.serialize() {
        store(&dir, &path, &code);
    }
    Ok(module)
}

fn directory() -> Option<PathBuf> {
    if std::env::var_os("KRAIT_NO_CACHE").is_some() {
        return None;
    }
    let set = |name| std::env::var_os(name).filter(|value| !value.is_empty());
    set("KRAIT_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| set("XDG_CACHE_HOME").map(|dir| PathBuf::from(dir).join("krait")))
        .or_else(|| set("HOME").map(|home| PathBuf::from(home).join(".cache").join("krait")))
}

/// Hex SHA-256 of everything the compiled code depends on.
fn key(engine: &Engine, wasm: &[u8]) -> String {
    let mut digest = DigestHasher(Sha256::new());
    env!("CARGO_PKG_VERSION").hash(&mut digest);
    engine.precompile_compatibility_hash().hash(&mut digest);
    digest.0.update(wasm);
    digest
        .0
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Feeds what a `Hash` writes into a SHA-256 (the engine's hash is only offered as a `Hash`).
struct DigestHasher(Sha256);

impl Hasher for DigestHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    fn finish(&self) -> u64 {
        unreachable!("the digest is read through `finalize`")
    }
}

/// Marks an entry as used now, for eviction; failing to is harmless.
fn touch(path: &Path) {
    if let Ok(file) = fs::File::options().append(true).open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Writes an entry and trims the directory; errors only mean the next run compiles again.
fn store(dir: &Path, path: &Path, code: &[u8]) {
    if fs::create_dir_all(dir).is_err() {
        return;
    }
    let temporary = path.with_extension(format!("{}.tmp", std::process::id()));
    if fs::write(&temporary, code).is_err() || fs::rename(&temporary, path).is_err() {
        let _ = fs::remove_file(&temporary);
        return;
    }
    evict(dir);
}

fn evict(dir: &Path) {
    let Ok(listing) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<(SystemTime, PathBuf)> = listing
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == EXTENSION))
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .collect();
    if entries.len() <= MAX_ENTRIES {
        return;
    }
    entries.sort();
    for (_, path) in &entries[..entries.len() - KEPT_ENTRIES] {
        let _ = fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn eviction_keeps_the_most_recently_used_entries() {
        let dir = std::env::temp_dir().join(format!("krait-cache-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a scratch directory");
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        for i in 0..=MAX_ENTRIES {
            let path = dir.join(format!("{i:04}.{EXTENSION}"));
            fs::write(&path, b"code").expect("written");
            let file = fs::File::options()
                .append(true)
                .open(&path)
                .expect("opened");
            file.set_modified(start + Duration::from_secs(i as u64))
                .expect("the time is set");
        }
        fs::write(dir.join("other.txt"), b"not an entry").expect("written");
        evict(&dir);
        let mut kept: Vec<String> = fs::read_dir(&dir)
            .expect("listed")
            .map(|entry| {
                entry
                    .expect("an entry")
                    .file_name()
                    .into_string()
                    .expect("utf-8")
            })
            .collect();
        kept.sort();
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(kept.len(), KEPT_ENTRIES + 1);
        assert_eq!(
            kept[0],
            format!("{:04}.{EXTENSION}", MAX_ENTRIES + 1 - KEPT_ENTRIES)
        );
        assert_eq!(kept[KEPT_ENTRIES], "other.txt");
    }
}
