//! The embedded runtime: runs a WASI preview 1 command module on wasmtime.
//!
//! The only crate that links wasmtime. Stdio is inherited from the host process; the guest's
//! `proc_exit` code becomes the result. A run can be limited in memory and in time; exceeding a
//! limit ends it with [`RunError::MemoryLimit`] or [`RunError::TimeLimit`].

mod cache;

use std::time::Duration;
use wasmtime::{Config, Engine, Linker, ResourceLimiter, Store, Trap};
use wasmtime_wasi::WasiCtxBuilder;
use wasmtime_wasi::p1::WasiP1Ctx;

/// Resource limits for one run; `None` is unlimited.
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    /// The most linear memory the module may have, in bytes.
    pub max_memory: Option<usize>,
    /// The longest the module may run.
    pub timeout: Option<Duration>,
}

/// How a run ended, when it did not exit normally.
#[derive(Debug)]
pub enum RunError {
    /// The module could not be compiled or instantiated.
    Load(String),
    /// The guest trapped; the message says why.
    Trap(String),
    /// The guest tried to grow its memory past `Limits::max_memory`.
    MemoryLimit(usize),
    /// The guest ran longer than `Limits::timeout`.
    TimeLimit(Duration),
}

struct Host {
    wasi: WasiP1Ctx,
    memory: MemoryLimiter,
}

/// Denies memory growth past the limit, remembering that it did.
struct MemoryLimiter {
    max: Option<usize>,
    exceeded: bool,
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if self.max.is_some_and(|max| desired > max) {
            self.exceeded = true;
            wasmtime::bail!("the memory limit is exceeded");
        }
        Ok(maximum.is_none_or(|maximum| desired <= maximum))
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(maximum.is_none_or(|maximum| desired <= maximum))
    }
}

/// Runs the `_start` export of `wasm` with `args` (the first is the program name) and returns
/// the exit code.
pub fn run(wasm: &[u8], args: &[String], limits: Limits) -> Result<i32, RunError> {
    let mut config = Config::new();
    config.cranelift_opt_level(wasmtime::OptLevel::Speed);
    if std::env::var_os("KRAIT_INLINE").is_some() {
        config.compiler_inlining(wasmtime::Inlining::Yes);
    }
    // A module's data sits 1 MiB up (past the shadow stack); a copy-on-write image of its memory
    // would put that megabyte, mostly zeros, into every cached entry. Copying the few KiB of
    // data at instantiation costs nothing measurable.
    config.memory_init_cow(false);
    // Epoch checks cost a little in every loop, so they are compiled in only when needed.
    config.epoch_interruption(limits.timeout.is_some());
    // `perf record` can name the compiled module's functions through /tmp/perf-PID.map.
    if std::env::var_os("KRAIT_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    let engine = Engine::new(&config).map_err(|e| RunError::Load(e.to_string()))?;
    let module = cache::load_module(&engine, wasm).map_err(|e| RunError::Load(format!("{e:#}")))?;
    let mut linker: Linker<Host> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |host: &mut Host| &mut host.wasi)
        .map_err(|e| RunError::Load(e.to_string()))?;
    let wasi = WasiCtxBuilder::new()
        .inherit_stdio()
        .inherit_env()
        .args(args)
        .build_p1();
    let host = Host {
        wasi,
        memory: MemoryLimiter {
            max: limits.max_memory,
            exceeded: false,
        },
    };
    let mut store = Store::new(&engine, host);
    store.limiter(|host| &mut host.memory);
    if let Some(timeout) = limits.timeout {
        store.set_epoch_deadline(1);
        store.epoch_deadline_trap();
        let engine = engine.clone();
        std::thread::spawn(move || {
            std::thread::sleep(timeout);
            engine.increment_epoch();
        });
    }
    let instance = linker.instantiate(&mut store, &module).map_err(|e| {
        if store.data().memory.exceeded {
            RunError::MemoryLimit(limits.max_memory.unwrap_or_default())
        } else {
            RunError::Load(format!("{e:#}"))
        }
    })?;
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .map_err(|e| RunError::Load(format!("the module has no `_start` command entry: {e}")))?;
    match start.call(&mut store, ()) {
        Ok(()) => Ok(0),
        Err(error) => {
            if let Some(exit) = error.downcast_ref::<wasmtime_wasi::I32Exit>() {
                return Ok(exit.0);
            }
            // A krait module buffers stdout: what it printed before trapping still goes out. The
            // flush gets a fresh deadline, as a run stopped by its time limit is past the old one.
            if limits.timeout.is_some() {
                store.set_epoch_deadline(1);
            }
            if let Ok(flush) = instance.get_typed_func::<(), ()>(&mut store, "krait_flush") {
                let _ = flush.call(&mut store, ());
            }
            if store.data().memory.exceeded {
                return Err(RunError::MemoryLimit(limits.max_memory.unwrap_or_default()));
            }
            match error.downcast_ref::<Trap>() {
                Some(Trap::Interrupt) => {
                    Err(RunError::TimeLimit(limits.timeout.unwrap_or_default()))
                }
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
