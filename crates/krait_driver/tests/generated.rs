//! Bounded fuzzing in CI: generated programs inside the supported subset must compile, with no
//! diagnostic, to a module that validates; mutations of them must never panic the compiler.

use krait_diagnostics::SourceFile;
use krait_driver::{Options, compile, validate};

fn options() -> Options {
    Options {
        traceback_path: "/fuzz/case.py".to_owned(),
        gc_stress: false,
        load_module: None,
    }
}

#[test]
fn generated_programs_compile_to_valid_modules() {
    for seed in 0..300 {
        let source = krait_progen::program(seed);
        let compiled = compile(
            SourceFile::new("case.py".to_owned(), source.clone()),
            &options(),
        );
        let messages: Vec<_> = compiled
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect();
        assert!(messages.is_empty(), "seed {seed}: {messages:?}\n{source}");
        let wasm = compiled.wasm.expect("a module");
        validate(&wasm).unwrap_or_else(|e| panic!("seed {seed}: invalid module: {e}\n{source}"));
    }
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = krait_progen::Rng::new(7);
    for seed in 0..200 {
        let source = krait_progen::program(seed);
        let lines: Vec<&str> = source.lines().collect();
        for _ in 0..5 {
            let mut mutated: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            let at = rng.below(mutated.len() as u64) as usize;
            match rng.below(4) {
                0 => {
                    mutated.remove(at);
                }
                1 => {
                    let other = mutated[rng.below(mutated.len() as u64) as usize].clone();
                    mutated.insert(at, other);
                }
                2 => mutated[at] = format!("    {}", mutated[at]),
                _ => {
                    let cut = rng.below(mutated[at].len() as u64 + 1) as usize;
                    let line = mutated[at].clone();
                    mutated[at] = line.chars().take(cut).collect();
                }
            }
            let text = mutated.join("\n");
            let compiled = compile(
                SourceFile::new("case.py".to_owned(), text.clone()),
                &options(),
            );
            if let Some(wasm) = compiled.wasm {
                validate(&wasm).unwrap_or_else(|e| panic!("invalid module: {e}\n{text}"));
            }
        }
    }
}
