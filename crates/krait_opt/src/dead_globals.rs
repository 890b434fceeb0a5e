//! Dead-global elimination: a global that no reachable function reads needs no stores.
//!
//! Module bodies initialise every global they bind, the runtime library's too, though most
//! programs read few of them. A store to a global nobody reads becomes the evaluation of its
//! value for its effects (usually none: `constfold` then drops it), and emission leaves the
//! unused global out of the module.

use krait_mir::{Expr, FuncIdx, Module, Stmt, walk_stmt};
use rustc_hash::FxHashSet;

/// The functions `_start` can reach (allocation reaches the runtime's slow path).
pub fn reachable(module: &Module) -> FxHashSet<FuncIdx> {
    let mut seen = FxHashSet::default();
    let mut stack = vec![module.start];
    while let Some(func) = stack.pop() {
        if !seen.insert(func) {
            continue;
        }
        for stmt in &module.funcs[func.0 as usize].body {
            walk_stmt(stmt, &mut |_| {}, &mut |e| match e {
                Expr::Call { func, .. } => stack.push(*func),
                Expr::Alloc { .. } => stack.extend(module.alloc_slow),
                _ => {}
            });
        }
    }
    seen
}

pub fn run(module: &mut Module) {
    let live = reachable(module);
    let mut read = FxHashSet::default();
    read.insert(module.exc.0);
    for func in &live {
        for stmt in &module.funcs[func.0 as usize].body {
            walk_stmt(stmt, &mut |_| {}, &mut |e| {
                if let Expr::Global(g) = e {
                    read.insert(g.0);
                }
            });
        }
    }
    for func in &live {
        drop_stores(&mut module.funcs[func.0 as usize].body, &read);
    }
}

fn drop_stores(stmts: &mut [Stmt], read: &FxHashSet<u32>) {
    for stmt in stmts {
        match stmt {
            Stmt::SetGlobal(global, value) if !read.contains(&global.0) => {
                let value = std::mem::replace(value, Expr::Values(Vec::new()));
                *stmt = Stmt::Drop(value);
            }
            Stmt::If {
                then, otherwise, ..
            } => {
                drop_stores(then, read);
                drop_stores(otherwise, read);
            }
            Stmt::Loop { body } => drop_stores(body, read),
            Stmt::Try { body, handler } => {
                drop_stores(body, read);
                drop_stores(handler, read);
            }
            _ => {}
        }
    }
}
