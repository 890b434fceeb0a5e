//! Constant globals: a global stored exactly once, with a constant, reads as that constant.
//!
//! Module-level constants (`PAGE = 65536`, most of the runtime's) are globals in MIR. When the
//! only store to one is a literal, every read is replaced by the literal, so that `constfold`
//! can fold the arithmetic around it (a floor division by a known divisor loses its zero
//! check) and `dead_globals` drops the store. A read of a user's global that could run before
//! the store is guarded by its binding check (NameError), which stays, so the value read is
//! never the uninitialised one; globals read before they are set on purpose (the binding flags,
//! `GlobalDef::read_unset`) are left alone.

use krait_mir::{Expr, Module, Stmt, walk_stmt, walk_stmt_mut};
use rustc_hash::FxHashMap;

pub fn run(module: &mut Module) {
    let mut stores: FxHashMap<u32, (usize, Option<Expr>)> = FxHashMap::default();
    for func in &module.funcs {
        for stmt in &func.body {
            walk_stmt(
                stmt,
                &mut |s| {
                    if let Stmt::SetGlobal(g, value) = s {
                        let entry = stores.entry(g.0).or_insert((0, None));
                        entry.0 += 1;
                        entry.1 = match value {
                            Expr::I32(_) | Expr::I64(_) | Expr::F64(_) => Some(value.clone()),
                            _ => None,
                        };
                    }
                },
                &mut |_| {},
            );
        }
    }
    let constants: FxHashMap<u32, Expr> = stores
        .into_iter()
        .filter_map(|(g, (count, value))| if count == 1 { Some((g, value?)) } else { None })
        .filter(|(g, _)| !module.globals[*g as usize].read_unset)
        .collect();
    if constants.is_empty() {
        return;
    }
    for func in &mut module.funcs {
        for stmt in &mut func.body {
            walk_stmt_mut(stmt, &mut |_| {}, &mut |expr| {
                if let Expr::Global(g) = expr
                    && let Some(value) = constants.get(&g.0)
                {
                    *expr = value.clone();
                }
            });
        }
    }
}
