//! Which locals of a generator body are live after each of its `yield`s: those a resumed run
//! may read before writing them. A generator saves and restores only these (see `generator`).
//!
//! A backward analysis over the structured MIR: loops iterate to a fixed point, `break` and
//! `continue` take the live set where they go, and every point inside a `try` body also keeps
//! alive what its handler reads (any call there may raise). Writes inside expressions are not
//! counted as kills, only their reads as uses, which can only keep more locals alive.

use krait_mir::{Expr, LocalIdx, Stmt};

/// A set of locals.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Locals(Vec<u64>);

impl Locals {
    pub(crate) fn new(n: usize) -> Locals {
        Locals(vec![0; n.div_ceil(64)])
    }

    pub(crate) fn contains(&self, local: LocalIdx) -> bool {
        let i = local.0 as usize;
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    pub(crate) fn insert(&mut self, local: LocalIdx) {
        let i = local.0 as usize;
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub(crate) fn remove(&mut self, local: LocalIdx) {
        let i = local.0 as usize;
        self.0[i / 64] &= !(1 << (i % 64));
    }

    pub(crate) fn union(&mut self, other: &Locals) {
        for (word, &o) in self.0.iter_mut().zip(&other.0) {
            *word |= o;
        }
    }
}

/// The live locals after each `yield` of `body`, in the order a forward walk meets them
/// (`then` before `otherwise`, a `try` body before its handler).
pub(crate) fn live_after_yields(body: &[Stmt], n_locals: usize) -> Vec<Locals> {
    let mut analysis = Liveness {
        n_locals,
        loops: Vec::new(),
        handlers: Vec::new(),
        yields: Vec::new(),
    };
    analysis.count_yields(body);
    analysis.block(body, Locals::new(n_locals), 0);
    analysis.yields
}

struct Liveness {
    n_locals: usize,
    /// For each loop around the current point, innermost last: live at its `break` target
    /// and at its head.
    loops: Vec<(Locals, Locals)>,
    /// For each `try` body around the current point: what its handler needs live.
    handlers: Vec<Locals>,
    yields: Vec<Locals>,
}

fn yields_in(stmts: &[Stmt]) -> usize {
    stmts.iter().map(yields_in_stmt).sum()
}

fn yields_in_stmt(stmt: &Stmt) -> usize {
    match stmt {
        Stmt::Yield(_) => 1,
        Stmt::If {
            then, otherwise, ..
        } => yields_in(then) + yields_in(otherwise),
        Stmt::Loop { body } => yields_in(body),
        Stmt::Try { body, handler } => yields_in(body) + yields_in(handler),
        _ => 0,
    }
}

impl Liveness {
    fn count_yields(&mut self, body: &[Stmt]) {
        let n = yields_in(body);
        self.yields = vec![Locals::new(self.n_locals); n];
    }

    /// What is live before `stmts`, given what is live after them; `first` is the index of
    /// the first `yield` in them.
    fn block(&mut self, stmts: &[Stmt], mut live: Locals, first: usize) -> Locals {
        let mut ends = Vec::with_capacity(stmts.len());
        let mut index = first;
        for stmt in stmts {
            ends.push(index);
            index += yields_in_stmt(stmt);
        }
        for (stmt, &first) in stmts.iter().zip(&ends).rev() {
            live = self.stmt(stmt, live, first);
            for handler in &self.handlers {
                live.union(handler);
            }
        }
        live
    }

    fn stmt(&mut self, stmt: &Stmt, live: Locals, first: usize) -> Locals {
        match stmt {
            Stmt::SetLocal(local, value) => {
                let mut live = live;
                live.remove(*local);
                self.expr(value, live)
            }
            Stmt::SetLocals(locals, value) => {
                let mut live = live;
                for &local in locals {
                    live.remove(local);
                }
                self.expr(value, live)
            }
            Stmt::SetGlobal(_, value) | Stmt::Drop(value) => self.expr(value, live),
            Stmt::Store { addr, value, .. } => {
                let live = self.expr(value, live);
                self.expr(addr, live)
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let mut live_then = self.block(then, live.clone(), first);
                let live_else = self.block(otherwise, live, first + yields_in(then));
                live_then.union(&live_else);
                self.expr(cond, live_then)
            }
            Stmt::Loop { body } => {
                let mut head = Locals::new(self.n_locals);
                loop {
                    self.loops.push((live.clone(), head.clone()));
                    // Falling off the end of the body leaves the loop.
                    let before = self.block(body, live.clone(), first);
                    self.loops.pop();
                    if before == head {
                        return head;
                    }
                    head = before;
                }
            }
            Stmt::Try { body, handler } => {
                let needed = self.block(handler, live.clone(), first + yields_in(body));
                self.handlers.push(needed.clone());
                let mut before = self.block(body, live, first);
                self.handlers.pop();
                before.union(&needed);
                before
            }
            Stmt::Break(depth) => self.target(*depth).0.clone(),
            Stmt::Continue(depth) => self.target(*depth).1.clone(),
            Stmt::Return(values) => self.exprs(values, Locals::new(self.n_locals)),
            Stmt::Raise { message, .. } | Stmt::Exit(message) => {
                self.expr(message, Locals::new(self.n_locals))
            }
            Stmt::Yield(values) => {
                self.yields[first] = live.clone();
                self.exprs(values, live)
            }
            Stmt::Write { fd, addr, len } => self.exprs_of(&[fd, addr, len], live),
            Stmt::Copy { dst, src, len, .. } => self.exprs_of(&[dst, src, len], live),
            Stmt::ArgsSizesGet(a, b)
            | Stmt::ArgsGet(a, b)
            | Stmt::FdRead(a, b)
            | Stmt::RandomGet(a, b) => self.exprs_of(&[a, b], live),
            Stmt::Unreachable => Locals::new(self.n_locals),
        }
    }

    fn target(&self, depth: u32) -> &(Locals, Locals) {
        &self.loops[self.loops.len() - 1 - depth as usize]
    }

    /// What is live before evaluating `exprs` in order.
    fn exprs(&mut self, exprs: &[Expr], live: Locals) -> Locals {
        exprs.iter().rev().fold(live, |live, e| self.expr(e, live))
    }

    fn exprs_of(&mut self, exprs: &[&Expr], live: Locals) -> Locals {
        exprs.iter().rev().fold(live, |live, e| self.expr(e, live))
    }

    fn expr(&mut self, expr: &Expr, live: Locals) -> Locals {
        match expr {
            Expr::Local(local) => {
                let mut live = live;
                live.insert(*local);
                live
            }
            Expr::I32(_)
            | Expr::I64(_)
            | Expr::F64(_)
            | Expr::Global(_)
            | Expr::MemorySize
            | Expr::TracebackLen
            | Expr::Unreachable => live,
            Expr::Unary(_, operand)
            | Expr::Load { addr: operand, .. }
            | Expr::Alloc { size: operand, .. }
            | Expr::MemoryGrow(operand)
            | Expr::TracebackFrame(operand) => self.expr(operand, live),
            Expr::Binary(_, lhs, rhs) | Expr::Checked { lhs, rhs, .. } => {
                let live = self.expr(rhs, live);
                self.expr(lhs, live)
            }
            Expr::Call { args, .. } | Expr::Values(args) => self.exprs(args, live),
            Expr::IfElse {
                cond,
                then,
                otherwise,
                ..
            } => {
                let mut both = self.expr(then, live.clone());
                let live_else = self.expr(otherwise, live);
                both.union(&live_else);
                self.expr(cond, both)
            }
            Expr::Block { stmts, value } => {
                let live = self.expr(value, live);
                // A generator's yields are statements of its body, never inside expressions.
                self.block(stmts, live, usize::MAX)
            }
        }
    }
}
