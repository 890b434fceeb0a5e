//! Lowering one instance: its locals, statements and control flow.

use crate::bound::Binding;
use crate::site::{Anchor, frame_text};
use crate::{ModuleLower, repr, values};
use krait_diagnostics::Span;
use krait_hir::{ExprId, ExprKind, FuncId, FuncKind, Function, LocalId, Place, Stmt, Target};
use krait_infer::{InstanceId, TypeckResult};
use krait_mir::{self as mir, BinOp, Expr, LocalIdx, Site, ValTy};
use krait_types::Ty;

pub(crate) struct FnLower<'c, 'a> {
    pub(crate) cx: &'c mut ModuleLower<'a>,
    pub(crate) func_id: FuncId,
    pub(crate) func: &'a Function,
    pub(crate) res: &'a TypeckResult,
    pub(crate) locals: Vec<ValTy>,
    /// The MIR locals holding each HIR local's values.
    pub(crate) local_map: Vec<Vec<LocalIdx>>,
    /// The flag local of each local whose binding is checked at run time.
    pub(crate) local_flags: Vec<Option<LocalIdx>>,
    /// MIR loops open around the current statement.
    mir_loops: u32,
    /// For each enclosing Python loop, how many MIR loops were open outside it.
    python_loops: Vec<u32>,
    /// The `try` statements the current statement is in, innermost last: what leaving them
    /// early (`return`, `break`, `continue`) must do on the way.
    exits: Vec<TryExit>,
    /// The exceptions being handled by the `except` clauses around the current statement,
    /// innermost last.
    pub(crate) handling: Vec<Handling>,
    /// In a generator: its parameters for the value sent in.
    pub(crate) sent: Option<crate::generator::SentParams>,
    /// The comprehensions whose own frames the current expression is in, innermost last.
    pub(crate) comp_frames: Vec<CompFrameLower>,
    pub(crate) instance: InstanceId,
    /// The traceback length when each `try` and `with` around the current statement began,
    /// innermost last: a generator resumed there takes it anew, as its caller's may differ.
    pub(crate) try_marks: Vec<LocalIdx>,
    /// The expressions of `TypeckResult::unboxed` being lowered as the dynamic values they
    /// are, before they are unboxed (see `object`).
    pub(crate) boxed_operands: Vec<ExprId>,
    /// The expressions of `TypeckResult::iter_lists` being lowered as what they are, before
    /// they are made the list a builtin takes (which is their type elsewhere).
    pub(crate) listed_operands: Vec<ExprId>,
}

/// A comprehension being lowered: its frame's name, the expressions of it that the enclosing
/// frame evaluates, and the local counting how many of those have been evaluated (the
/// comprehension's frame runs once all have).
pub(crate) struct CompFrameLower {
    pub(crate) name: &'static str,
    pub(crate) outer: Vec<ExprId>,
    pub(crate) evaluated: LocalIdx,
}

/// An exception being handled by an `except` clause, in the locals that hold it, the
/// traceback length before its marker, and the traceback length when its `try` began.
#[derive(Clone, Copy)]
pub(crate) struct Handling {
    pub(crate) caught: LocalIdx,
    pub(crate) marker: LocalIdx,
    pub(crate) mark: LocalIdx,
}

/// A `for` loop's target, `enumerate` and its start, body and `else` clause.
type EachLoop<'s> = (&'s Target, bool, Option<ExprId>, &'s [Stmt], &'s [Stmt]);

/// A `try` statement around the current statement (see `FnLower::leave`).
struct TryExit {
    /// How many Python loops were open outside it: a `break` or `continue` passes through it
    /// only when it is inside the innermost one.
    python_loops: usize,
    kind: ExitKind,
}

enum ExitKind {
    /// In the body of a `with`: leaving calls the manager's `__exit__(None, None, None)`.
    With { manager: Expr, ty: Ty, span: Span },
    /// Where these generators are dropped on the way out: leaving closes them (see
    /// `krait_infer`'s `closing`).
    Close(Vec<(Expr, krait_types::GenRef)>),
    /// In an `except` clause (or a `finally` block): leaving drops the traceback entries
    /// recorded since the `try` began, whose length is in the local.
    Handled(LocalIdx),
    /// In the part of a `try` that its `finally` block follows: leaving sets `how` and breaks
    /// out of the MIR loop that `region` loops were open outside; `finally` runs after it.
    Finally {
        region: u32,
        how: LocalIdx,
        /// Where a `return` leaves its values, once one does.
        ret: Option<Vec<LocalIdx>>,
        breaks: bool,
        continues: bool,
    },
}

/// Ways of leaving a `try` early.
#[derive(Clone, Copy)]
enum Leave {
    Return,
    Break,
    Continue,
}

impl Leave {
    /// The value of a `finally` block's `how` local for this way out (0 is falling off the
    /// end, 1 an exception).
    fn how(self) -> i32 {
        match self {
            Leave::Return => 2,
            Leave::Break => 3,
            Leave::Continue => 4,
        }
    }
}

pub(crate) fn lower_instance(cx: &mut ModuleLower<'_>, id: InstanceId) -> mir::Func {
    let typeck = cx.typeck;
    let program = cx.program;
    let instance = typeck.instance(id);
    let func = program.func(instance.func);
    let res = typeck.result(id);
    let mut lower = FnLower {
        cx,
        func_id: instance.func,
        func,
        local_flags: vec![None; func.locals.len()],
        res,
        locals: Vec::new(),
        local_map: vec![Vec::new(); func.locals.len()],
        mir_loops: 0,
        python_loops: Vec::new(),
        exits: Vec::new(),
        handling: Vec::new(),
        sent: None,
        comp_frames: Vec::new(),
        instance: id,
        try_marks: Vec::new(),
        boxed_operands: Vec::new(),
        listed_operands: Vec::new(),
    };
    if func.generator {
        // The generator's frame comes first (see `generator`).
        lower.new_local(ValTy::Ref);
    }
    // An own parameter that is a cell takes its argument's value, which goes in its box.
    let mut cell_params = Vec::new();
    // A parameter whose variable is wider than its argument (a dynamic value given an int, a
    // function that may be None given None) takes the argument as it is, widened on entry.
    let mut widened_params = Vec::new();
    for (param, &arg) in func.params.iter().zip(&instance.args) {
        let local_ty = res.local(param.local);
        let ty = match (local_ty, arg) {
            (Ty::Cell(_), Ty::Cell(_)) | (_, Ty::Never) => local_ty,
            (Ty::Cell(_), arg) => arg,
            (Ty::Object(_) | Ty::Funcs(_), arg) => arg,
            (ty, _) => ty,
        };
        let slots: Vec<LocalIdx> = repr(ty).into_iter().map(|ty| lower.new_local(ty)).collect();
        if matches!(local_ty, Ty::Cell(_)) && !matches!(arg, Ty::Cell(_)) {
            cell_params.push((param.local, slots.clone()));
        }
        if (local_ty.is_object() || matches!(local_ty, Ty::Funcs(_))) && ty != local_ty {
            widened_params.push((param.local, ty, local_ty, slots.clone()));
        }
        lower.local_map[param.local.index()] = slots;
    }
    if func.generator {
        let value = repr(res.sent)
            .into_iter()
            .map(|ty| lower.new_local(ty))
            .collect();
        let mode = lower.new_local(ValTy::I32);
        lower.sent = Some(crate::generator::SentParams { value, mode });
    }
    let n_params = lower.locals.len() as u32;
    let is_param = |i: usize| func.params.iter().any(|p| p.local.index() == i);
    for (i, _) in func.locals.iter().enumerate() {
        if is_param(i) {
            continue;
        }
        // The webs of a source variable (`Function::webs`) are never live at once: those of
        // one type share their slots.
        let ty = res.local_tys[i];
        let shared = func
            .webs
            .iter()
            .find(|group| group.contains(&Place::Local(LocalId(i as u32))))
            .and_then(|group| {
                group.iter().find_map(|p| match p {
                    Place::Local(l)
                        if l.index() < i
                            && !is_param(l.index())
                            && res.local_tys[l.index()] == ty =>
                    {
                        Some(l.index())
                    }
                    _ => None,
                })
            });
        lower.local_map[i] = match shared {
            Some(l) => lower.local_map[l].clone(),
            None => repr(ty).into_iter().map(|ty| lower.new_local(ty)).collect(),
        };
    }
    for i in 0..func.locals.len() {
        let binding = Binding::Local(instance.func, LocalId(i as u32));
        if lower.cx.bound.flagged.contains(&binding) {
            lower.local_flags[i] = Some(lower.new_local(ValTy::I32));
        }
    }
    let mut body = Vec::new();
    for (local, arg, local_ty, slots) in widened_params {
        let value = values(slots.into_iter().map(mir::Expr::Local).collect());
        let value = lower.coerce(value, arg, local_ty, &mut body);
        let widened = repr(local_ty)
            .into_iter()
            .map(|ty| lower.new_local(ty))
            .collect::<Vec<_>>();
        body.push(match &widened[..] {
            &[one] => mir::Stmt::SetLocal(one, value),
            _ => mir::Stmt::SetLocals(widened.clone(), value),
        });
        lower.local_map[local.index()] = widened;
    }
    lower.make_cells(&cell_params, &mut body);
    let dropped = lower.dropped_generators();
    lower.closing(dropped, &mut body, |lower, body| {
        body.extend(lower.block(&func.body))
    });
    if func.kind == FuncKind::Module {
        body = lower.print_ready(body);
    }
    let mut results = repr(res.ret);
    if !func.generator && !results.is_empty() {
        // Falling off the end returns None, where the function's type has room for it
        // (address 0); inference rejects the other functions that can.
        body.push(match res.ret {
            Ty::Object(_) | Ty::Instance { nullable: true, .. } => {
                mir::Stmt::Return(vec![mir::Expr::I32(0)])
            }
            _ => mir::Stmt::Unreachable,
        });
    }
    if func.generator {
        results = [vec![ValTy::Ref, ValTy::I32], results, repr(res.returned)].concat();
    }
    let name = match func.kind {
        FuncKind::Runtime => format!("rt.{}", func.name),
        FuncKind::Method(class) => {
            format!(
                "{}.{}",
                lower.cx.program.classes[class.index()].name,
                func.name
            )
        }
        _ => func.name.clone(),
    };
    let not_started = func
        .generator
        .then(|| lower.str_lit("TypeError: can't send non-None value to a just-started generator"));
    let stop_iteration = if func.generator {
        lower.stop_iteration_escapes()
    } else {
        Vec::new()
    };
    let mut lowered = mir::Func {
        name,
        n_params,
        locals: lower.locals,
        results,
        body,
        may_raise: false,
        handles_exceptions: false,
        shadow_frame: None,
        frame: match func.kind {
            FuncKind::Runtime => mir::Frame::Runtime,
            FuncKind::Constructor(_) => mir::Frame::Transparent,
            FuncKind::User | FuncKind::Module | FuncKind::Method(_) => mir::Frame::Python,
        },
    };
    if let (Some(sent), Some(not_started)) = (lower.sent.take(), not_started) {
        let parts = crate::generator::GeneratorParts {
            yielded: repr(res.ret),
            returned: repr(res.returned),
            sent,
            exc: lower.cx.exc,
            not_started,
            stop_iteration,
        };
        crate::generator::make_resumable(&mut lowered, parts);
    }
    lowered
}

impl FnLower<'_, '_> {
    /// What the function's `return` statements give.
    fn ret_ty(&self) -> Ty {
        if self.func.generator {
            self.res.returned
        } else {
            self.res.ret
        }
    }

    pub(crate) fn new_local(&mut self, ty: ValTy) -> LocalIdx {
        self.locals.push(ty);
        LocalIdx(self.locals.len() as u32 - 1)
    }

    /// The type the operation using `expr` sees: a dynamic operand it unboxes is its one type.
    pub(crate) fn ty(&self, expr: ExprId) -> Ty {
        if let Some(&(_, var, _)) = self.res.iter_lists.get(&expr)
            && !self.listed_operands.contains(&expr)
        {
            // What the builtin takes; the expression itself is of its own type.
            return Ty::List(self.cx.typeck.lists.find(var));
        }
        match self.res.unboxed.get(&expr) {
            Some(unboxed) if !self.boxed_operands.contains(&expr) => unboxed.ty,
            _ => self.res.expr(expr),
        }
    }

    /// The traceback site for an operation at `span`, in user code; runtime code has none.
    pub(crate) fn site(&mut self, span: Span, anchor: Anchor) -> Option<Site> {
        if matches!(self.func.kind, FuncKind::Runtime | FuncKind::Constructor(_))
            || self.func.frameless
        {
            return None;
        }
        let file = &self.cx.program.files[span.file.0 as usize];
        let path = self.cx.paths[span.file.0 as usize].clone();
        let name = match self.comp_frames.last() {
            Some(frame) => frame.name,
            None => &self.func.name,
        };
        let text = frame_text(file, &path, name, span, anchor);
        Some(Site(self.cx.str_const(&text)))
    }

    pub(crate) fn block(&mut self, stmts: &[Stmt]) -> Vec<mir::Stmt> {
        let mut out = Vec::new();
        for stmt in stmts {
            self.stmt(stmt, &mut out);
            if let Stmt::If { test, body, orelse } = stmt {
                let ends = match self.static_test(*test) {
                    Some(true) => krait_infer::terminates(self.func, body),
                    Some(false) => krait_infer::terminates(self.func, orelse),
                    None => false,
                };
                if ends {
                    // Inference did not type what follows: it cannot run in this instance.
                    break;
                }
            }
        }
        out
    }

    /// The value type of a cell local and its box's layout; None for other locals.
    fn cell_layout(&self, local: LocalId) -> Option<(Ty, crate::ClassLayout)> {
        let Ty::Cell(var) = self.res.local(local) else {
            return None;
        };
        let ty = self.cx.typeck.lists.elem(var);
        Some((ty, crate::ClassLayout::new(&[("value".to_owned(), ty)])))
    }

    /// The address of the box of cell local `local`, and its value's slots in it.
    fn cell_slots(&self, local: LocalId) -> Option<(Expr, Vec<(ValTy, u32)>)> {
        let (_, layout) = self.cell_layout(local)?;
        let slots = layout.fields.into_iter().flat_map(|f| f.slots).collect();
        Some((Expr::Local(self.local_map[local.index()][0]), slots))
    }

    /// Makes the boxes of the function's own cells, a parameter's holding its argument.
    fn make_cells(&mut self, params: &[(LocalId, Vec<LocalIdx>)], out: &mut Vec<mir::Stmt>) {
        for &local in &self.func.cells {
            let Some((_, layout)) = self.cell_layout(local) else {
                continue;
            };
            let incoming = params.iter().find(|(p, _)| *p == local);
            if incoming.is_none() && self.func.params.iter().any(|p| p.local == local) {
                // A captured cell: the parameter is the box.
                continue;
            }
            let cell = self.new_local(ValTy::Ref);
            out.push(mir::Stmt::SetLocal(
                cell,
                Expr::Alloc {
                    size: Box::new(Expr::I32(layout.size as i32)),
                    kind: layout.kind,
                },
            ));
            self.local_map[local.index()] = vec![cell];
            if let Some((_, slots)) = incoming {
                let offsets = layout.fields.into_iter().flat_map(|f| f.slots);
                for (&slot, (ty, offset)) in slots.iter().zip(offsets) {
                    out.push(mir::Stmt::Store {
                        ty: mem_ty(ty),
                        addr: bin(BinOp::I32Add, Expr::Local(cell), Expr::I32(offset as i32)),
                        value: Expr::Local(slot),
                    });
                }
            }
        }
    }

    pub(crate) fn read_place(&self, place: Place) -> Expr {
        if let Place::Local(local) = place
            && let Some((cell, slots)) = self.cell_slots(local)
        {
            return values(
                slots
                    .into_iter()
                    .map(|(ty, offset)| Expr::Load {
                        ty: mem_ty(ty),
                        addr: Box::new(bin(BinOp::I32Add, cell.clone(), Expr::I32(offset as i32))),
                    })
                    .collect(),
            );
        }
        match place {
            Place::Local(local) => values(
                self.local_map[local.index()]
                    .iter()
                    .map(|&l| Expr::Local(l))
                    .collect(),
            ),
            Place::Global(global) => values(
                self.cx.global_map[global.index()]
                    .iter()
                    .map(|&g| Expr::Global(g))
                    .collect(),
            ),
        }
    }

    fn place_name(&self, place: Place) -> String {
        match place {
            Place::Local(l) => self.func.locals[l.index()].name.clone(),
            Place::Global(g) => self.cx.program.globals[g.index()].name.clone(),
        }
    }

    /// The run-time check that `place` is bound, when the read keyed by `key` needs one.
    pub(crate) fn binding_check(
        &mut self,
        place: Place,
        key: ExprId,
        span: Span,
    ) -> Option<mir::Stmt> {
        if !self.cx.bound.checked.contains(&(self.func_id, key)) {
            return None;
        }
        let flag = match place {
            Place::Local(local) => Expr::Local(self.local_flags[local.index()]?),
            Place::Global(global) => {
                Expr::Global(*self.cx.binding_flags.get(&Binding::Global(global))?)
            }
        };
        let name = self.place_name(place);
        let raise = self.unbound(&name, matches!(place, Place::Local(_)), span);
        Some(mir::Stmt::If {
            cond: not(flag),
            then: vec![mir::Stmt::Drop(raise)],
            otherwise: Vec::new(),
        })
    }

    pub(crate) fn place_ty(&self, place: Place) -> Ty {
        match place {
            Place::Local(local) => match self.res.local(local) {
                Ty::Cell(var) => self.cx.typeck.lists.elem(var),
                ty => ty,
            },
            Place::Global(global) => self.cx.typeck.globals[global.index()],
        }
    }

    /// Stores `value` into `place`, and marks the name bound where that is checked.
    pub(crate) fn write_place(&mut self, place: Place, value: Expr, out: &mut Vec<mir::Stmt>) {
        // A generator that closing runs code in, bound there before, is dropped: closed after
        // the store, as CPython's reference count does.
        let replaced = match self.place_ty(place) {
            Ty::Gen(generator) if self.generator_closes(generator) => {
                let value = self.temp(Ty::Gen(generator), value, out);
                let old = self.read_place(place);
                let old = self.temp(Ty::Gen(generator), old, out);
                self.store_place(place, value, out);
                Some((old, generator))
            }
            _ => {
                self.store_place(place, value, out);
                None
            }
        };
        if let Some((old, generator)) = replaced {
            self.generator_close_if_made(old, generator, out);
        }
        // The source variable's other webs: rebinding it drops a generator one holds.
        let siblings = self
            .func
            .webs
            .iter()
            .find(|group| group.contains(&place))
            .map(|group| group.iter().copied().filter(|&p| p != place).collect())
            .unwrap_or_else(Vec::new);
        for sibling in siblings {
            if let Ty::Gen(generator) = self.place_ty(sibling)
                && self.generator_closes(generator)
                && !self.same_slots(sibling, place)
            {
                let held = self.read_place(sibling);
                let held = self.temp(Ty::Gen(generator), held, out);
                self.generator_close_if_made(held, generator, out);
            }
        }
        match place {
            Place::Local(local) => {
                if let Some(flag) = self.local_flags[local.index()] {
                    out.push(mir::Stmt::SetLocal(flag, Expr::I32(1)));
                }
            }
            Place::Global(global) => {
                if let Some(&flag) = self.cx.binding_flags.get(&Binding::Global(global)) {
                    out.push(mir::Stmt::SetGlobal(flag, Expr::I32(1)));
                }
            }
        }
    }

    /// Whether two places are kept in the same slots (webs of one variable, of one type).
    fn same_slots(&self, a: Place, b: Place) -> bool {
        match (a, b) {
            (Place::Local(x), Place::Local(y)) => {
                self.local_map[x.index()] == self.local_map[y.index()]
            }
            (Place::Global(x), Place::Global(y)) => {
                self.cx.global_map[x.index()] == self.cx.global_map[y.index()]
            }
            _ => false,
        }
    }

    fn store_place(&mut self, place: Place, value: Expr, out: &mut Vec<mir::Stmt>) {
        if let Place::Local(local) = place
            && let Some((ty, _)) = self.cell_layout(local)
        {
            let (cell, slots) = self.cell_slots(local).expect("a cell");
            let value = self.temp(ty, value, out);
            for (value, (slot, offset)) in flatten(value).into_iter().zip(slots) {
                out.push(mir::Stmt::Store {
                    ty: mem_ty(slot),
                    addr: bin(BinOp::I32Add, cell.clone(), Expr::I32(offset as i32)),
                    value,
                });
            }
            return;
        }
        match place {
            Place::Local(local) => match self.local_map[local.index()].as_slice() {
                [] => out.push(mir::Stmt::Drop(value)),
                [slot] => out.push(mir::Stmt::SetLocal(*slot, value)),
                slots => out.push(mir::Stmt::SetLocals(slots.to_vec(), value)),
            },
            Place::Global(global) => match self.cx.global_map[global.index()].clone().as_slice() {
                [] => out.push(mir::Stmt::Drop(value)),
                [slot] => out.push(mir::Stmt::SetGlobal(*slot, value)),
                slots => {
                    // Wasm sets one global at a time: through locals, in order.
                    let ty = self.cx.typeck.globals[global.index()];
                    let temps = self.temp(ty, value, out);
                    for (slot, value) in slots.iter().zip(flatten(temps)) {
                        out.push(mir::Stmt::SetGlobal(*slot, value));
                    }
                }
            },
        }
    }

    pub(crate) fn assign(
        &mut self,
        target: &Target,
        value: Expr,
        ty: Ty,
        out: &mut Vec<mir::Stmt>,
    ) {
        match target {
            Target::Place(place, _) => {
                let value = self.coerce(value, ty, self.place_ty(*place), out);
                self.write_place(*place, value, out)
            }
            Target::Index {
                object,
                index,
                span,
            } if matches!(self.ty(*object), Ty::Dict(_)) => {
                self.dict_set(*object, *index, value, ty, *span, out)
            }
            Target::Index {
                object,
                index,
                span,
            } if matches!(self.ty(*object), Ty::Instance { .. }) => {
                // The value, then the object and the key: Python's order.
                let value = self.temp(ty, value, out);
                let object_ty = self.ty(*object);
                let lowered = self.expr(*object);
                let lowered = self.temp(object_ty, lowered, out);
                let index_ty = self.ty(*index);
                let key = self.expr(*index);
                let key = self.temp(index_ty, key, out);
                let args = vec![(key, index_ty), (value, ty)];
                let site = self.subscript_site(*object, *index, *span);
                let done =
                    self.call_special(lowered, object_ty, "__setitem__", args, Ty::None, out, site);
                out.push(mir::Stmt::Drop(done));
            }
            Target::Index {
                object,
                index,
                span,
            } => self.list_set(*object, *index, value, ty, *span, out),
            Target::Slice {
                object,
                bounds,
                span,
            } => self.list_slice_set(*object, bounds, value, *span, out),
            Target::Attribute { object, attr, span } => {
                // The value first, then the object: Python's order.
                let value = self.temp(ty, value, out);
                let object_ty = self.ty(*object);
                let object = self.expr(*object);
                let object = self.instance(object, object_ty, attr, *span, out);
                if let Ty::AnyOf { .. } = object_ty {
                    self.any_of_store(object, object_ty, attr, (value, ty), out);
                    return;
                }
                let is_property = matches!(object_ty, Ty::Instance { class, .. }
                    if self.cx.program.is_property(class, attr));
                if is_property {
                    let setter = format!("{attr}.setter");
                    let args = vec![(value, ty)];
                    let site = self.site(*span, Anchor::Whole);
                    let done =
                        self.call_special(object, object_ty, &setter, args, Ty::None, out, site);
                    out.push(mir::Stmt::Drop(done));
                    return;
                }
                if attr == krait_hir::EXCEPTION_ARGS_TUPLE && !self.keeps_args(object_ty, ty) {
                    // Arguments of another type than the class keeps: nothing reads them.
                    out.push(mir::Stmt::Drop(value));
                    out.push(mir::Stmt::Drop(object));
                    return;
                }
                self.store_field(object, object_ty, attr, value, ty, out);
            }
            Target::Starred(..) => unreachable!("inference rejects a lone starred target"),
            Target::Tuple(targets, _)
                if matches!(ty, Ty::Instance { class, nullable: false }
                    if !self.cx.program.classes[class.index()].tuple_fields.is_empty()) =>
            {
                // A namedtuple: its fields, in order (inference checked the count).
                let Ty::Instance { class, .. } = ty else {
                    unreachable!("matched")
                };
                let fields = self.cx.program.classes[class.index()].tuple_fields.clone();
                let object = self.temp(ty, value, out);
                let mut values = Vec::new();
                for field in &fields {
                    let (field_ty, _) = self.field_slots(ty, field);
                    let value = self.load_field(object.clone(), ty, field);
                    values.push((self.temp(field_ty, value, out), field_ty));
                }
                for (target, (value, field_ty)) in targets.iter().zip(values) {
                    self.assign(target, value, field_ty, out);
                }
            }
            Target::Tuple(_, span)
                if matches!(ty, Ty::Instance { class, nullable: false }
                    if self.cx.program.method(class, "__iter__").is_some()) =>
            {
                // What iterating it gives, as a list (see inference's `assign_target`).
                let list_ty = Ty::List(self.cx.typeck.star_lists[&(self.func_id, *span)]);
                let elem = self.list_elem(list_ty);
                let list = self.iterated_list(value, ty, elem, None);
                self.assign(target, list, list_ty, out);
            }
            Target::Tuple(targets, span) if matches!(ty, Ty::List(_)) => {
                self.unpack_list(targets, *span, value, ty, out)
            }
            Target::Tuple(targets, span) if ty.is_object() => {
                // The runtime iterates it into a list of exactly as many values as targets.
                let site = self.site(*span, Anchor::Whole);
                let n = Expr::I64(targets.len() as i64);
                let items = Expr::Call {
                    func: self.cx.rt("obj_unpack"),
                    args: vec![value, n],
                    site,
                };
                let items = self.temp(Ty::OBJECT, items, out);
                let list = Expr::Load {
                    ty: mir::MemTy::Ref,
                    addr: Box::new(items),
                };
                let list = self.list_local(list, out);
                let elem = self.cx.typeck.iter_elems[&ty];
                for (i, target) in targets.iter().enumerate() {
                    let item = self.load_elem(list.clone(), Expr::I32(i as i32), Ty::OBJECT);
                    let item = self.temp(elem, item, out);
                    self.assign(target, item, elem, out);
                }
            }
            Target::Tuple(targets, span)
                if targets.iter().any(|t| matches!(t, Target::Starred(..))) =>
            {
                let star = targets
                    .iter()
                    .position(|t| matches!(t, Target::Starred(..)))
                    .expect("checked");
                let temps = self.temp(ty, value, out);
                let elements: Vec<(Expr, Ty)> =
                    split(temps, ty).into_iter().zip(ty.elements()).collect();
                let after = targets.len() - star - 1;
                let rest_ty = Ty::List(self.cx.typeck.star_lists[&(self.func_id, *span)]);
                let elem = self.list_elem(rest_ty);
                let rest_values = &elements[star..elements.len() - after];
                let mut values = Vec::new();
                for (value, value_ty) in rest_values {
                    let value = self.coerce(value.clone(), *value_ty, elem, out);
                    values.push(self.temp(elem, value, out));
                }
                let rest = self.list_alloc(elem, Expr::I64(values.len() as i64), out);
                for (i, value) in values.into_iter().enumerate() {
                    self.store_elem(rest.clone(), Expr::I32(i as i32), elem, value, out);
                }
                for (target, (value, value_ty)) in targets[..star].iter().zip(&elements[..star]) {
                    self.assign(target, value.clone(), *value_ty, out);
                }
                if let Target::Starred(inner, _) = &targets[star] {
                    self.assign(inner, rest, rest_ty, out);
                }
                let tail = &elements[elements.len() - after..];
                for (target, (value, value_ty)) in targets[star + 1..].iter().zip(tail) {
                    self.assign(target, value.clone(), *value_ty, out);
                }
            }
            Target::Tuple(targets, _) => {
                let temps = self.temp(ty, value, out);
                for ((target, element), element_ty) in
                    targets.iter().zip(split(temps, ty)).zip(ty.elements())
                {
                    self.assign(target, element, element_ty, out);
                }
            }
        }
    }

    /// `current op= value` of an attribute read as `current` (of the type it keeps), in a
    /// temporary: the current value first, then `value`, as Python evaluates them.
    fn combine(
        &mut self,
        op: krait_hir::BinOp,
        (current, current_ty): (mir::Expr, Ty),
        value: ExprId,
        span: Span,
        out: &mut Vec<mir::Stmt>,
    ) -> mir::Expr {
        let current = self.temp(current_ty, current, out);
        let rhs_ty = self.ty(value);
        let rhs = self.expr(value);
        let combined = self.in_place_binary(
            op, current, current_ty, rhs, rhs_ty, current_ty, value, span, out,
        );
        self.temp(current_ty, combined, out)
    }

    /// `value` of type `from` as a value of the wider type `to` (None as an absent instance).
    pub(crate) fn coerce(
        &mut self,
        value: Expr,
        from: Ty,
        to: Ty,
        out: &mut Vec<mir::Stmt>,
    ) -> Expr {
        match (from, to) {
            (_, Ty::Object(_)) if !from.is_object() => self.box_value(value, from),
            (Ty::Func(_) | Ty::Funcs(_), Ty::Funcs(_)) if from != to => {
                self.widen_func(value, from, to, out)
            }
            (Ty::None, Ty::Funcs(_)) => {
                out.push(mir::Stmt::Drop(value));
                crate::func_set::none_index(to)
            }
            (Ty::None, Ty::Instance { .. } | Ty::AnyOf { .. }) => {
                out.push(mir::Stmt::Drop(value));
                Expr::I32(0)
            }
            (Ty::Tuple(_), Ty::Tuple(_)) if from != to => {
                let temps = self.temp(from, value, out);
                let elements: Vec<Expr> = split(temps, from)
                    .into_iter()
                    .zip(from.elements().into_iter().zip(to.elements()))
                    .map(|(element, (f, t))| self.coerce(element, f, t, out))
                    .collect();
                values(elements.into_iter().flat_map(flatten).collect())
            }
            _ => value,
        }
    }

    /// Whether instances of `object_ty` keep an arguments' tuple of type `args` (see
    /// `krait_hir::EXCEPTION_ARGS_TUPLE`): the one type they are all made with.
    fn keeps_args(&mut self, object_ty: Ty, args: Ty) -> bool {
        let Ty::Instance { class, .. } = object_ty else {
            return false;
        };
        let tuple = krait_hir::EXCEPTION_ARGS_TUPLE;
        let layout = self.cx.layout(class);
        let field = layout.fields.iter().find(|f| f.name == tuple);
        field.is_some_and(|f| args.join(f.ty) == krait_types::Join::Same(f.ty))
    }

    /// `object` (of an instance type) in a temporary, raising AttributeError when it is None.
    pub(crate) fn instance(
        &mut self,
        object: Expr,
        object_ty: Ty,
        attr: &str,
        span: Span,
        out: &mut Vec<mir::Stmt>,
    ) -> Expr {
        let temp = self.temp(object_ty, object, out);
        if let Ty::Instance { nullable: true, .. } | Ty::AnyOf { nullable: true, .. } = object_ty {
            let message = format!("AttributeError: 'NoneType' object has no attribute '{attr}'");
            let message = Expr::I32(self.cx.str_const(&message) as i32);
            let site = self.site(span, Anchor::Whole);
            out.push(mir::Stmt::If {
                cond: crate::func::not(temp.clone()),
                then: vec![mir::Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        temp
    }

    fn field_slots(&mut self, object_ty: Ty, attr: &str) -> (Ty, Vec<(ValTy, u32)>) {
        let Ty::Instance { class, .. } = object_ty else {
            unreachable!("inference gives attributes only to instances")
        };
        let layout = self.cx.layout(class);
        let field = layout
            .fields
            .iter()
            .find(|f| f.name == attr)
            .expect("inference knows every attribute read");
        (field.ty, field.slots.clone())
    }

    /// Reads attribute `attr` of the instance `object` (a local, checked not None).
    pub(crate) fn load_field(&mut self, object: Expr, object_ty: Ty, attr: &str) -> Expr {
        let (_, slots) = self.field_slots(object_ty, attr);
        values(
            slots
                .into_iter()
                .map(|(slot, offset)| Expr::Load {
                    ty: mem_ty(slot),
                    addr: Box::new(bin(
                        mir::BinOp::I32Add,
                        object.clone(),
                        Expr::I32(offset as i32),
                    )),
                })
                .collect(),
        )
    }

    pub(crate) fn store_field(
        &mut self,
        object: Expr,
        object_ty: Ty,
        attr: &str,
        value: Expr,
        value_ty: Ty,
        out: &mut Vec<mir::Stmt>,
    ) {
        let (field_ty, slots) = self.field_slots(object_ty, attr);
        let value = self.coerce(value, value_ty, field_ty, out);
        let value = self.temp(field_ty, value, out);
        for ((slot, offset), value) in slots.into_iter().zip(flatten(value)) {
            out.push(mir::Stmt::Store {
                ty: mem_ty(slot),
                addr: bin(mir::BinOp::I32Add, object.clone(), Expr::I32(offset as i32)),
                value,
            });
        }
    }

    /// Evaluates `value` once into temporaries, for use several times: the result reads them.
    pub(crate) fn temp(&mut self, ty: Ty, value: Expr, out: &mut Vec<mir::Stmt>) -> Expr {
        let slots: Vec<_> = repr(ty).into_iter().map(|t| self.new_local(t)).collect();
        match slots.as_slice() {
            [] => out.push(mir::Stmt::Drop(value)),
            [slot] => out.push(mir::Stmt::SetLocal(*slot, value)),
            _ => out.push(mir::Stmt::SetLocals(slots.clone(), value)),
        }
        values(slots.into_iter().map(Expr::Local).collect())
    }

    pub(crate) fn stmt(&mut self, stmt: &Stmt, out: &mut Vec<mir::Stmt>) {
        match stmt {
            Stmt::Expr(expr) => {
                // A docstring, or any other constant, does nothing (and needs no static data).
                if matches!(
                    self.func.expr(*expr).kind,
                    ExprKind::Str(_) | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::None
                ) {
                    return;
                }
                let value = self.expr(*expr);
                out.push(mir::Stmt::Drop(value));
                if self.ty(*expr) == Ty::Never {
                    out.push(mir::Stmt::Unreachable);
                }
            }
            Stmt::Assign { targets, value } => {
                if let [target] = targets.as_slice()
                    && self.list_slice_copy(target, *value, out)
                {
                    return;
                }
                let ty = self.ty(*value);
                let value = self.expr(*value);
                if targets.len() == 1 {
                    self.assign(&targets[0], value, ty, out);
                } else {
                    let temp = self.temp(ty, value, out);
                    for target in targets {
                        self.assign(target, temp.clone(), ty, out);
                    }
                }
            }
            Stmt::AssignTuple { targets, values } => {
                let mut temps = Vec::new();
                for value in values {
                    let ty = self.ty(*value);
                    let lowered = self.expr(*value);
                    temps.push((self.temp(ty, lowered, out), ty));
                }
                for (target, (temp, ty)) in targets.iter().zip(temps) {
                    self.assign(target, temp, ty, out);
                }
            }
            Stmt::AugAssign {
                place,
                op,
                value,
                span,
            } => {
                let current_ty = self.place_ty(*place);
                let target_span = Span {
                    file: span.file,
                    range: ruff_text_size::TextRange::at(
                        span.range.start(),
                        ruff_text_size::TextSize::from(self.place_name(*place).len() as u32),
                    ),
                };
                if let Some(check) = self.binding_check(*place, *value, target_span) {
                    out.push(check);
                }
                if current_ty == Ty::Never {
                    let (name, local) = match place {
                        Place::Local(l) => (self.func.locals[l.index()].name.clone(), true),
                        Place::Global(g) => {
                            (self.cx.program.globals[g.index()].name.clone(), false)
                        }
                    };
                    let target_span = Span {
                        file: span.file,
                        range: ruff_text_size::TextRange::new(
                            span.range.start(),
                            span.range.start() + ruff_text_size::TextSize::from(name.len() as u32),
                        ),
                    };
                    out.push(mir::Stmt::Drop(self.unbound(&name, local, target_span)));
                    return;
                }
                let current = self.read_place(*place);
                let rhs_ty = self.ty(*value);
                let rhs = self.expr(*value);
                let combined = self.in_place_binary(
                    *op, current, current_ty, rhs, rhs_ty, current_ty, *value, *span, out,
                );
                self.write_place(*place, combined, out);
            }
            Stmt::AugAssignIndex {
                object,
                index,
                op,
                value,
                span,
            } if matches!(self.ty(*object), Ty::Dict(_)) => {
                self.dict_aug_assign(*object, *index, *op, *value, *span, out)
            }
            Stmt::AugAssignIndex {
                object,
                index,
                op,
                value,
                span,
            } if matches!(self.ty(*object), Ty::Instance { .. }) => {
                // `obj[i] op= v`: `__getitem__`, the operation, then `__setitem__`.
                let object_ty = self.ty(*object);
                let lowered = self.expr(*object);
                let target = self.temp(object_ty, lowered, out);
                let index_ty = self.ty(*index);
                let key = self.expr(*index);
                let key = self.temp(index_ty, key, out);
                let Ty::Instance { class, .. } = object_ty else {
                    unreachable!("matched above")
                };
                let current_ty = self
                    .cx
                    .typeck
                    .special_targets(self.cx.program, class, "__getitem__", &[index_ty])
                    .map_or(Ty::Never, |t| self.cx.typeck.result(t[0].1).ret);
                let args = vec![(key.clone(), index_ty)];
                // The target `object[index]` is where CPython's traceback points.
                let target_span = Span {
                    file: span.file,
                    range: ruff_text_size::TextRange::new(
                        self.func.expr(*object).span.range.start(),
                        self.func.expr(*index).span.range.end() + ruff_text_size::TextSize::from(1),
                    ),
                };
                let site = self.subscript_site(*object, *index, target_span);
                let current = self.call_special(
                    target.clone(),
                    object_ty,
                    "__getitem__",
                    args,
                    current_ty,
                    out,
                    site,
                );
                let current = self.temp(current_ty, current, out);
                let rhs_ty = self.ty(*value);
                let rhs = self.expr(*value);
                let result_ty = self.res.item_results[value];
                let combined = self.in_place_binary(
                    *op, current, current_ty, rhs, rhs_ty, result_ty, *value, *span, out,
                );
                let combined = self.temp(result_ty, combined, out);
                let args = vec![(key, index_ty), (combined, result_ty)];
                let done =
                    self.call_special(target, object_ty, "__setitem__", args, Ty::None, out, site);
                out.push(mir::Stmt::Drop(done));
            }
            Stmt::AugAssignIndex {
                object,
                index,
                op,
                value,
                span,
            } => self.list_aug_assign(*object, *index, *op, *value, *span, out),
            Stmt::ForEach {
                target,
                iter,
                enumerate,
                start,
                body,
                orelse,
            } => self.for_each(target, *iter, *enumerate, *start, body, orelse, out),
            Stmt::AugAssignAttr {
                object,
                attr,
                op,
                value,
                span,
            } => {
                let object_ty = self.ty(*object);
                let object_span = self.func.expr(*object).span;
                let target_span = Span {
                    file: span.file,
                    range: ruff_text_size::TextRange::new(
                        object_span.range.start(),
                        object_span.range.end()
                            + ruff_text_size::TextSize::from(attr.len() as u32 + 1),
                    ),
                };
                let lowered = self.expr(*object);
                let object = self.instance(lowered, object_ty, attr, target_span, out);
                if let Ty::AnyOf { .. } = object_ty {
                    let current_ty = self.any_of_field_ty(object_ty, attr);
                    let current = self.any_of_attribute(
                        object.clone(),
                        object_ty,
                        attr,
                        current_ty,
                        target_span,
                    );
                    let combined = self.combine(*op, (current, current_ty), *value, *span, out);
                    self.any_of_store(object, object_ty, attr, (combined, current_ty), out);
                    return;
                }
                if let Some(current_ty) = self.property_ty(object_ty, attr) {
                    // The getter, the operation, then the setter.
                    let site = self.site(target_span, Anchor::Whole);
                    let current = self.call_special(
                        object.clone(),
                        object_ty,
                        attr,
                        Vec::new(),
                        current_ty,
                        out,
                        site,
                    );
                    let combined = self.combine(*op, (current, current_ty), *value, *span, out);
                    let setter = format!("{attr}.setter");
                    let args = vec![(combined, current_ty)];
                    let done =
                        self.call_special(object, object_ty, &setter, args, Ty::None, out, site);
                    out.push(mir::Stmt::Drop(done));
                    return;
                }
                self.check_has_field(object.clone(), object_ty, attr, target_span, out);
                let (field_ty, _) = self.field_slots(object_ty, attr);
                let current = self.load_field(object.clone(), object_ty, attr);
                let rhs_ty = self.ty(*value);
                let rhs = self.expr(*value);
                let combined = self.in_place_binary(
                    *op, current, field_ty, rhs, rhs_ty, field_ty, *value, *span, out,
                );
                self.store_field(object, object_ty, attr, combined, field_ty, out);
            }
            Stmt::If { test, body, orelse } => {
                if let Some(taken) = self.static_test(*test) {
                    // Only this branch can run (and only it was typed).
                    let test = self.expr(*test);
                    out.push(mir::Stmt::Drop(test));
                    let block = self.block(if taken { body } else { orelse });
                    out.extend(block);
                    return;
                }
                let cond = self.truthy(*test);
                let then = self.block(body);
                let otherwise = self.block(orelse);
                out.push(mir::Stmt::If {
                    cond,
                    then,
                    otherwise,
                });
            }
            Stmt::While { test, body, orelse } => {
                self.python_loops.push(self.mir_loops);
                self.mir_loops += 1;
                let cond = self.truthy(*test);
                // The `else` clause runs inside the MIR loop, but belongs to the enclosing
                // Python loop for its own `break`s.
                let python_loop = self.python_loops.pop();
                let mut exit = self.block(orelse);
                self.python_loops.extend(python_loop);
                exit.push(mir::Stmt::Break(0));
                let mut loop_body = vec![mir::Stmt::If {
                    cond: not(cond),
                    then: exit,
                    otherwise: Vec::new(),
                }];
                loop_body.extend(self.block(body));
                loop_body.push(mir::Stmt::Continue(0));
                self.mir_loops -= 1;
                self.python_loops.pop();
                out.push(mir::Stmt::Loop { body: loop_body });
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
                range_span,
            } => self.for_range(*var, [*start, *stop, *step], *range_span, body, orelse, out),
            Stmt::Break => self.leave(Leave::Break, Vec::new(), self.exits.len(), out),
            Stmt::Continue => self.leave(Leave::Continue, Vec::new(), self.exits.len(), out),
            Stmt::Return(value, _) => {
                let ret_ty = self.ret_ty();
                let values = match value {
                    Some(value) => {
                        let value_ty = self.ty(*value);
                        let lowered = self.expr(*value);
                        if !repr(ret_ty).is_empty() {
                            vec![self.coerce(lowered, value_ty, ret_ty, out)]
                        } else {
                            out.push(mir::Stmt::Drop(lowered));
                            Vec::new()
                        }
                    }
                    None => Vec::new(),
                };
                // The value is computed before any `finally` runs or handled exception is
                // dropped: an exception it raises comes from inside the `try`.
                let values = if self.exits.is_empty() {
                    values
                } else {
                    let ty = self.ret_ty();
                    let value = crate::values(values);
                    let value = self.temp(ty, value, out);
                    crate::func::flatten(value)
                };
                self.leave(Leave::Return, values, self.exits.len(), out);
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_(body, handlers, orelse, finalbody, out),
            Stmt::With {
                context,
                target,
                body,
            } => self.with(*context, target.as_ref(), body, out),
            Stmt::YieldFrom { each, returned } => self.yield_from(each, *returned, out),
            Stmt::Yield(value) => {
                let ty = self.ty(*value);
                let lowered = self.expr(*value);
                let yielded = self.coerce(lowered, ty, self.res.ret, out);
                out.push(mir::Stmt::Yield(flatten(yielded)));
                self.resumed(None, out);
            }
            Stmt::Reraise => {
                let handling = *self.handling.last().expect("resolved inside `except`");
                out.push(set_traceback_len(Expr::Local(handling.marker)));
                out.push(mir::Stmt::Raise {
                    message: Expr::Local(handling.caught),
                    site: None,
                });
            }
            Stmt::SetCause { suppress } => {
                let handling = *self.handling.last().expect("resolved inside `except`");
                if *suppress {
                    out.push(set_traceback_len(Expr::Local(handling.mark)));
                } else {
                    // The marker's first entry is the text that introduces what follows.
                    let tag = "\nThe above exception was the direct cause of the following exception:\n\n";
                    let tag = self.str_lit(tag);
                    let entry = bin(
                        BinOp::I32Add,
                        Expr::I32(mir::TRACEBACK as i32 + 4),
                        bin(BinOp::I32Mul, Expr::Local(handling.marker), Expr::I32(4)),
                    );
                    out.push(mir::Stmt::If {
                        cond: bin(
                            BinOp::I32LtU,
                            Expr::Local(handling.marker),
                            Expr::TracebackLen,
                        ),
                        then: vec![mir::Stmt::Store {
                            ty: mir::MemTy::I32,
                            addr: entry,
                            value: tag,
                        }],
                        otherwise: Vec::new(),
                    });
                }
            }
            Stmt::Def(func) => {
                if let Some(&flag) = self.cx.binding_flags.get(&Binding::Func(*func)) {
                    out.push(mir::Stmt::SetGlobal(flag, Expr::I32(1)));
                }
            }
            Stmt::DelIndex {
                object,
                index,
                span,
            } => match self.ty(*object) {
                Ty::Dict(_) => self.dict_del(*object, *index, *span, out),
                object_ty @ Ty::Instance { .. } => {
                    let lowered = self.expr(*object);
                    let lowered = self.temp(object_ty, lowered, out);
                    let index_ty = self.ty(*index);
                    let key = self.expr(*index);
                    let key = self.temp(index_ty, key, out);
                    let args = vec![(key, index_ty)];
                    let site = self.subscript_site(*object, *index, *span);
                    let done = self.call_special(
                        lowered,
                        object_ty,
                        "__delitem__",
                        args,
                        Ty::None,
                        out,
                        site,
                    );
                    out.push(mir::Stmt::Drop(done));
                }
                _ => self.list_del(*object, *index, *span, out),
            },
            Stmt::Assert { test, msg } => {
                let cond = self.truthy(*test);
                let message = match msg {
                    Some(msg) => {
                        let ty = self.ty(*msg);
                        let text = self.expr(*msg);
                        let text = self.str_of(text, ty);
                        let prefix = Expr::I32(self.cx.str_const("AssertionError: ") as i32);
                        self.call_rt("str_concat", vec![prefix, text])
                    }
                    None => Expr::I32(self.cx.str_const("AssertionError") as i32),
                };
                let site = self.site(self.func.expr(*test).span, Anchor::Whole);
                out.push(mir::Stmt::If {
                    cond: not(cond),
                    then: vec![mir::Stmt::Raise { message, site }],
                    otherwise: Vec::new(),
                });
            }
        }
    }

    /// Leaves the statements `exits[..depth]` are around by `way` (with the values a `return`
    /// gives), doing on the way what each `try` passed through needs: an `except` clause
    /// drops its exception's traceback entries, a `finally` block runs (after the MIR loop
    /// of its region, which this breaks out of; the rest of the way is taken from there).
    fn leave(&mut self, way: Leave, values: Vec<Expr>, depth: usize, out: &mut Vec<mir::Stmt>) {
        let mut values = values;
        for i in (0..depth).rev() {
            let exit = &self.exits[i];
            if !matches!(way, Leave::Return) && exit.python_loops < self.python_loops.len() {
                break;
            }
            match exit.kind {
                ExitKind::Handled(len) => out.push(set_traceback_len(Expr::Local(len))),
                ExitKind::With {
                    ref manager,
                    ty,
                    span,
                } => {
                    let manager = manager.clone();
                    let exited = self.exit_manager(manager, ty, None, span, out);
                    out.push(mir::Stmt::Drop(exited));
                }
                ExitKind::Close(ref generators) => {
                    for (frame, generator) in generators.clone() {
                        self.generator_close_if_made(frame, generator, out);
                    }
                }
                ExitKind::Finally { region, how, .. } => {
                    if let Leave::Return = way {
                        let slots = repr(self.ret_ty());
                        let ret = match &self.exits[i].kind {
                            ExitKind::Finally { ret: Some(ret), .. } => ret.clone(),
                            _ => slots.into_iter().map(|t| self.new_local(t)).collect(),
                        };
                        let taken = std::mem::take(&mut values);
                        let value = crate::values(taken);
                        match ret.len() {
                            0 => out.push(mir::Stmt::Drop(value)),
                            1 => out.push(mir::Stmt::SetLocal(ret[0], value)),
                            _ => out.push(mir::Stmt::SetLocals(ret.clone(), value)),
                        }
                        if let ExitKind::Finally { ret: r, .. } = &mut self.exits[i].kind {
                            *r = Some(ret);
                        }
                    }
                    if let ExitKind::Finally {
                        breaks, continues, ..
                    } = &mut self.exits[i].kind
                    {
                        match way {
                            Leave::Break => *breaks = true,
                            Leave::Continue => *continues = true,
                            Leave::Return => {}
                        }
                    }
                    out.push(mir::Stmt::SetLocal(how, Expr::I32(way.how())));
                    out.push(mir::Stmt::Break(self.mir_loops - 1 - region));
                    return;
                }
            }
        }
        let loop_depth = || self.mir_loops - 1 - self.python_loops.last().copied().unwrap_or(0);
        out.push(match way {
            Leave::Return => mir::Stmt::Return(values),
            Leave::Break => mir::Stmt::Break(loop_depth()),
            Leave::Continue => mir::Stmt::Continue(loop_depth()),
        });
    }

    /// Leaving the statements lowered next drops the generators `dropped` (see `closing`).
    pub(crate) fn push_exit_close(&mut self, dropped: Vec<(Expr, krait_types::GenRef)>) {
        self.exits.push(TryExit {
            python_loops: self.python_loops.len(),
            kind: ExitKind::Close(dropped),
        });
    }

    pub(crate) fn pop_exit(&mut self) {
        self.exits.pop();
    }

    fn try_(
        &mut self,
        body: &[Stmt],
        handlers: &[krait_hir::Handler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        out: &mut Vec<mir::Stmt>,
    ) {
        let mark = self.new_local(ValTy::I32);
        out.push(mir::Stmt::SetLocal(mark, Expr::TracebackLen));
        self.try_marks.push(mark);
        if finalbody.is_empty() {
            self.try_except(mark, body, handlers, orelse, out);
            self.try_marks.pop();
            return;
        }
        let how = self.new_local(ValTy::I32);
        out.push(mir::Stmt::SetLocal(how, Expr::I32(0)));
        let region = self.mir_loops;
        self.mir_loops += 1;
        self.exits.push(TryExit {
            python_loops: self.python_loops.len(),
            kind: ExitKind::Finally {
                region,
                how,
                ret: None,
                breaks: false,
                continues: false,
            },
        });
        let mut protected = Vec::new();
        self.try_except(mark, body, handlers, orelse, &mut protected);
        self.try_marks.pop();
        let exit = self.exits.pop().expect("pushed above");
        self.mir_loops -= 1;
        // An exception leaving the protected part waits in `pending` while `finally` runs,
        // marked as being handled, so that one raised in `finally` prints it as its context.
        let pending = self.new_local(ValTy::Ref);
        let marker = self.new_local(ValTy::I32);
        let catch = self.catch(pending, marker);
        out.push(mir::Stmt::Loop {
            body: vec![
                mir::Stmt::Try {
                    body: protected,
                    handler: [catch, vec![mir::Stmt::SetLocal(how, Expr::I32(1))]].concat(),
                },
                mir::Stmt::Break(0),
            ],
        });
        self.exits.push(TryExit {
            python_loops: self.python_loops.len(),
            kind: ExitKind::Handled(mark),
        });
        let finally = self.block(finalbody);
        self.exits.pop();
        out.extend(finally);
        let is = |n: i32| bin(BinOp::I32Eq, Expr::Local(how), Expr::I32(n));
        out.push(mir::Stmt::If {
            cond: is(1),
            then: vec![
                set_traceback_len(Expr::Local(marker)),
                mir::Stmt::Raise {
                    message: Expr::Local(pending),
                    site: None,
                },
            ],
            otherwise: Vec::new(),
        });
        let ExitKind::Finally {
            ret,
            breaks,
            continues,
            ..
        } = exit.kind
        else {
            unreachable!("pushed as Finally")
        };
        let depth = self.exits.len();
        let dispatch = |way: Leave, lower: &mut Self, out: &mut Vec<mir::Stmt>| {
            let values = match (way, &ret) {
                (Leave::Return, Some(ret)) => ret.iter().map(|&l| Expr::Local(l)).collect(),
                _ => Vec::new(),
            };
            let mut then = Vec::new();
            lower.leave(way, values, depth, &mut then);
            out.push(mir::Stmt::If {
                cond: is(way.how()),
                then,
                otherwise: Vec::new(),
            });
        };
        if ret.is_some() {
            dispatch(Leave::Return, self, out);
        }
        if breaks {
            dispatch(Leave::Break, self, out);
        }
        if continues {
            dispatch(Leave::Continue, self, out);
        }
    }

    /// `for target in generator:`: runs the generator to each `yield`, then the body.
    fn for_generator(
        &mut self,
        generator: krait_types::GenRef,
        frame: Expr,
        site: Option<Site>,
        each: EachLoop<'_>,
        out: &mut Vec<mir::Stmt>,
    ) {
        let elem = self.cx.typeck.result(InstanceId(generator.0)).ret;
        self.each_element(each, elem, out, |lower, stmts| {
            let resumed = lower.generator_resume(frame, generator, site, stmts);
            (resumed.yielded(), resumed.value)
        });
    }

    /// `for target in iterator:` of an object with `__next__`: calls it until it raises
    /// StopIteration, which ends the loop.
    fn for_iterator(
        &mut self,
        iterator: Expr,
        iterator_ty: Ty,
        site: Option<Site>,
        each: EachLoop<'_>,
        out: &mut Vec<mir::Stmt>,
    ) {
        let Ty::Instance { class, .. } = iterator_ty else {
            return;
        };
        let targets = self
            .cx
            .typeck
            .special_targets(self.cx.program, class, "__next__", &[])
            .unwrap_or_default();
        let elem = targets
            .first()
            .map_or(Ty::Never, |(_, i)| self.cx.typeck.result(*i).ret);
        self.each_element(each, elem, out, |lower, stmts| {
            lower.iterator_next(iterator, iterator_ty, elem, site, stmts)
        });
    }

    /// Calls `iterator.__next__()` (it gives `elem` values): whether it gave one (not raising
    /// StopIteration), and the value.
    pub(crate) fn iterator_next(
        &mut self,
        iterator: Expr,
        iterator_ty: Ty,
        elem: Ty,
        site: Option<Site>,
        stmts: &mut Vec<mir::Stmt>,
    ) -> (Expr, Expr) {
        let mark = self.new_local(ValTy::I32);
        let stopped = self.new_local(ValTy::I32);
        stmts.push(mir::Stmt::SetLocal(mark, Expr::TracebackLen));
        stmts.push(mir::Stmt::SetLocal(stopped, Expr::I32(0)));
        let mut call = Vec::new();
        let next = self.call_special(
            iterator,
            iterator_ty,
            "__next__",
            Vec::new(),
            elem,
            &mut call,
            site,
        );
        let value = self.temp(elem, next, &mut call);
        let caught = self.new_local(ValTy::Ref);
        let names = self.str_lit("|StopIteration|");
        let is_stop = self.call_rt("exc_matches", vec![Expr::Local(caught), names]);
        let handler = vec![
            mir::Stmt::SetLocal(caught, Expr::Global(self.cx.exc)),
            mir::Stmt::SetGlobal(self.cx.exc, Expr::I32(0)),
            mir::Stmt::If {
                cond: is_stop,
                then: vec![
                    set_traceback_len(Expr::Local(mark)),
                    mir::Stmt::SetLocal(stopped, Expr::I32(1)),
                ],
                otherwise: vec![mir::Stmt::Raise {
                    message: Expr::Local(caught),
                    site: None,
                }],
            },
        ];
        stmts.push(mir::Stmt::Try {
            body: call,
            handler,
        });
        (not(Expr::Local(stopped)), value)
    }

    /// Calls `object.__iter__()` (an instance of a class with `__iter__`): the iterator, in a
    /// temporary, and its type (a generator's frame where `__iter__` is a generator method).
    fn call_iter(
        &mut self,
        object: Expr,
        object_ty: Ty,
        site: Option<Site>,
        out: &mut Vec<mir::Stmt>,
    ) -> Option<(Expr, Ty)> {
        let Ty::Instance { class, .. } = object_ty else {
            return None;
        };
        let targets = self
            .cx
            .typeck
            .special_targets(self.cx.program, class, "__iter__", &[])
            .unwrap_or_default();
        let &(_, instance) = targets.first()?;
        let callee = self.cx.typeck.instance(instance).func;
        let iterator_ty = match self.cx.program.func(callee).generator {
            true => Ty::Gen(krait_types::GenRef(instance.0)),
            false => self.cx.typeck.result(instance).ret,
        };
        let iterator = self.call_special(
            object,
            object_ty,
            "__iter__",
            Vec::new(),
            iterator_ty,
            out,
            site,
        );
        Some((self.temp(iterator_ty, iterator, out), iterator_ty))
    }

    /// The list of what iterating `object` gives: a dynamic value's from the runtime, a
    /// tuple's, set's or str's (`new_list_of`), or an instance's of a class with `__iter__`
    /// (`elem` values, from the generator `__iter__` makes or the iterator's `__next__`).
    pub(crate) fn iterated_list(
        &mut self,
        object: Expr,
        object_ty: Ty,
        elem: Ty,
        site: Option<Site>,
    ) -> Expr {
        let mut out = Vec::new();
        if object_ty.is_object() {
            // A dynamic value: the runtime lists what iterating it gives.
            let items = Expr::Call {
                func: self.cx.rt("obj_iter_list"),
                args: vec![object],
                site,
            };
            let items = self.temp(Ty::OBJECT, items, &mut out);
            let list = Expr::Load {
                ty: mir::MemTy::Ref,
                addr: Box::new(items),
            };
            return crate::expr::block(out, list);
        }
        if let Ty::Tuple(_) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Str | Ty::Bytes = object_ty {
            let list = self.new_list_of(object, object_ty, elem, &mut out);
            return crate::expr::block(out, list);
        }
        let object = self.temp(object_ty, object, &mut out);
        let Some((iterator, iterator_ty)) = self.call_iter(object, object_ty, site, &mut out)
        else {
            return crate::expr::block(out, Expr::Unreachable);
        };
        if let Ty::Gen(generator) = iterator_ty {
            let list = self.generator_list(iterator, generator, site);
            return crate::expr::block(out, list);
        }
        if let Ty::List(_) = iterator_ty {
            // An iterator krait made a list of, for this call alone.
            return crate::expr::block(out, iterator);
        }
        let list = self.list_alloc(elem, Expr::I64(0), &mut out);
        let mut body = Vec::new();
        let (more, value) = self.iterator_next(iterator, iterator_ty, elem, site, &mut body);
        body.push(mir::Stmt::If {
            cond: not(more),
            then: vec![mir::Stmt::Break(0)],
            otherwise: Vec::new(),
        });
        let value = self.temp(elem, value, &mut body);
        self.list_append(list.clone(), value, elem, &mut body);
        body.push(mir::Stmt::Continue(0));
        out.push(mir::Stmt::Loop { body });
        crate::expr::block(out, list)
    }

    /// A new list of what iterating `source`, a tuple, a set, a frozenset or a str, gives
    /// (`elem` values: a set's elements, or code points; a tuple's elements are of its own
    /// element type).
    pub(crate) fn new_list_of(
        &mut self,
        source: Expr,
        source_ty: Ty,
        elem: Ty,
        out: &mut Vec<mir::Stmt>,
    ) -> Expr {
        match source_ty {
            Ty::Tuple(_) => {
                let tuple = self.temp(source_ty, source, out);
                self.tuple_list(tuple, source_ty, out)
            }
            Ty::Set(_) | Ty::FrozenSet(_) => {
                let set = self.local_ref(source, out);
                self.set_list(set, elem, out)
            }
            Ty::Str => {
                let chars = self.call_rt("str_chars", vec![source]);
                self.local_ref(chars, out)
            }
            Ty::Bytes => {
                // Its bytes, as ints.
                let bytes = self.local_ref(source, out);
                let n = Expr::Load {
                    ty: mir::MemTy::I32,
                    addr: Box::new(bytes.clone()),
                };
                let n = crate::expr::un(mir::UnOp::I64ExtendI32U, n);
                let list = self.list_alloc(Ty::Int, n, out);
                let i = self.new_local(ValTy::I32);
                out.push(mir::Stmt::SetLocal(i, Expr::I32(0)));
                let byte = Expr::Load {
                    ty: mir::MemTy::U8,
                    addr: Box::new(bin(
                        BinOp::I32Add,
                        bin(BinOp::I32Add, bytes.clone(), Expr::I32(8)),
                        Expr::Local(i),
                    )),
                };
                let mut body = vec![mir::Stmt::If {
                    cond: bin(
                        BinOp::I32GeS,
                        Expr::Local(i),
                        crate::list::list_len(list.clone()),
                    ),
                    then: vec![mir::Stmt::Break(0)],
                    otherwise: Vec::new(),
                }];
                let value = crate::expr::un(mir::UnOp::I64ExtendI32U, byte);
                self.store_elem(list.clone(), Expr::Local(i), Ty::Int, value, &mut body);
                body.push(mir::Stmt::SetLocal(
                    i,
                    bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1)),
                ));
                body.push(mir::Stmt::Continue(0));
                out.push(mir::Stmt::Loop { body });
                list
            }
            _ => unreachable!("a tuple, set, str or bytes"),
        }
    }

    /// The counter `enumerate` numbers a loop's elements with, from `start` (or 0).
    fn enumerate_counter(&mut self, start: Option<ExprId>, out: &mut Vec<mir::Stmt>) -> Expr {
        let value = match start {
            Some(start) => {
                let ty = self.ty(start);
                let value = self.expr(start);
                self.to_i64(value, ty)
            }
            None => Expr::I64(0),
        };
        self.temp(Ty::Int, value, out)
    }

    /// A `for` loop whose next element `next` computes (with whether there is one), then
    /// binds to the target (numbered from `start` under `enumerate`) before the body.
    fn each_element(
        &mut self,
        (target, enumerate, start, body, orelse): EachLoop<'_>,
        elem: Ty,
        out: &mut Vec<mir::Stmt>,
        next: impl FnOnce(&mut Self, &mut Vec<mir::Stmt>) -> (Expr, Expr),
    ) {
        let counter = self.enumerate_counter(start, out);
        self.python_loops.push(self.mir_loops);
        self.mir_loops += 1;
        let python_loop = self.python_loops.pop();
        let mut exit = self.block(orelse);
        self.python_loops.extend(python_loop);
        exit.push(mir::Stmt::Break(0));
        let mut loop_body = Vec::new();
        let (more, value) = next(self, &mut loop_body);
        loop_body.push(mir::Stmt::If {
            cond: not(more),
            then: exit,
            otherwise: Vec::new(),
        });
        if enumerate {
            let Expr::Local(count) = counter else {
                unreachable!("a temporary")
            };
            let item = Expr::Values(vec![counter.clone(), value]);
            self.assign(target, item, Ty::tuple(&[Ty::Int, elem]), &mut loop_body);
            loop_body.push(mir::Stmt::SetLocal(
                count,
                bin(BinOp::I64Add, Expr::Local(count), Expr::I64(1)),
            ));
        } else {
            self.assign(target, value, elem, &mut loop_body);
        }
        loop_body.extend(self.block(body));
        loop_body.push(mir::Stmt::Continue(0));
        self.mir_loops -= 1;
        self.python_loops.pop();
        out.push(mir::Stmt::Loop { body: loop_body });
    }

    /// A `for` loop over a dynamic value that may be several iterables: a str's characters, a
    /// list's elements or a dict's keys, which the runtime finds by position (raising CPython's
    /// TypeError for another type, and its RuntimeError when a dict changes size meanwhile).
    fn for_object(&mut self, iter: ExprId, each: EachLoop<'_>, out: &mut Vec<mir::Stmt>) {
        let iter_ty = self.ty(iter);
        let elem = self.cx.typeck.iter_elems[&iter_ty];
        let span = self.func.expr(iter).span;
        let value = self.expr(iter);
        let object = self.temp(iter_ty, value, out);
        let site = self.site(span, Anchor::Line);
        let size = Expr::Call {
            func: self.cx.rt("obj_iter_start"),
            args: vec![object.clone()],
            site,
        };
        let size = self.temp(Ty::Int, size, out);
        let position = self.new_local(ValTy::I64);
        out.push(mir::Stmt::SetLocal(position, Expr::I64(0)));
        self.each_element(each, elem, out, |lower, stmts| {
            let site = lower.site(span, Anchor::Line);
            let next = Expr::Call {
                func: lower.cx.rt("obj_iter_next"),
                args: vec![object.clone(), Expr::Local(position), size],
                site,
            };
            stmts.push(mir::Stmt::SetLocal(position, next));
            let more = bin(BinOp::I64GeS, Expr::Local(position), Expr::I64(0));
            let item = lower.new_local(ValTy::Ref);
            let take = vec![
                mir::Stmt::SetLocal(
                    item,
                    lower.call_rt("obj_iter_item", vec![object.clone(), Expr::Local(position)]),
                ),
                mir::Stmt::SetLocal(
                    position,
                    lower.call_rt("obj_iter_after", vec![object, Expr::Local(position)]),
                ),
            ];
            (more, crate::expr::block(take, Expr::Local(item)))
        });
    }

    /// `with context as target: body`.
    fn with(
        &mut self,
        context: ExprId,
        target: Option<&Target>,
        body: &[Stmt],
        out: &mut Vec<mir::Stmt>,
    ) {
        let ty = self.ty(context);
        let span = self.func.expr(context).span;
        let manager = self.expr(context);
        let manager = self.temp(ty, manager, out);
        let Ty::Instance { class, .. } = ty else {
            // Inference reported it, or the context never produces a value.
            out.push(mir::Stmt::Unreachable);
            return;
        };
        let entered_ty = self.special_result(class, "__enter__", &[]);
        let site = self.site(span, Anchor::Whole);
        let entered = self.call_special(
            manager.clone(),
            ty,
            "__enter__",
            Vec::new(),
            entered_ty,
            out,
            site,
        );
        match target {
            Some(target) => self.assign(target, entered, entered_ty, out),
            None => out.push(mir::Stmt::Drop(entered)),
        }
        let mark = self.new_local(ValTy::I32);
        out.push(mir::Stmt::SetLocal(mark, Expr::TracebackLen));
        let completed = self.new_local(ValTy::I32);
        out.push(mir::Stmt::SetLocal(completed, Expr::I32(0)));
        self.exits.push(TryExit {
            python_loops: self.python_loops.len(),
            kind: ExitKind::With {
                manager: manager.clone(),
                ty,
                span,
            },
        });
        self.try_marks.push(mark);
        let mut protected = self.block(body);
        self.try_marks.pop();
        self.exits.pop();
        protected.push(mir::Stmt::SetLocal(completed, Expr::I32(1)));
        // An exception in the body goes to `__exit__`, which swallows it by returning true.
        let caught = self.new_local(ValTy::Ref);
        let marker = self.new_local(ValTy::I32);
        let mut handler = self.catch(caught, marker);
        let swallowed = self.exit_manager(manager.clone(), ty, Some(caught), span, &mut handler);
        handler.push(mir::Stmt::If {
            cond: swallowed,
            then: vec![set_traceback_len(Expr::Local(mark))],
            otherwise: vec![
                set_traceback_len(Expr::Local(marker)),
                mir::Stmt::Raise {
                    message: Expr::Local(caught),
                    site: None,
                },
            ],
        });
        out.push(mir::Stmt::Try {
            body: protected,
            handler,
        });
        let mut normal = Vec::new();
        let exited = self.exit_manager(manager, ty, None, span, &mut normal);
        normal.push(mir::Stmt::Drop(exited));
        out.push(mir::Stmt::If {
            cond: Expr::Local(completed),
            then: normal,
            otherwise: Vec::new(),
        });
    }

    /// Calls `manager.__exit__` with the exception in `caught` (its class, itself, no
    /// traceback), or with three Nones; gives whether it returned a true value.
    fn exit_manager(
        &mut self,
        manager: Expr,
        ty: Ty,
        caught: Option<LocalIdx>,
        span: Span,
        out: &mut Vec<mir::Stmt>,
    ) -> Expr {
        let Ty::Instance { class, .. } = ty else {
            unreachable!("a context manager is an instance")
        };
        let args = match caught {
            Some(e) => vec![
                (Expr::Local(e), Ty::ExcType),
                (Expr::Local(e), Ty::Exc),
                (Expr::Values(Vec::new()), Ty::None),
            ],
            None => vec![(Expr::Values(Vec::new()), Ty::None); 3],
        };
        let arg_tys: Vec<Ty> = args.iter().map(|(_, t)| *t).collect();
        let result_ty = self.special_result(class, "__exit__", &arg_tys);
        let site = self.site(span, Anchor::Whole);
        let result = self.call_special(manager, ty, "__exit__", args, result_ty, out, site);
        self.truthy_value(result, result_ty)
    }

    /// The type a special method of instances of `class` returns when called with `args`.
    fn special_result(&self, class: krait_types::ClassId, name: &str, args: &[Ty]) -> Ty {
        let targets = self
            .cx
            .typeck
            .special_targets(self.cx.program, class, name, args)
            .unwrap_or_default();
        targets
            .iter()
            .map(|(_, instance)| self.cx.typeck.result(*instance).ret)
            .fold(Ty::Never, |a, b| match a.join(b) {
                krait_types::Join::Same(t) => t,
                krait_types::Join::Conflict => a,
            })
    }

    /// The start of a handler: moves the exception from `exc` into `caught` and marks it as
    /// being handled in the traceback buffer, whose length before the marker goes to `marker`.
    fn catch(&mut self, caught: LocalIdx, marker: LocalIdx) -> Vec<mir::Stmt> {
        let tag = "\nDuring handling of the above exception, another exception occurred:\n\n";
        let tag = self.str_lit(tag);
        vec![
            mir::Stmt::SetLocal(caught, Expr::Global(self.cx.exc)),
            mir::Stmt::SetGlobal(self.cx.exc, Expr::I32(0)),
            mir::Stmt::SetLocal(marker, Expr::TracebackLen),
            mir::Stmt::Drop(self.call_rt("exc_handling", vec![tag, Expr::Local(caught)])),
        ]
    }

    /// `try` with `except` clauses and `else`, without `finally`; `mark` holds the traceback
    /// length at the start.
    fn try_except(
        &mut self,
        mark: LocalIdx,
        body: &[Stmt],
        handlers: &[krait_hir::Handler],
        orelse: &[Stmt],
        out: &mut Vec<mir::Stmt>,
    ) {
        if handlers.is_empty() {
            out.extend(self.block(body));
            out.extend(self.block(orelse));
            return;
        }
        let completed = (!orelse.is_empty()).then(|| self.new_local(ValTy::I32));
        let mut protected = Vec::new();
        if let Some(flag) = completed {
            protected.push(mir::Stmt::SetLocal(flag, Expr::I32(0)));
        }
        protected.extend(self.block(body));
        if let Some(flag) = completed {
            protected.push(mir::Stmt::SetLocal(flag, Expr::I32(1)));
        }
        let caught = self.new_local(ValTy::Ref);
        let marker = self.new_local(ValTy::I32);
        let mut handler = self.catch(caught, marker);
        // Not caught here: the exception goes on, its traceback as it was.
        let mut chain = vec![
            set_traceback_len(Expr::Local(marker)),
            mir::Stmt::Raise {
                message: Expr::Local(caught),
                site: None,
            },
        ];
        for clause in handlers.iter().rev() {
            let mut then = Vec::new();
            if let Some(place) = clause.name {
                self.write_place(place, Expr::Local(caught), &mut then);
            }
            self.exits.push(TryExit {
                python_loops: self.python_loops.len(),
                kind: ExitKind::Handled(mark),
            });
            self.handling.push(Handling {
                caught,
                marker,
                mark,
            });
            then.extend(self.block(&clause.body));
            self.handling.pop();
            self.exits.pop();
            then.push(set_traceback_len(Expr::Local(mark)));
            chain = match self.exception_test(caught, &clause.classes) {
                None => then,
                Some(cond) => vec![mir::Stmt::If {
                    cond,
                    then,
                    otherwise: chain,
                }],
            };
        }
        handler.extend(chain);
        out.push(mir::Stmt::Try {
            body: protected,
            handler,
        });
        if let Some(flag) = completed {
            let orelse = self.block(orelse);
            out.push(mir::Stmt::If {
                cond: Expr::Local(flag),
                then: orelse,
                otherwise: Vec::new(),
            });
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_each(
        &mut self,
        target: &Target,
        iter: ExprId,
        enumerate: bool,
        start: Option<ExprId>,
        body: &[Stmt],
        orelse: &[Stmt],
        out: &mut Vec<mir::Stmt>,
    ) {
        let iter_ty = self.ty(iter);
        let site = self.site(self.func.expr(iter).span, Anchor::Line);
        if let Ty::Gen(generator) = iter_ty {
            let frame = self.expr(iter);
            let frame = self.temp(iter_ty, frame, out);
            let each = (target, enumerate, start, body, orelse);
            // A generator made for the loop is dropped when it ends; a variable's is not.
            let dropped = match krait_infer::reads_variable(self.func, iter) {
                true => Vec::new(),
                false => vec![(frame.clone(), generator)],
            };
            self.closing(dropped, out, |lower, out| {
                lower.for_generator(generator, frame, site, each, out)
            });
            return;
        }
        if let Ty::Instance { class, .. } = iter_ty
            && self.cx.program.method(class, "__iter__").is_some()
        {
            // The iterator `__iter__` gives: a generator, a list krait made of an iterator, or
            // an object whose `__next__` runs until StopIteration.
            let object = self.expr(iter);
            let object = self.temp(iter_ty, object, out);
            let Some((iterator, iterator_ty)) = self.call_iter(object, iter_ty, site, out) else {
                return;
            };
            let each = (target, enumerate, start, body, orelse);
            match iterator_ty {
                Ty::Gen(generator) => {
                    let dropped = vec![(iterator.clone(), generator)];
                    self.closing(dropped, out, |lower, out| {
                        lower.for_generator(generator, iterator, site, each, out)
                    });
                }
                Ty::List(_) => {
                    let elem = self.list_elem(iterator_ty);
                    let index = self.new_local(ValTy::I32);
                    out.push(mir::Stmt::SetLocal(index, Expr::I32(0)));
                    self.each_element(each, elem, out, |lower, stmts| {
                        let more = bin(
                            BinOp::I32LtS,
                            Expr::Local(index),
                            crate::list::list_len(iterator.clone()),
                        );
                        let more = lower.temp(Ty::Bool, more, stmts);
                        let item = lower.load_elem(iterator.clone(), Expr::Local(index), elem);
                        let zeros = crate::repr(elem)
                            .into_iter()
                            .map(crate::generator::zero)
                            .collect();
                        let value = crate::expr::if_else(
                            more.clone(),
                            item,
                            crate::values(zeros),
                            crate::repr(elem),
                        );
                        let value = lower.temp(elem, value, stmts);
                        stmts.push(mir::Stmt::SetLocal(
                            index,
                            bin(BinOp::I32Add, Expr::Local(index), Expr::I32(1)),
                        ));
                        (more, value)
                    });
                }
                _ => self.for_iterator(iterator, iterator_ty, site, each, out),
            }
            return;
        }
        if let ExprKind::Call {
            callee: krait_hir::Callee::Builtin(krait_hir::Builtin::Zip),
            args,
            ..
        } = &self.func.expr(iter).kind
            && args.iter().any(|&a| matches!(self.ty(a), Ty::Gen(_)))
        {
            // A zip of generators runs in step with the loop, as CPython's lazy zip does.
            let elem = self.list_elem(iter_ty);
            let sources = self.zip_sources(args, out);
            let index = self.new_local(ValTy::I32);
            out.push(mir::Stmt::SetLocal(index, Expr::I32(0)));
            let each = (target, enumerate, start, body, orelse);
            self.each_element(each, elem, out, |lower, stmts| {
                lower.zip_next(&sources, index, stmts)
            });
            return;
        }
        if let Ty::Object(_) = iter_ty {
            return self.for_object(iter, (target, enumerate, start, body, orelse), out);
        }
        let dict_source = self.dict_iteration(iter);
        let (source, source_ty) = match dict_source {
            Some((dict, _)) => (dict, self.ty(dict)),
            None => (iter, self.ty(iter)),
        };
        let list = self.expr(source);
        let list = self.temp(source_ty, list, out);
        // A tuple is iterated as a list of its elements, a set as a list of its elements in
        // its order, whose size must not change meanwhile.
        let mut set_check = None;
        let list = match source_ty {
            Ty::Tuple(_) => self.tuple_list(list, source_ty, out),
            Ty::Set(_) | Ty::FrozenSet(_) => {
                let elem = self.set_elem(source_ty);
                let len = self.set_len(list.clone());
                let len = self.temp(
                    Ty::Int,
                    Expr::Unary(mir::UnOp::I64ExtendI32U, Box::new(len)),
                    out,
                );
                set_check = Some((list.clone(), len));
                self.set_list(list, elem, out)
            }
            _ => list,
        };
        let counter = self.enumerate_counter(start, out);
        if source_ty == Ty::Never {
            return;
        }
        self.python_loops.push(self.mir_loops);
        self.mir_loops += 1;
        let python_loop = self.python_loops.pop();
        let mut exit = self.block(orelse);
        self.python_loops.extend(python_loop);
        let mut loop_body = Vec::new();
        let (item, elem) = if source_ty == Ty::Str {
            // By byte offset: each step takes the code point there as a str.
            let offset = self.new_local(ValTy::I32);
            out.push(mir::Stmt::SetLocal(offset, Expr::I32(0)));
            exit.push(mir::Stmt::Break(0));
            loop_body.push(mir::Stmt::If {
                cond: not(bin(
                    BinOp::I32LtS,
                    Expr::Local(offset),
                    Expr::Load {
                        ty: mir::MemTy::I32,
                        addr: Box::new(list.clone()),
                    },
                )),
                then: exit,
                otherwise: Vec::new(),
            });
            let call = Expr::Call {
                func: self.cx.rt("str_char_at"),
                args: vec![
                    list.clone(),
                    Expr::Unary(mir::UnOp::I64ExtendI32U, Box::new(Expr::Local(offset))),
                ],
                site: None,
            };
            let item = self.temp(Ty::Str, call, &mut loop_body);
            loop_body.push(mir::Stmt::SetLocal(
                offset,
                bin(
                    BinOp::I32Add,
                    Expr::Local(offset),
                    Expr::Load {
                        ty: mir::MemTy::I32,
                        addr: Box::new(item.clone()),
                    },
                ),
            ));
            (item, Ty::Str)
        } else if let Some((_, view)) = dict_source {
            let site = self.site(self.func.expr(iter).span, Anchor::Line);
            self.dict_entry_loop(
                list,
                source_ty,
                view,
                Some((site, exit)),
                &mut loop_body,
                out,
            )
        } else {
            let elem = match source_ty {
                Ty::Tuple(_) => self.tuple_elem(source_ty),
                Ty::Set(_) | Ty::FrozenSet(_) => self.set_elem(source_ty),
                _ => self.list_elem(source_ty),
            };
            let i = self.new_local(ValTy::I32);
            out.push(mir::Stmt::SetLocal(i, Expr::I32(0)));
            exit.push(mir::Stmt::Break(0));
            if let Some((set, len)) = set_check {
                let message = self.str_lit("RuntimeError: Set changed size during iteration");
                let site = self.site(self.func.expr(iter).span, Anchor::Line);
                let now = Expr::Unary(mir::UnOp::I64ExtendI32U, Box::new(self.set_len(set)));
                loop_body.push(mir::Stmt::If {
                    cond: bin(BinOp::I64Ne, now, len),
                    then: vec![mir::Stmt::Raise { message, site }],
                    otherwise: Vec::new(),
                });
            }
            // The length is read each time round: the loop sees the list change, as in CPython.
            loop_body.push(mir::Stmt::If {
                cond: not(bin(
                    BinOp::I32LtS,
                    Expr::Local(i),
                    crate::list::list_len(list.clone()),
                )),
                then: exit,
                otherwise: Vec::new(),
            });
            let item = self.load_elem(list.clone(), Expr::Local(i), elem);
            let item = self.temp(elem, item, &mut loop_body);
            loop_body.push(mir::Stmt::SetLocal(
                i,
                bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1)),
            ));
            (item, elem)
        };
        let (item, item_ty) = if enumerate {
            (
                Expr::Values(vec![counter.clone(), item]),
                Ty::tuple(&[Ty::Int, elem]),
            )
        } else {
            (item, elem)
        };
        self.assign(target, item, item_ty, &mut loop_body);
        if enumerate {
            let Expr::Local(counter) = counter else {
                unreachable!("the counter is a temporary")
            };
            loop_body.push(mir::Stmt::SetLocal(
                counter,
                bin(BinOp::I64Add, Expr::Local(counter), Expr::I64(1)),
            ));
        }
        loop_body.extend(self.block(body));
        loop_body.push(mir::Stmt::Continue(0));
        self.mir_loops -= 1;
        self.python_loops.pop();
        out.push(mir::Stmt::Loop { body: loop_body });
    }

    /// The type a property `attr` of instances of `object_ty` gives, when it is one.
    /// The outcome of a test its operands' types decide (see `krait_infer::static_type_test`).
    pub(crate) fn static_test(&self, test: ExprId) -> Option<bool> {
        krait_infer::static_type_test(self.cx.program, self.func, test, &|e| self.ty(e))
    }

    pub(crate) fn property_ty(&self, object_ty: Ty, attr: &str) -> Option<Ty> {
        let Ty::Instance { class, .. } = object_ty else {
            return None;
        };
        if !self.cx.program.is_property(class, attr) {
            return None;
        }
        let targets = self
            .cx
            .typeck
            .special_targets(self.cx.program, class, attr, &[])?;
        Some(self.cx.typeck.result(targets[0].1).ret)
    }

    /// What a `for` over `iter` iterates over when that is a dict's entries: the dict (`d`,
    /// or the receiver of `d.keys()`, `d.values()`, `d.items()`) and what of each entry.
    fn dict_iteration(&self, iter: ExprId) -> Option<(ExprId, crate::dict::DictView)> {
        use crate::dict::DictView;
        if let Ty::Dict(_) = self.ty(iter) {
            return Some((iter, DictView::Keys));
        }
        let ExprKind::MethodCall {
            receiver,
            method,
            args,
            ..
        } = &self.func.expr(iter).kind
        else {
            return None;
        };
        if !args.is_empty() || !matches!(self.ty(*receiver), Ty::Dict(_)) {
            return None;
        }
        let view = match method.as_str() {
            "keys" => DictView::Keys,
            "values" => DictView::Values,
            "items" => DictView::Items,
            _ => return None,
        };
        Some((*receiver, view))
    }

    fn for_range(
        &mut self,
        var: Place,
        bounds: [ExprId; 3],
        range_span: Span,
        body: &[Stmt],
        orelse: &[Stmt],
        out: &mut Vec<mir::Stmt>,
    ) {
        let step = bounds[2];
        let constant_step = match self.func.expr(step).kind {
            krait_hir::ExprKind::Int(n) => Some(n),
            _ => None,
        };
        let mut bound_values = Vec::new();
        for bound in bounds {
            let ty = self.ty(bound);
            let value = self.expr(bound);
            let value = self.to_i64(value, ty);
            bound_values.push(self.temp(Ty::Int, value, out));
        }
        let [i, stop_value, step_value] =
            <[Expr; 3]>::try_from(bound_values).expect("three bounds");
        let Expr::Local(i) = i else {
            unreachable!("bounds are i64 temporaries")
        };
        let step_span = self.func.expr(step).span;
        if constant_step.is_none_or(|n| n == 0) {
            let message = Expr::I32(
                self.cx
                    .str_const("ValueError: range() arg 3 must not be zero") as i32,
            );
            let site = self.site(range_span, Anchor::Whole);
            out.push(mir::Stmt::If {
                cond: bin(BinOp::I64Eq, step_value.clone(), Expr::I64(0)),
                then: vec![mir::Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        let in_range = match constant_step {
            Some(n) if n > 0 => bin(BinOp::I64LtS, Expr::Local(i), stop_value.clone()),
            Some(n) if n < 0 => bin(BinOp::I64GtS, Expr::Local(i), stop_value.clone()),
            _ => Expr::IfElse {
                cond: Box::new(bin(BinOp::I64GtS, step_value.clone(), Expr::I64(0))),
                then: Box::new(bin(BinOp::I64LtS, Expr::Local(i), stop_value.clone())),
                otherwise: Box::new(bin(BinOp::I64GtS, Expr::Local(i), stop_value.clone())),
                ty: vec![ValTy::I32],
            },
        };
        self.python_loops.push(self.mir_loops);
        self.mir_loops += 1;
        let python_loop = self.python_loops.pop();
        let mut exit = self.block(orelse);
        self.python_loops.extend(python_loop);
        exit.push(mir::Stmt::Break(0));
        let mut loop_body = vec![mir::Stmt::If {
            cond: not(in_range),
            then: exit,
            otherwise: Vec::new(),
        }];
        self.write_place(var, Expr::Local(i), &mut loop_body);
        // The counter stays below `stop` (or above it), so a step of +-1 cannot overflow; a
        // larger step can step past the i64 range, which only checked addition notices.
        let next = match constant_step {
            Some(1) | Some(-1) => bin(BinOp::I64Add, Expr::Local(i), step_value),
            _ => Expr::Checked {
                op: mir::CheckedOp::Add,
                lhs: Box::new(Expr::Local(i)),
                rhs: Box::new(step_value),
                site: self.site(step_span, Anchor::Whole),
            },
        };
        loop_body.push(mir::Stmt::SetLocal(i, next));
        loop_body.extend(self.block(body));
        loop_body.push(mir::Stmt::Continue(0));
        self.mir_loops -= 1;
        self.python_loops.pop();
        out.push(mir::Stmt::Loop { body: loop_body });
    }
}

/// The single-value expressions of a (possibly multi-value) expression made of reads.
/// Drops the traceback entries past the first `len`.
pub(crate) fn set_traceback_len(len: Expr) -> mir::Stmt {
    mir::Stmt::Store {
        ty: mir::MemTy::I32,
        addr: Expr::I32(mir::TRACEBACK as i32),
        value: len,
    }
}

pub(crate) fn flatten(value: Expr) -> Vec<Expr> {
    match value {
        Expr::Values(values) => values.into_iter().flat_map(flatten).collect(),
        other => vec![other],
    }
}

/// A tuple's elements, each as an expression of its own values, from reads of its slots.
pub(crate) fn split(value: Expr, ty: Ty) -> Vec<Expr> {
    let mut slots = flatten(value).into_iter();
    ty.elements()
        .into_iter()
        .map(|element| values(slots.by_ref().take(repr(element).len()).collect()))
        .collect()
}

pub(crate) fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
    Expr::Binary(op, Box::new(a), Box::new(b))
}

pub(crate) fn not(cond: Expr) -> Expr {
    Expr::Unary(mir::UnOp::I32Eqz, Box::new(cond))
}

/// How a value of `ty` is kept in memory.
pub(crate) fn mem_ty(ty: ValTy) -> mir::MemTy {
    match ty {
        ValTy::I32 => mir::MemTy::I32,
        ValTy::I64 => mir::MemTy::I64,
        ValTy::F64 => mir::MemTy::F64,
        ValTy::Ref => mir::MemTy::Ref,
    }
}
