//! Roots: makes every heap reference the collector must see visible to it, on the shadow stack.
//!
//! Not an optimisation but the last MIR pass, required for correctness: wasm locals and the
//! operand stack cannot be scanned, so the collector (in the runtime) only sees the shadow
//! stack. After this pass:
//!
//! - each `Ref` global has a slot at the bottom of the shadow stack, written whenever the global
//!   is set (`_start` begins by reserving the slots);
//! - each function that may collect (it allocates, or calls a function that may) and has `Ref`
//!   locals pushes a frame with a slot per `Ref` local on entry (parameters stored, the rest
//!   zeroed), writes a slot whenever its local is set, and pops the frame on every way out
//!   (`Func::shadow_frame`, done by emission);
//! - a `Ref` value that would sit on the operand stack while a later operand may collect is
//!   first stored in a fresh `Ref` local (so rooted like any other);
//! - a store whose value may collect evaluates the value before the address (Python's order:
//!   the right-hand side first), so that no address into an object waits across a collection.
//!
//! Functions that cannot collect need no frame: nothing can be freed while they run. The
//! collector never moves objects, so slots are only written, never read back.

use krait_mir::{
    BinOp, Expr, FuncIdx, GlobalIdx, LocalIdx, MemTy, Module, SHADOW_BASE, SHADOW_END, Stmt, ValTy,
};

pub fn run(module: &mut Module) {
    let may_collect = may_collect(module);
    let ref_globals: Vec<GlobalIdx> = (0..module.globals.len() as u32)
        .map(GlobalIdx)
        .filter(|g| module.globals[g.0 as usize].ty.is_ref())
        .collect();
    let results: Vec<Vec<ValTy>> = module.funcs.iter().map(|f| f.results.clone()).collect();
    let global_tys: Vec<ValTy> = module.globals.iter().map(|g| g.ty).collect();
    let shadow_sp = module.shadow_sp;
    for (i, func) in module.funcs.iter_mut().enumerate() {
        let mut cx = FuncRoots {
            locals: &mut func.locals,
            results: &results,
            globals: &global_tys,
            may_collect: &may_collect,
            ref_globals: &ref_globals,
            slots: Vec::new(),
            frame: None,
        };
        let mut body = std::mem::take(&mut func.body);
        let collects = may_collect[i];
        if collects {
            cx.spill_stmts(&mut body);
            let n_params = func.n_params as usize;
            let refs: Vec<LocalIdx> = (0..cx.locals.len() as u32)
                .map(LocalIdx)
                .filter(|l| cx.locals[l.0 as usize].is_ref())
                .collect();
            if !refs.is_empty() {
                let frame = LocalIdx(cx.locals.len() as u32);
                cx.locals.push(ValTy::I32);
                cx.frame = Some(frame);
                cx.slots = vec![None; cx.locals.len()];
                for (slot, local) in refs.iter().enumerate() {
                    cx.slots[local.0 as usize] = Some(slot as u32);
                }
                let mut prologue = vec![
                    Stmt::SetLocal(frame, Expr::Global(shadow_sp)),
                    Stmt::SetGlobal(
                        shadow_sp,
                        add(Expr::Local(frame), Expr::I32(4 * refs.len() as i32)),
                    ),
                    Stmt::If {
                        cond: Expr::Binary(
                            BinOp::I32GtS,
                            Box::new(Expr::Global(shadow_sp)),
                            Box::new(Expr::I32(SHADOW_END as i32)),
                        ),
                        then: vec![Stmt::Unreachable],
                        otherwise: Vec::new(),
                    },
                ];
                for (slot, local) in refs.iter().enumerate() {
                    let value = if (local.0 as usize) < n_params {
                        Expr::Local(*local)
                    } else {
                        Expr::I32(0)
                    };
                    prologue.push(Stmt::Store {
                        ty: MemTy::Ref,
                        addr: add(Expr::Local(frame), Expr::I32(4 * slot as i32)),
                        value,
                    });
                }
                func.shadow_frame = Some(frame);
                cx.write_through(&mut body);
                prologue.append(&mut body);
                body = prologue;
            }
        }
        if cx.frame.is_none() {
            cx.write_through(&mut body);
        }
        if FuncIdx(i as u32) == module.start {
            body.insert(
                0,
                Stmt::SetGlobal(
                    shadow_sp,
                    Expr::I32((SHADOW_BASE + 4 * ref_globals.len() as u32) as i32),
                ),
            );
        }
        func.body = body;
    }
}

fn add(a: Expr, b: Expr) -> Expr {
    Expr::Binary(BinOp::I32Add, Box::new(a), Box::new(b))
}

/// Which functions may run the collector: those that allocate, or call one that may.
fn may_collect(module: &Module) -> Vec<bool> {
    let mut result: Vec<bool> = module
        .funcs
        .iter()
        .map(|f| {
            let mut found = false;
            for stmt in &f.body {
                krait_mir::walk_stmt(stmt, &mut |_| {}, &mut |e| {
                    found |= matches!(e, Expr::Alloc { .. })
                });
            }
            found
        })
        .collect();
    loop {
        let mut changed = false;
        for i in 0..module.funcs.len() {
            if result[i] {
                continue;
            }
            let mut found = false;
            for stmt in &module.funcs[i].body {
                krait_mir::walk_stmt(stmt, &mut |_| {}, &mut |e| {
                    if let Expr::Call { func, .. } = e {
                        found |= result[func.0 as usize];
                    }
                });
            }
            if found {
                result[i] = true;
                changed = true;
            }
        }
        if !changed {
            return result;
        }
    }
}

struct FuncRoots<'a> {
    locals: &'a mut Vec<ValTy>,
    results: &'a [Vec<ValTy>],
    globals: &'a [ValTy],
    may_collect: &'a [bool],
    ref_globals: &'a [GlobalIdx],
    /// The frame slot of each `Ref` local, once the frame is laid out.
    slots: Vec<Option<u32>>,
    frame: Option<LocalIdx>,
}

impl FuncRoots<'_> {
    fn collects(&self, expr: &Expr) -> bool {
        let mut found = false;
        krait_mir::walk_expr(expr, &mut |_| {}, &mut |e| {
            found |= match e {
                Expr::Alloc { .. } => true,
                Expr::Call { func, .. } => self.may_collect[func.0 as usize],
                _ => false,
            }
        });
        found
    }

    /// The wasm values `expr` gives.
    fn types(&self, expr: &Expr) -> Vec<ValTy> {
        match expr {
            Expr::Local(l) => vec![self.locals[l.0 as usize]],
            Expr::Global(g) => vec![self.globals[g.0 as usize]],
            Expr::Load { ty: MemTy::Ref, .. } | Expr::Alloc { .. } => vec![ValTy::Ref],
            Expr::Call { func, .. } => self.results[func.0 as usize].clone(),
            Expr::IfElse { ty, .. } => ty.clone(),
            Expr::Block { value, .. } => self.types(value),
            Expr::Values(values) => values.iter().flat_map(|v| self.types(v)).collect(),
            // Scalars, or no value: nothing the collector must see.
            _ => Vec::new(),
        }
    }

    /// Whether the value of `expr`, computed now, could be freed by a collection in `later`
    /// before it is used.
    fn must_spill(&self, expr: &Expr, later: &[&Expr]) -> bool {
        if !self.types(expr).iter().any(|t| t.is_ref()) || !later.iter().any(|e| self.collects(e)) {
            return false;
        }
        match expr {
            // A local keeps its object rooted unless a later operand assigns it.
            Expr::Local(l) => later.iter().any(|e| assigns(e, *l)),
            _ => true,
        }
    }

    fn spill(&mut self, expr: &mut Expr) {
        let tys = self.types(expr);
        let temps: Vec<LocalIdx> = tys
            .iter()
            .map(|&t| {
                self.locals.push(t);
                LocalIdx(self.locals.len() as u32 - 1)
            })
            .collect();
        let value = std::mem::replace(expr, Expr::Unreachable);
        let set = if temps.len() == 1 {
            Stmt::SetLocal(temps[0], value)
        } else {
            Stmt::SetLocals(temps.clone(), value)
        };
        let mut read: Vec<Expr> = temps.into_iter().map(Expr::Local).collect();
        *expr = Expr::Block {
            stmts: vec![set],
            value: Box::new(if read.len() == 1 {
                read.pop().expect("one value")
            } else {
                Expr::Values(read)
            }),
        };
    }

    /// Spills every operand that must be (see [`Self::must_spill`]) among operands evaluated in
    /// this order, then recurses into each.
    fn spill_operands(&mut self, operands: &mut [&mut Expr]) {
        for i in 0..operands.len() {
            let (now, later) = operands.split_at(i + 1);
            let later: Vec<&Expr> = later.iter().map(|e| &**e).collect();
            if self.must_spill(now[i], &later) {
                self.spill(operands[i]);
            }
        }
        for operand in operands.iter_mut() {
            self.spill_expr(operand);
        }
    }

    fn spill_stmts(&mut self, stmts: &mut [Stmt]) {
        for stmt in stmts {
            self.spill_stmt(stmt);
        }
    }

    fn spill_stmt(&mut self, stmt: &mut Stmt) {
        match stmt {
            Stmt::SetLocal(_, e)
            | Stmt::SetLocals(_, e)
            | Stmt::SetGlobal(_, e)
            | Stmt::Drop(e)
            | Stmt::Exit(e)
            | Stmt::Raise { message: e, .. } => self.spill_expr(e),
            Stmt::Store { ty, addr, value } => {
                if self.collects(value) {
                    let mut value = std::mem::replace(value, Expr::Unreachable);
                    self.spill_expr(&mut value);
                    let temp = LocalIdx(self.locals.len() as u32);
                    self.locals.push(mem_val_ty(*ty));
                    let mut addr = std::mem::replace(addr, Expr::Unreachable);
                    self.spill_expr(&mut addr);
                    *stmt = Stmt::If {
                        cond: Expr::I32(1),
                        then: vec![
                            Stmt::SetLocal(temp, value),
                            Stmt::Store {
                                ty: *ty,
                                addr,
                                value: Expr::Local(temp),
                            },
                        ],
                        otherwise: Vec::new(),
                    };
                } else {
                    self.spill_operands(&mut [addr, value]);
                }
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                self.spill_expr(cond);
                self.spill_stmts(then);
                self.spill_stmts(otherwise);
            }
            Stmt::Loop { body } => self.spill_stmts(body),
            Stmt::Try { body, handler } => {
                self.spill_stmts(body);
                self.spill_stmts(handler);
            }
            Stmt::Return(values) | Stmt::Yield(values) => {
                let mut operands: Vec<&mut Expr> = values.iter_mut().collect();
                self.spill_operands(&mut operands);
            }
            Stmt::Write { fd, addr, len }
            | Stmt::Copy {
                dst: fd,
                src: addr,
                len,
                ..
            } => self.spill_operands(&mut [fd, addr, len]),
            Stmt::ArgsSizesGet(a, b)
            | Stmt::ArgsGet(a, b)
            | Stmt::FdRead(a, b)
            | Stmt::RandomGet(a, b) => self.spill_operands(&mut [a, b]),
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::Unreachable => {}
        }
    }

    fn spill_expr(&mut self, expr: &mut Expr) {
        match expr {
            Expr::I32(_)
            | Expr::I64(_)
            | Expr::F64(_)
            | Expr::Local(_)
            | Expr::Global(_)
            | Expr::Unreachable
            | Expr::MemorySize
            | Expr::TracebackLen => {}
            Expr::Unary(_, e)
            | Expr::Load { addr: e, .. }
            | Expr::Alloc { size: e, .. }
            | Expr::MemoryGrow(e)
            | Expr::TracebackFrame(e) => self.spill_expr(e),
            Expr::Binary(_, a, b) | Expr::Checked { lhs: a, rhs: b, .. } => {
                self.spill_operands(&mut [&mut **a, &mut **b])
            }
            Expr::Call { args, .. } | Expr::Values(args) => {
                let mut operands: Vec<&mut Expr> = args.iter_mut().collect();
                self.spill_operands(&mut operands);
            }
            Expr::IfElse {
                cond,
                then,
                otherwise,
                ..
            } => {
                self.spill_expr(cond);
                self.spill_expr(then);
                self.spill_expr(otherwise);
            }
            Expr::Block { stmts, value } => {
                self.spill_stmts(stmts);
                self.spill_expr(value);
            }
        }
    }

    /// Adds the slot writes after each assignment of a `Ref` local (when there is a frame) or a
    /// `Ref` global, in `stmts` and every statement list inside them.
    fn write_through(&self, stmts: &mut Vec<Stmt>) {
        for stmt in stmts.iter_mut() {
            krait_mir::walk_stmt_mut(stmt, &mut |block| self.add_writes(block), &mut |_| {});
        }
        self.add_writes(stmts);
    }

    /// The slot writes for the assignments of one statement list (not the lists inside it).
    fn add_writes(&self, stmts: &mut Vec<Stmt>) {
        let mut out = Vec::with_capacity(stmts.len());
        for stmt in std::mem::take(stmts) {
            let written: Vec<Stmt> = match &stmt {
                Stmt::SetLocal(l, _) => self.local_write(*l).into_iter().collect(),
                Stmt::SetLocals(ls, _) => ls.iter().filter_map(|l| self.local_write(*l)).collect(),
                Stmt::SetGlobal(g, _) => self.global_write(*g).into_iter().collect(),
                _ => Vec::new(),
            };
            out.push(stmt);
            out.extend(written);
        }
        *stmts = out;
    }

    fn local_write(&self, local: LocalIdx) -> Option<Stmt> {
        let slot = (*self.slots.get(local.0 as usize)?)?;
        let frame = self.frame?;
        Some(Stmt::Store {
            ty: MemTy::Ref,
            addr: add(Expr::Local(frame), Expr::I32(4 * slot as i32)),
            value: Expr::Local(local),
        })
    }

    fn global_write(&self, global: GlobalIdx) -> Option<Stmt> {
        let slot = self.ref_globals.iter().position(|g| *g == global)?;
        Some(Stmt::Store {
            ty: MemTy::Ref,
            addr: Expr::I32((SHADOW_BASE + 4 * slot as u32) as i32),
            value: Expr::Global(global),
        })
    }
}

/// Whether evaluating `expr` may assign `local`.
fn assigns(expr: &Expr, local: LocalIdx) -> bool {
    let mut found = false;
    krait_mir::walk_expr(
        expr,
        &mut |s| {
            found |= match s {
                Stmt::SetLocal(l, _) => *l == local,
                Stmt::SetLocals(ls, _) => ls.contains(&local),
                _ => false,
            }
        },
        &mut |_| {},
    );
    found
}

fn mem_val_ty(ty: MemTy) -> ValTy {
    match ty {
        MemTy::U8 | MemTy::I32 => ValTy::I32,
        MemTy::I64 => ValTy::I64,
        MemTy::F64 => ValTy::F64,
        MemTy::Ref => ValTy::Ref,
    }
}
