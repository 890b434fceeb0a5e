//! Constant globals: a global stored exactly once, with a constant, reads as that constant.
//!
//! Module-level constants (`PAGE = 65536`, most of the runtime's) are globals in MIR. When the
//! only store to one is a literal, every read is replaced by the literal, so that `constfold`
//! can fold the arithmetic around it (a floor division by a known divisor loses its zero
//! check) and `dead_globals` drops the store. A read of a user's global that could run before
//! the store is guarded by its binding check (NameError), which stays, so the value read is
//! never the uninitialised one; globals read before they are set on purpose (the binding flags,
//! `GlobalDef::read_unset`) are left alone.

use krait_mir::{Expr, Module, Stmt, walk_stmt};
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
            replace_stmt(stmt, &constants);
        }
    }
}

fn replace_stmt(stmt: &mut Stmt, constants: &FxHashMap<u32, Expr>) {
    match stmt {
        Stmt::SetLocal(_, e)
        | Stmt::SetLocals(_, e)
        | Stmt::SetGlobal(_, e)
        | Stmt::Drop(e)
        | Stmt::Exit(e)
        | Stmt::Raise { message: e, .. } => replace(e, constants),
        Stmt::Store { addr, value, .. } => {
            replace(addr, constants);
            replace(value, constants);
        }
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            replace(cond, constants);
            then.iter_mut()
                .chain(otherwise.iter_mut())
                .for_each(|s| replace_stmt(s, constants));
        }
        Stmt::Loop { body } => body.iter_mut().for_each(|s| replace_stmt(s, constants)),
        Stmt::Return(values) => values.iter_mut().for_each(|e| replace(e, constants)),
        Stmt::Write { fd, addr, len }
        | Stmt::Copy {
            dst: fd,
            src: addr,
            len,
        } => {
            for e in [fd, addr, len] {
                replace(e, constants);
            }
        }
        Stmt::ArgsSizesGet(a, b) | Stmt::ArgsGet(a, b) => {
            replace(a, constants);
            replace(b, constants);
        }
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Unreachable => {}
    }
}

fn replace(expr: &mut Expr, constants: &FxHashMap<u32, Expr>) {
    match expr {
        Expr::Global(g) => {
            if let Some(value) = constants.get(&g.0) {
                *expr = value.clone();
            }
        }
        Expr::I32(_)
        | Expr::I64(_)
        | Expr::F64(_)
        | Expr::Local(_)
        | Expr::Unreachable
        | Expr::MemorySize
        | Expr::TracebackLen => {}
        Expr::Unary(_, e)
        | Expr::Load { addr: e, .. }
        | Expr::Alloc { size: e, .. }
        | Expr::MemoryGrow(e)
        | Expr::TracebackFrame(e) => replace(e, constants),
        Expr::Binary(_, a, b) | Expr::Checked { lhs: a, rhs: b, .. } => {
            replace(a, constants);
            replace(b, constants);
        }
        Expr::Call { args, .. } | Expr::Values(args) => {
            args.iter_mut().for_each(|e| replace(e, constants))
        }
        Expr::IfElse {
            cond,
            then,
            otherwise,
            ..
        } => {
            replace(cond, constants);
            replace(then, constants);
            replace(otherwise, constants);
        }
        Expr::Block { stmts, value } => {
            stmts.iter_mut().for_each(|s| replace_stmt(s, constants));
            replace(value, constants);
        }
    }
}
