//! Which reads may find their name unbound, and so need a run-time check.
//!
//! Python binds names at run time: a local read before any assignment on some path raises
//! UnboundLocalError, a global or function used before its assignment or `def` ran raises
//! NameError. Definite assignment over the structured HIR proves most reads safe; the rest read
//! a flag that every assignment of the name sets.
//!
//! Globals and functions are "early bound" when the module binds them unconditionally before
//! its first statement that calls a user function: no function body can run before that.

use krait_hir::{
    Callee, ExprId, ExprKind, FuncId, FuncKind, Function, GlobalId, LocalId, Place, Program, Stmt,
    Target,
};
use rustc_hash::FxHashSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Binding {
    Local(FuncId, LocalId),
    Global(GlobalId),
    Func(FuncId),
}

/// The reads that need a check, program-wide, and the bindings that therefore need a flag.
#[derive(Default)]
pub(crate) struct BoundFacts {
    /// Reads by `(function, expression)`: a local or global use, or a call (its callee's name).
    pub(crate) checked: FxHashSet<(FuncId, ExprId)>,
    pub(crate) flagged: FxHashSet<Binding>,
}

pub(crate) fn analyse(program: &Program) -> BoundFacts {
    let mut facts = BoundFacts::default();
    let early = early_bound(program);
    for (i, func) in program.funcs.iter().enumerate() {
        let id = FuncId(i as u32);
        let mut state = State {
            assigned: FxHashSet::default(),
            unreachable: false,
        };
        let is_module = program.module_bodies.contains(&id);
        if !is_module {
            state.assigned.extend(early.iter().copied());
            state
                .assigned
                .extend(func.params.iter().map(|p| Binding::Local(id, p.local)));
        }
        let mut walk = Walk {
            program,
            func,
            id,
            facts: &mut facts,
        };
        walk.block(&func.body, &mut state);
    }
    facts
}

fn early_bound(program: &Program) -> FxHashSet<Binding> {
    let mut bound = FxHashSet::default();
    for &module in &program.module_bodies {
        let func = program.func(module);
        for stmt in &func.body {
            if stmt_calls_user_code(func, stmt) {
                break;
            }
            match stmt {
                Stmt::Def(f) => {
                    bound.insert(Binding::Func(*f));
                }
                Stmt::Assign { targets, .. } | Stmt::AssignTuple { targets, .. } => {
                    for target in targets {
                        if let Target::Place(Place::Global(g), _) = target {
                            bound.insert(Binding::Global(*g));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    bound
}

fn stmt_calls_user_code(func: &Function, stmt: &Stmt) -> bool {
    let mut exprs = Vec::new();
    stmt_exprs(stmt, &mut exprs);
    exprs.iter().any(|&e| expr_calls_user_code(func, e))
}

fn expr_calls_user_code(func: &Function, expr: ExprId) -> bool {
    match &func.expr(expr).kind {
        ExprKind::Call {
            callee: Callee::Func(_),
            ..
        }
        | ExprKind::CallValue { .. }
        | ExprKind::MethodCall { .. }
        | ExprKind::SuperCall { .. } => return true,
        ExprKind::Comprehension { stmts, .. } => {
            return stmts.iter().any(|s| stmt_calls_user_code(func, s));
        }
        _ => {}
    }
    func.expr(expr)
        .kind
        .operands()
        .into_iter()
        .any(|c| expr_calls_user_code(func, c))
}

/// The expressions an assignment target evaluates (the objects of attributes).
fn target_exprs(target: &Target, out: &mut Vec<ExprId>) {
    match target {
        Target::Place(..) => {}
        Target::Attribute { object, .. } => out.push(*object),
        Target::Index { object, index, .. } => out.extend([*object, *index]),
        Target::Slice { object, bounds, .. } => {
            out.push(*object);
            out.extend(bounds.exprs());
        }
        Target::Tuple(targets, _) => targets.iter().for_each(|t| target_exprs(t, out)),
        Target::Starred(target, _) => target_exprs(target, out),
    }
}

/// The expressions a statement evaluates directly (not those of nested statements).
fn stmt_exprs(stmt: &Stmt, out: &mut Vec<ExprId>) {
    match stmt {
        Stmt::Expr(e) | Stmt::AugAssign { value: e, .. } | Stmt::Yield(e) => out.push(*e),
        Stmt::YieldFrom { each, .. } => stmt_exprs(each, out),
        Stmt::Assign { targets, value } => {
            out.push(*value);
            targets.iter().for_each(|t| target_exprs(t, out));
        }
        Stmt::AugAssignAttr { object, value, .. } => out.extend([*object, *value]),
        Stmt::AugAssignIndex {
            object,
            index,
            value,
            ..
        } => out.extend([*object, *index, *value]),
        Stmt::ForEach {
            target,
            iter,
            start,
            body,
            orelse,
            ..
        } => {
            out.push(*iter);
            out.extend(start);
            target_exprs(target, out);
            body.iter().chain(orelse).for_each(|s| stmt_exprs(s, out));
        }
        Stmt::AssignTuple { targets, values } => {
            out.extend(values);
            targets.iter().for_each(|t| target_exprs(t, out));
        }
        Stmt::If { test, body, orelse } | Stmt::While { test, body, orelse } => {
            out.push(*test);
            body.iter().chain(orelse).for_each(|s| stmt_exprs(s, out));
        }
        Stmt::ForRange {
            start,
            stop,
            step,
            body,
            orelse,
            ..
        } => {
            out.extend([*start, *stop, *step]);
            body.iter().chain(orelse).for_each(|s| stmt_exprs(s, out));
        }
        Stmt::Return(value, _) => out.extend(value),
        Stmt::Assert { test, msg } => {
            out.push(*test);
            out.extend(msg);
        }
        Stmt::DelIndex { object, index, .. } => out.extend([*object, *index]),
        Stmt::With {
            context,
            target,
            body,
        } => {
            out.push(*context);
            if let Some(target) = target {
                target_exprs(target, out);
            }
            body.iter().for_each(|s| stmt_exprs(s, out));
        }
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let handler_bodies = handlers.iter().flat_map(|h| &h.body);
            body.iter()
                .chain(handler_bodies)
                .chain(orelse)
                .chain(finalbody)
                .for_each(|s| stmt_exprs(s, out));
        }
        Stmt::Break | Stmt::Continue | Stmt::Def(_) | Stmt::Reraise | Stmt::SetCause { .. } => {}
    }
}

#[derive(Clone)]
struct State {
    assigned: FxHashSet<Binding>,
    /// Control cannot reach here (after return, break or continue): everything counts as bound.
    unreachable: bool,
}

impl State {
    fn is_bound(&self, binding: Binding) -> bool {
        self.unreachable || self.assigned.contains(&binding)
    }

    /// Where two paths join: bound only if bound on both.
    fn meet(a: State, b: State) -> State {
        match (a.unreachable, b.unreachable) {
            (true, _) => b,
            (_, true) => a,
            _ => State {
                assigned: a.assigned.intersection(&b.assigned).copied().collect(),
                unreachable: false,
            },
        }
    }
}

struct Walk<'a> {
    program: &'a Program,
    func: &'a Function,
    id: FuncId,
    facts: &'a mut BoundFacts,
}

impl Walk<'_> {
    fn binding(&self, place: Place) -> Binding {
        match place {
            Place::Local(local) => Binding::Local(self.id, local),
            Place::Global(global) => Binding::Global(global),
        }
    }

    fn check(&mut self, state: &State, binding: Binding, expr: ExprId) {
        if !state.is_bound(binding) {
            self.facts.checked.insert((self.id, expr));
            self.facts.flagged.insert(binding);
        }
    }

    fn expr(&mut self, expr: ExprId, state: &mut State) {
        let kind = &self.func.expr(expr).kind;
        match kind {
            ExprKind::Local(local) => self.check(state, Binding::Local(self.id, *local), expr),
            ExprKind::Global(global) => self.check(state, Binding::Global(*global), expr),
            // A method (static ones too) is only called through its class, whose binding is
            // what is checked; a lambda or generator expression exists where it is called.
            ExprKind::Call {
                callee: Callee::Func(f),
                ..
            } if !matches!(self.program.func(*f).kind, FuncKind::Method(_))
                && !self.program.is_class_member(*f)
                && !self.program.func(*f).name.starts_with('<') =>
            {
                self.check(state, Binding::Func(*f), expr)
            }
            // A function named as a value: it must have been defined by then. Lambdas and the
            // functions standing for builtins (named `<...>`) are made where they are used.
            ExprKind::Lambda { func: f, .. }
                if !matches!(self.program.func(*f).kind, FuncKind::Method(_))
                    && !self.program.is_class_member(*f)
                    && !self.program.func(*f).name.starts_with('<') =>
            {
                self.check(state, Binding::Func(*f), expr)
            }
            _ => {}
        }
        match kind {
            ExprKind::AssignExpr { place, value } => {
                self.expr(*value, state);
                state.assigned.insert(self.binding(*place));
            }
            // The loop variables are bound inside; what follows sees none of them.
            ExprKind::Comprehension { stmts, .. } => {
                let mut inner = state.clone();
                self.block(stmts, &mut inner);
            }
            // Only the first operand always runs; names bound in the others are not definite.
            ExprKind::Logical { values, .. } => {
                if let Some((first, rest)) = values.split_first() {
                    self.expr(*first, state);
                    let mut inner = state.clone();
                    rest.iter().for_each(|v| self.expr(*v, &mut inner));
                }
            }
            ExprKind::IfElse { test, body, orelse } => {
                self.expr(*test, state);
                let mut a = state.clone();
                self.expr(*body, &mut a);
                let mut b = state.clone();
                self.expr(*orelse, &mut b);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(*left, state);
                if let Some((first, rest)) = comparators.split_first() {
                    self.expr(*first, state);
                    let mut inner = state.clone();
                    rest.iter().for_each(|c| self.expr(*c, &mut inner));
                }
            }
            _ => kind
                .operands()
                .into_iter()
                .for_each(|c| self.expr(c, state)),
        }
    }

    fn assign(&mut self, target: &Target, state: &mut State) {
        match target {
            Target::Place(place, _) => {
                state.assigned.insert(self.binding(*place));
            }
            Target::Attribute { object, .. } => self.expr(*object, state),
            Target::Index { object, index, .. } => {
                self.expr(*object, state);
                self.expr(*index, state);
            }
            Target::Slice { object, bounds, .. } => {
                self.expr(*object, state);
                bounds.exprs().for_each(|e| self.expr(e, state));
            }
            Target::Tuple(targets, _) => targets.iter().for_each(|t| self.assign(t, state)),
            Target::Starred(target, _) => self.assign(target, state),
        }
    }

    fn block(&mut self, stmts: &[Stmt], state: &mut State) {
        for stmt in stmts {
            self.stmt(stmt, state);
        }
    }

    fn stmt(&mut self, stmt: &Stmt, state: &mut State) {
        match stmt {
            Stmt::Expr(e) => self.expr(*e, state),
            Stmt::Assign { targets, value } => {
                self.expr(*value, state);
                targets.iter().for_each(|t| self.assign(t, state));
            }
            Stmt::AssignTuple { targets, values } => {
                values.iter().for_each(|v| self.expr(*v, state));
                targets.iter().for_each(|t| self.assign(t, state));
            }
            Stmt::YieldFrom { each, returned } => {
                self.stmt(each, state);
                if let Some(local) = returned {
                    state.assigned.insert(self.binding(Place::Local(*local)));
                }
            }
            Stmt::AugAssign { place, value, .. } => {
                // The target is read first; the check is keyed by the value expression.
                let binding = self.binding(*place);
                self.check(state, binding, *value);
                self.expr(*value, state);
            }
            Stmt::AugAssignAttr { object, value, .. } => {
                self.expr(*object, state);
                self.expr(*value, state);
            }
            Stmt::AugAssignIndex {
                object,
                index,
                value,
                ..
            } => {
                self.expr(*object, state);
                self.expr(*index, state);
                self.expr(*value, state);
            }
            Stmt::ForEach {
                target,
                iter,
                start,
                body,
                orelse,
                ..
            } => {
                self.expr(*iter, state);
                if let Some(start) = start {
                    self.expr(*start, state);
                }
                let mut inner = state.clone();
                self.assign(target, &mut inner);
                self.block(body, &mut inner);
                let mut after = state.clone();
                self.block(orelse, &mut after);
                *state = State::meet(state.clone(), after);
            }
            Stmt::If { test, body, orelse } => {
                self.expr(*test, state);
                let mut a = state.clone();
                self.block(body, &mut a);
                let mut b = state.clone();
                self.block(orelse, &mut b);
                *state = State::meet(a, b);
            }
            Stmt::While { test, body, orelse } => {
                self.expr(*test, state);
                let mut inner = state.clone();
                self.block(body, &mut inner);
                let mut after = state.clone();
                self.block(orelse, &mut after);
                *state = State::meet(state.clone(), after);
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
                ..
            } => {
                for e in [start, stop, step] {
                    self.expr(*e, state);
                }
                let mut inner = state.clone();
                inner.assigned.insert(self.binding(*var));
                self.block(body, &mut inner);
                let mut after = state.clone();
                self.block(orelse, &mut after);
                *state = State::meet(state.clone(), after);
            }
            Stmt::Return(value, _) => {
                if let Some(v) = value {
                    self.expr(*v, state);
                }
                state.unreachable = true;
            }
            Stmt::Break | Stmt::Continue => state.unreachable = true,
            Stmt::Assert { test, msg } => {
                self.expr(*test, state);
                if let Some(m) = msg {
                    let mut inner = state.clone();
                    self.expr(*m, &mut inner);
                }
            }
            Stmt::Def(f) => {
                state.assigned.insert(Binding::Func(*f));
            }
            Stmt::DelIndex { object, index, .. } => {
                self.expr(*object, state);
                self.expr(*index, state);
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                // A handler may start anywhere in the body, `finally` anywhere at all: both
                // see only what was bound before the `try`.
                let before = state.clone();
                self.block(body, state);
                self.block(orelse, state);
                for handler in handlers {
                    let mut inner = before.clone();
                    if let Some(place) = handler.name {
                        inner.assigned.insert(self.binding(place));
                    }
                    self.block(&handler.body, &mut inner);
                    *state = State::meet(state.clone(), inner);
                }
                let mut raising = before;
                self.block(finalbody, &mut raising);
                self.block(finalbody, state);
            }
            Stmt::Reraise => state.unreachable = true,
            Stmt::Yield(value) => self.expr(*value, state),
            Stmt::With {
                context,
                target,
                body,
            } => {
                self.expr(*context, state);
                if let Some(target) = target {
                    self.assign(target, state);
                }
                // `__exit__` may swallow an exception from anywhere in the body.
                let before = state.clone();
                self.block(body, state);
                *state = State::meet(state.clone(), before);
            }
            Stmt::SetCause { .. } => {}
        }
    }
}
