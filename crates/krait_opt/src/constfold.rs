//! Constant folding: operations whose operands are constants, and branches whose condition is.

use krait_mir::{BinOp, CheckedOp, Expr, Stmt, UnOp};

pub fn run(body: &mut Vec<Stmt>) {
    for stmt in body.iter_mut() {
        fold_stmt(stmt);
    }
    // Evaluating a constant for nothing is nothing.
    body.retain(|stmt| !matches!(stmt, Stmt::Drop(Expr::I32(_) | Expr::I64(_) | Expr::F64(_))));
    body.retain(|stmt| !matches!(stmt, Stmt::Drop(Expr::Values(values)) if values.is_empty()));
    // `if <constant>` keeps only the branch that runs.
    let mut i = 0;
    while i < body.len() {
        if let Stmt::If {
            cond: Expr::I32(c),
            then,
            otherwise,
        } = &mut body[i]
        {
            let taken = if *c != 0 {
                std::mem::take(then)
            } else {
                std::mem::take(otherwise)
            };
            body.splice(i..=i, taken);
            continue;
        }
        i += 1;
    }
}

fn fold_stmt(stmt: &mut Stmt) {
    match stmt {
        Stmt::SetLocal(_, e)
        | Stmt::SetLocals(_, e)
        | Stmt::SetGlobal(_, e)
        | Stmt::Drop(e)
        | Stmt::Exit(e) => fold(e),
        Stmt::Store { addr, value, .. } => {
            fold(addr);
            fold(value);
        }
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            fold(cond);
            run(then);
            run(otherwise);
        }
        Stmt::Loop { body } => run(body),
        Stmt::Try { body, handler } => {
            run(body);
            run(handler);
        }
        Stmt::Return(values) | Stmt::Yield(values) => values.iter_mut().for_each(fold),
        Stmt::Raise { message, .. } => fold(message),
        Stmt::Write { fd, addr, len }
        | Stmt::Copy {
            dst: fd,
            src: addr,
            len,
            ..
        } => {
            fold(fd);
            fold(addr);
            fold(len);
        }
        Stmt::ArgsSizesGet(a, b)
        | Stmt::ArgsGet(a, b)
        | Stmt::FdRead(a, b)
        | Stmt::RandomGet(a, b) => {
            fold(a);
            fold(b);
        }
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Unreachable => {}
    }
}

pub(crate) fn fold(expr: &mut Expr) {
    match expr {
        Expr::Unary(op, a) => {
            fold(a);
            if let Some(value) = unary(*op, a) {
                *expr = value;
            }
        }
        Expr::Binary(op, a, b) => {
            fold(a);
            fold(b);
            if let Some(value) = binary(*op, a, b) {
                *expr = value;
            }
        }
        Expr::Checked { op, lhs, rhs, .. } => {
            fold(lhs);
            fold(rhs);
            if let (Expr::I64(a), Expr::I64(b)) = (&**lhs, &**rhs) {
                // A checked operation on constants that does not overflow is its result; one
                // that does is left to raise at run time.
                let exact = match op {
                    CheckedOp::Add => a.checked_add(*b),
                    CheckedOp::Sub => a.checked_sub(*b),
                    CheckedOp::Mul => a.checked_mul(*b),
                };
                if let Some(value) = exact {
                    *expr = Expr::I64(value);
                }
            }
        }
        Expr::Call { args, .. } | Expr::Values(args) => args.iter_mut().for_each(fold),
        Expr::Load { addr, .. }
        | Expr::Alloc { size: addr, .. }
        | Expr::MemoryGrow(addr)
        | Expr::TracebackFrame(addr) => fold(addr),
        Expr::IfElse {
            cond,
            then,
            otherwise,
            ..
        } => {
            fold(cond);
            fold(then);
            fold(otherwise);
            if let Expr::I32(c) = **cond {
                let taken = if c != 0 {
                    std::mem::replace(&mut **then, Expr::Values(Vec::new()))
                } else {
                    std::mem::replace(&mut **otherwise, Expr::Values(Vec::new()))
                };
                *expr = taken;
            }
        }
        Expr::Block { stmts, value } => {
            run(stmts);
            fold(value);
            if stmts.is_empty() {
                *expr = std::mem::replace(&mut **value, Expr::Values(Vec::new()));
            }
        }
        Expr::I32(_)
        | Expr::I64(_)
        | Expr::F64(_)
        | Expr::Local(_)
        | Expr::Global(_)
        | Expr::TracebackLen
        | Expr::MemorySize
        | Expr::Unreachable => {}
    }
}

fn unary(op: UnOp, a: &Expr) -> Option<Expr> {
    Some(match (op, a) {
        (UnOp::I32Eqz, Expr::I32(a)) => Expr::I32((*a == 0) as i32),
        (UnOp::I64Eqz, Expr::I64(a)) => Expr::I32((*a == 0) as i32),
        (UnOp::I64ExtendI32S, Expr::I32(a)) => Expr::I64(i64::from(*a)),
        (UnOp::I64ExtendI32U, Expr::I32(a)) => Expr::I64(i64::from(*a as u32)),
        (UnOp::I32WrapI64, Expr::I64(a)) => Expr::I32(*a as i32),
        // Exact: i64 to f64 rounds to nearest, as wasm's f64.convert_i64_s does.
        (UnOp::F64ConvertI64S, Expr::I64(a)) => Expr::F64(*a as f64),
        (UnOp::F64Neg, Expr::F64(a)) => Expr::F64(-*a),
        // not(not(x)) == x for the i32 booleans comparisons produce.
        (UnOp::I32Eqz, Expr::Unary(UnOp::I32Eqz, inner)) if is_boolean(inner) => (**inner).clone(),
        _ => return None,
    })
}

/// Whether `e` is 0 or 1: a comparison or a boolean constant.
fn is_boolean(e: &Expr) -> bool {
    match e {
        Expr::I32(c) => *c == 0 || *c == 1,
        Expr::Unary(UnOp::I32Eqz | UnOp::I64Eqz, _) => true,
        Expr::Binary(op, ..) => matches!(
            op,
            BinOp::I32Eq
                | BinOp::I32Ne
                | BinOp::I32LtS
                | BinOp::I32GtS
                | BinOp::I32LeS
                | BinOp::I32GeS
                | BinOp::I32LtU
                | BinOp::I32GeU
                | BinOp::I64Eq
                | BinOp::I64Ne
                | BinOp::I64LtS
                | BinOp::I64LeS
                | BinOp::I64GtS
                | BinOp::I64GeS
                | BinOp::I64LtU
                | BinOp::F64Eq
                | BinOp::F64Ne
                | BinOp::F64Lt
                | BinOp::F64Le
                | BinOp::F64Gt
                | BinOp::F64Ge
        ),
        _ => false,
    }
}

fn binary(op: BinOp, a: &Expr, b: &Expr) -> Option<Expr> {
    let bool32 = |v: bool| Expr::I32(v as i32);
    Some(match (op, a, b) {
        (BinOp::I32Add, Expr::I32(a), Expr::I32(b)) => Expr::I32(a.wrapping_add(*b)),
        (BinOp::I32And, Expr::I32(a), Expr::I32(b)) => Expr::I32(a & b),
        (BinOp::I32Or, Expr::I32(a), Expr::I32(b)) => Expr::I32(a | b),
        (BinOp::I32Xor, Expr::I32(a), Expr::I32(b)) => Expr::I32(a ^ b),
        (BinOp::I32Eq, Expr::I32(a), Expr::I32(b)) => bool32(a == b),
        (BinOp::I32Ne, Expr::I32(a), Expr::I32(b)) => bool32(a != b),
        (BinOp::I64Add, Expr::I64(a), Expr::I64(b)) => Expr::I64(a.wrapping_add(*b)),
        (BinOp::I64Sub, Expr::I64(a), Expr::I64(b)) => Expr::I64(a.wrapping_sub(*b)),
        (BinOp::I64Mul, Expr::I64(a), Expr::I64(b)) => Expr::I64(a.wrapping_mul(*b)),
        (BinOp::I64And, Expr::I64(a), Expr::I64(b)) => Expr::I64(a & b),
        (BinOp::I64Or, Expr::I64(a), Expr::I64(b)) => Expr::I64(a | b),
        (BinOp::I64Xor, Expr::I64(a), Expr::I64(b)) => Expr::I64(a ^ b),
        (BinOp::I64Eq, Expr::I64(a), Expr::I64(b)) => bool32(a == b),
        (BinOp::I64Ne, Expr::I64(a), Expr::I64(b)) => bool32(a != b),
        (BinOp::I64LtS, Expr::I64(a), Expr::I64(b)) => bool32(a < b),
        (BinOp::I64LeS, Expr::I64(a), Expr::I64(b)) => bool32(a <= b),
        (BinOp::I64GtS, Expr::I64(a), Expr::I64(b)) => bool32(a > b),
        (BinOp::I64GeS, Expr::I64(a), Expr::I64(b)) => bool32(a >= b),
        // IEEE arithmetic on constants gives the same bits at compile time as at run time.
        (BinOp::F64Add, Expr::F64(a), Expr::F64(b)) => Expr::F64(a + b),
        (BinOp::F64Sub, Expr::F64(a), Expr::F64(b)) => Expr::F64(a - b),
        (BinOp::F64Mul, Expr::F64(a), Expr::F64(b)) => Expr::F64(a * b),
        (BinOp::F64Eq, Expr::F64(a), Expr::F64(b)) => bool32(a == b),
        (BinOp::F64Ne, Expr::F64(a), Expr::F64(b)) => bool32(a != b),
        // x & 1 == x, x | 0 == x, for the 0/1 booleans.
        (BinOp::I32And, x, Expr::I32(1)) | (BinOp::I32And, Expr::I32(1), x) if is_boolean(x) => {
            x.clone()
        }
        (BinOp::I32Or, x, Expr::I32(0)) | (BinOp::I32Or, Expr::I32(0), x) => x.clone(),
        _ => return None,
    })
}
