//! Generators: a generator function's instance becomes one resumable function.
//!
//! Its MIR function takes the generator's frame (0 to make one) before the parameters, and
//! after them the value sent in and whether that is None (`next()`). It gives the frame, a
//! [`Step`] (an i32), the yielded value and the returned value. Called with 0, it allocates
//! the frame, keeps its arguments there, and gives it without running anything. Called with a
//! frame, it runs from the start (state 0, its arguments restored from the frame) or from
//! just after the `yield` it last stopped at (state k): on the way there, `resuming` is set,
//! statements that contain no such `yield` are skipped, branches go the way that contains it,
//! loops are entered. At a `yield` it saves the locals live there (`live`) and returns, and
//! restores them when it resumes there; at its end (or a `return`, or an exception) the state
//! becomes -1, finished.
//!
//! The frame is an instance-like heap object: the state first, then the saved `Ref` locals (so
//! the collector traces them: the state, among them, is a small int no heap address can be;
//! a slot not saved at the last `yield` keeps an older object alive, never a freed one), then
//! the other saved locals, 8 bytes each.
//!
//! Closing a generator that stopped inside a `try` or `with` (or a `yield from`) runs it once
//! more in [`Mode::Close`]: the `yield` raises GeneratorExit, which runs its `finally` blocks,
//! `__exit__` methods and `except` clauses on the way out. Closing any other generator only
//! marks it finished. Where the program drops such a generator, lowering closes it (see
//! `krait_infer`'s `closing` for where the program may keep one).

use crate::func::{bin, flatten, mem_ty, not};
use crate::live::Locals;
use crate::site::Anchor;
use krait_hir::{LocalId, Place, Target};
use krait_infer::InstanceId;
use krait_mir::{self as mir, BinOp, Expr, GlobalIdx, KIND_FIELDS, LocalIdx, MemTy, Stmt, ValTy};
use krait_types::{GenRef, Ty};

/// Where a generator's frame keeps its state: 0 before it first runs, k when stopped at its
/// k-th `yield`, -1 when finished.
pub(crate) const GENERATOR_STATE: u32 = 0;

/// What a run of a generator did, as its function gives it.
#[derive(Clone, Copy)]
enum Step {
    /// It returned: the returned value is what its `return` gave.
    Returned = 0,
    Yielded = 1,
    /// It had finished before: nothing ran.
    Exhausted = 2,
}

/// The parameters of a generator's function after the Python ones: the value sent in, and
/// the run's [`Mode`].
pub(crate) struct SentParams {
    pub(crate) value: Vec<LocalIdx>,
    pub(crate) mode: LocalIdx,
}

/// What a run of a generator is for, as its last parameter says.
#[derive(Clone, Copy)]
pub(crate) enum Mode {
    /// `send(value)`, a value other than None.
    Value = 0,
    /// `next()`, or `send(None)`.
    None = 1,
    /// `close()`: the `yield` it stopped at raises GeneratorExit (generators whose HIR says it
    /// `closes` only; closing others finishes them without a run).
    Close = 2,
}

/// Where each saved local lives in the frame.
struct Layout {
    size: u32,
    kind: u32,
    state: u32,
    slots: Vec<(LocalIdx, ValTy, u32)>,
}

impl Layout {
    /// Slots for the locals in `saved`.
    fn new(locals: &[ValTy], saved: &Locals) -> Layout {
        let saved: Vec<(LocalIdx, ValTy)> = locals
            .iter()
            .enumerate()
            .map(|(i, &t)| (LocalIdx(i as u32), t))
            .filter(|&(l, _)| saved.contains(l))
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

pub(crate) fn zero(ty: ValTy) -> Expr {
    match ty {
        ValTy::I32 | ValTy::Ref => Expr::I32(0),
        ValTy::I64 => Expr::I64(0),
        ValTy::F64 => Expr::F64(0.0),
    }
}

fn field(frame: LocalIdx, offset: u32) -> Expr {
    field_of(Expr::Local(frame), offset)
}

fn field_of(frame: Expr, offset: u32) -> Expr {
    bin(BinOp::I32Add, frame, Expr::I32(offset as i32))
}

struct Resumable {
    frame: LocalIdx,
    state: LocalIdx,
    resuming: LocalIdx,
    layout: Layout,
    /// The locals live after each `yield`, which it saves there and restores when resumed.
    live: Vec<Locals>,
    /// The value slots of what the function yields and of what it returns.
    yielded: Vec<ValTy>,
    returned: Vec<ValTy>,
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

    fn save(&self, locals: &Locals) -> Vec<Stmt> {
        self.layout
            .slots
            .iter()
            .filter(|&&(local, _, _)| locals.contains(local))
            .map(|&(local, ty, offset)| Stmt::Store {
                ty: mem_ty(ty),
                addr: field(self.frame, offset),
                value: Expr::Local(local),
            })
            .collect()
    }

    fn restore(&self, locals: &Locals) -> Vec<Stmt> {
        self.layout
            .slots
            .iter()
            .filter(|&&(local, _, _)| locals.contains(local))
            .map(|&(local, ty, offset)| {
                let load = Expr::Load {
                    ty: mem_ty(ty),
                    addr: Box::new(field(self.frame, offset)),
                };
                Stmt::SetLocal(local, load)
            })
            .collect()
    }

    /// Gives the frame, the step, and the yielded or the returned values (the other zeroed).
    fn give(&self, step: Step, yielded: Option<Vec<Expr>>, returned: Option<Vec<Expr>>) -> Stmt {
        let mut values = vec![Expr::Local(self.frame), Expr::I32(step as i32)];
        values.extend(yielded.unwrap_or_else(|| self.yielded.iter().map(|&t| zero(t)).collect()));
        values.extend(returned.unwrap_or_else(|| self.returned.iter().map(|&t| zero(t)).collect()));
        Stmt::Return(values)
    }

    /// Finishes, giving `returned` (zeros where it is empty: the end of a body that always
    /// returns first).
    fn finish(&self, returned: Vec<Expr>) -> Vec<Stmt> {
        let returned = (!returned.is_empty()).then_some(returned);
        vec![
            self.store_state(Expr::I32(-1)),
            self.give(Step::Returned, None, returned),
        ]
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
                let live = &self.live[id as usize - 1];
                let mut suspend = self.save(live);
                suspend.push(self.store_state(Expr::I32(id)));
                suspend.push(self.give(Step::Yielded, Some(values), None));
                let mut resume = vec![Stmt::SetLocal(self.resuming, Expr::I32(0))];
                resume.extend(self.restore(live));
                let stmt = Stmt::If {
                    cond: Expr::Local(self.resuming),
                    then: resume,
                    otherwise: suspend,
                };
                (stmt, vec![id])
            }
            Stmt::Return(values) => {
                let finish = self.finish(values);
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

/// What a generator's function needs besides its body: the value slots of what it yields and
/// returns, its sent-value parameters, the global holding the exception being raised, and
/// the TypeError for a value sent to a generator that has not started.
pub(crate) struct GeneratorParts {
    pub(crate) yielded: Vec<ValTy>,
    pub(crate) returned: Vec<ValTy>,
    pub(crate) sent: SentParams,
    pub(crate) exc: GlobalIdx,
    pub(crate) not_started: Expr,
    /// What a StopIteration leaving the body becomes (see `stop_iteration_escapes`).
    pub(crate) stop_iteration: Vec<Stmt>,
}

/// Makes a generator instance's lowered function resumable (see the module docs). Its first
/// parameter is the frame, its last ones `parts.sent`.
pub(crate) fn make_resumable(func: &mut mir::Func, parts: GeneratorParts) {
    let frame = LocalIdx(0);
    let state = LocalIdx(func.locals.len() as u32);
    let resuming = LocalIdx(state.0 + 1);
    func.locals.push(ValTy::I32);
    func.locals.push(ValTy::I32);
    let mut live = crate::live::live_after_yields(&func.body, func.locals.len());
    // The frame and the sent value are new at each run: never saved.
    let fresh: Vec<LocalIdx> = [frame, parts.sent.mode]
        .into_iter()
        .chain(parts.sent.value.iter().copied())
        .collect();
    for locals in &mut live {
        for &local in &fresh {
            locals.remove(local);
        }
    }
    // The Python parameters are saved when the generator is made, and restored when it first
    // runs.
    let mut params = Locals::new(func.locals.len());
    for local in (1..func.n_params).map(LocalIdx) {
        if !fresh.contains(&local) {
            params.insert(local);
        }
    }
    let mut saved = params.clone();
    for locals in &live {
        saved.union(locals);
    }
    let layout = Layout::new(&func.locals, &saved);
    let mut resumable = Resumable {
        frame,
        state,
        resuming,
        layout,
        live,
        yielded: parts.yielded,
        returned: parts.returned,
        next_yield: 0,
    };
    let body = std::mem::take(&mut func.body);
    let (mut body, _) = resumable.list(body);
    body.extend(resumable.finish(Vec::new()));
    let mut create = vec![Stmt::SetLocal(
        frame,
        Expr::Alloc {
            size: Box::new(Expr::I32(resumable.layout.size as i32)),
            kind: resumable.layout.kind,
        },
    )];
    create.extend(resumable.save(&params));
    create.push(resumable.give(Step::Exhausted, None, None));
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
            then: vec![resumable.give(Step::Exhausted, None, None)],
            otherwise: Vec::new(),
        },
        // CPython's TypeError: a generator that has not started has no `yield` to take it.
        Stmt::If {
            cond: bin(
                BinOp::I32And,
                bin(BinOp::I32Eq, Expr::Local(state), Expr::I32(0)),
                not(Expr::Local(parts.sent.mode)),
            ),
            then: vec![Stmt::Raise {
                message: parts.not_started,
                site: None,
            }],
            otherwise: Vec::new(),
        },
    ];
    entry.push(Stmt::SetLocal(
        resuming,
        bin(BinOp::I32GtS, Expr::Local(state), Expr::I32(0)),
    ));
    let restore_params = resumable.restore(&params);
    if !restore_params.is_empty() {
        entry.push(Stmt::If {
            cond: not(Expr::Local(resuming)),
            then: restore_params,
            otherwise: Vec::new(),
        });
    }
    // An exception out of the body finishes the generator too.
    let mut failed = vec![resumable.store_state(Expr::I32(-1))];
    failed.extend(parts.stop_iteration);
    failed.push(Stmt::Raise {
        message: Expr::Global(parts.exc),
        site: None,
    });
    entry.push(Stmt::Try {
        body,
        handler: failed,
    });
    entry.push(Stmt::Unreachable);
    func.body = entry;
}

/// What a run of a generator is sent.
pub(crate) enum Sending {
    /// None, as by `next()` and `for`.
    Nothing,
    /// `send(value)`, a value of this type.
    Value(Expr, Ty),
    /// What the delegating generator was sent (`yield from`): the sent slots and the mode.
    Forward(Vec<LocalIdx>, LocalIdx),
    /// GeneratorExit, raised at the `yield` it stopped at (`close()`).
    Close,
}

/// What one run of a generator gave: the step (see [`Step`]), the yielded value and the
/// returned value (each zeros unless the step says it is there).
pub(crate) struct Resumed {
    step: LocalIdx,
    pub(crate) value: Expr,
    pub(crate) returned: Expr,
}

impl Resumed {
    pub(crate) fn yielded(&self) -> Expr {
        bin(
            BinOp::I32Eq,
            Expr::Local(self.step),
            Expr::I32(Step::Yielded as i32),
        )
    }

    /// Whether it returned in this run (its returned value is there).
    pub(crate) fn returned_now(&self) -> Expr {
        bin(
            BinOp::I32Eq,
            Expr::Local(self.step),
            Expr::I32(Step::Returned as i32),
        )
    }
}

impl crate::func::FnLower<'_, '_> {
    /// A call of a generator function: a new generator (its frame), which runs nothing yet.
    pub(crate) fn generator_create(
        &mut self,
        instance: InstanceId,
        args: Vec<Expr>,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let mut call_args = vec![Expr::I32(0)];
        call_args.extend(args);
        let sent = self.cx.typeck.result(instance).sent;
        call_args.extend(crate::repr(sent).into_iter().map(zero));
        call_args.push(Expr::I32(Mode::None as i32));
        let call = Expr::Call {
            func: mir::FuncIdx(instance.0),
            args: call_args,
            site,
        };
        let given = self.generator_results(instance);
        out.push(Stmt::SetLocals(given.clone(), call));
        Expr::Local(given[0])
    }

    /// Runs the generator `frame` (of instance `generator`) to its next `yield` or its end,
    /// as `next()` does.
    pub(crate) fn generator_resume(
        &mut self,
        frame: Expr,
        generator: GenRef,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Resumed {
        self.generator_run(frame, generator, Sending::Nothing, site, out)
    }

    /// Runs the generator `frame` (of instance `generator`), sending it `sending`.
    pub(crate) fn generator_run(
        &mut self,
        frame: Expr,
        generator: GenRef,
        sending: Sending,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Resumed {
        let instance = InstanceId(generator.0);
        let mut args = vec![frame];
        let params = self.cx.typeck.instance(instance).args.clone();
        for ty in params {
            args.extend(crate::repr(ty).into_iter().map(zero));
        }
        let sent_ty = self.cx.typeck.result(instance).sent;
        match sending {
            Sending::Nothing | Sending::Close => {
                let mode = match sending {
                    Sending::Close => Mode::Close,
                    _ => Mode::None,
                };
                args.extend(crate::repr(sent_ty).into_iter().map(zero));
                args.push(Expr::I32(mode as i32));
            }
            Sending::Value(value, Ty::None) => {
                out.push(Stmt::Drop(value));
                args.extend(crate::repr(sent_ty).into_iter().map(zero));
                args.push(Expr::I32(Mode::None as i32));
            }
            Sending::Value(value, ty) => {
                let value = self.coerce(value, ty, sent_ty, out);
                let value = self.temp(sent_ty, value, out);
                // Mode::None when the value is None, else Mode::Value.
                let mode = match ty {
                    Ty::Instance { nullable: true, .. } => {
                        bin(BinOp::I32Eq, value.clone(), Expr::I32(0))
                    }
                    _ => Expr::I32(Mode::Value as i32),
                };
                args.extend(flatten(value));
                args.push(mode);
            }
            Sending::Forward(values, is_none) => {
                args.extend(values.into_iter().map(Expr::Local));
                args.push(Expr::Local(is_none));
            }
        }
        let call = Expr::Call {
            func: mir::FuncIdx(instance.0),
            args,
            site,
        };
        let given = self.generator_results(instance);
        out.push(Stmt::SetLocals(given.clone(), call));
        let n_yielded = crate::repr(self.cx.typeck.result(instance).ret).len();
        let locals =
            |slots: &[LocalIdx]| crate::values(slots.iter().map(|&l| Expr::Local(l)).collect());
        Resumed {
            step: given[1],
            value: locals(&given[2..2 + n_yielded]),
            returned: locals(&given[2 + n_yielded..]),
        }
    }

    /// Locals for what a generator's function gives: its frame, the step, the yielded and the
    /// returned value.
    fn generator_results(&mut self, instance: InstanceId) -> Vec<LocalIdx> {
        let result = self.cx.typeck.result(instance);
        let mut slots = vec![ValTy::Ref, ValTy::I32];
        slots.extend(crate::repr(result.ret));
        slots.extend(crate::repr(result.returned));
        slots.into_iter().map(|t| self.new_local(t)).collect()
    }

    /// The StopIteration a generator's end raises: with the text of what it returned, when it
    /// returned something other than None in this run.
    pub(crate) fn stop_iteration(&mut self, generator: GenRef, resumed: &Resumed) -> Expr {
        let returned_ty = self.cx.typeck.result(InstanceId(generator.0)).returned;
        let bare = self.str_lit("StopIteration");
        if matches!(returned_ty, Ty::None | Ty::Never) {
            return bare;
        }
        let prefix = self.str_lit("StopIteration: ");
        let text = self.str_of(resumed.returned.clone(), returned_ty);
        let text = self.call_rt("str_concat", vec![prefix, text]);
        crate::expr::if_else(resumed.returned_now(), text, bare, vec![ValTy::Ref])
    }

    /// The value of `yield` where the generator resumed: what was sent. Where None has no
    /// place in the type of what `send()` gives, a run by `next()` raises a TypeError instead.
    pub(crate) fn sent_value(&mut self, ty: Ty) -> Expr {
        let sent = self.sent.as_ref().expect("in a generator");
        let value = crate::values(sent.value.iter().map(|&l| Expr::Local(l)).collect());
        match ty {
            Ty::None | Ty::Never => crate::values(Vec::new()),
            Ty::Instance { nullable: true, .. } => value,
            _ => {
                let is_none = bin(
                    BinOp::I32Eq,
                    Expr::Local(sent.mode),
                    Expr::I32(Mode::None as i32),
                );
                let message = format!(
                    "TypeError: krait cannot give None (from next()) to a yield that send() gives {} values",
                    ty
                );
                let message = self.str_lit(&message);
                crate::expr::block(
                    vec![Stmt::If {
                        cond: is_none,
                        then: vec![Stmt::Raise {
                            message,
                            site: None,
                        }],
                        otherwise: Vec::new(),
                    }],
                    value,
                )
            }
        }
    }

    /// The list of everything the generator `frame` (of instance `generator`) yields.
    pub(crate) fn generator_list(
        &mut self,
        frame: Expr,
        generator: GenRef,
        site: Option<mir::Site>,
    ) -> Expr {
        let mut out = Vec::new();
        let elem = self.cx.typeck.result(InstanceId(generator.0)).ret;
        let list = self.list_alloc(elem, Expr::I64(0), &mut out);
        self.generator_each(frame, generator, site, &mut out, |this, value, body| {
            let value = this.temp(elem, value, body);
            this.list_append(list.clone(), value, elem, body);
        });
        crate::expr::block(out, list)
    }

    /// `yield from iterable`. Delegating to a generator: runs it, yielding what it yields and
    /// passing on what this generator is sent, until it returns; `returned` takes what it
    /// returned. Another iterable: a loop yielding each element, and `returned` takes None.
    pub(crate) fn yield_from(
        &mut self,
        each: &krait_hir::Stmt,
        returned: Option<LocalId>,
        out: &mut Vec<Stmt>,
    ) {
        let (iter, span) = match each {
            krait_hir::Stmt::ForEach {
                iter,
                target: Target::Place(_, span),
                ..
            } => (Some(*iter), *span),
            krait_hir::Stmt::ForRange { range_span, .. } => (None, *range_span),
            _ => unreachable!("`yield from` is a loop over a local, at the `yield from`"),
        };
        let returned = returned.map(|local| Target::Place(Place::Local(local), span));
        let Some((iter, Ty::Gen(delegate))) = iter.map(|iter| (iter, self.ty(iter))) else {
            self.stmt(each, out);
            if let Some(target) = returned {
                self.assign(&target, crate::values(Vec::new()), Ty::None, out);
            }
            return;
        };
        let delegate_result = self.cx.typeck.result(InstanceId(delegate.0));
        let (delegate_sent, delegate_ret, delegate_returned) = (
            delegate_result.sent,
            delegate_result.ret,
            delegate_result.returned,
        );
        let site = self.site(span, Anchor::Whole);
        let frame = self.expr(iter);
        let frame = self.temp(Ty::Gen(delegate), frame, out);
        // The first run is sent None, as CPython's is.
        let forward: Vec<LocalIdx> = crate::repr(delegate_sent)
            .into_iter()
            .map(|t| {
                let local = self.new_local(t);
                out.push(Stmt::SetLocal(local, zero(t)));
                local
            })
            .collect();
        let forward_none = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(forward_none, Expr::I32(Mode::None as i32)));
        let mut body = Vec::new();
        let sending = Sending::Forward(forward.clone(), forward_none);
        let resumed = self.generator_run(frame.clone(), delegate, sending, site, &mut body);
        let mut done = Vec::new();
        if let Some(target) = returned {
            if !matches!(
                delegate_returned,
                Ty::None | Ty::Never | Ty::Instance { nullable: true, .. }
            ) {
                // A generator that had finished before gives None, which this type cannot hold.
                let message = format!(
                    "TypeError: krait cannot give None (from a finished generator) as the value of a `yield from` that gives {delegate_returned} values"
                );
                let message = self.str_lit(&message);
                done.push(Stmt::If {
                    cond: not(resumed.returned_now()),
                    then: vec![Stmt::Raise { message, site }],
                    otherwise: Vec::new(),
                });
            }
            self.assign(
                &target,
                resumed.returned.clone(),
                delegate_returned,
                &mut done,
            );
        }
        done.push(Stmt::Break(0));
        body.push(Stmt::If {
            cond: not(resumed.yielded()),
            then: done,
            otherwise: Vec::new(),
        });
        let value = self.coerce(resumed.value, delegate_ret, self.res.ret, &mut body);
        body.push(Stmt::Yield(flatten(value)));
        self.resumed(Some((frame.clone(), delegate)), &mut body);
        let own_ty = self.res.sent;
        let own = self.sent.as_ref().expect("in a generator");
        let own_value = crate::values(own.value.iter().map(|&l| Expr::Local(l)).collect());
        let own_none = own.mode;
        if !matches!(own_ty, Ty::Never | Ty::None) {
            let value = self.coerce(own_value, own_ty, delegate_sent, &mut body);
            match forward.as_slice() {
                [] => body.push(Stmt::Drop(value)),
                [one] => body.push(Stmt::SetLocal(*one, value)),
                slots => body.push(Stmt::SetLocals(slots.to_vec(), value)),
            }
        }
        body.push(Stmt::SetLocal(forward_none, Expr::Local(own_none)));
        body.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body });
    }

    /// `generator.send(value)` (the next value it yields) and `generator.close()`.
    pub(crate) fn generator_method(
        &mut self,
        generator: GenRef,
        receiver: krait_hir::ExprId,
        method: &str,
        args: &[krait_hir::ExprId],
        span: krait_diagnostics::Span,
    ) -> Expr {
        let mut stmts = Vec::new();
        let frame = self.expr(receiver);
        let frame = self.temp(Ty::Gen(generator), frame, &mut stmts);
        if method == "close" {
            let site = self.site(span, Anchor::Whole);
            self.generator_close(frame, generator, site, &mut stmts);
            return crate::expr::block(stmts, crate::values(Vec::new()));
        }
        let value_ty = self.ty(args[0]);
        let value = self.expr(args[0]);
        let site = self.site(span, Anchor::Whole);
        let sending = Sending::Value(value, value_ty);
        let resumed = self.generator_run(frame, generator, sending, site, &mut stmts);
        let message = self.stop_iteration(generator, &resumed);
        stmts.push(Stmt::If {
            cond: not(resumed.yielded()),
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        crate::expr::block(stmts, resumed.value)
    }

    /// PEP 479: a StopIteration leaving a generator's body becomes a RuntimeError, whose direct
    /// cause it is (the statements that do so, for the handler around the body).
    pub(crate) fn stop_iteration_escapes(&mut self) -> Vec<Stmt> {
        let caught = self.new_local(ValTy::Ref);
        let names = self.str_lit("|StopIteration|");
        let is_object = self.call_rt("exc_is_object", vec![Expr::Local(caught)]);
        let is_stop = self.call_rt("exc_matches", vec![Expr::Local(caught), names]);
        let tag = "\nThe above exception was the direct cause of the following exception:\n\n";
        let tag = self.str_lit(tag);
        let handling = self.call_rt("exc_handling", vec![tag, Expr::Local(caught)]);
        let message = self.str_lit("RuntimeError: generator raised StopIteration");
        // The runtime calls run with no exception in flight; it goes back if it stays.
        vec![
            Stmt::SetLocal(caught, Expr::Global(self.cx.exc)),
            Stmt::SetGlobal(self.cx.exc, Expr::I32(0)),
            Stmt::If {
                cond: crate::expr::if_else(not(is_object), is_stop, Expr::I32(0), vec![ValTy::I32]),
                then: vec![
                    Stmt::Drop(handling),
                    Stmt::Raise {
                        message,
                        site: None,
                    },
                ],
                otherwise: vec![Stmt::SetGlobal(self.cx.exc, Expr::Local(caught))],
            },
        ]
    }

    /// Whether closing a generator of `generator` runs code (see [`Mode::Close`]).
    pub(crate) fn generator_closes(&self, generator: GenRef) -> bool {
        self.cx.typeck.closes.contains(&InstanceId(generator.0))
    }

    /// Closes the generator `frame` (of instance `generator`), as `close()` does: one stopped
    /// at a `yield` where that runs code is run with GeneratorExit raised there, which must
    /// come out of it (or it returns); one that yields instead raises CPython's RuntimeError.
    /// Then it is finished.
    pub(crate) fn generator_close(
        &mut self,
        frame: Expr,
        generator: GenRef,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) {
        let frame = self.temp(Ty::Gen(generator), frame, out);
        if self.generator_closes(generator) {
            let mark = self.new_local(ValTy::I32);
            let mut run = vec![Stmt::SetLocal(mark, Expr::TracebackLen)];
            let resumed =
                self.generator_run(frame.clone(), generator, Sending::Close, site, &mut run);
            let ignored = self.str_lit("RuntimeError: generator ignored GeneratorExit");
            run.push(Stmt::If {
                cond: resumed.yielded(),
                then: vec![Stmt::Raise {
                    message: ignored,
                    site,
                }],
                otherwise: Vec::new(),
            });
            let caught = self.new_local(ValTy::Ref);
            let names = self.str_lit("|GeneratorExit|");
            let is_exit = self.call_rt("exc_matches", vec![Expr::Local(caught), names]);
            let handler = vec![
                Stmt::SetLocal(caught, Expr::Global(self.cx.exc)),
                Stmt::SetGlobal(self.cx.exc, Expr::I32(0)),
                Stmt::If {
                    cond: is_exit,
                    then: vec![crate::func::set_traceback_len(Expr::Local(mark))],
                    otherwise: vec![Stmt::Raise {
                        message: Expr::Local(caught),
                        site: None,
                    }],
                },
            ];
            let state = Expr::Load {
                ty: MemTy::I32,
                addr: Box::new(field_of(frame.clone(), GENERATOR_STATE)),
            };
            out.push(Stmt::If {
                cond: bin(BinOp::I32GtS, state, Expr::I32(0)),
                then: vec![Stmt::Try { body: run, handler }],
                otherwise: Vec::new(),
            });
        }
        out.push(Stmt::Store {
            ty: MemTy::I32,
            addr: field_of(frame, GENERATOR_STATE),
            value: Expr::I32(-1),
        });
    }

    /// What follows a `yield` where the generator resumes: the traceback length each `try`
    /// around it began at is now the caller's; GeneratorExit when this run is to close it
    /// (after closing `delegate`, which a `yield from` stopped in).
    pub(crate) fn resumed(&mut self, delegate: Option<(Expr, GenRef)>, out: &mut Vec<Stmt>) {
        for &mark in &self.try_marks {
            out.push(Stmt::SetLocal(mark, Expr::TracebackLen));
        }
        if !self.cx.typeck.closes.contains(&self.instance) {
            return;
        }
        let mode = self.sent.as_ref().expect("in a generator").mode;
        let mut then = Vec::new();
        if let Some((frame, generator)) = delegate {
            self.generator_close(frame, generator, None, &mut then);
        }
        let message = self.str_lit("GeneratorExit");
        then.push(Stmt::Raise {
            message,
            site: None,
        });
        out.push(Stmt::If {
            cond: bin(
                BinOp::I32Eq,
                Expr::Local(mode),
                Expr::I32(Mode::Close as i32),
            ),
            then,
            otherwise: Vec::new(),
        });
    }

    /// Closes the generator `frame` unless it is 0 (a variable not yet bound).
    pub(crate) fn generator_close_if_made(
        &mut self,
        frame: Expr,
        generator: GenRef,
        out: &mut Vec<Stmt>,
    ) {
        if !self.generator_closes(generator) {
            return;
        }
        let frame = self.temp(Ty::Gen(generator), frame, out);
        let mut close = Vec::new();
        self.generator_close(frame.clone(), generator, None, &mut close);
        out.push(Stmt::If {
            cond: bin(BinOp::I32Ne, frame, Expr::I32(0)),
            then: close,
            otherwise: Vec::new(),
        });
    }

    /// The generators that closing runs code in which the current function drops when it
    /// ends: its variables' (not its parameters'), and at the end of the program's last
    /// module body, the globals'.
    pub(crate) fn dropped_generators(&self) -> Vec<(Expr, GenRef)> {
        let closing = |ty: Ty| match ty {
            Ty::Gen(g) if self.generator_closes(g) => Some(g),
            _ => None,
        };
        let mut dropped = Vec::new();
        // Webs of one variable sharing slots (see `Function::webs`) hold one generator.
        let shares = |i: usize, j: usize| self.local_map[j] == self.local_map[i];
        for (i, &ty) in self.res.local_tys.iter().enumerate() {
            let local = LocalId(i as u32);
            if let Some(g) = closing(ty)
                && !self.func.params.iter().any(|p| p.local == local)
                && !(0..i).any(|j| shares(i, j))
            {
                dropped.push((self.read_place(Place::Local(local)), g));
            }
        }
        if self.cx.typeck.module_bodies.last() == Some(&self.instance) {
            let map = &self.cx.global_map;
            for (i, &ty) in self.cx.typeck.globals.iter().enumerate() {
                if let Some(g) = closing(ty)
                    && !(0..i).any(|j| map[j] == map[i])
                {
                    let global = krait_hir::GlobalId(i as u32);
                    dropped.push((self.read_place(Place::Global(global)), g));
                }
            }
        }
        dropped
    }

    /// Lowers what `lower` adds to `out` where the generators `dropped` are dropped when it
    /// ends, however it ends: they are closed on the way out.
    pub(crate) fn closing(
        &mut self,
        dropped: Vec<(Expr, GenRef)>,
        out: &mut Vec<Stmt>,
        lower: impl FnOnce(&mut Self, &mut Vec<Stmt>),
    ) {
        let mut dropped = dropped;
        dropped.retain(|&(_, generator)| self.generator_closes(generator));
        if dropped.is_empty() {
            lower(self, out);
            return;
        }
        self.push_exit_close(dropped.clone());
        let mut body = Vec::new();
        lower(self, &mut body);
        self.pop_exit();
        let caught = self.new_local(ValTy::Ref);
        let mut handler = vec![
            Stmt::SetLocal(caught, Expr::Global(self.cx.exc)),
            Stmt::SetGlobal(self.cx.exc, Expr::I32(0)),
        ];
        for (frame, generator) in dropped.iter().cloned() {
            self.generator_close_if_made(frame, generator, &mut handler);
        }
        handler.push(Stmt::Raise {
            message: Expr::Local(caught),
            site: None,
        });
        out.push(Stmt::Try { body, handler });
        for (frame, generator) in dropped {
            self.generator_close_if_made(frame, generator, out);
        }
    }

    /// `any(generator)` (`any`) or `all(generator)`: runs it until an element decides the
    /// result, as CPython does (the rest is never computed).
    pub(crate) fn generator_any_all(
        &mut self,
        any: bool,
        frame: Expr,
        generator: GenRef,
        site: Option<mir::Site>,
    ) -> Expr {
        let mut out = Vec::new();
        let elem = self.cx.typeck.result(InstanceId(generator.0)).ret;
        let result = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(result, Expr::I32(!any as i32)));
        self.generator_each(frame, generator, site, &mut out, |this, value, body| {
            let item = this.temp(elem, value, body);
            let truth = this.truthy_value(item, elem);
            body.push(Stmt::If {
                cond: if any { truth } else { not(truth) },
                then: vec![
                    Stmt::SetLocal(result, Expr::I32(any as i32)),
                    Stmt::Break(0),
                ],
                otherwise: Vec::new(),
            });
        });
        crate::expr::block(out, Expr::Local(result))
    }

    /// A loop running the generator `frame` (of instance `generator`) to its end, `body`
    /// given each yielded value (a `Break(0)` there leaves the loop).
    fn generator_each(
        &mut self,
        frame: Expr,
        generator: GenRef,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
        body: impl FnOnce(&mut Self, Expr, &mut Vec<Stmt>),
    ) {
        let frame = self.temp(Ty::Gen(generator), frame, out);
        let mut each = Vec::new();
        let resumed = self.generator_resume(frame, generator, site, &mut each);
        each.push(Stmt::If {
            cond: not(resumed.yielded()),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        });
        body(self, resumed.value, &mut each);
        each.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body: each });
    }
}
