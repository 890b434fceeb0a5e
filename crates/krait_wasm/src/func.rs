//! Function bodies: MIR statements and expressions to wasm instructions.

use crate::{Helper, Layout, val_type};
use krait_mir::{
    self as mir, BUMP_CUR, BUMP_END, BinOp, CheckedOp, Expr, FREE_LISTS, HEADER_SIZE, MemTy,
    Module, SCRATCH, SMALL_BLOCK_MAX, Stmt, TRACEBACK, TRACEBACK_CAP, UnOp, ValTy,
};
use wasm_encoder::{BlockType, Function, Instruction as I, MemArg, ValType};

fn mem(offset: u64, align: u32) -> MemArg {
    MemArg {
        offset,
        align,
        memory_index: 0,
    }
}

/// The body of a helper of the lowest runtime layer.
pub(crate) fn helper_body(helper: Helper, layout: &Layout) -> Function {
    match helper {
        Helper::Alloc => {
            // (size, kind) -> payload address. Blocks are `size` plus the header, rounded up to
            // 8 bytes, computed in i64 so that nothing wraps near 4 GiB. A small block comes
            // from its exact-size free list, else any block from the bump region; when neither
            // fits, the runtime's `alloc_slow` finds a new region, collects or grows memory (or
            // raises MemoryError, and this returns 0 for the caller to check `exc`).
            let alloc_slow = layout
                .alloc_slow
                .expect("allocating modules have alloc_slow");
            let (size, kind, total32, block, total) = (0, 1, 2, 3, 4);
            let mut f = Function::new([(2, ValType::I32), (1, ValType::I64)]);
            let insts = [
                // At least 8 payload bytes, so that a free block has room for its link.
                I::LocalGet(size),
                I::I32Const(1),
                I::LocalGet(size),
                I::Select,
                I::I64ExtendI32U,
                I::I64Const(HEADER_SIZE as i64 + 7),
                I::I64Add,
                I::I64Const(-8),
                I::I64And,
                I::LocalTee(total),
                I::I32WrapI64,
                I::LocalSet(total32),
                I::Block(BlockType::Empty),
                // Under --gc-stress every allocation takes the slow path.
                I::LocalGet(total),
                I::I64Const(if layout.gc_stress {
                    0
                } else {
                    SMALL_BLOCK_MAX as i64
                }),
                I::I64LeU,
                I::If(BlockType::Empty),
                // Free-list word total / 8, at byte offset total / 2.
                I::LocalGet(total32),
                I::I32Const(1),
                I::I32ShrU,
                I::I32Load(mem(FREE_LISTS as u64, 2)),
                I::LocalTee(block),
                I::If(BlockType::Empty),
                I::LocalGet(total32),
                I::I32Const(1),
                I::I32ShrU,
                I::LocalGet(block),
                I::I32Load(mem(HEADER_SIZE as u64, 2)),
                I::I32Store(mem(FREE_LISTS as u64, 2)),
                I::Br(2),
                I::End,
                I::End,
                I::I32Const(0),
                I::I32Load(mem(BUMP_CUR as u64, 2)),
                I::LocalTee(block),
                I::I64ExtendI32U,
                I::LocalGet(total),
                I::I64Add,
                I::I32Const(0),
                I::I32Load(mem(BUMP_END as u64, 2)),
                I::I64ExtendI32U,
                I::I64LeU,
                I::I32Const(!layout.gc_stress as i32),
                I::I32And,
                I::If(BlockType::Empty),
                I::I32Const(0),
                I::LocalGet(block),
                I::LocalGet(total32),
                I::I32Add,
                I::I32Store(mem(BUMP_CUR as u64, 2)),
                I::Else,
                I::LocalGet(total),
                I::Call(alloc_slow),
                I::I32WrapI64,
                I::LocalTee(block),
                I::I32Eqz,
                I::If(BlockType::Empty),
                I::I32Const(0),
                I::Return,
                I::End,
                // The slow path may give a bigger block than asked for.
                I::LocalGet(block),
                I::I32Load(mem(0, 2)),
                I::LocalSet(total32),
                I::End,
                I::End,
                // The header, then a zeroed payload.
                I::LocalGet(block),
                I::LocalGet(total32),
                I::I32Store(mem(0, 2)),
                I::LocalGet(block),
                I::LocalGet(kind),
                I::I32Store(mem(4, 2)),
                // A small payload is zeroed a word at a time: `memory.fill` is a call into the
                // engine, which costs more than the stores.
                I::LocalGet(total32),
                I::I32Const(SMALL_BLOCK_MAX as i32),
                I::I32LeU,
                I::If(BlockType::Empty),
                I::LocalGet(block),
                I::LocalGet(total32),
                I::I32Add,
                I::LocalSet(total32),
                I::LocalGet(block),
                I::I32Const(HEADER_SIZE as i32),
                I::I32Add,
                I::LocalSet(size),
                I::Block(BlockType::Empty),
                I::Loop(BlockType::Empty),
                I::LocalGet(size),
                I::LocalGet(total32),
                I::I32GeU,
                I::BrIf(1),
                I::LocalGet(size),
                I::I64Const(0),
                I::I64Store(mem(0, 3)),
                I::LocalGet(size),
                I::I32Const(8),
                I::I32Add,
                I::LocalSet(size),
                I::Br(0),
                I::End,
                I::End,
                I::Else,
                I::LocalGet(block),
                I::I32Const(HEADER_SIZE as i32),
                I::I32Add,
                I::I32Const(0),
                I::LocalGet(total32),
                I::I32Const(HEADER_SIZE as i32),
                I::I32Sub,
                I::MemoryFill(0),
                I::End,
                I::LocalGet(block),
                I::I32Const(HEADER_SIZE as i32),
                I::I32Add,
                I::End,
            ];
            for inst in &insts {
                f.instruction(inst);
            }
            f
        }
        Helper::Copy => {
            // (dst, src, len): `memory.copy`, but a short copy moves 8 bytes at a time (then
            // single bytes) in the direction that is safe when the ranges overlap; a call into
            // the engine costs more than that.
            let (dst, src, len, i) = (0, 1, 2, 3);
            let mut f = Function::new([(1, ValType::I32)]);
            let word = |forward: bool| {
                let mut v = vec![
                    I::LocalGet(dst),
                    I::LocalGet(i),
                    I::I32Add,
                    I::LocalGet(src),
                    I::LocalGet(i),
                    I::I32Add,
                ];
                if forward {
                    v.extend([I::I64Load(mem(0, 0)), I::I64Store(mem(0, 0))]);
                } else {
                    v.extend([I::I32Load8U(mem(0, 0)), I::I32Store8(mem(0, 0))]);
                }
                v
            };
            let mut insts = vec![
                I::LocalGet(len),
                I::I32Const(128),
                I::I32GtU,
                I::If(BlockType::Empty),
                I::LocalGet(dst),
                I::LocalGet(src),
                I::LocalGet(len),
                I::MemoryCopy {
                    src_mem: 0,
                    dst_mem: 0,
                },
                I::Return,
                I::End,
                I::LocalGet(dst),
                I::LocalGet(src),
                I::I32LeU,
                I::If(BlockType::Empty),
                // Forward: words while 8 bytes remain, then bytes.
                I::Block(BlockType::Empty),
                I::Loop(BlockType::Empty),
                I::LocalGet(i),
                I::I32Const(8),
                I::I32Add,
                I::LocalGet(len),
                I::I32GtU,
                I::BrIf(1),
            ];
            insts.extend(word(true));
            insts.extend([
                I::LocalGet(i),
                I::I32Const(8),
                I::I32Add,
                I::LocalSet(i),
                I::Br(0),
                I::End,
                I::End,
                I::Block(BlockType::Empty),
                I::Loop(BlockType::Empty),
                I::LocalGet(i),
                I::LocalGet(len),
                I::I32GeU,
                I::BrIf(1),
            ]);
            insts.extend(word(false));
            insts.extend([
                I::LocalGet(i),
                I::I32Const(1),
                I::I32Add,
                I::LocalSet(i),
                I::Br(0),
                I::End,
                I::End,
                I::Else,
                // Backward: words from the end while 8 bytes remain, then bytes.
                I::LocalGet(len),
                I::LocalSet(i),
                I::Block(BlockType::Empty),
                I::Loop(BlockType::Empty),
                I::LocalGet(i),
                I::I32Const(8),
                I::I32LtU,
                I::BrIf(1),
                I::LocalGet(i),
                I::I32Const(8),
                I::I32Sub,
                I::LocalSet(i),
            ]);
            insts.extend(word(true));
            insts.extend([
                I::Br(0),
                I::End,
                I::End,
                I::Block(BlockType::Empty),
                I::Loop(BlockType::Empty),
                I::LocalGet(i),
                I::I32Eqz,
                I::BrIf(1),
                I::LocalGet(i),
                I::I32Const(1),
                I::I32Sub,
                I::LocalSet(i),
            ]);
            insts.extend(word(false));
            insts.extend([I::Br(0), I::End, I::End, I::End, I::End]);
            for inst in &insts {
                f.instruction(inst);
            }
            f
        }
        Helper::Write => {
            // (fd, addr, len): fd_write until every byte is written or it fails, at most 1 MiB
            // a call (hosts refuse larger single writes).
            let fd_write = layout.helper_index[&Helper::FdWrite];
            let mut f = Function::new([]);
            let insts = [
                I::Block(BlockType::Empty),
                I::Loop(BlockType::Empty),
                I::LocalGet(2),
                I::I32Eqz,
                I::BrIf(1),
                I::I32Const(SCRATCH as i32),
                I::LocalGet(1),
                I::I32Store(mem(0, 2)),
                I::I32Const(SCRATCH as i32),
                I::LocalGet(2),
                I::I32Const(1 << 20),
                I::LocalGet(2),
                I::I32Const(1 << 20),
                I::I32LtU,
                I::Select,
                I::I32Store(mem(4, 2)),
                I::LocalGet(0),
                I::I32Const(SCRATCH as i32),
                I::I32Const(1),
                I::I32Const(SCRATCH as i32 + 8),
                I::Call(fd_write),
                I::BrIf(1),
                I::LocalGet(1),
                I::I32Const(SCRATCH as i32 + 8),
                I::I32Load(mem(0, 2)),
                I::I32Add,
                I::LocalSet(1),
                I::LocalGet(2),
                I::I32Const(SCRATCH as i32 + 8),
                I::I32Load(mem(0, 2)),
                I::I32Sub,
                I::LocalSet(2),
                I::Br(0),
                I::End,
                I::End,
                I::End,
            ];
            for inst in &insts {
                f.instruction(inst);
            }
            f
        }
        Helper::TracebackPush => {
            // (site): appended to the traceback buffer while it has room.
            let mut f = Function::new([]);
            let insts = [
                I::I32Const(TRACEBACK as i32),
                I::I32Load(mem(0, 2)),
                I::I32Const(TRACEBACK_CAP as i32),
                I::I32LtU,
                I::If(BlockType::Empty),
                I::I32Const(TRACEBACK as i32),
                I::I32Load(mem(0, 2)),
                I::I32Const(2),
                I::I32Shl,
                I::LocalGet(0),
                I::I32Store(mem(TRACEBACK as u64 + 4, 2)),
                I::I32Const(TRACEBACK as i32),
                I::I32Const(TRACEBACK as i32),
                I::I32Load(mem(0, 2)),
                I::I32Const(1),
                I::I32Add,
                I::I32Store(mem(0, 2)),
                I::End,
                I::End,
            ];
            for inst in &insts {
                f.instruction(inst);
            }
            f
        }
        Helper::FdWrite
        | Helper::FdRead
        | Helper::RandomGet
        | Helper::ArgsSizesGet
        | Helper::ArgsGet
        | Helper::ProcExit => {
            unreachable!("imports have no body")
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    /// The block a `Break` of a MIR loop targets.
    LoopExit,
    /// The loop a `Continue` targets.
    LoopStart,
    /// The end of a `Try`'s body, where its handler starts.
    Catch,
    Other,
}

struct Emitter<'a> {
    module: &'a Module,
    func: &'a mir::Func,
    layout: &'a Layout,
    out: Function,
    labels: Vec<Label>,
    /// Scratch locals for checked arithmetic: lhs, rhs, result.
    scratch: [u32; 3],
}

pub(crate) fn emit_func(module: &Module, func: &mir::Func, layout: &Layout) -> Function {
    let n_locals = func.locals.len() as u32;
    let mut local_decls: Vec<(u32, ValType)> = func.locals[func.n_params as usize..]
        .iter()
        .map(|&t| (1, val_type(t)))
        .collect();
    local_decls.push((3, ValType::I64));
    let mut emitter = Emitter {
        module,
        func,
        layout,
        out: Function::new(local_decls),
        labels: Vec::new(),
        scratch: [n_locals, n_locals + 1, n_locals + 2],
    };
    for stmt in &func.body {
        emitter.stmt(stmt);
    }
    emitter.pop_shadow_frame();
    emitter.out.instruction(&I::End);
    emitter.out
}

impl Emitter<'_> {
    fn inst(&mut self, inst: I<'_>) {
        self.out.instruction(&inst);
    }

    fn helper(&self, helper: Helper) -> u32 {
        self.layout.helper_index[&helper]
    }

    /// The way out on unwind: to the innermost `Try`'s handler, else pushing zero values for
    /// the function's results and returning.
    fn unwind(&mut self) {
        if let Some(depth) = self.labels.iter().rev().position(|l| *l == Label::Catch) {
            self.inst(I::Br(depth as u32));
            return;
        }
        self.push_zero_results();
        self.ret();
    }

    /// The values a function returns when it raised: zeros of its result types.
    fn push_zero_results(&mut self) {
        for &ty in &self.func.results.clone() {
            match ty {
                ValTy::I32 | ValTy::Ref => self.inst(I::I32Const(0)),
                ValTy::I64 => self.inst(I::I64Const(0)),
                ValTy::F64 => self.inst(I::F64Const(0.0.into())),
            }
        }
    }

    /// Returns, first popping the function's frame of roots if it pushed one.
    fn ret(&mut self) {
        self.pop_shadow_frame();
        self.inst(I::Return);
    }

    fn pop_shadow_frame(&mut self) {
        if let Some(frame) = self.func.shadow_frame {
            let sp = self
                .layout
                .shadow_sp_global
                .expect("a function with a frame of roots uses shadow_sp");
            self.inst(I::LocalGet(frame.0));
            self.inst(I::GlobalSet(sp));
        }
    }

    fn record(&mut self, site: Option<mir::Site>) {
        if let Some(site) = site {
            self.inst(I::I32Const(site.0 as i32));
            self.inst(I::Call(self.helper(Helper::TracebackPush)));
        }
    }

    /// After an operation that may have raised: leave the function if `exc` is set.
    fn check_exc(&mut self, site: Option<mir::Site>) {
        self.inst(I::GlobalGet(self.layout.exc_global));
        self.inst(I::If(BlockType::Empty));
        self.labels.push(Label::Other);
        self.record(site);
        self.unwind();
        self.inst(I::End);
        self.labels.pop();
    }

    fn loop_label(&self, depth: u32, exit: bool) -> u32 {
        let mut seen = 0;
        for (i, label) in self.labels.iter().enumerate().rev() {
            let matches = match label {
                Label::LoopExit => exit,
                Label::LoopStart => !exit,
                Label::Catch | Label::Other => false,
            };
            if matches {
                if seen == depth {
                    return (self.labels.len() - 1 - i) as u32;
                }
                seen += 1;
            }
        }
        unreachable!("break or continue outside a loop")
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::SetLocal(local, value) => {
                self.expr(value);
                self.inst(I::LocalSet(local.0));
            }
            Stmt::SetLocals(locals, value) => {
                self.expr(value);
                for local in locals.iter().rev() {
                    self.inst(I::LocalSet(local.0));
                }
            }
            Stmt::SetGlobal(global, value) => {
                self.expr(value);
                self.inst(I::GlobalSet(self.layout.global_index[&global.0]));
            }
            Stmt::Drop(value) => {
                self.expr(value);
                for _ in 0..self.arity(value) {
                    self.inst(I::Drop);
                }
            }
            Stmt::Store { ty, addr, value } => {
                self.expr(addr);
                self.expr(value);
                self.inst(match ty {
                    MemTy::U8 => I::I32Store8(mem(0, 0)),
                    MemTy::I32 | MemTy::Ref => I::I32Store(mem(0, 2)),
                    MemTy::I64 => I::I64Store(mem(0, 3)),
                    MemTy::F64 => I::F64Store(mem(0, 3)),
                });
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.inst(I::If(BlockType::Empty));
                self.labels.push(Label::Other);
                then.iter().for_each(|s| self.stmt(s));
                if !otherwise.is_empty() {
                    self.inst(I::Else);
                    otherwise.iter().for_each(|s| self.stmt(s));
                }
                self.inst(I::End);
                self.labels.pop();
            }
            Stmt::Loop { body } => {
                self.inst(I::Block(BlockType::Empty));
                self.labels.push(Label::LoopExit);
                self.inst(I::Loop(BlockType::Empty));
                self.labels.push(Label::LoopStart);
                body.iter().for_each(|s| self.stmt(s));
                self.inst(I::End);
                self.labels.pop();
                self.inst(I::End);
                self.labels.pop();
            }
            Stmt::Try { body, handler } => {
                self.inst(I::Block(BlockType::Empty));
                self.labels.push(Label::Other);
                self.inst(I::Block(BlockType::Empty));
                self.labels.push(Label::Catch);
                body.iter().for_each(|s| self.stmt(s));
                self.inst(I::Br(1));
                self.inst(I::End);
                self.labels.pop();
                handler.iter().for_each(|s| self.stmt(s));
                self.inst(I::End);
                self.labels.pop();
            }
            Stmt::Break(depth) => {
                let label = self.loop_label(*depth, true);
                self.inst(I::Br(label));
            }
            Stmt::Continue(depth) => {
                let label = self.loop_label(*depth, false);
                self.inst(I::Br(label));
            }
            Stmt::Return(values) => {
                values.iter().for_each(|v| self.expr(v));
                self.ret();
            }
            Stmt::Yield(_) => unreachable!("krait_lower makes generators resumable"),
            Stmt::Raise { message, site } => {
                self.expr(message);
                self.inst(I::GlobalSet(self.layout.exc_global));
                self.record(*site);
                self.unwind();
            }
            Stmt::Exit(code) => {
                self.expr(code);
                self.inst(I::Call(self.helper(Helper::ProcExit)));
            }
            Stmt::Write { fd, addr, len } => {
                self.expr(fd);
                self.expr(addr);
                self.expr(len);
                self.inst(I::Call(self.helper(Helper::Write)));
            }
            Stmt::Copy {
                dst,
                src,
                len,
                short,
            } => {
                self.expr(dst);
                self.expr(src);
                self.expr(len);
                if *short {
                    self.inst(I::Call(self.helper(Helper::Copy)));
                } else {
                    self.inst(I::MemoryCopy {
                        src_mem: 0,
                        dst_mem: 0,
                    });
                }
            }
            Stmt::ArgsSizesGet(a, b) => {
                self.expr(a);
                self.expr(b);
                self.inst(I::Call(self.helper(Helper::ArgsSizesGet)));
                self.inst(I::Drop);
            }
            Stmt::ArgsGet(a, b) => {
                self.expr(a);
                self.expr(b);
                self.inst(I::Call(self.helper(Helper::ArgsGet)));
                self.inst(I::Drop);
            }
            Stmt::RandomGet(a, b) => {
                self.expr(a);
                self.expr(b);
                self.inst(I::Call(self.helper(Helper::RandomGet)));
                self.inst(I::Drop);
            }
            Stmt::FdRead(iovec, count) => {
                // fd_read(0, iovec, 1, count); an error leaves the count it was given.
                self.inst(I::I32Const(0));
                self.expr(iovec);
                self.inst(I::I32Const(1));
                self.expr(count);
                self.inst(I::Call(self.helper(Helper::FdRead)));
                self.inst(I::Drop);
            }
            Stmt::Unreachable => self.inst(I::Unreachable),
        }
    }

    /// How many values `expr` leaves on the stack.
    fn arity(&self, expr: &Expr) -> usize {
        match expr {
            Expr::Call { func, .. } => self.module.funcs[func.0 as usize].results.len(),
            Expr::IfElse { ty, .. } => ty.len(),
            Expr::Block { value, .. } => self.arity(value),
            Expr::Values(values) => values.iter().map(|v| self.arity(v)).sum(),
            Expr::Unreachable => 0,
            _ => 1,
        }
    }

    fn expr(&mut self, expr: &Expr) {
        match expr {
            Expr::I32(v) => self.inst(I::I32Const(*v)),
            Expr::I64(v) => self.inst(I::I64Const(*v)),
            Expr::F64(v) => self.inst(I::F64Const((*v).into())),
            Expr::Local(l) => self.inst(I::LocalGet(l.0)),
            Expr::Global(g) => self.inst(I::GlobalGet(self.layout.global_index[&g.0])),
            Expr::Unary(op, a) => {
                self.expr(a);
                self.inst(unary(*op));
            }
            Expr::Binary(op, a, b) => {
                self.expr(a);
                self.expr(b);
                self.inst(binary(*op));
            }
            Expr::Checked { op, lhs, rhs, site } => self.checked(*op, lhs, rhs, *site),
            Expr::Call { func, args, site } => {
                args.iter().for_each(|a| self.expr(a));
                self.inst(I::Call(self.layout.func_index[func]));
                if self.module.funcs[func.0 as usize].may_raise && !self.func.handles_exceptions {
                    self.check_exc(*site);
                }
            }
            Expr::Load { ty, addr } => {
                self.expr(addr);
                self.inst(match ty {
                    MemTy::U8 => I::I32Load8U(mem(0, 0)),
                    MemTy::I32 | MemTy::Ref => I::I32Load(mem(0, 2)),
                    MemTy::I64 => I::I64Load(mem(0, 3)),
                    MemTy::F64 => I::F64Load(mem(0, 3)),
                });
            }
            Expr::MemorySize => self.inst(I::MemorySize(0)),
            Expr::MemoryGrow(pages) => {
                self.expr(pages);
                self.inst(I::MemoryGrow(0));
            }
            Expr::Alloc { size, kind } => {
                self.expr(size);
                self.inst(I::I32Const(*kind as i32));
                self.inst(I::Call(self.helper(Helper::Alloc)));
                if !self.func.handles_exceptions {
                    self.check_exc(None);
                }
            }
            Expr::IfElse {
                cond,
                then,
                otherwise,
                ty,
            } => {
                self.expr(cond);
                let block_ty = match ty.as_slice() {
                    [] => BlockType::Empty,
                    [t] => BlockType::Result(val_type(*t)),
                    _ => BlockType::FunctionType(self.layout.block_types[ty]),
                };
                self.inst(I::If(block_ty));
                self.labels.push(Label::Other);
                self.expr(then);
                self.inst(I::Else);
                self.expr(otherwise);
                self.inst(I::End);
                self.labels.pop();
            }
            Expr::Block { stmts, value } => {
                stmts.iter().for_each(|s| self.stmt(s));
                self.expr(value);
            }
            Expr::Values(values) => values.iter().for_each(|v| self.expr(v)),
            Expr::Unreachable => self.inst(I::Unreachable),
            Expr::TracebackLen => {
                self.inst(I::I32Const(TRACEBACK as i32));
                self.inst(I::I32Load(mem(0, 2)));
            }
            Expr::TracebackFrame(index) => {
                self.expr(index);
                self.inst(I::I32Const(2));
                self.inst(I::I32Shl);
                self.inst(I::I32Load(mem(TRACEBACK as u64 + 4, 2)));
            }
        }
    }

    /// i64 arithmetic that raises OverflowError when the exact result leaves the i64 range.
    fn checked(&mut self, op: CheckedOp, lhs: &Expr, rhs: &Expr, site: Option<mir::Site>) {
        let [a, b, r] = self.scratch;
        self.expr(lhs);
        self.expr(rhs);
        self.inst(I::LocalSet(b));
        self.inst(I::LocalSet(a));
        self.inst(I::LocalGet(a));
        self.inst(I::LocalGet(b));
        match op {
            CheckedOp::Add | CheckedOp::Sub => {
                self.inst(if op == CheckedOp::Add {
                    I::I64Add
                } else {
                    I::I64Sub
                });
                self.inst(I::LocalTee(r));
                // Add overflows when both operands' signs differ from the result's; sub when
                // the operands' signs differ and the result's differs from the left one's.
                if op == CheckedOp::Add {
                    self.inst(I::LocalGet(a));
                    self.inst(I::I64Xor);
                    self.inst(I::LocalGet(r));
                    self.inst(I::LocalGet(b));
                    self.inst(I::I64Xor);
                } else {
                    self.inst(I::LocalGet(a));
                    self.inst(I::I64Xor);
                    self.inst(I::LocalGet(a));
                    self.inst(I::LocalGet(b));
                    self.inst(I::I64Xor);
                }
                self.inst(I::I64And);
                self.inst(I::I64Const(0));
                self.inst(I::I64LtS);
            }
            CheckedOp::Mul => {
                self.inst(I::I64Mul);
                self.inst(I::LocalSet(r));
                // Operands that fit in i32 cannot overflow; otherwise check by division.
                self.inst(I::LocalGet(a));
                self.inst(I::LocalGet(a));
                self.inst(I::I32WrapI64);
                self.inst(I::I64ExtendI32S);
                self.inst(I::I64Ne);
                self.inst(I::LocalGet(b));
                self.inst(I::LocalGet(b));
                self.inst(I::I32WrapI64);
                self.inst(I::I64ExtendI32S);
                self.inst(I::I64Ne);
                self.inst(I::I32Or);
                self.inst(I::If(BlockType::Result(ValType::I32)));
                self.labels.push(Label::Other);
                // a != 0 and (r / a != b or (a == -1 and b == MIN))
                self.inst(I::LocalGet(a));
                self.inst(I::I64Eqz);
                self.inst(I::If(BlockType::Result(ValType::I32)));
                self.labels.push(Label::Other);
                self.inst(I::I32Const(0));
                self.inst(I::Else);
                self.inst(I::LocalGet(a));
                self.inst(I::I64Const(-1));
                self.inst(I::I64Eq);
                self.inst(I::If(BlockType::Result(ValType::I32)));
                self.labels.push(Label::Other);
                self.inst(I::LocalGet(b));
                self.inst(I::I64Const(i64::MIN));
                self.inst(I::I64Eq);
                self.inst(I::Else);
                self.inst(I::LocalGet(r));
                self.inst(I::LocalGet(a));
                self.inst(I::I64DivS);
                self.inst(I::LocalGet(b));
                self.inst(I::I64Ne);
                self.inst(I::End);
                self.labels.pop();
                self.inst(I::End);
                self.labels.pop();
                self.inst(I::Else);
                self.inst(I::I32Const(0));
                self.inst(I::End);
                self.labels.pop();
            }
        }
        self.inst(I::If(BlockType::Empty));
        self.labels.push(Label::Other);
        let message = self.overflow_message();
        self.inst(I::I32Const(message));
        self.inst(I::GlobalSet(self.layout.exc_global));
        self.record(site);
        self.unwind();
        self.inst(I::End);
        self.labels.pop();
        self.inst(I::LocalGet(r));
    }

    fn overflow_message(&self) -> i32 {
        self.layout.overflow_message as i32
    }
}

fn unary(op: UnOp) -> I<'static> {
    match op {
        UnOp::I32Eqz => I::I32Eqz,
        UnOp::I64Eqz => I::I64Eqz,
        UnOp::I64ExtendI32S => I::I64ExtendI32S,
        UnOp::I64ExtendI32U => I::I64ExtendI32U,
        UnOp::I32WrapI64 => I::I32WrapI64,
        UnOp::F64ConvertI64S => I::F64ConvertI64S,
        UnOp::I64TruncSatF64S => I::I64TruncSatF64S,
        UnOp::F64Neg => I::F64Neg,
        UnOp::F64Abs => I::F64Abs,
        UnOp::F64Sqrt => I::F64Sqrt,
        UnOp::F64Floor => I::F64Floor,
        UnOp::F64Ceil => I::F64Ceil,
        UnOp::F64Trunc => I::F64Trunc,
        UnOp::F64Nearest => I::F64Nearest,
        UnOp::I64ReinterpretF64 => I::I64ReinterpretF64,
        UnOp::F64ReinterpretI64 => I::F64ReinterpretI64,
    }
}

fn binary(op: BinOp) -> I<'static> {
    match op {
        BinOp::I32Add => I::I32Add,
        BinOp::I32Sub => I::I32Sub,
        BinOp::I32Mul => I::I32Mul,
        BinOp::I32And => I::I32And,
        BinOp::I32Or => I::I32Or,
        BinOp::I32Xor => I::I32Xor,
        BinOp::I32Eq => I::I32Eq,
        BinOp::I32Ne => I::I32Ne,
        BinOp::I32LtS => I::I32LtS,
        BinOp::I32GtS => I::I32GtS,
        BinOp::I32LeS => I::I32LeS,
        BinOp::I32GeS => I::I32GeS,
        BinOp::I32LtU => I::I32LtU,
        BinOp::I32GeU => I::I32GeU,
        BinOp::I32ShrU => I::I32ShrU,
        BinOp::I64Add => I::I64Add,
        BinOp::I64Sub => I::I64Sub,
        BinOp::I64Mul => I::I64Mul,
        BinOp::I64DivS => I::I64DivS,
        BinOp::I64RemS => I::I64RemS,
        BinOp::I64DivU => I::I64DivU,
        BinOp::I64RemU => I::I64RemU,
        BinOp::I64And => I::I64And,
        BinOp::I64Or => I::I64Or,
        BinOp::I64Xor => I::I64Xor,
        BinOp::I64Shl => I::I64Shl,
        BinOp::I64ShrS => I::I64ShrS,
        BinOp::I64ShrU => I::I64ShrU,
        BinOp::I64Eq => I::I64Eq,
        BinOp::I64Ne => I::I64Ne,
        BinOp::I64LtS => I::I64LtS,
        BinOp::I64LeS => I::I64LeS,
        BinOp::I64GtS => I::I64GtS,
        BinOp::I64GeS => I::I64GeS,
        BinOp::I64LtU => I::I64LtU,
        BinOp::F64Add => I::F64Add,
        BinOp::F64Sub => I::F64Sub,
        BinOp::F64Mul => I::F64Mul,
        BinOp::F64Div => I::F64Div,
        BinOp::F64Eq => I::F64Eq,
        BinOp::F64Ne => I::F64Ne,
        BinOp::F64Lt => I::F64Lt,
        BinOp::F64Le => I::F64Le,
        BinOp::F64Gt => I::F64Gt,
        BinOp::F64Ge => I::F64Ge,
        BinOp::F64Min => I::F64Min,
        BinOp::F64Max => I::F64Max,
        BinOp::F64Copysign => I::F64Copysign,
    }
}
