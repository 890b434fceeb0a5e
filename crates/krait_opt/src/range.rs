//! Overflow-check elimination by the conditions that dominate an operation.
//!
//! A checked i64 `+ c` or `- c` (c a positive constant) on a local cannot overflow where a
//! condition already bounds the local: after `n < limit` holds, n <= i64::MAX - 1, so `n + 1`
//! is exact. Facts come from `if` conditions (in the branch they guard, or after an `if` whose
//! branch always leaves) and die when their local is assigned; entering a loop forgets the
//! facts of the locals the loop assigns.

use krait_mir::{BinOp, CheckedOp, Expr, LocalIdx, Stmt, UnOp};
use rustc_hash::FxHashMap;

/// Inclusive bounds known for locals.
#[derive(Clone, Default)]
struct Facts {
    bounds: FxHashMap<u32, (i64, i64)>,
}

impl Facts {
    fn bound(&self, local: LocalIdx) -> (i64, i64) {
        self.bounds
            .get(&local.0)
            .copied()
            .unwrap_or((i64::MIN, i64::MAX))
    }

    fn narrow(&mut self, local: LocalIdx, low: i64, high: i64) {
        let (l, h) = self.bound(local);
        self.bounds.insert(local.0, (l.max(low), h.min(high)));
    }

    fn kill(&mut self, local: LocalIdx) {
        self.bounds.remove(&local.0);
    }

    /// Where two paths join: only bounds known on both, widened to cover both.
    fn meet(a: &Facts, b: &Facts) -> Facts {
        let mut bounds = FxHashMap::default();
        for (local, (l1, h1)) in &a.bounds {
            if let Some((l2, h2)) = b.bounds.get(local) {
                bounds.insert(*local, ((*l1).min(*l2), (*h1).max(*h2)));
            }
        }
        Facts { bounds }
    }

    /// Adds what `cond` (an i32 truth value) being `truth` says about locals.
    fn assume(&mut self, cond: &Expr, truth: bool) {
        match cond {
            Expr::Unary(UnOp::I32Eqz, inner) => self.assume(inner, !truth),
            Expr::Binary(BinOp::I32And, a, b) if truth => {
                self.assume(a, true);
                self.assume(b, true);
            }
            Expr::Binary(op, a, b) => {
                let op = if truth { Some(*op) } else { negate(*op) };
                match (op, &**a, &**b) {
                    (Some(op), Expr::Local(l), rhs) => self.compare(*l, op, rhs),
                    (Some(op), lhs, Expr::Local(l)) => {
                        if let Some(op) = swap(op) {
                            self.compare(*l, op, lhs)
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// `local op rhs` holds.
    fn compare(&mut self, local: LocalIdx, op: BinOp, rhs: &Expr) {
        let constant = match rhs {
            Expr::I64(c) => Some(*c),
            _ => None,
        };
        match op {
            // Whatever rhs is, it is at most i64::MAX, so local < rhs bounds local below it.
            BinOp::I64LtS => self.narrow(
                local,
                i64::MIN,
                constant.unwrap_or(i64::MAX).saturating_sub(1),
            ),
            BinOp::I64LeS => self.narrow(local, i64::MIN, constant.unwrap_or(i64::MAX)),
            BinOp::I64GtS => self.narrow(
                local,
                constant.unwrap_or(i64::MIN).saturating_add(1),
                i64::MAX,
            ),
            BinOp::I64GeS => self.narrow(local, constant.unwrap_or(i64::MIN), i64::MAX),
            BinOp::I64Eq => {
                if let Some(c) = constant {
                    self.narrow(local, c, c);
                }
            }
            _ => {}
        }
    }
}

fn negate(op: BinOp) -> Option<BinOp> {
    Some(match op {
        BinOp::I64LtS => BinOp::I64GeS,
        BinOp::I64LeS => BinOp::I64GtS,
        BinOp::I64GtS => BinOp::I64LeS,
        BinOp::I64GeS => BinOp::I64LtS,
        BinOp::I64Eq => BinOp::I64Ne,
        BinOp::I64Ne => BinOp::I64Eq,
        _ => return None,
    })
}

/// `a op b` as `b op' a`.
fn swap(op: BinOp) -> Option<BinOp> {
    Some(match op {
        BinOp::I64LtS => BinOp::I64GtS,
        BinOp::I64LeS => BinOp::I64GeS,
        BinOp::I64GtS => BinOp::I64LtS,
        BinOp::I64GeS => BinOp::I64LeS,
        BinOp::I64Eq => BinOp::I64Eq,
        BinOp::I64Ne => BinOp::I64Ne,
        _ => return None,
    })
}

pub fn run(body: &mut [Stmt]) {
    let mut facts = Facts::default();
    block(body, &mut facts);
}

/// Whether control never runs past the end of `stmts`.
fn leaves(stmts: &[Stmt]) -> bool {
    matches!(
        stmts.last(),
        Some(
            Stmt::Break(_)
                | Stmt::Continue(_)
                | Stmt::Return(_)
                | Stmt::Raise { .. }
                | Stmt::Unreachable
        )
    )
}

/// The locals that `stmts` assign, at any depth.
fn assigned_locals<'a>(stmts: impl Iterator<Item = &'a Stmt>) -> Vec<LocalIdx> {
    let mut assigned = Vec::new();
    for s in stmts {
        krait_mir::walk_stmt(
            s,
            &mut |s| match s {
                Stmt::SetLocal(l, _) => assigned.push(*l),
                Stmt::SetLocals(ls, _) => assigned.extend(ls.iter().copied()),
                _ => {}
            },
            &mut |_| {},
        );
    }
    assigned
}

fn block(stmts: &mut [Stmt], facts: &mut Facts) {
    for stmt in stmts {
        self::stmt(stmt, facts);
    }
}

fn stmt(stmt: &mut Stmt, facts: &mut Facts) {
    match stmt {
        Stmt::SetLocal(local, value) => {
            expr(value, facts);
            facts.kill(*local);
        }
        Stmt::SetLocals(locals, value) => {
            expr(value, facts);
            for local in locals {
                facts.kill(*local);
            }
        }
        Stmt::SetGlobal(_, e) | Stmt::Drop(e) | Stmt::Exit(e) => expr(e, facts),
        Stmt::Store { addr, value, .. } => {
            expr(addr, facts);
            expr(value, facts);
        }
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            expr(cond, facts);
            let mut then_facts = facts.clone();
            then_facts.assume(cond, true);
            block(then, &mut then_facts);
            let mut else_facts = facts.clone();
            else_facts.assume(cond, false);
            block(otherwise, &mut else_facts);
            *facts = match (leaves(then), leaves(otherwise)) {
                (true, true) => Facts::default(),
                (true, false) => else_facts,
                (false, true) => then_facts,
                (false, false) => Facts::meet(&then_facts, &else_facts),
            };
        }
        Stmt::Try { body, handler } => {
            // The handler may start anywhere in the body, and either may end the statement.
            let assigned = assigned_locals(body.iter().chain(handler.iter()));
            block(body, &mut facts.clone());
            let mut inner = facts.clone();
            for local in &assigned {
                inner.kill(*local);
            }
            block(handler, &mut inner);
            for local in assigned {
                facts.kill(local);
            }
        }
        Stmt::Loop { body } => {
            // Facts about locals the loop assigns do not hold at its later iterations.
            let assigned = assigned_locals(body.iter());
            let mut inner = facts.clone();
            for local in &assigned {
                inner.kill(*local);
            }
            block(body, &mut inner);
            for local in assigned {
                facts.kill(local);
            }
        }
        Stmt::Return(values) | Stmt::Yield(values) => {
            values.iter_mut().for_each(|v| expr(v, facts))
        }
        Stmt::Raise { message, .. } => expr(message, facts),
        Stmt::Write { fd, addr, len }
        | Stmt::Copy {
            dst: fd,
            src: addr,
            len,
            ..
        } => {
            expr(fd, facts);
            expr(addr, facts);
            expr(len, facts);
        }
        Stmt::ArgsSizesGet(a, b) | Stmt::ArgsGet(a, b) => {
            expr(a, facts);
            expr(b, facts);
        }
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Unreachable => {}
    }
}

fn expr(e: &mut Expr, facts: &mut Facts) {
    match e {
        Expr::Checked { op, lhs, rhs, .. } => {
            expr(lhs, facts);
            expr(rhs, facts);
            if let Some(exact) = unchecked(*op, lhs, rhs, facts) {
                *e = exact;
            }
        }
        Expr::Unary(_, a)
        | Expr::Load { addr: a, .. }
        | Expr::Alloc { size: a, .. }
        | Expr::MemoryGrow(a)
        | Expr::TracebackFrame(a) => expr(a, facts),
        Expr::Binary(_, a, b) => {
            expr(a, facts);
            expr(b, facts);
        }
        Expr::Call { args, .. } | Expr::Values(args) => {
            args.iter_mut().for_each(|a| expr(a, facts))
        }
        Expr::IfElse {
            cond,
            then,
            otherwise,
            ..
        } => {
            expr(cond, facts);
            let mut then_facts = facts.clone();
            then_facts.assume(cond, true);
            expr(then, &mut then_facts);
            let mut else_facts = facts.clone();
            else_facts.assume(cond, false);
            expr(otherwise, &mut else_facts);
            *facts = Facts::meet(&then_facts, &else_facts);
        }
        Expr::Block { stmts, value } => {
            block(stmts, facts);
            expr(value, facts);
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

/// The plain operation, when the bounds prove the checked one cannot overflow.
fn unchecked(op: CheckedOp, lhs: &Expr, rhs: &Expr, facts: &Facts) -> Option<Expr> {
    let range = |e: &Expr| match e {
        Expr::I64(c) => Some((*c, *c)),
        Expr::Local(l) => Some(facts.bound(*l)),
        _ => None,
    };
    let (a_low, a_high) = range(lhs)?;
    let (b_low, b_high) = range(rhs)?;
    let (plain, fits) = match op {
        CheckedOp::Add => (
            BinOp::I64Add,
            a_low
                .checked_add(b_low)
                .and(a_high.checked_add(b_high))
                .is_some(),
        ),
        CheckedOp::Sub => (
            BinOp::I64Sub,
            a_low
                .checked_sub(b_high)
                .and(a_high.checked_sub(b_low))
                .is_some(),
        ),
        CheckedOp::Mul => (
            BinOp::I64Mul,
            [
                a_low.checked_mul(b_low),
                a_low.checked_mul(b_high),
                a_high.checked_mul(b_low),
                a_high.checked_mul(b_high),
            ]
            .iter()
            .all(Option::is_some),
        ),
    };
    fits.then(|| Expr::Binary(plain, Box::new(lhs.clone()), Box::new(rhs.clone())))
}
