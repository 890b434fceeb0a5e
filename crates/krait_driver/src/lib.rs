//! The compiler driver: runs every phase over a program and its runtime, with no IO.
//!
//! `compile` takes the user's source (already read) and returns the wasm bytes or the
//! diagnostics that stopped compilation. It stops after the first phase that reports errors,
//! since later phases assume what earlier ones checked.

use krait_diagnostics::{Diagnostic, FileId, SourceFile};
use krait_resolve::{ModuleInput, ModuleKind};

#[derive(Default)]
pub struct Options {
    /// The path CPython would print in tracebacks for the main file (absolute).
    pub traceback_path: String,
    /// Collect garbage at every allocation: slow, but a missing root shows at once (tests).
    pub gc_stress: bool,
}

pub struct Compiled {
    pub wasm: Option<Vec<u8>>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file the diagnostics can point into: the program, then the runtime.
    pub files: Vec<SourceFile>,
    /// The MIR, printed, when compilation got that far.
    pub mir: Option<String>,
}

/// Compiles `main` (its path as the user gave it, and its text).
pub fn compile(main: SourceFile, options: &Options) -> Compiled {
    let mut files = vec![main];
    let mut paths = vec![options.traceback_path.clone()];
    for module in krait_runtime::MODULES {
        let mut source = module.source.to_owned();
        if options.gc_stress {
            source = source.replace("GC_STRESS = False", "GC_STRESS = True");
        }
        files.push(SourceFile::new(
            format!("<krait runtime>/{}", module.name),
            source,
        ));
        paths.push(format!("<krait runtime>/{}", module.name));
    }
    let parses: Vec<_> = files
        .iter()
        .enumerate()
        .map(|(i, f)| krait_syntax::parse(FileId(i as u32), &f.text))
        .collect();
    let mut diagnostics: Vec<Diagnostic> = parses
        .iter()
        .flat_map(|p| p.errors.iter().cloned())
        .collect();
    if !diagnostics.is_empty() {
        return Compiled {
            wasm: None,
            diagnostics,
            files,
            mir: None,
        };
    }
    let inputs: Vec<_> = parses
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let kind = if i == 0 {
                ModuleKind::Main
            } else {
                ModuleKind::Runtime
            };
            p.module.as_ref().map(|module| ModuleInput {
                file: p.file,
                module,
                kind,
            })
        })
        .collect();
    let (program, resolve_errors) = krait_resolve::resolve(files.clone(), &inputs);
    diagnostics.extend(resolve_errors);
    if !diagnostics.is_empty() {
        return Compiled {
            wasm: None,
            diagnostics,
            files,
            mir: None,
        };
    }
    let (typeck, infer_errors) = krait_infer::infer(&program);
    diagnostics.extend(infer_errors);
    if !diagnostics.is_empty() {
        return Compiled {
            wasm: None,
            diagnostics,
            files,
            mir: None,
        };
    }
    let mut mir = krait_lower::lower(&program, &typeck, paths);
    mir.gc_stress = options.gc_stress;
    krait_opt::optimise(&mut mir);
    krait_opt::roots::run(&mut mir);
    let wasm = krait_wasm::emit(&mir);
    Compiled {
        wasm: Some(wasm),
        diagnostics,
        files,
        mir: Some(krait_mir::print_module(&mir)),
    }
}

/// Checks that `wasm` is a valid module, as every test does to every emitted module.
pub fn validate(wasm: &[u8]) -> Result<(), String> {
    wasmparser::Validator::new()
        .validate_all(wasm)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// The module as WebAssembly text.
pub fn to_wat(wasm: &[u8]) -> Result<String, String> {
    wasmprinter::print_bytes(wasm).map_err(|e| e.to_string())
}
