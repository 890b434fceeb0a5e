//! `krait`: the command line. The only crate that prints or exits.

use clap::{Parser, Subcommand};
use krait_diagnostics::SourceFile;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// krait compiles Python programs to small, fast WebAssembly modules.
#[derive(Parser)]
#[command(name = "krait", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a Python program and run it on the embedded wasm runtime.
    Run {
        /// The program.
        program: PathBuf,
        #[command(flatten)]
        limits: LimitArgs,
        /// Collect garbage at every allocation (slow; for testing the compiler).
        #[arg(long)]
        gc_stress: bool,
        /// Arguments for the program (its sys.argv[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Compile a Python program to a WASI command module.
    Build {
        program: PathBuf,
        /// Where to write the module (default: the program's name with .wasm).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Report the program's diagnostics without building it.
    Check { program: PathBuf },
    /// Print the compiled module as WebAssembly text.
    Wat { program: PathBuf },
    /// Print the compiled program's MIR.
    Mir { program: PathBuf },
    /// Run any WASI command module.
    RunWasm {
        module: PathBuf,
        #[command(flatten)]
        limits: LimitArgs,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

/// Resource limits for a run. A run that exceeds one ends with its own exit code.
#[derive(clap::Args)]
struct LimitArgs {
    /// Stop the program if its memory would grow past this many MiB (exit code 125).
    #[arg(long, value_name = "MIB")]
    max_memory: Option<usize>,
    /// Stop the program after this many seconds (exit code 124).
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<f64>,
}

impl LimitArgs {
    fn limits(&self) -> krait_host::Limits {
        krait_host::Limits {
            max_memory: self.max_memory.map(|mib| mib.saturating_mul(1024 * 1024)),
            timeout: self
                .timeout
                .map(|s| std::time::Duration::from_secs_f64(s.max(0.0))),
        }
    }
}

/// Exit codes of a run stopped by a limit, as `timeout(1)` uses 124.
const EXIT_TIME_LIMIT: i32 = 124;
const EXIT_MEMORY_LIMIT: i32 = 125;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run {
            program,
            limits,
            gc_stress,
            args,
        } => compile_with(&program, gc_stress).map(|wasm| {
            let mut argv = vec![program.display().to_string()];
            argv.extend(args);
            run(&wasm, &argv, limits.limits())
        }),
        Command::Build { program, output } => compile(&program).and_then(|wasm| {
            let output = output.unwrap_or_else(|| program.with_extension("wasm"));
            std::fs::write(&output, wasm).map(|()| 0).map_err(|e| {
                eprintln!("error: cannot write {}: {e}", output.display());
            })
        }),
        Command::Check { program } => compile(&program).map(|_| 0),
        Command::Wat { program } => {
            compile(&program).and_then(|wasm| match krait_driver::to_wat(&wasm) {
                Ok(text) => {
                    print!("{text}");
                    Ok(0)
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    Err(())
                }
            })
        }
        Command::Mir { program } => read(&program).and_then(|source| {
            let compiled = krait_driver::compile(source, &options(&program));
            report(&compiled)?;
            print!("{}", compiled.mir.unwrap_or_default());
            Ok(0)
        }),
        Command::RunWasm {
            module,
            limits,
            args,
        } => match std::fs::read(&module) {
            Ok(wasm) => {
                let mut argv = vec![module.display().to_string()];
                argv.extend(args);
                Ok(run(&wasm, &argv, limits.limits()))
            }
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", module.display());
                Err(())
            }
        },
    };
    match code {
        Ok(code) => ExitCode::from(code as u8),
        Err(()) => ExitCode::from(1),
    }
}

fn options(program: &Path) -> krait_driver::Options {
    let absolute = std::path::absolute(program).unwrap_or_else(|_| program.to_path_buf());
    let directory = program.parent().map(Path::to_path_buf).unwrap_or_default();
    krait_driver::Options {
        traceback_path: absolute.display().to_string(),
        gc_stress: false,
        // `import name` finds `name.py` beside the program, as CPython's first path entry does.
        load_module: Some(Box::new(move |name: &str| {
            let path = directory.join(format!("{name}.py"));
            let text = std::fs::read_to_string(&path).ok()?;
            let absolute = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
            Some(krait_driver::LoadedModule {
                file: SourceFile::new(path.display().to_string(), text),
                traceback_path: absolute.display().to_string(),
            })
        })),
    }
}

fn read(program: &Path) -> Result<SourceFile, ()> {
    match std::fs::read_to_string(program) {
        Ok(text) => Ok(SourceFile::new(program.display().to_string(), text)),
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", program.display());
            Err(())
        }
    }
}

fn report(compiled: &krait_driver::Compiled) -> Result<(), ()> {
    for diagnostic in &compiled.diagnostics {
        eprint!("{}", krait_diagnostics::render(diagnostic, &compiled.files));
    }
    if compiled.diagnostics.is_empty() {
        Ok(())
    } else {
        Err(())
    }
}

fn compile(program: &Path) -> Result<Vec<u8>, ()> {
    compile_with(program, false)
}

fn compile_with(program: &Path, gc_stress: bool) -> Result<Vec<u8>, ()> {
    let source = read(program)?;
    let options = krait_driver::Options {
        gc_stress,
        ..options(program)
    };
    let compiled = krait_driver::compile(source, &options);
    report(&compiled)?;
    let wasm = compiled
        .wasm
        .expect("a compilation without diagnostics gives a module");
    // Validation takes a millisecond; an invalid module is a compiler bug worth stopping for.
    if let Err(e) = krait_driver::validate(&wasm) {
        eprintln!("internal error: krait emitted an invalid module: {e}");
        return Err(());
    }
    Ok(wasm)
}

fn run(wasm: &[u8], args: &[String], limits: krait_host::Limits) -> i32 {
    match krait_host::run(wasm, args, limits) {
        Ok(code) => code,
        Err(krait_host::RunError::Load(message)) => {
            eprintln!("error: cannot load the module: {message}");
            1
        }
        Err(krait_host::RunError::Trap(message)) => {
            eprintln!("{message}");
            1
        }
        Err(krait_host::RunError::MemoryLimit(bytes)) => {
            eprintln!(
                "krait: stopped: the program needed more than its memory limit of {} MiB",
                bytes / (1024 * 1024)
            );
            EXIT_MEMORY_LIMIT
        }
        Err(krait_host::RunError::TimeLimit(duration)) => {
            eprintln!(
                "krait: stopped: the program ran longer than its time limit of {} s",
                duration.as_secs_f64()
            );
            EXIT_TIME_LIMIT
        }
    }
}
