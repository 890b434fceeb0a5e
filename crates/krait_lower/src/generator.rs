//! Generators: a generator function's instance becomes one resumable function.
//!
//! Its MIR function takes the generator's frame (0 to make one) before the parameters, and
//! gives three things: the frame, whether it yielded (an i32), and the yielded value. Called
//! with 0, it allocates the frame, keeps its arguments there, and gives it without running
//! anything. Called with a frame, it restores every local from the frame and runs from the
//! start (state 0) or from just after the `yield` it last stopped at (state k): on the way
//! there, `resuming` is set, statements that contain no such `yield` are skipped, branches go
//! the way that contains it, loops are entered. At a `yield` it saves every local and returns;
//! at its end (or a `return`, or an exception) the state becomes -1, finished.
//!
//! The frame is an instance-like heap object: the state first, then the `Ref` locals (so the
//! collector traces them: the state, among them, is a small int no heap address can be), then
//! the other locals, 8 bytes each. `close()` sets the state to finished: a generator never
//! stops inside a `finally` or `with`, so there is nothing else to run.

use crate::func::{bin, not};
use krait_mir::{self as mir, BinOp, Expr, GlobalIdx, KIND_FIELDS, LocalIdx, MemTy, Stmt, ValTy};

/// Where a generator's frame keeps its state: 0 before it first runs, k when stopped at its
/// k-th `yield`, -1 when finished.
pub(crate) const GENERATOR_STATE: u32 = 0;

/// Where each saved local lives in the frame.
struct Layout {
    size: u32,
    kind: u32,
    state: u32,
    slots: Vec<(LocalIdx, ValTy, u32)>,
}

impl Layout {
    fn new(locals: &[ValTy], skip: &[LocalIdx]) -> Layout {
        let saved: Vec<(LocalIdx, ValTy)> = locals
            .iter()
            .enumerate()
            .map(|(i, &t)| (LocalIdx(i as u32), t))
            .filter(|(l, _)| !skip.contains(l))
            .collect();
        let refs: Vec<_> = saved.iter().filter(|(_, t)| t.is_ref()).collect();
        let mut slots = Vec::new();
        for (i, &&(local, ty)) in refs.iter().enumerate() {
            slots.push((local, ty, GENERATOR_STATE + 4 + 4 * i as u32));
        }
        let mut offset = (4 + 4 * refs.len() as u32).next_multiple_of(8);
        for &(local, ty) in saved.iter().filter(|(_, t)| !t.is_ref()) {
            slots.push((local, ty, offset));
            offset += 8;
        }
        Layout {
            size: offset.max(8),
            kind: KIND_FIELDS | ((refs.len() as u32 + 1).min(255) << 8),
            state: GENERATOR_STATE,
            slots,
        }
    }
}

fn mem_ty(ty: ValTy) -> MemTy {
    match ty {
        ValTy::I32 => MemTy::I32,
        ValTy::I64 => MemTy::I64,
        ValTy::F64 => MemTy::F64,
        ValTy::Ref => MemTy::Ref,
    }
}

fn zero(ty: ValTy) -> Expr {
    match ty {
        ValTy::I32 | ValTy::Ref => Expr::I32(0),
        ValTy::I64 => Expr::I64(0),
        ValTy::F64 => Expr::F64(0.0),
    }
}

fn field(frame: LocalIdx, offset: u32) -> Expr {
    bin(BinOp::I32Add, Expr::Local(frame), Expr::I32(offset as i32))
}

struct Resumable {
    frame: LocalIdx,
    state: LocalIdx,
    resuming: LocalIdx,
    layout: Layout,
    /// The values the function gives after the frame and the flag, zeroed when it gives none.
    yielded: Vec<ValTy>,
    next_yield: i32,
}

impl Resumable {
    fn store_state(&self, state: Expr) -> Stmt {
        Stmt::Store {
            ty: MemTy::I32,
            addr: field(self.frame, self.layout.state),
            value: state,
        }
    }

    fn save(&self) -> Vec<Stmt> {
        self.layout
            .slots
            .iter()
            .map(|&(local, ty, offset)| Stmt::Store {
                ty: mem_ty(ty),
                addr: field(self.frame, offset),
                value: Expr::Local(local),
            })
            .collect()
    }

    fn restore(&self) -> Vec<Stmt> {
        self.layout
            .slots
            .iter()
            .map(|&(local, ty, offset)| {
                let load = Expr::Load {
                    ty: mem_ty(ty),
                    addr: Box::new(field(self.frame, offset)),
                };
                Stmt::SetLocal(local, load)
            })
            .collect()
    }

    /// Gives the frame and "nothing yielded".
    fn give_nothing(&self) -> Stmt {
        let mut values = vec![Expr::Local(self.frame), Expr::I32(0)];
        values.extend(self.yielded.iter().map(|&t| zero(t)));
        Stmt::Return(values)
    }

    fn finish(&self) -> Vec<Stmt> {
        vec![self.store_state(Expr::I32(-1)), self.give_nothing()]
    }

    /// Whether the state is one of `ids`.
    fn state_in(&self, ids: &[i32]) -> Expr {
        ids.iter()
            .map(|&k| bin(BinOp::I32Eq, Expr::Local(self.state), Expr::I32(k)))
            .reduce(|a, b| bin(BinOp::I32Or, a, b))
            .unwrap_or(Expr::I32(0))
    }

    /// Rewrites a statement list; gives the yields it contains.
    fn list(&mut self, stmts: Vec<Stmt>) -> (Vec<Stmt>, Vec<i32>) {
        let mut rewritten = Vec::new();
        let mut ids = Vec::new();
        for stmt in stmts {
            let (stmt, inner) = self.stmt(stmt);
            ids.extend(&inner);
            rewritten.push((stmt, inner));
        }
        if ids.is_empty() {
            return (rewritten.into_iter().map(|(s, _)| s).collect(), ids);
        }
        // While resuming, only the statement containing the yield resumed at runs.
        let mut out = Vec::new();
        let mut skippable = Vec::new();
        for (stmt, inner) in rewritten {
            if inner.is_empty() {
                skippable.push(stmt);
                continue;
            }
            if !skippable.is_empty() {
                out.push(self.unless_resuming(std::mem::take(&mut skippable)));
            }
            out.push(Stmt::If {
                cond: bin(
                    BinOp::I32Or,
                    not(Expr::Local(self.resuming)),
                    self.state_in(&inner),
                ),
                then: vec![stmt],
                otherwise: Vec::new(),
            });
        }
        if !skippable.is_empty() {
            out.push(self.unless_resuming(skippable));
        }
        (out, ids)
    }

    fn unless_resuming(&self, stmts: Vec<Stmt>) -> Stmt {
        Stmt::If {
            cond: not(Expr::Local(self.resuming)),
            then: stmts,
            otherwise: Vec::new(),
        }
    }

    fn stmt(&mut self, stmt: Stmt) -> (Stmt, Vec<i32>) {
        match stmt {
            Stmt::Yield(values) => {
                self.next_yield += 1;
                let id = self.next_yield;
                let mut suspend = self.save();
                suspend.push(self.store_state(Expr::I32(id)));
                let mut given = vec![Expr::Local(self.frame), Expr::I32(1)];
                given.extend(values);
                suspend.push(Stmt::Return(given));
                let resume = vec![Stmt::SetLocal(self.resuming, Expr::I32(0))];
                let stmt = Stmt::If {
                    cond: Expr::Local(self.resuming),
                    then: resume,
                    otherwise: suspend,
                };
                (stmt, vec![id])
            }
            Stmt::Return(_) => {
                let finish = self.finish();
                let stmt = Stmt::If {
                    cond: Expr::I32(1),
                    then: finish,
                    otherwise: Vec::new(),
                };
                (stmt, Vec::new())
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let (then, then_ids) = self.list(then);
                let (otherwise, else_ids) = self.list(otherwise);
                let mut ids = then_ids.clone();
                ids.extend(&else_ids);
                let cond = if ids.is_empty() {
                    cond
                } else {
                    Expr::IfElse {
                        cond: Box::new(Expr::Local(self.resuming)),
                        then: Box::new(self.state_in(&then_ids)),
                        otherwise: Box::new(cond),
                        ty: vec![ValTy::I32],
                    }
                };
                let stmt = Stmt::If {
                    cond,
                    then,
                    otherwise,
                };
                (stmt, ids)
            }
            Stmt::Loop { body } => {
                let (body, ids) = self.list(body);
                (Stmt::Loop { body }, ids)
            }
            Stmt::Try { body, handler } => {
                let (body, ids) = self.list(body);
                let (handler, _) = self.list(handler);
                (Stmt::Try { body, handler }, ids)
            }
            other => (other, Vec::new()),
        }
    }
}

/// Makes a generator instance's lowered function resumable (see the module docs). Its first
/// parameter is the frame; `yielded` are the value slots of what it yields.
pub(crate) fn make_resumable(func: &mut mir::Func, yielded: Vec<ValTy>, exc: GlobalIdx) {
    let frame = LocalIdx(0);
    let state = LocalIdx(func.locals.len() as u32);
    let resuming = LocalIdx(state.0 + 1);
    func.locals.push(ValTy::I32);
    func.locals.push(ValTy::I32);
    let layout = Layout::new(&func.locals, &[frame, state, resuming]);
    let mut resumable = Resumable {
        frame,
        state,
        resuming,
        layout,
        yielded,
        next_yield: 0,
    };
    let body = std::mem::take(&mut func.body);
    let (mut body, _) = resumable.list(body);
    body.extend(resumable.finish());
    let params: Vec<_> = (1..func.n_params).map(LocalIdx).collect();
    let mut create = vec![Stmt::SetLocal(
        frame,
        Expr::Alloc {
            size: Box::new(Expr::I32(resumable.layout.size as i32)),
            kind: resumable.layout.kind,
        },
    )];
    create.extend(
        resumable.save().into_iter().filter(
            |s| matches!(s, Stmt::Store { value: Expr::Local(l), .. } if params.contains(l)),
        ),
    );
    create.push(resumable.give_nothing());
    let mut entry = vec![
        Stmt::If {
            cond: bin(BinOp::I32Eq, Expr::Local(frame), Expr::I32(0)),
            then: create,
            otherwise: Vec::new(),
        },
        Stmt::SetLocal(
            state,
            Expr::Load {
                ty: MemTy::I32,
                addr: Box::new(field(frame, resumable.layout.state)),
            },
        ),
        Stmt::If {
            cond: bin(BinOp::I32LtS, Expr::Local(state), Expr::I32(0)),
            then: vec![resumable.give_nothing()],
            otherwise: Vec::new(),
        },
    ];
    entry.extend(resumable.restore());
    entry.push(Stmt::SetLocal(
        resuming,
        bin(BinOp::I32GtS, Expr::Local(state), Expr::I32(0)),
    ));
    // An exception out of the body finishes the generator too.
    let mut failed = vec![resumable.store_state(Expr::I32(-1))];
    failed.push(Stmt::Raise {
        message: Expr::Global(exc),
        site: None,
    });
    entry.push(Stmt::Try {
        body,
        handler: failed,
    });
    entry.push(Stmt::Unreachable);
    func.body = entry;
}

impl crate::func::FnLower<'_, '_> {
    /// A call of a generator function: a new generator (its frame), which runs nothing yet.
    pub(crate) fn generator_create(
        &mut self,
        instance: krait_infer::InstanceId,
        args: Vec<Expr>,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let mut call_args = vec![Expr::I32(0)];
        call_args.extend(args);
        let call = Expr::Call {
            func: mir::FuncIdx(instance.0),
            args: call_args,
            site,
        };
        let given = self.generator_results(instance);
        out.push(Stmt::SetLocals(given.clone(), call));
        Expr::Local(given[0])
    }

    /// Runs the generator `frame` (of instance `generator`) to its next `yield`: gives whether
    /// it yielded (an i32) and the value it yielded.
    pub(crate) fn generator_resume(
        &mut self,
        frame: Expr,
        generator: krait_types::GenRef,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        let instance = krait_infer::InstanceId(generator.0);
        let mut args = vec![frame];
        let params = self.cx.typeck.instance(instance).args.clone();
        for ty in params {
            args.extend(crate::repr(ty).into_iter().map(zero));
        }
        let call = Expr::Call {
            func: mir::FuncIdx(instance.0),
            args,
            site,
        };
        let given = self.generator_results(instance);
        out.push(Stmt::SetLocals(given.clone(), call));
        let value = crate::values(given[2..].iter().map(|&l| Expr::Local(l)).collect());
        (Expr::Local(given[1]), value)
    }

    /// Locals for what a generator's function gives: its frame, the flag, the value.
    fn generator_results(&mut self, instance: krait_infer::InstanceId) -> Vec<LocalIdx> {
        let yielded = self.cx.typeck.result(instance).ret;
        let mut slots = vec![ValTy::Ref, ValTy::I32];
        slots.extend(crate::repr(yielded));
        slots.into_iter().map(|t| self.new_local(t)).collect()
    }

    /// The list of everything the generator `frame` (of instance `generator`) yields.
    pub(crate) fn generator_list(
        &mut self,
        frame: Expr,
        generator: krait_types::GenRef,
        site: Option<mir::Site>,
    ) -> Expr {
        let mut out = Vec::new();
        let elem = self
            .cx
            .typeck
            .result(krait_infer::InstanceId(generator.0))
            .ret;
        let frame = self.temp(krait_types::Ty::Gen(generator), frame, &mut out);
        let list = self.list_alloc(elem, Expr::I64(0), &mut out);
        let mut body = Vec::new();
        let (yielded, value) = self.generator_resume(frame, generator, site, &mut body);
        body.push(Stmt::If {
            cond: not(yielded),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        });
        let value = self.temp(elem, value, &mut body);
        self.list_append(list.clone(), value, elem, &mut body);
        body.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body });
        crate::expr::block(out, list)
    }
}
