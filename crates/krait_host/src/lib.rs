//! The embedded runtime: runs a WASI preview 1 command module on wasmtime.
//!
//! The only crate that links wasmtime. Stdio is inherited from the host process; the guest's
//! `proc_exit` code becomes the result.

use wasmtime::{Config, Engine, Linker, Module, Store, Trap};
use wasmtime_wasi::WasiCtxBuilder;
use wasmtime_wasi::p1::WasiP1Ctx;

/// How a run ended, when it did not exit normally.
#[derive(Debug)]
pub enum RunError {
    /// The module could not be compiled or instantiated.
    Load(String),
    /// The guest trapped; the message says why.
    Trap(String),
}

/// Runs the `_start` export of `wasm` with `args` (the first is the program name) and returns
/// the exit code.
pub fn run(wasm: &[u8], args: &[String]) -> Result<i32, RunError> {
    let mut config = Config::new();
    config.cranelift_opt_level(wasmtime::OptLevel::Speed);
    let engine = Engine::new(&config).map_err(|e| RunError::Load(e.to_string()))?;
    let module = Module::new(&engine, wasm).map_err(|e| RunError::Load(format!("{e:#}")))?;
    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |ctx| ctx)
        .map_err(|e| RunError::Load(e.to_string()))?;
    let wasi = WasiCtxBuilder::new()
        .inherit_stdio()
        .inherit_env()
        .args(args)
        .build_p1();
    let mut store = Store::new(&engine, wasi);
    let instance = linker
        .instantiate(&mut store, &module)
        .map_err(|e| RunError::Load(format!("{e:#}")))?;
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .map_err(|e| RunError::Load(format!("the module has no `_start` command entry: {e}")))?;
    match start.call(&mut store, ()) {
        Ok(()) => Ok(0),
        Err(error) => {
            if let Some(exit) = error.downcast_ref::<wasmtime_wasi::I32Exit>() {
                return Ok(exit.0);
            }
            match error.downcast_ref::<Trap>() {
                Some(Trap::StackOverflow) => Err(RunError::Trap(
                    "RecursionError: maximum recursion depth exceeded (the wasm stack overflowed)"
                        .to_owned(),
                )),
                Some(trap) => Err(RunError::Trap(format!("the program trapped: {trap}"))),
                None => Err(RunError::Trap(format!("{error:#}"))),
            }
        }
    }
}
