//! Overflow-check elimination by the conditions that dominate an operation.
//!
//! A checked i64 `+`, `-` or `*` cannot overflow where the bounds of its operands rule it out:
//! after `n < limit` holds, n <= i64::MAX - 1, so `n + 1` is exact; a zero-extended i32 plus a
//! small constant is exact. Bounds come from constants, from the operations whose results are
//! bounded (a zero-extended i32, a mask, a shift, exact arithmetic on bounded operands), from
//! assignments (a local has its value's bounds until it is assigned again) and from `if`
//! conditions (in the branch they guard, or after an `if` whose branch always leaves); entering
//! a loop forgets the facts of the locals the loop assigns.

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
        // Whatever rhs is, it is at most i64::MAX, so local < rhs bounds local below it.
        let ((low, high), assigns) = bounds(rhs, self);
        if assigns {
            // The local was read before `rhs` ran, and `rhs` may have changed it.
            return;
        }
        match op {
            BinOp::I64LtS => self.narrow(local, i64::MIN, high.saturating_sub(1)),
            BinOp::I64LeS => self.narrow(local, i64::MIN, high),
            BinOp::I64GtS => self.narrow(local, low.saturating_add(1), i64::MAX),
            BinOp::I64GeS => self.narrow(local, low, i64::MAX),
            BinOp::I64Eq => self.narrow(local, low, high),
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
            let (low, high) = range_of(value, facts);
            facts.kill(*local);
            facts.narrow(*local, low, high);
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
        Stmt::ArgsSizesGet(a, b)
        | Stmt::ArgsGet(a, b)
        | Stmt::FdRead(a, b)
        | Stmt::RandomGet(a, b) => {
            expr(a, facts);
            expr(b, facts);
        }
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Unreachable => {}
    }
}

fn expr(e: &mut Expr, facts: &mut Facts) {
    match e {
        Expr::Checked { op, lhs, rhs, .. } => {
            // Each operand's bounds under the facts it was evaluated under: the right one may
            // assign locals the left one read.
            expr(lhs, facts);
            let a = range_of(lhs, facts);
            expr(rhs, facts);
            let b = range_of(rhs, facts);
            if interval(*op, a, b).is_some() {
                let plain = match op {
                    CheckedOp::Add => BinOp::I64Add,
                    CheckedOp::Sub => BinOp::I64Sub,
                    CheckedOp::Mul => BinOp::I64Mul,
                };
                *e = Expr::Binary(plain, lhs.clone(), rhs.clone());
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

/// The bounds of `a op b` for `a` and `b` within those given; None when it may overflow.
fn interval(
    op: CheckedOp,
    (a_low, a_high): (i64, i64),
    (b_low, b_high): (i64, i64),
) -> Option<(i64, i64)> {
    match op {
        CheckedOp::Add => Some((a_low.checked_add(b_low)?, a_high.checked_add(b_high)?)),
        CheckedOp::Sub => Some((a_low.checked_sub(b_high)?, a_high.checked_sub(b_low)?)),
        CheckedOp::Mul => {
            let corners = [
                a_low.checked_mul(b_low)?,
                a_low.checked_mul(b_high)?,
                a_high.checked_mul(b_low)?,
                a_high.checked_mul(b_high)?,
            ];
            Some((*corners.iter().min()?, *corners.iter().max()?))
        }
    }
}

/// Inclusive bounds of the i64 value of `e` (the whole range when nothing is known): from
/// constants, the facts about locals, and the operations whose results are bounded whatever
/// their operands (a zero-extended i32, a mask, a shift). Call it just after walking `e`: the
/// facts are then those its last part was evaluated under.
fn range_of(e: &Expr, facts: &Facts) -> (i64, i64) {
    bounds(e, facts).0
}

const ALL: (i64, i64) = (i64::MIN, i64::MAX);

/// [`range_of`], and whether `e` assigns locals (in a block). The facts describe the locals
/// after all of `e` ran, so an operation whose operand assigns locals has no bounds: another
/// operand may have read a local before it changed.
fn bounds(e: &Expr, facts: &Facts) -> ((i64, i64), bool) {
    match e {
        Expr::I64(c) => ((*c, *c), false),
        Expr::Local(l) => (facts.bound(*l), false),
        Expr::Unary(op, a) => {
            let assigns = bounds(a, facts).1;
            let range = match op {
                UnOp::I64ExtendI32U => (0, i64::from(u32::MAX)),
                UnOp::I64ExtendI32S => (i64::from(i32::MIN), i64::from(i32::MAX)),
                _ => ALL,
            };
            (range, assigns)
        }
        Expr::Binary(op, lhs, rhs) => {
            let ((a, a_assigns), (b, b_assigns)) = (bounds(lhs, facts), bounds(rhs, facts));
            if a_assigns || b_assigns {
                return (ALL, true);
            }
            let shift = match **rhs {
                Expr::I64(c @ 0..=63) => Some(c),
                _ => None,
            };
            let range = match (op, shift) {
                (BinOp::I64And, _) => match (a.0 >= 0, b.0 >= 0) {
                    (true, true) => (0, a.1.min(b.1)),
                    (true, false) => (0, a.1),
                    (false, true) => (0, b.1),
                    (false, false) => ALL,
                },
                (BinOp::I64ShrS, Some(c)) => (a.0 >> c, a.1 >> c),
                (BinOp::I64ShrU, Some(c)) if a.0 >= 0 => (a.0 >> c, a.1 >> c),
                (BinOp::I64ShrU, Some(c @ 1..)) => (0, (u64::MAX >> c) as i64),
                (BinOp::I64Add, _) => interval(CheckedOp::Add, a, b).unwrap_or(ALL),
                (BinOp::I64Sub, _) => interval(CheckedOp::Sub, a, b).unwrap_or(ALL),
                (BinOp::I64Mul, _) => interval(CheckedOp::Mul, a, b).unwrap_or(ALL),
                _ => ALL,
            };
            (range, false)
        }
        Expr::Checked { op, lhs, rhs, .. } => {
            let ((a, a_assigns), (b, b_assigns)) = (bounds(lhs, facts), bounds(rhs, facts));
            if a_assigns || b_assigns {
                return (ALL, true);
            }
            (interval(*op, a, b).unwrap_or(ALL), false)
        }
        Expr::IfElse {
            cond,
            then,
            otherwise,
            ..
        } => {
            let (_, cond_assigns) = bounds(cond, facts);
            let ((a, a_assigns), (b, b_assigns)) = (bounds(then, facts), bounds(otherwise, facts));
            if cond_assigns || a_assigns || b_assigns {
                return (ALL, true);
            }
            ((a.0.min(b.0), a.1.max(b.1)), false)
        }
        // The value is evaluated after the statements, under the facts they left.
        Expr::Block { stmts, value } => {
            let (range, value_assigns) = bounds(value, facts);
            let range = if value_assigns { ALL } else { range };
            (range, value_assigns || !stmts.is_empty())
        }
        _ => {
            let mut assigns = false;
            krait_mir::walk_expr(
                e,
                &mut |s| assigns |= matches!(s, Stmt::SetLocal(..) | Stmt::SetLocals(..)),
                &mut |_| {},
            );
            (ALL, assigns)
        }
    }
}
