//! Python frames counted for CPython's recursion limit. Not an optimisation: it runs before
//! [`crate::optimise`] and [`crate::roots`].
//!
//! Every Python function and constructor takes one more parameter, last: the number of Python
//! frames running below it. A Python function raises RecursionError on entry when that is
//! already [`RECURSION_LIMIT`], and passes one more to what it calls; a constructor passes its
//! own on (it is no frame in CPython); the runtime, which never calls the program's functions,
//! and `_start`, which runs the module bodies, pass 0. The count travels in registers: a
//! global counter's store and load on every call made recursive code a sixth slower.

use krait_mir::{
    BinOp, Expr, Frame, Func, LocalIdx, Module, RECURSION_LIMIT, Stmt, ValTy, walk_stmt_mut,
};

pub fn run(module: &mut Module) {
    let frames: Vec<Frame> = module.funcs.iter().map(|f| f.frame).collect();
    let counts: Vec<Option<LocalIdx>> = module.funcs.iter_mut().map(add_parameter).collect();
    for (func, count) in module.funcs.iter_mut().zip(&counts) {
        let passed = match (func.frame, count) {
            (Frame::Python, Some(count)) => Expr::Binary(
                BinOp::I32Add,
                Box::new(Expr::Local(*count)),
                Box::new(Expr::I32(1)),
            ),
            (Frame::Transparent, Some(count)) => Expr::Local(*count),
            _ => Expr::I32(0),
        };
        for stmt in &mut func.body {
            walk_stmt_mut(stmt, &mut |_| {}, &mut |e| {
                if let Expr::Call { func, args, .. } = e
                    && frames[func.0 as usize] != Frame::Runtime
                {
                    args.push(passed.clone());
                }
            });
        }
        if let (Frame::Python, Some(count)) = (func.frame, count) {
            let too_deep = Expr::Binary(
                BinOp::I32GeU,
                Box::new(Expr::Local(*count)),
                Box::new(Expr::I32(RECURSION_LIMIT)),
            );
            func.body.insert(
                0,
                Stmt::If {
                    cond: too_deep,
                    then: vec![Stmt::Raise {
                        message: Expr::I32(module.recursion_message as i32),
                        site: None,
                    }],
                    otherwise: Vec::new(),
                },
            );
        }
    }
}

/// Adds the count parameter after a counting function's others (renumbering its locals);
/// gives its local.
fn add_parameter(func: &mut Func) -> Option<LocalIdx> {
    if func.frame == Frame::Runtime {
        return None;
    }
    let count = LocalIdx(func.n_params);
    let shift = |l: &mut LocalIdx| {
        if l.0 >= count.0 {
            l.0 += 1;
        }
    };
    let shift_list = |stmts: &mut Vec<Stmt>| {
        for stmt in stmts {
            match stmt {
                Stmt::SetLocal(l, _) => shift(l),
                Stmt::SetLocals(ls, _) => ls.iter_mut().for_each(shift),
                _ => {}
            }
        }
    };
    shift_list(&mut func.body);
    for stmt in &mut func.body {
        walk_stmt_mut(stmt, &mut |list| shift_list(list), &mut |e| {
            if let Expr::Local(l) = e {
                shift(l);
            }
        });
    }
    if let Some(frame) = &mut func.shadow_frame {
        shift(frame);
    }
    func.locals.insert(count.0 as usize, ValTy::I32);
    func.n_params += 1;
    Some(count)
}
