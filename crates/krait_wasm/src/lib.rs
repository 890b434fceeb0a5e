//! Emission: one MIR module to a WebAssembly binary.
//!
//! Owns the lowest layer of the runtime, which is emitted directly rather than written in the
//! Python dialect: the allocator's fast path (free lists and bump allocation; the collector and
//! the slow path are in the runtime), the WASI calls, and the traceback buffer. Only functions
//! reachable from `_start` are emitted, and only the WASI imports they use.
//!
//! The module is a WASI preview 1 command: it exports `_start` and `memory`.

mod func;

use krait_mir::{self as mir, DATA_BASE, Expr, FuncIdx, HEAP_START, Module, Stmt, ValTy};
use rustc_hash::FxHashMap;
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, EntityType, ExportKind, ExportSection, FunctionSection,
    GlobalSection, GlobalType, ImportSection, MemorySection, MemoryType, NameMap, NameSection,
    TypeSection, ValType,
};

pub(crate) fn val_type(ty: ValTy) -> ValType {
    match ty {
        ValTy::I32 | ValTy::Ref => ValType::I32,
        ValTy::I64 => ValType::I64,
        ValTy::F64 => ValType::F64,
    }
}

/// The helpers and imports a body can refer to; each gets an index only when used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Helper {
    FdWrite,
    FdRead,
    RandomGet,
    ArgsSizesGet,
    ArgsGet,
    ProcExit,
    Alloc,
    Write,
    TracebackPush,
    Copy,
}

impl Helper {
    fn is_import(self) -> bool {
        matches!(
            self,
            Helper::FdWrite
                | Helper::FdRead
                | Helper::RandomGet
                | Helper::ArgsSizesGet
                | Helper::ArgsGet
                | Helper::ProcExit
        )
    }

    fn name(self) -> &'static str {
        match self {
            Helper::FdWrite => "fd_write",
            Helper::FdRead => "fd_read",
            Helper::RandomGet => "random_get",
            Helper::ArgsSizesGet => "args_sizes_get",
            Helper::ArgsGet => "args_get",
            Helper::ProcExit => "proc_exit",
            Helper::Alloc => "krait.alloc",
            Helper::Write => "krait.write",
            Helper::TracebackPush => "krait.traceback_push",
            Helper::Copy => "krait.copy",
        }
    }

    fn signature(self) -> (Vec<ValType>, Vec<ValType>) {
        use ValType::I32;
        match self {
            Helper::FdWrite | Helper::FdRead => (vec![I32; 4], vec![I32]),
            Helper::ArgsSizesGet | Helper::ArgsGet | Helper::RandomGet => (vec![I32; 2], vec![I32]),
            Helper::ProcExit => (vec![I32], vec![]),
            Helper::Alloc => (vec![I32; 2], vec![I32]),
            Helper::Write => (vec![I32; 3], vec![]),
            Helper::TracebackPush => (vec![I32], vec![]),
            Helper::Copy => (vec![I32; 3], vec![]),
        }
    }

    /// Helpers a helper's own body calls.
    fn uses(self) -> &'static [Helper] {
        match self {
            Helper::Write => &[Helper::FdWrite],
            _ => &[],
        }
    }
}

pub(crate) struct Layout {
    pub(crate) func_index: FxHashMap<FuncIdx, u32>,
    pub(crate) helper_index: FxHashMap<Helper, u32>,
    pub(crate) exc_global: u32,
    pub(crate) shadow_sp_global: Option<u32>,
    /// The runtime's slow path of allocation, when the module allocates.
    pub(crate) alloc_slow: Option<u32>,
    pub(crate) gc_stress: bool,
    /// The wasm index of each MIR global that reachable code uses; others are left out.
    pub(crate) global_index: FxHashMap<u32, u32>,
    pub(crate) overflow_message: u32,
    /// The type index of each multi-value block type (`[] -> [results]`).
    pub(crate) block_types: FxHashMap<Vec<ValTy>, u32>,
}

fn reachable(module: &Module) -> (Vec<FuncIdx>, Vec<Helper>) {
    let mut seen = vec![false; module.funcs.len()];
    let mut order = Vec::new();
    let mut stack = vec![module.start];
    let mut helpers = std::collections::BTreeSet::new();
    let mut stmt_helpers = std::collections::BTreeSet::new();
    while let Some(f) = stack.pop() {
        if std::mem::replace(&mut seen[f.0 as usize], true) {
            continue;
        }
        order.push(f);
        for stmt in &module.funcs[f.0 as usize].body {
            mir::walk_stmt(
                stmt,
                &mut |s| match s {
                    Stmt::Raise { site: Some(_), .. } => {
                        stmt_helpers.insert(Helper::TracebackPush);
                    }
                    Stmt::Exit(_) => {
                        stmt_helpers.insert(Helper::ProcExit);
                    }
                    Stmt::Write { .. } => {
                        stmt_helpers.insert(Helper::Write);
                    }
                    Stmt::ArgsSizesGet(..) => {
                        stmt_helpers.insert(Helper::ArgsSizesGet);
                    }
                    Stmt::ArgsGet(..) => {
                        stmt_helpers.insert(Helper::ArgsGet);
                    }
                    Stmt::FdRead(..) => {
                        stmt_helpers.insert(Helper::FdRead);
                    }
                    Stmt::RandomGet(..) => {
                        stmt_helpers.insert(Helper::RandomGet);
                    }
                    Stmt::Copy { short: true, .. } => {
                        stmt_helpers.insert(Helper::Copy);
                    }
                    _ => {}
                },
                &mut |e| match e {
                    Expr::Call { func, site, .. } => {
                        stack.push(*func);
                        if site.is_some() {
                            helpers.insert(Helper::TracebackPush);
                        }
                    }
                    Expr::Checked { site: Some(_), .. } => {
                        helpers.insert(Helper::TracebackPush);
                    }
                    Expr::Alloc { .. } => {
                        helpers.insert(Helper::Alloc);
                        stack.extend(module.alloc_slow);
                    }
                    _ => {}
                },
            );
        }
    }
    helpers.extend(stmt_helpers);
    for helper in helpers.clone() {
        helpers.extend(helper.uses());
    }
    order.sort();
    (order, helpers.into_iter().collect())
}

/// Encodes `module` as a wasm binary.
pub fn emit(module: &Module) -> Vec<u8> {
    let (funcs, helpers) = reachable(module);
    let imports: Vec<Helper> = helpers.iter().copied().filter(|h| h.is_import()).collect();
    let local_helpers: Vec<Helper> = helpers.iter().copied().filter(|h| !h.is_import()).collect();
    let mut layout = Layout {
        func_index: FxHashMap::default(),
        helper_index: FxHashMap::default(),
        exc_global: 0,
        shadow_sp_global: None,
        alloc_slow: None,
        gc_stress: module.gc_stress,
        global_index: FxHashMap::default(),
        overflow_message: module.overflow_message,
        block_types: FxHashMap::default(),
    };
    // Only the globals reachable code uses are emitted, renumbered in order.
    let mut used = std::collections::BTreeSet::new();
    used.insert(module.exc.0);
    for &f in &funcs {
        for stmt in &module.funcs[f.0 as usize].body {
            let mut stored = Vec::new();
            mir::walk_stmt(
                stmt,
                &mut |s| {
                    if let Stmt::SetGlobal(g, _) = s {
                        stored.push(g.0);
                    }
                },
                &mut |e| {
                    if let Expr::Global(g) = e {
                        used.insert(g.0);
                    }
                },
            );
            used.extend(stored);
        }
    }
    for (new, old) in used.iter().enumerate() {
        layout.global_index.insert(*old, new as u32);
    }
    layout.exc_global = layout.global_index[&module.exc.0];
    layout.shadow_sp_global = layout.global_index.get(&module.shadow_sp.0).copied();
    let mut next = 0u32;
    for &h in &imports {
        layout.helper_index.insert(h, next);
        next += 1;
    }
    for &h in &local_helpers {
        layout.helper_index.insert(h, next);
        next += 1;
    }
    for &f in &funcs {
        layout.func_index.insert(f, next);
        next += 1;
    }
    layout.alloc_slow = module
        .alloc_slow
        .and_then(|f| layout.func_index.get(&f).copied());

    let mut types = TypeSection::new();
    let mut type_index: FxHashMap<(Vec<ValType>, Vec<ValType>), u32> = FxHashMap::default();
    let mut intern =
        |types: &mut TypeSection, params: Vec<ValType>, results: Vec<ValType>| -> u32 {
            let key = (params, results);
            if let Some(&i) = type_index.get(&key) {
                return i;
            }
            let i = type_index.len() as u32;
            types.ty().function(key.0.clone(), key.1.clone());
            type_index.insert(key, i);
            i
        };

    // Conditional expressions giving several values (tuples) need a type for their block.
    for &f in &funcs {
        for stmt in &module.funcs[f.0 as usize].body {
            let mut multi = Vec::new();
            mir::walk_stmt(stmt, &mut |_| {}, &mut |e| {
                if let Expr::IfElse { ty, .. } = e
                    && ty.len() > 1
                {
                    multi.push(ty.clone());
                }
            });
            for ty in multi {
                let results = ty.iter().map(|&t| val_type(t)).collect();
                let index = intern(&mut types, Vec::new(), results);
                layout.block_types.insert(ty, index);
            }
        }
    }
    let mut import_section = ImportSection::new();
    for &h in &imports {
        let (params, results) = h.signature();
        let ty = intern(&mut types, params, results);
        import_section.import("wasi_snapshot_preview1", h.name(), EntityType::Function(ty));
    }
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    for &h in &local_helpers {
        let (params, results) = h.signature();
        let ty = intern(&mut types, params, results);
        functions.function(ty);
        code.function(&func::helper_body(h, &layout));
    }
    for &f in &funcs {
        let func = &module.funcs[f.0 as usize];
        let params = func.locals[..func.n_params as usize]
            .iter()
            .map(|&t| val_type(t))
            .collect();
        let results = func.results.iter().map(|&t| val_type(t)).collect();
        let ty = intern(&mut types, params, results);
        functions.function(ty);
        code.function(&func::emit_func(module, func, &layout));
    }

    let heap_start = (DATA_BASE as usize + module.data.len()).next_multiple_of(8);
    let pages = (heap_start / 65536 + 1) as u64;
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: pages,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });

    let mut globals = GlobalSection::new();
    for global in used.iter().map(|&g| &module.globals[g as usize]) {
        let init = match global.ty {
            ValTy::I32 | ValTy::Ref => ConstExpr::i32_const(0),
            ValTy::I64 => ConstExpr::i64_const(0),
            ValTy::F64 => ConstExpr::f64_const(0.0.into()),
        };
        globals.global(
            GlobalType {
                val_type: val_type(global.ty),
                mutable: true,
                shared: false,
            },
            &init,
        );
    }

    let mut exports = ExportSection::new();
    exports.export("_start", ExportKind::Func, layout.func_index[&module.start]);
    exports.export("memory", ExportKind::Memory, 0);
    if let Some(flush) = module.flush.and_then(|f| layout.func_index.get(&f)) {
        exports.export("krait_flush", ExportKind::Func, *flush);
    }

    let mut data = DataSection::new();
    if !module.data.is_empty() {
        data.active(
            0,
            &ConstExpr::i32_const(DATA_BASE as i32),
            module.data.iter().copied(),
        );
    }
    let allocates = layout.helper_index.contains_key(&Helper::Alloc);
    if allocates {
        // The heap starts and ends at the end of the static data, with no bump region yet.
        let start = (heap_start as u32).to_le_bytes();
        data.active(
            0,
            &ConstExpr::i32_const(HEAP_START as i32),
            [start, start, [0; 4], start, start].concat(),
        );
    }

    let mut names = NameSection::new();
    let mut ordered: Vec<_> = layout
        .helper_index
        .iter()
        .map(|(h, &i)| (i, h.name().to_owned()))
        .collect();
    ordered.extend(funcs.iter().map(|f| {
        (
            layout.func_index[f],
            module.funcs[f.0 as usize].name.clone(),
        )
    }));
    ordered.sort();
    let mut func_names = NameMap::new();
    for (i, name) in &ordered {
        func_names.append(*i, name);
    }
    names.functions(&func_names);

    let mut wasm = wasm_encoder::Module::new();
    wasm.section(&types);
    if !imports.is_empty() {
        wasm.section(&import_section);
    }
    wasm.section(&functions);
    wasm.section(&memories);
    wasm.section(&globals);
    wasm.section(&exports);
    wasm.section(&code);
    if !module.data.is_empty() || allocates {
        wasm.section(&data);
    }
    wasm.section(&names);
    wasm.finish()
}
