//! Inlining: a call to a small function that calls nothing becomes the function's body.
//!
//! Runs after [`crate::frames`], so the count of Python frames is an ordinary argument: the
//! inlined body still raises RecursionError where the call would have, and passes the count on.
//! The body's locals become the caller's (renumbered after its own) and are cleared before it
//! runs, as a call's start at zero; the arguments' values are assigned to the parameters in
//! order, as a call evaluates them. Each `return` stores its values in the
//! result locals and breaks out of a loop wrapped around the body. The loop sits in a `Try`
//! whose handler records the call's traceback site and raises the same exception on: an
//! exception leaving the body records exactly the frames the call would have (the callee's
//! sites, then the call's), and unwinds to where the call's check would have sent it.
//!
//! Only the program's functions and constructors are inlined, not the runtime's: their bodies
//! are small and hot (methods, accessors, arithmetic helpers), while the runtime's leaves are
//! many and would grow every module. A function is a candidate when it calls nothing (so
//! inlining never recurses) and allocates nothing, is at most [`MAX_SIZE`] nodes, and returns
//! only from statement positions. As nothing in such a body can collect garbage, its locals
//! need no shadow-stack slots in the caller: they become plain i32s there, where `Ref` locals
//! would each cost the caller a slot cleared on entry and written on every assignment (inlining
//! constructors, which allocate, made `binary_trees` half as slow again for that). Inlining repeats while it makes new candidates (a constructor whose `__init__`
//! was inlined calls nothing any more), at most [`MAX_ROUNDS`] times.

use krait_mir::{
    Expr, Frame, Func, FuncIdx, LocalIdx, Module, Site, Stmt, ValTy, walk_stmt, walk_stmt_mut,
};

/// The most statements and expressions an inlined body may have.
const MAX_SIZE: usize = 100;
const MAX_ROUNDS: usize = 3;

pub fn run(module: &mut Module) {
    for _ in 0..MAX_ROUNDS {
        let candidates: Vec<bool> = module.funcs.iter().map(is_candidate).collect();
        if !candidates.contains(&true) {
            return;
        }
        let mut changed = false;
        for i in 0..module.funcs.len() {
            if module.funcs[i].handles_exceptions || !calls_any(&module.funcs[i], &candidates) {
                continue;
            }
            let mut caller = std::mem::take(&mut module.funcs[i].body);
            let mut locals = std::mem::take(&mut module.funcs[i].locals);
            for stmt in &mut caller {
                walk_stmt_mut(stmt, &mut |_| {}, &mut |e| {
                    if let Expr::Call { func, .. } = e
                        && candidates[func.0 as usize]
                    {
                        let Expr::Call { func, args, site } = std::mem::replace(e, Expr::I32(0))
                        else {
                            unreachable!("matched above")
                        };
                        *e = inline_call(module, func, args, site, &mut locals);
                        changed = true;
                    }
                });
            }
            module.funcs[i].body = caller;
            module.funcs[i].locals = locals;
        }
        if !changed {
            return;
        }
    }
}

fn calls_any(func: &Func, candidates: &[bool]) -> bool {
    let mut found = false;
    for stmt in &func.body {
        walk_stmt(stmt, &mut |_| {}, &mut |e| {
            if let Expr::Call { func, .. } = e {
                found |= candidates[func.0 as usize];
            }
        });
    }
    found
}

fn is_candidate(func: &Func) -> bool {
    if func.frame == Frame::Runtime || func.handles_exceptions || func.shadow_frame.is_some() {
        return false;
    }
    let (mut stmts, mut exprs) = (0, 0);
    let mut collects = false;
    let mut returns = 0;
    for stmt in &func.body {
        walk_stmt(
            stmt,
            &mut |s| {
                stmts += 1;
                returns += usize::from(matches!(s, Stmt::Return(_) | Stmt::Yield(_)));
            },
            &mut |e| {
                exprs += 1;
                collects |= matches!(e, Expr::Call { .. } | Expr::Alloc { .. });
            },
        );
    }
    !collects && stmts + exprs <= MAX_SIZE && returns == statement_returns(&func.body)
}

/// The `return`s among `stmts` and the statements nested in them, not counting those inside
/// expressions (which the rewrite to a `break` cannot reach).
fn statement_returns(stmts: &[Stmt]) -> usize {
    stmts
        .iter()
        .map(|stmt| match stmt {
            Stmt::Return(_) => 1,
            Stmt::If {
                then, otherwise, ..
            } => statement_returns(then) + statement_returns(otherwise),
            Stmt::Loop { body } => statement_returns(body),
            Stmt::Try { body, handler } => statement_returns(body) + statement_returns(handler),
            _ => 0,
        })
        .sum()
}

/// The body of `callee` for a call with `args`, its locals added to `locals`.
fn inline_call(
    module: &Module,
    callee: FuncIdx,
    args: Vec<Expr>,
    site: Option<Site>,
    locals: &mut Vec<ValTy>,
) -> Expr {
    let callee = &module.funcs[callee.0 as usize];
    let offset = locals.len() as u32;
    // Nothing in the body collects, so its references need no roots: they are dead once the
    // body is done. (The results are read after it, and stay rooted where they must be.)
    locals.extend(callee.locals.iter().map(|&ty| match ty {
        ValTy::Ref => ValTy::I32,
        other => other,
    }));
    let results: Vec<LocalIdx> = callee
        .results
        .iter()
        .map(|&ty| {
            locals.push(ty);
            LocalIdx(locals.len() as u32 - 1)
        })
        .collect();
    let mut body = callee.body.clone();
    renumber(&mut body, offset);
    returns_to_breaks(&mut body, &results, 0);
    // An argument may be several values or none (a `None`), so the parameters take all the
    // arguments' values at once, in order.
    let params = (offset..offset + callee.n_params).map(LocalIdx).collect();
    let mut stmts = vec![Stmt::SetLocals(params, Expr::Values(args))];
    // A call starts with its locals zero, and code relies on it (a local's "is bound" flag):
    // the body may run again in a loop of the caller, so it clears them itself.
    for local in offset + callee.n_params..offset + callee.locals.len() as u32 {
        let zero = match locals[local as usize] {
            ValTy::I64 => Expr::I64(0),
            ValTy::F64 => Expr::F64(0.0),
            ValTy::I32 | ValTy::Ref => Expr::I32(0),
        };
        stmts.push(Stmt::SetLocal(LocalIdx(local), zero));
    }
    stmts.push(Stmt::Try {
        body: vec![Stmt::Loop { body }],
        handler: vec![Stmt::Raise {
            message: Expr::Global(module.exc),
            site,
        }],
    });
    let value = match results.as_slice() {
        [one] => Expr::Local(*one),
        many => Expr::Values(many.iter().map(|&l| Expr::Local(l)).collect()),
    };
    Expr::Block {
        stmts,
        value: Box::new(value),
    }
}

/// Moves every local of `body` `offset` places up.
fn renumber(body: &mut [Stmt], offset: u32) {
    let shift_targets = |stmts: &mut [Stmt]| {
        for stmt in stmts {
            match stmt {
                Stmt::SetLocal(l, _) => l.0 += offset,
                Stmt::SetLocals(ls, _) => ls.iter_mut().for_each(|l| l.0 += offset),
                _ => {}
            }
        }
    };
    shift_targets(body);
    for stmt in body {
        walk_stmt_mut(stmt, &mut |list| shift_targets(list), &mut |e| {
            if let Expr::Local(l) = e {
                l.0 += offset;
            }
        });
    }
}

/// Turns each `return` of `stmts`, `depth` loops inside the body, into stores to `results` and
/// a break out of the loop around the body.
fn returns_to_breaks(stmts: &mut Vec<Stmt>, results: &[LocalIdx], depth: u32) {
    for mut stmt in std::mem::take(stmts) {
        match &mut stmt {
            Stmt::Return(values) => {
                let values = std::mem::take(values);
                match results {
                    [] => stmts.extend(values.into_iter().map(Stmt::Drop)),
                    [one] if values.len() == 1 => stmts.push(Stmt::SetLocal(
                        *one,
                        values.into_iter().next().expect("one"),
                    )),
                    _ => stmts.push(Stmt::SetLocals(results.to_vec(), Expr::Values(values))),
                }
                stmts.push(Stmt::Break(depth));
                continue;
            }
            Stmt::If {
                then, otherwise, ..
            } => {
                returns_to_breaks(then, results, depth);
                returns_to_breaks(otherwise, results, depth);
            }
            Stmt::Loop { body } => returns_to_breaks(body, results, depth + 1),
            Stmt::Try { body, handler } => {
                returns_to_breaks(body, results, depth);
                returns_to_breaks(handler, results, depth);
            }
            _ => {}
        }
        stmts.push(stmt);
    }
}
