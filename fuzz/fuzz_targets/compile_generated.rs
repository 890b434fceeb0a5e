//! A generated valid program, mutated by the fuzzer's bytes (lines dropped, duplicated or cut):
//! reaches deeper into the compiler than random bytes do.
#![no_main]

use krait_diagnostics::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let seed = u64::from_le_bytes(data[..8].try_into().expect("eight bytes"));
    let mut lines: Vec<String> = krait_progen::program(seed)
        .lines()
        .map(str::to_owned)
        .collect();
    for chunk in data[8..].chunks(2) {
        if lines.is_empty() {
            break;
        }
        let at = usize::from(chunk[0]) % lines.len();
        match chunk.get(1).copied().unwrap_or(0) % 4 {
            0 => {
                lines.remove(at);
            }
            1 => {
                let line = lines[at].clone();
                lines.insert(at, line);
            }
            2 => lines[at] = format!("    {}", lines[at]),
            _ => {
                let keep = lines[at].len() / 2;
                let line: String = lines[at].chars().take(keep).collect();
                lines[at] = line;
            }
        }
    }
    let text = lines.join("\n");
    let options = krait_driver::Options {
        traceback_path: "/fuzz/case.py".to_owned(),
        gc_stress: false,
        load_module: None,
    };
    let compiled = krait_driver::compile(SourceFile::new("case.py".to_owned(), text), &options);
    if let Some(wasm) = compiled.wasm {
        krait_driver::validate(&wasm).expect("every module krait returns validates");
    }
});
