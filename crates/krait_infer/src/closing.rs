//! Generators that closing runs code in, and where the program may keep them.
//!
//! Closing a generator stopped inside a `try` or `with` raises GeneratorExit there, which runs
//! its `finally` blocks, `__exit__` methods and matching `except` clauses; a `yield from`
//! closes its delegate. CPython closes a generator when its last reference goes, which only
//! reference counting tells in general. krait keeps such generators where that moment is
//! known: a `for` loop's iterable (closed when the loop ends, however it ends; what `__iter__`
//! returns too), an argument that a builtin runs to its end, or a plain variable (closed when it is bound again and when its
//! function returns, or, at module level, when the program ends), which only `for`, `next()`,
//! `send()`, `close()` and the builtins that iterate read. Anywhere else is refused.

use crate::{InstanceId, TypeckResult};
use krait_diagnostics::Diagnostic;
use krait_hir::{Builtin, Callee, ExprId, ExprKind, Function, Program, Stmt, Target};
use krait_types::Ty;
use rustc_hash::FxHashSet;

/// The generator instances that closing runs code in: a `yield` inside a `try` or `with`
/// (HIR's `closes`), or such a generator they delegate to, iterate or keep in a variable.
pub(crate) fn closing_instances(
    program: &Program,
    instances: &[crate::Instance],
    results: &[TypeckResult],
) -> FxHashSet<InstanceId> {
    let mut closes: FxHashSet<InstanceId> = (0..instances.len())
        .map(|i| InstanceId(i as u32))
        .filter(|i| program.func(instances[i.index()].func).closes)
        .collect();
    loop {
        let before = closes.len();
        for (i, instance) in instances.iter().enumerate() {
            let id = InstanceId(i as u32);
            let func = program.func(instance.func);
            if !func.generator || closes.contains(&id) || i >= results.len() {
                continue;
            }
            // A delegate, a generator a `for` loop made, or one a variable holds is closed
            // when this one is.
            let mut held = Vec::new();
            let mut note = |stmt: &Stmt| match stmt {
                Stmt::YieldFrom { each, .. } => {
                    if let Stmt::ForEach { iter, .. } = **each {
                        held.push(iter);
                    }
                }
                Stmt::ForEach { iter, .. } if !reads_variable(func, *iter) => held.push(*iter),
                _ => {}
            };
            each_stmt(&func.body, &mut note);
            for expr in &func.exprs {
                if let ExprKind::Comprehension { stmts, .. } = &expr.kind {
                    each_stmt(stmts, &mut note);
                }
            }
            let res = &results[i];
            let closing = |ty: Option<&Ty>| matches!(ty, Some(Ty::Gen(g)) if closes.contains(&InstanceId(g.0)));
            if held.iter().any(|e| closing(res.expr_tys.get(e.index())))
                || res.local_tys.iter().any(|t| closing(Some(t)))
            {
                closes.insert(id);
            }
        }
        if closes.len() == before {
            return closes;
        }
    }
}

/// Calls `f` with every statement of `stmts`, nested ones included.
pub(crate) fn each_stmt(stmts: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for stmt in stmts {
        f(stmt);
        match stmt {
            Stmt::ForEach { body, orelse, .. }
            | Stmt::If { body, orelse, .. }
            | Stmt::While { body, orelse, .. }
            | Stmt::ForRange { body, orelse, .. } => {
                each_stmt(body, f);
                each_stmt(orelse, f);
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                each_stmt(body, f);
                for handler in handlers {
                    each_stmt(&handler.body, f);
                }
                each_stmt(orelse, f);
                each_stmt(finalbody, f);
            }
            Stmt::YieldFrom { each, .. } => each_stmt(std::slice::from_ref(each), f),
            Stmt::With { body, .. } => each_stmt(body, f),
            _ => {}
        }
    }
}

/// Whether `expr` reads a variable.
pub fn reads_variable(func: &Function, expr: ExprId) -> bool {
    matches!(
        func.expr(expr).kind,
        ExprKind::Local(_) | ExprKind::Global(_)
    )
}

/// The places of one instance's body where a generator that closing runs code in goes
/// somewhere krait cannot tell when CPython would close it.
pub(crate) fn check(
    func: &Function,
    res: &TypeckResult,
    closes: &FxHashSet<InstanceId>,
    out: &mut Vec<Diagnostic>,
) {
    let closing = |e: ExprId| matches!(res.expr_tys.get(e.index()), Some(Ty::Gen(g)) if closes.contains(&InstanceId(g.0)));
    let mut parents = vec![None; func.exprs.len()];
    for (i, expr) in func.exprs.iter().enumerate() {
        for operand in expr.kind.operands() {
            parents[operand.index()] = Some(ExprId(i as u32));
        }
    }
    let mut iterated = FxHashSet::default();
    let mut bound = FxHashSet::default();
    let mut note = |stmt: &Stmt| match stmt {
        Stmt::ForEach { iter, .. } => {
            iterated.insert(*iter);
        }
        // What `__iter__` returns, `for` and the builtins iterate (and drop).
        Stmt::Return(Some(value), _) if func.name == "__iter__" => {
            bound.insert(*value);
        }
        Stmt::Assign { targets, value } if matches!(targets[..], [Target::Place(..)]) => {
            bound.insert(*value);
        }
        _ => {}
    };
    each_stmt(&func.body, &mut note);
    for expr in &func.exprs {
        if let ExprKind::Comprehension { stmts, .. } = &expr.kind {
            each_stmt(stmts, &mut note);
        }
    }
    for i in 0..func.exprs.len() {
        let expr = ExprId(i as u32);
        if !closing(expr) {
            continue;
        }
        let variable = reads_variable(func, expr);
        let allowed = match parents[expr.index()] {
            Some(parent) => match &func.expr(parent).kind {
                ExprKind::Call {
                    callee:
                        Callee::Builtin(Builtin::Next | Builtin::Any | Builtin::All | Builtin::Zip),
                    ..
                } => variable,
                ExprKind::MethodCall { receiver, .. } => variable && *receiver == expr,
                _ => res.gen_lists.contains_key(&expr),
            },
            None => iterated.contains(&expr) || (bound.contains(&expr) && !variable),
        };
        if !allowed {
            out.push(Diagnostic::unsupported(
                func.expr(expr).span,
                "a generator with a `yield` inside `try` or `with` (which closing it runs code \
                 in) kept where krait cannot tell when CPython would close it: iterate it with \
                 `for`, or keep it in a variable",
            ));
        }
    }
}
