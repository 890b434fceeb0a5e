//! The compiler driver: runs every phase over a program and its runtime, with no IO.
//!
//! `compile` takes the user's source (already read) and returns the wasm bytes or the
//! diagnostics that stopped compilation. It stops after the first phase that reports errors,
//! since later phases assume what earlier ones checked. The modules the program imports are
//! asked of the caller's loader, by name.

use krait_diagnostics::{Diagnostic, FileId, SourceFile, Span};
use krait_resolve::{ModuleInput, ModuleKind};
use krait_syntax::ast;
use ruff_text_size::Ranged;

/// Modules krait provides itself; any other imported name is looked for as the user's own.
const PROVIDED_MODULES: &[&str] = &["sys", "math", "collections", "dataclasses", "__krait__"];

/// One of the user's modules, as a loader finds it.
pub struct LoadedModule {
    /// The file as diagnostics name it.
    pub file: SourceFile,
    /// The path CPython would print in tracebacks (absolute).
    pub traceback_path: String,
}

/// Finds the user's module of a name (the `.py` file beside the program), if there is one.
pub type ModuleLoader = Box<dyn Fn(&str) -> Option<LoadedModule>>;

#[derive(Default)]
pub struct Options {
    /// The path CPython would print in tracebacks for the main file (absolute).
    pub traceback_path: String,
    /// Collect garbage at every allocation: slow, but a missing root shows at once (tests).
    pub gc_stress: bool,
    /// Where `import name` finds the user's modules; without one, only krait's own exist.
    pub load_module: Option<ModuleLoader>,
}

/// The names of the modules a module's top-level imports name, with where each is named.
fn imported_names(module: &ast::ModModule) -> Vec<(String, ruff_text_size::TextRange)> {
    let mut names = Vec::new();
    for stmt in &module.body {
        match stmt {
            ast::Stmt::Import(import) => {
                for alias in &import.names {
                    names.push((alias.name.as_str().to_owned(), alias.range()));
                    // `collections.deque` is a class of krait's library module `_deque`.
                    if alias.name.as_str() == "collections" {
                        names.push(("_deque".to_owned(), alias.range()));
                        names.push(("_ordereddict".to_owned(), alias.range()));
                    }
                    // Iterating `sys.stdin` calls krait's library module `_stdin`.
                    if alias.name.as_str() == "sys" {
                        names.push(("_stdin".to_owned(), alias.range()));
                    }
                }
            }
            ast::Stmt::ImportFrom(import) if import.level == 0 => {
                if let Some(module) = &import.module {
                    names.push((module.as_str().to_owned(), import.range()));
                    // `deque` is a class of krait's library module `_deque`.
                    if module.as_str() == "collections"
                        && import.names.iter().any(|a| a.name.as_str() == "deque")
                    {
                        names.push(("_deque".to_owned(), import.range()));
                    }
                    if module.as_str() == "collections"
                        && import
                            .names
                            .iter()
                            .any(|a| a.name.as_str() == "OrderedDict")
                    {
                        names.push(("_ordereddict".to_owned(), import.range()));
                    }
                }
            }
            _ => {}
        }
    }
    names
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
    let mut parses = vec![krait_syntax::parse(FileId(0), &files[0].text)];
    // The user's modules: found breadth-first from the program's imports, each once.
    let mut names = vec!["__main__".to_owned()];
    // The standard library's modules krait provides in Python (their functions have no
    // traceback frames, as CPython's C functions have none).
    let mut library_files = Vec::new();
    let mut imports: Vec<Vec<(usize, ruff_text_size::TextRange)>> = Vec::new();
    let mut next = 0;
    while next < parses.len() {
        let mut edges = Vec::new();
        // The library modules generated from its definitions (namedtuples, enums), then the
        // modules it imports (`_stdin` imports `sys`, which would import `_stdin`).
        let module = parses[next].module.as_ref();
        let generated = module
            .map(krait_resolve::generated_modules)
            .unwrap_or_default();
        let found: Vec<_> = generated
            .iter()
            .map(|(name, _, range)| (name.clone(), *range))
            .chain(module.map(imported_names).unwrap_or_default())
            .filter(|(name, _)| name != "_stdin" || names[next] != "_stdin")
            .collect();
        for (name, range) in found {
            if PROVIDED_MODULES.contains(&name.as_str()) {
                continue;
            }
            if let Some(index) = names.iter().position(|n| *n == name) {
                edges.push((index, range));
                continue;
            }
            let library = krait_runtime::LIBRARY.iter().find(|m| m.name == name);
            let generated_module = generated
                .iter()
                .find(|(generated, _, _)| *generated == name)
                .map(|(_, source, _)| {
                    let path = format!("<krait stdlib>/{name}.py");
                    LoadedModule {
                        file: SourceFile::new(path.clone(), source.clone()),
                        traceback_path: path,
                    }
                });
            let loaded = generated_module
                .or_else(|| options.load_module.as_ref().and_then(|load| load(&name)));
            let Some(loaded) = loaded.or_else(|| {
                library.map(|module| {
                    let path = format!("<krait stdlib>/{}.py", module.name);
                    LoadedModule {
                        file: SourceFile::new(path.clone(), module.source.to_owned()),
                        traceback_path: path,
                    }
                })
            }) else {
                continue;
            };
            if loaded.traceback_path.starts_with("<krait stdlib>") {
                library_files.push(FileId(files.len() as u32));
            }
            let file = FileId(files.len() as u32);
            parses.push(krait_syntax::parse(file, &loaded.file.text));
            files.push(loaded.file);
            paths.push(loaded.traceback_path);
            names.push(name);
            edges.push((names.len() - 1, range));
        }
        imports.push(edges);
        next += 1;
    }
    let user_files = files.len();
    for module in krait_runtime::MODULES {
        let mut source = module.source.to_owned();
        if options.gc_stress {
            source = source.replace("GC_STRESS = False", "GC_STRESS = True");
        }
        let file = FileId(files.len() as u32);
        parses.push(krait_syntax::parse(file, &source));
        files.push(SourceFile::new(
            format!("<krait runtime>/{}", module.name),
            source,
        ));
        paths.push(format!("<krait runtime>/{}", module.name));
    }
    let mut diagnostics: Vec<Diagnostic> = parses
        .iter()
        .flat_map(|p| p.errors.iter().cloned())
        .collect();
    // The user's modules run before the program, each after those it imports.
    let mut order = Vec::new();
    let mut state = vec![0u8; user_files];
    visit(0, &imports, &mut state, &mut order, &mut diagnostics);
    if !diagnostics.is_empty() {
        return Compiled {
            wasm: None,
            diagnostics,
            files,
            mir: None,
        };
    }
    let runtime = (user_files..files.len()).map(|i| (i, ModuleKind::Runtime));
    let user = order.iter().map(|&i| {
        let kind = if i == 0 {
            ModuleKind::Main
        } else {
            ModuleKind::Imported
        };
        (i, kind)
    });
    let inputs: Vec<_> = user
        .chain(runtime)
        .filter_map(|(i, kind)| {
            let parse = &parses[i];
            parse.module.as_ref().map(|module| ModuleInput {
                file: parse.file,
                module,
                kind,
                name: names.get(i).cloned().unwrap_or_default(),
                library: library_files.contains(&parse.file),
            })
        })
        .collect();
    let (mut program, resolve_errors) = krait_resolve::resolve(files.clone(), &inputs);
    for func in &mut program.funcs {
        if library_files.contains(&func.span.file) {
            func.frameless = true;
        }
    }
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
    krait_opt::frames::run(&mut mir);
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

/// Orders the user's modules after those they import (depth first); an import cycle is
/// reported where it closes.
fn visit(
    module: usize,
    imports: &[Vec<(usize, ruff_text_size::TextRange)>],
    state: &mut [u8],
    order: &mut Vec<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    state[module] = 1;
    for &(target, range) in &imports[module] {
        match state[target] {
            0 => visit(target, imports, state, order, diagnostics),
            1 => diagnostics.push(Diagnostic::unsupported(
                Span {
                    file: FileId(module as u32),
                    range,
                },
                "circular imports",
            )),
            _ => {}
        }
    }
    state[module] = 2;
    order.push(module);
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
