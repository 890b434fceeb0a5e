//! Splitting a variable into its webs: the assignments that reach a common read, joined
//! transitively, and those reads. A variable reused for unrelated values (`for k, g in
//! groupby(a)` and later `for k, g in groupby(b)`, `x = 5 ... x = "five"`) becomes one
//! variable per web, so that inference types each on its own: values of different types stay
//! unboxed, and values no variable can hold together (generators of different calls,
//! functions capturing variables) need not be held together.
//!
//! Invariants: the web of the variable's state on entry (a parameter's value, or unbound)
//! keeps the variable's id, so parameters and reads that may find the variable unbound are
//! as before; a read is in the web of every assignment that may reach it. The analysis may
//! join more than it must (where control flow is approximated: exceptions, `finally`, a
//! walrus inside an expression), never less. Split are the locals that no nested function
//! shares (cells) and that carry no annotation, and the globals only their own module's body
//! uses.

use krait_hir::{
    ExprId, ExprKind, FuncId, Function, GlobalId, LocalId, Place, Program, Stmt, Target,
};
use rustc_hash::{FxHashMap, FxHashSet};

/// A variable of a function: a local of it, or a global only it uses.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Var {
    Local(LocalId),
    Global(GlobalId),
}

impl Var {
    fn of(place: Place) -> Var {
        match place {
            Place::Local(l) => Var::Local(l),
            Place::Global(g) => Var::Global(g),
        }
    }
}

/// An assignment: its number (`Analysis::defs`).
type Def = usize;

/// Which assignments of each variable may have been the last to run at a point.
type State = FxHashMap<Var, Vec<Def>>;

/// Where an assignment is: a place in a statement (by its address, stable while the function
/// is not changed) or an expression (`:=`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Site {
    Place(usize),
    Expr(ExprId),
}

struct Analysis<'f> {
    func: &'f Function,
    /// The variables being split.
    vars: FxHashSet<Var>,
    /// The variable of each assignment; the first of each variable's is its entry state.
    defs: Vec<Var>,
    entry: FxHashMap<Var, Def>,
    /// The assignment at each site.
    sites: FxHashMap<Site, Def>,
    /// The assignments each read may see, joined (union-find over `defs`).
    parent: Vec<usize>,
    /// The read at each expression: one of the assignments it may see.
    reads: FxHashMap<ExprId, Def>,
    /// Per enclosing loop: the states at its `break`s and `continue`s, and how many `finally`
    /// bodies enclosed it.
    loops: Vec<(Vec<State>, Vec<State>, usize)>,
    /// The assignments in each enclosing `finally` body (a `break` passes through them).
    finally_defs: Vec<Vec<(Var, Def)>>,
    /// The variables some read may find unbound: not split (the read raises, and the types
    /// of its variable come from the assignments).
    maybe_unbound: FxHashSet<Var>,
}

/// Splits the variables of every function into their webs.
pub(crate) fn split_webs(program: &mut Program) {
    let splittable = splittable_globals(program);
    for index in 0..program.funcs.len() {
        let func = &program.funcs[index];
        let mut vars: FxHashSet<Var> = FxHashSet::default();
        let excluded = excluded_locals(func);
        for (i, _) in func.locals.iter().enumerate() {
            let local = LocalId(i as u32);
            if !excluded.contains(&local) {
                vars.insert(Var::Local(local));
            }
        }
        for (&global, &owner) in &splittable {
            if owner == FuncId(index as u32) {
                vars.insert(Var::Global(global));
            }
        }
        if vars.is_empty() {
            continue;
        }
        let Some(renames) = analyse(func, vars) else {
            continue;
        };
        apply(program, index, renames);
    }
}

/// The globals one module body alone uses (reads and assigns), by that body: not a class's
/// attributes, defaults or a global of a function's `global` statement.
fn splittable_globals(program: &Program) -> FxHashMap<GlobalId, FuncId> {
    let mut users: FxHashMap<GlobalId, Option<FuncId>> = FxHashMap::default();
    let mut note = |global: GlobalId, user: Option<FuncId>| {
        users
            .entry(global)
            .and_modify(|u| {
                if *u != user {
                    *u = None;
                }
            })
            .or_insert(user);
    };
    for class in &program.classes {
        for &(_, global) in &class.attrs {
            note(global, None);
        }
    }
    for (index, func) in program.funcs.iter().enumerate() {
        let id = FuncId(index as u32);
        let user = program.module_bodies.contains(&id).then_some(id);
        for param in &func.params {
            if let Some(global) = param.default {
                note(global, None);
            }
        }
        for (place, _) in &func.annotated {
            if let Place::Global(global) = place {
                note(*global, None);
            }
        }
        for expr in &func.exprs {
            match &expr.kind {
                ExprKind::Global(global)
                | ExprKind::AssignExpr {
                    place: Place::Global(global),
                    ..
                } => note(*global, user),
                _ => {}
            }
        }
        let mut places = Vec::new();
        stmt_places(&func.body, func, &mut places);
        for place in places {
            if let Place::Global(global) = place {
                note(global, user);
            }
        }
    }
    users
        .into_iter()
        .filter_map(|(global, user)| Some((global, user?)))
        .collect()
}

/// The locals not split: cells, annotated ones, comprehensions' results, `super()`'s
/// receivers, what `yield from` stores its result in.
fn excluded_locals(func: &Function) -> FxHashSet<LocalId> {
    let mut excluded: FxHashSet<LocalId> = func.cells.iter().copied().collect();
    for (place, _) in &func.annotated {
        if let Place::Local(local) = place {
            excluded.insert(*local);
        }
    }
    for expr in &func.exprs {
        match &expr.kind {
            ExprKind::Comprehension { result, .. } => {
                excluded.insert(*result);
            }
            ExprKind::SuperCall { receiver, .. } | ExprKind::CellRef(receiver) => {
                excluded.insert(*receiver);
            }
            _ => {}
        }
    }
    let mut returned = Vec::new();
    yield_from_results(&func.body, func, &mut returned);
    excluded.extend(returned);
    excluded
}

fn yield_from_results(stmts: &[Stmt], func: &Function, out: &mut Vec<LocalId>) {
    for_each_nested(stmts, func, &mut |stmt| {
        if let Stmt::YieldFrom {
            returned: Some(local),
            ..
        } = stmt
        {
            out.push(*local);
        }
    });
}

/// The places statements assign (nested ones and comprehensions' included).
fn stmt_places(stmts: &[Stmt], func: &Function, out: &mut Vec<Place>) {
    for_each_nested(stmts, func, &mut |stmt| {
        stmt_def_places(stmt, &mut |place, _| out.push(place))
    });
}

/// Calls `f` on each place a statement itself assigns (not its nested statements'), with the
/// address of the place.
fn stmt_def_places(stmt: &Stmt, f: &mut dyn FnMut(Place, usize)) {
    match stmt {
        Stmt::Assign { targets, .. } | Stmt::AssignTuple { targets, .. } => {
            for target in targets {
                target_places(target, f);
            }
        }
        Stmt::ForEach { target, .. }
        | Stmt::With {
            target: Some(target),
            ..
        } => target_places(target, f),
        Stmt::AugAssign { place, .. } | Stmt::ForRange { var: place, .. } => {
            f(*place, place as *const Place as usize)
        }
        Stmt::Try { handlers, .. } => {
            for place in handlers.iter().filter_map(|h| h.name.as_ref()) {
                f(*place, place as *const Place as usize);
            }
        }
        _ => {}
    }
}

/// Calls `f` on every statement of `stmts`, those nested in them and in their expressions'
/// comprehensions.
fn for_each_nested(stmts: &[Stmt], func: &Function, f: &mut dyn FnMut(&Stmt)) {
    for stmt in stmts {
        f(stmt);
        for expr in stmt_exprs(stmt) {
            for_each_comprehension(expr, func, &mut |inner| for_each_nested(inner, func, f));
        }
        for block in stmt_blocks(stmt) {
            for_each_nested(block, func, f);
        }
    }
}

fn for_each_comprehension(expr: ExprId, func: &Function, f: &mut dyn FnMut(&[Stmt])) {
    let kind = &func.expr(expr).kind;
    if let ExprKind::Comprehension { stmts, .. } = kind {
        f(stmts);
    }
    for operand in kind.operands() {
        for_each_comprehension(operand, func, f);
    }
}

/// The expressions a statement evaluates itself (not those of its nested statements).
fn stmt_exprs(stmt: &Stmt) -> Vec<ExprId> {
    let mut out = Vec::new();
    let target_exprs = |target: &Target, out: &mut Vec<ExprId>| {
        target_operands(target, out);
    };
    match stmt {
        Stmt::Expr(e) | Stmt::Yield(e) => out.push(*e),
        Stmt::Assign { targets, value } => {
            out.push(*value);
            for t in targets {
                target_exprs(t, &mut out);
            }
        }
        Stmt::AssignTuple { targets, values } => {
            out.extend(values);
            for t in targets {
                target_exprs(t, &mut out);
            }
        }
        Stmt::AugAssign { value, .. } => out.push(*value),
        Stmt::AugAssignIndex {
            object,
            index,
            value,
            ..
        } => out.extend([*object, *index, *value]),
        Stmt::AugAssignAttr { object, value, .. } => out.extend([*object, *value]),
        Stmt::ForEach {
            target,
            iter,
            start,
            ..
        } => {
            out.push(*iter);
            out.extend(start);
            target_exprs(target, &mut out);
        }
        Stmt::If { test, .. } | Stmt::While { test, .. } => out.push(*test),
        Stmt::ForRange {
            start, stop, step, ..
        } => out.extend([*start, *stop, *step]),
        Stmt::Return(value, _) => out.extend(value),
        Stmt::Assert { test, msg } => {
            out.push(*test);
            out.extend(msg);
        }
        Stmt::DelIndex { object, index, .. } => out.extend([*object, *index]),
        Stmt::With {
            context, target, ..
        } => {
            out.push(*context);
            if let Some(t) = target {
                target_exprs(t, &mut out);
            }
        }
        Stmt::Break
        | Stmt::Continue
        | Stmt::Def(_)
        | Stmt::Try { .. }
        | Stmt::Reraise
        | Stmt::YieldFrom { .. }
        | Stmt::SetCause { .. } => {}
    }
    out
}

/// The statement blocks nested in a statement.
fn stmt_blocks(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::ForEach { body, orelse, .. }
        | Stmt::If { body, orelse, .. }
        | Stmt::While { body, orelse, .. }
        | Stmt::ForRange { body, orelse, .. } => vec![body, orelse],
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut blocks: Vec<&[Stmt]> = vec![body];
            blocks.extend(handlers.iter().map(|h| &h.body[..]));
            blocks.push(orelse);
            blocks.push(finalbody);
            blocks
        }
        Stmt::With { body, .. } => vec![body],
        Stmt::YieldFrom { each, .. } => vec![std::slice::from_ref(&**each)],
        _ => Vec::new(),
    }
}

/// The expressions a target evaluates (an attribute's object, an index...).
fn target_operands(target: &Target, out: &mut Vec<ExprId>) {
    match target {
        Target::Place(..) => {}
        Target::Attribute { object, .. } => out.push(*object),
        Target::Index { object, index, .. } => out.extend([*object, *index]),
        Target::Slice { object, bounds, .. } => {
            out.push(*object);
            out.extend(bounds.exprs());
        }
        Target::Tuple(targets, _) => {
            for t in targets {
                target_operands(t, out);
            }
        }
        Target::Starred(inner, _) => target_operands(inner, out),
    }
}

/// Calls `f` on each place a target assigns, with the address of the place.
fn target_places(target: &Target, f: &mut dyn FnMut(Place, usize)) {
    match target {
        Target::Place(place, _) => f(*place, place as *const Place as usize),
        Target::Tuple(targets, _) => {
            for t in targets {
                target_places(t, f);
            }
        }
        Target::Starred(inner, _) => target_places(inner, f),
        Target::Attribute { .. } | Target::Index { .. } | Target::Slice { .. } => {}
    }
}

/// The new variable of each split assignment and read, when some variable has several webs.
struct Renames {
    places: FxHashMap<usize, Place>,
    exprs: FxHashMap<ExprId, Place>,
    new_locals: Vec<String>,
    new_globals: Vec<(GlobalId, Place)>,
    /// Each split variable with its new variables (`Function::webs`).
    groups: Vec<Vec<Place>>,
}

fn analyse(func: &Function, vars: FxHashSet<Var>) -> Option<Renames> {
    let mut analysis = Analysis {
        func,
        vars,
        defs: Vec::new(),
        entry: FxHashMap::default(),
        sites: FxHashMap::default(),
        parent: Vec::new(),
        reads: FxHashMap::default(),
        loops: Vec::new(),
        finally_defs: Vec::new(),
        maybe_unbound: FxHashSet::default(),
    };
    let mut vars: Vec<Var> = analysis.vars.iter().copied().collect();
    vars.sort();
    let mut state = State::default();
    for &var in &vars {
        let def = analysis.new_def(var);
        analysis.entry.insert(var, def);
        state.insert(var, vec![def]);
    }
    analysis.block(&func.body, Some(state));
    analysis.renames(&vars)
}

impl Analysis<'_> {
    fn new_def(&mut self, var: Var) -> Def {
        self.defs.push(var);
        self.parent.push(self.parent.len());
        self.defs.len() - 1
    }

    fn find(&mut self, mut def: Def) -> Def {
        while self.parent[def] != def {
            self.parent[def] = self.parent[self.parent[def]];
            def = self.parent[def];
        }
        def
    }

    fn union(&mut self, a: Def, b: Def) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }

    fn def_at(&mut self, site: Site, var: Var) -> Def {
        if let Some(&def) = self.sites.get(&site) {
            return def;
        }
        let def = self.new_def(var);
        self.sites.insert(site, def);
        def
    }

    /// `var` is assigned at `site`: afterwards only that assignment reaches.
    fn assign(&mut self, state: &mut State, place: Place, site: Site) {
        let var = Var::of(place);
        if !self.vars.contains(&var) {
            return;
        }
        let def = self.def_at(site, var);
        for finally in &mut self.finally_defs {
            finally.push((var, def));
        }
        state.insert(var, vec![def]);
    }

    /// `var` is read: every assignment that may reach joins one web.
    fn read(&mut self, state: &State, var: Var, expr: Option<ExprId>) -> Option<Def> {
        let defs = state.get(&var)?.clone();
        let first = *defs.first()?;
        let is_param = |l: LocalId| self.func.params.iter().any(|p| p.local == l);
        if defs.contains(&self.entry[&var]) && !matches!(var, Var::Local(l) if is_param(l)) {
            self.maybe_unbound.insert(var);
        }
        for &def in &defs[1..] {
            self.union(first, def);
        }
        if let Some(expr) = expr {
            self.reads.insert(expr, first);
        }
        Some(first)
    }

    fn expr(&mut self, id: ExprId, state: &mut State) {
        let kind = &self.func.expr(id).kind;
        for operand in kind.operands() {
            self.expr(operand, state);
        }
        match kind {
            ExprKind::Local(local) => {
                self.read(state, Var::Local(*local), Some(id));
            }
            ExprKind::Global(global) => {
                self.read(state, Var::Global(*global), Some(id));
            }
            // It may or may not run (inside `and`, a conditional...): the assignment joins
            // those that reached.
            ExprKind::AssignExpr { place, .. } => {
                let var = Var::of(*place);
                if self.vars.contains(&var) {
                    let def = self.def_at(Site::Expr(id), var);
                    for finally in &mut self.finally_defs {
                        finally.push((var, def));
                    }
                    let defs = state.entry(var).or_default();
                    if !defs.contains(&def) {
                        defs.push(def);
                    }
                }
            }
            ExprKind::Comprehension { stmts, .. } => {
                let after = self.block(stmts, Some(state.clone()));
                if let Some(after) = after {
                    *state = merge(Some(state.clone()), Some(after)).expect("both reached");
                }
            }
            _ => {}
        }
    }

    fn exprs(&mut self, ids: &[ExprId], state: &mut State) {
        for &id in ids {
            self.expr(id, state);
        }
    }

    fn target(&mut self, target: &Target, state: &mut State) {
        let mut operands = Vec::new();
        target_operands(target, &mut operands);
        self.exprs(&operands, state);
        let mut places = Vec::new();
        target_places(target, &mut |place, address| places.push((place, address)));
        for (place, address) in places {
            self.assign(state, place, Site::Place(address));
        }
    }

    /// The state after `stmts` run from `state` (None where they cannot complete).
    fn block(&mut self, stmts: &[Stmt], mut state: Option<State>) -> Option<State> {
        for stmt in stmts {
            state = self.stmt(stmt, state?);
        }
        state
    }

    fn stmt(&mut self, stmt: &Stmt, mut state: State) -> Option<State> {
        match stmt {
            Stmt::Expr(e) | Stmt::Yield(e) => self.expr(*e, &mut state),
            Stmt::Assign { targets, value } => {
                self.expr(*value, &mut state);
                for target in targets {
                    self.target(target, &mut state);
                }
            }
            Stmt::AssignTuple { targets, values } => {
                self.exprs(values, &mut state);
                for target in targets {
                    self.target(target, &mut state);
                }
            }
            Stmt::AugAssign { place, value, .. } => {
                self.expr(*value, &mut state);
                // One variable is read and assigned: the assignment is in the read's web.
                let var = Var::of(*place);
                let read = self.read(&state, var, None);
                let address = place as *const Place as usize;
                self.assign(&mut state, *place, Site::Place(address));
                if let (Some(read), Some(&def)) = (read, self.sites.get(&Site::Place(address))) {
                    self.union(read, def);
                }
            }
            Stmt::AugAssignIndex {
                object,
                index,
                value,
                ..
            } => self.exprs(&[*object, *index, *value], &mut state),
            Stmt::AugAssignAttr { object, value, .. } => self.exprs(&[*object, *value], &mut state),
            Stmt::If { test, body, orelse } => {
                self.expr(*test, &mut state);
                let then = self.block(body, Some(state.clone()));
                let other = self.block(orelse, Some(state));
                return merge(then, other);
            }
            Stmt::ForEach {
                target,
                iter,
                start,
                body,
                orelse,
                ..
            } => {
                self.expr(*iter, &mut state);
                if let Some(start) = start {
                    self.expr(*start, &mut state);
                }
                return self.looping(state, body, orelse, false, |this, state| {
                    this.target(target, state);
                });
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
                self.exprs(&[*start, *stop, *step], &mut state);
                let address = var as *const Place as usize;
                return self.looping(state, body, orelse, false, |this, state| {
                    this.assign(state, *var, Site::Place(address));
                });
            }
            // The test runs at the head of every iteration, and once more before `else`.
            Stmt::While { test, body, orelse } => {
                return self.looping(state, body, orelse, true, |this, state| {
                    this.expr(*test, state);
                });
            }
            Stmt::Break | Stmt::Continue => {
                let depth = self.loops.last().map_or(0, |l| l.2);
                // The `finally` bodies between here and the loop run on the way.
                for finally in self.finally_defs[depth..].iter() {
                    for &(var, def) in finally {
                        let defs = state.entry(var).or_default();
                        if !defs.contains(&def) {
                            defs.push(def);
                        }
                    }
                }
                if let Some(frame) = self.loops.last_mut() {
                    match stmt {
                        Stmt::Break => frame.0.push(state),
                        _ => frame.1.push(state),
                    }
                }
                return None;
            }
            Stmt::Return(value, _) => {
                if let Some(value) = value {
                    self.expr(*value, &mut state);
                }
                return None;
            }
            Stmt::Reraise => return None,
            Stmt::Assert { test, msg } => {
                self.expr(*test, &mut state);
                if let Some(msg) = msg {
                    self.expr(*msg, &mut state);
                }
            }
            Stmt::DelIndex { object, index, .. } => self.exprs(&[*object, *index], &mut state),
            Stmt::Def(_) | Stmt::SetCause { .. } => {}
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.try_stmt(state, body, handlers, orelse, finalbody),
            Stmt::YieldFrom { each, .. } => return self.stmt(each, state),
            Stmt::With {
                context,
                target,
                body,
            } => {
                self.expr(*context, &mut state);
                if let Some(target) = target {
                    self.target(target, &mut state);
                }
                return self.block(body, Some(state));
            }
        }
        Some(state)
    }

    /// A loop from `state`: `bind` runs at each iteration's start (assigns a `for` loop's
    /// variable, or evaluates a `while` loop's test, which also runs before `else`, as
    /// `else_after_bind` says).
    fn looping(
        &mut self,
        state: State,
        body: &[Stmt],
        orelse: &[Stmt],
        else_after_bind: bool,
        bind: impl Fn(&mut Self, &mut State),
    ) -> Option<State> {
        let mut head = state;
        loop {
            self.loops
                .push((Vec::new(), Vec::new(), self.finally_defs.len()));
            let mut entered = head.clone();
            bind(self, &mut entered);
            let end = self.block(body, Some(entered.clone()));
            let (breaks, continues, _) = self.loops.pop().expect("pushed");
            let next = continues
                .into_iter()
                .map(Some)
                .fold(merge(Some(head.clone()), end), merge)
                .expect("the head is reached");
            if same(&next, &head) {
                let before_else = if else_after_bind { entered } else { head };
                let exhausted = self.block(orelse, Some(before_else));
                return breaks.into_iter().map(Some).fold(exhausted, merge);
            }
            head = next;
        }
    }

    /// A `try` statement from `state`. A handler may start after any part of the body ran:
    /// from the state before it with every assignment in it added; `finally` likewise after
    /// any part of the rest.
    fn try_stmt(
        &mut self,
        state: State,
        body: &[Stmt],
        handlers: &[krait_hir::Handler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Option<State> {
        self.finally_defs.push(Vec::new());
        let before = state.clone();
        let mut body_defs = Vec::new();
        self.collect_defs(body, &mut body_defs);
        let after_body = self.block(body, Some(state));
        let mut handler_entry = before.clone();
        add_defs(&mut handler_entry, &body_defs);
        let mut out = self.block(orelse, after_body);
        for handler in handlers {
            let mut entry = handler_entry.clone();
            if let Some(place) = &handler.name {
                let address = place as *const Place as usize;
                self.assign(&mut entry, *place, Site::Place(address));
            }
            let end = self.block(&handler.body, Some(entry));
            out = merge(out, end);
        }
        let through = self.finally_defs.pop().expect("pushed");
        if finalbody.is_empty() {
            return out;
        }
        let mut entry = before;
        add_defs(&mut entry, &through);
        let completes = out.is_some();
        let entry = merge(Some(entry), out).expect("the entry is reached");
        let end = self.block(finalbody, Some(entry));
        if completes { end } else { None }
    }

    /// The assignments of the statements (those of their nested statements too).
    fn collect_defs(&mut self, stmts: &[Stmt], out: &mut Vec<(Var, Def)>) {
        let func = self.func;
        let mut sites = Vec::new();
        for_each_nested(stmts, func, &mut |stmt| {
            stmt_def_places(stmt, &mut |place, address| {
                sites.push((place, Site::Place(address)))
            });
            for expr in stmt_exprs(stmt) {
                walrus_sites(expr, func, &mut sites);
            }
        });
        for (place, site) in sites {
            let var = Var::of(place);
            if self.vars.contains(&var) {
                let def = self.def_at(site, var);
                out.push((var, def));
            }
        }
    }

    /// Each variable's webs, when some variable has several: the web of the entry state keeps
    /// the variable, the others are new variables of its name.
    fn renames(&mut self, vars: &[Var]) -> Option<Renames> {
        let mut webs: FxHashMap<Var, Vec<Def>> = FxHashMap::default();
        let defs: Vec<Def> = (0..self.defs.len()).collect();
        for def in defs {
            let root = self.find(def);
            let list = webs.entry(self.defs[def]).or_default();
            if !list.contains(&root) {
                list.push(root);
            }
        }
        let mut renames = Renames {
            places: FxHashMap::default(),
            exprs: FxHashMap::default(),
            new_locals: Vec::new(),
            new_globals: Vec::new(),
            groups: Vec::new(),
        };
        let mut web_place: FxHashMap<Def, Place> = FxHashMap::default();
        let n_locals = self.func.locals.len();
        // The webs that reads see (any other is an assignment nothing reads, or the entry
        // state of a variable no read finds unbound).
        let mut read_roots: FxHashSet<Def> = FxHashSet::default();
        let reads: Vec<Def> = self.reads.values().copied().collect();
        for def in reads {
            read_roots.insert(self.find(def));
        }
        let params: Vec<LocalId> = self.func.params.iter().map(|p| p.local).collect();
        for &var in vars {
            let entry_root = self.find(self.entry[&var]);
            let is_param = matches!(var, Var::Local(l) if params.contains(&l));
            // The entry state alone (unbound, never read): the first other web keeps the
            // variable instead.
            let entry_alone = !is_param
                && !read_roots.contains(&entry_root)
                && (0..self.defs.len())
                    .all(|d| d == self.entry[&var] || self.find(d) != entry_root);
            let roots: Vec<Def> = webs[&var]
                .iter()
                .copied()
                .filter(|&r| !(entry_alone && r == entry_root))
                .collect();
            if roots.len() < 2 || self.maybe_unbound.contains(&var) {
                continue;
            }
            let entry_root = if entry_alone { roots[0] } else { entry_root };
            let mut group = vec![match var {
                Var::Local(local) => Place::Local(local),
                Var::Global(global) => Place::Global(global),
            }];
            for &root in &roots {
                if root == entry_root {
                    continue;
                }
                let place = match var {
                    Var::Local(local) => {
                        let new = LocalId((n_locals + renames.new_locals.len()) as u32);
                        renames
                            .new_locals
                            .push(self.func.locals[local.index()].name.clone());
                        Place::Local(new)
                    }
                    Var::Global(global) => {
                        // Numbered when applied, after the program's globals.
                        let index = renames.new_globals.len() as u32;
                        renames
                            .new_globals
                            .push((global, Place::Global(GlobalId(index))));
                        Place::Global(GlobalId(index))
                    }
                };
                web_place.insert(root, place);
                group.push(place);
            }
            renames.groups.push(group);
        }
        if web_place.is_empty() {
            return None;
        }
        let sites: Vec<(Site, Def)> = self.sites.iter().map(|(&s, &d)| (s, d)).collect();
        for (site, def) in sites {
            let Some(&place) = web_place.get(&self.find(def)) else {
                continue;
            };
            match site {
                Site::Place(address) => {
                    renames.places.insert(address, place);
                }
                Site::Expr(expr) => {
                    renames.exprs.insert(expr, place);
                }
            }
        }
        let reads: Vec<(ExprId, Def)> = self.reads.iter().map(|(&e, &d)| (e, d)).collect();
        for (expr, def) in reads {
            if let Some(&place) = web_place.get(&self.find(def)) {
                renames.exprs.insert(expr, place);
            }
        }
        Some(renames)
    }
}

fn walrus_sites(expr: ExprId, func: &Function, out: &mut Vec<(Place, Site)>) {
    let kind = &func.expr(expr).kind;
    if let ExprKind::AssignExpr { place, .. } = kind {
        out.push((*place, Site::Expr(expr)));
    }
    for operand in kind.operands() {
        walrus_sites(operand, func, out);
    }
}

fn add_defs(state: &mut State, defs: &[(Var, Def)]) {
    for &(var, def) in defs {
        let list = state.entry(var).or_default();
        if !list.contains(&def) {
            list.push(def);
        }
    }
}

/// The state where control from two points meets (None for a point never reached).
fn merge(a: Option<State>, b: Option<State>) -> Option<State> {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(mut a), Some(b)) => {
            for (var, defs) in b {
                let list = a.entry(var).or_default();
                for def in defs {
                    if !list.contains(&def) {
                        list.push(def);
                    }
                }
            }
            Some(a)
        }
    }
}

/// Whether two states hold the same assignments (in any order).
fn same(a: &State, b: &State) -> bool {
    a.len() == b.len()
        && a.iter().all(|(var, defs)| {
            b.get(var).is_some_and(|other| {
                defs.len() == other.len() && defs.iter().all(|d| other.contains(d))
            })
        })
}

/// Rewrites function `index` by `renames`.
fn apply(program: &mut Program, index: usize, renames: Renames) {
    let base = program.globals.len() as u32;
    let mut global_map: FxHashMap<GlobalId, GlobalId> = FxHashMap::default();
    for (i, (original, _)) in renames.new_globals.iter().enumerate() {
        let name = program.globals[original.index()].name.clone();
        program.globals.push(krait_hir::Global { name });
        global_map.insert(GlobalId(i as u32), GlobalId(base + i as u32));
    }
    let fix = |place: Place| match place {
        Place::Global(placeholder) => Place::Global(global_map[&placeholder]),
        local => local,
    };
    let func = &mut program.funcs[index];
    for group in &renames.groups {
        let fixed = std::iter::once(group[0])
            .chain(group[1..].iter().map(|&p| fix(p)))
            .collect();
        func.webs.push(fixed);
    }
    for name in &renames.new_locals {
        func.locals.push(krait_hir::Local { name: name.clone() });
    }
    for (&expr, &place) in &renames.exprs {
        let place = fix(place);
        match &mut func.exprs[expr.index()].kind {
            ExprKind::Local(_) | ExprKind::Global(_) => {
                func.exprs[expr.index()].kind = match place {
                    Place::Local(l) => ExprKind::Local(l),
                    Place::Global(g) => ExprKind::Global(g),
                };
            }
            ExprKind::AssignExpr { place: p, .. } => *p = place,
            _ => unreachable!("a read or a `:=`"),
        }
    }
    let places: FxHashMap<usize, Place> = renames
        .places
        .iter()
        .map(|(&address, &place)| (address, fix(place)))
        .collect();
    rewrite_block(&mut func.body, &places);
    // Comprehensions' statements live in the expressions.
    for expr in &mut func.exprs {
        if let ExprKind::Comprehension { stmts, .. } = &mut expr.kind {
            rewrite_block(stmts, &places);
        }
    }
}

fn rewrite_place(place: &mut Place, places: &FxHashMap<usize, Place>) {
    if let Some(&new) = places.get(&(place as *const Place as usize)) {
        *place = new;
    }
}

fn rewrite_target(target: &mut Target, places: &FxHashMap<usize, Place>) {
    match target {
        Target::Place(place, _) => rewrite_place(place, places),
        Target::Tuple(targets, _) => {
            for t in targets {
                rewrite_target(t, places);
            }
        }
        Target::Starred(inner, _) => rewrite_target(inner, places),
        Target::Attribute { .. } | Target::Index { .. } | Target::Slice { .. } => {}
    }
}

/// Rewrites the places of `stmts` that `places` names by their addresses.
fn rewrite_block(stmts: &mut [Stmt], places: &FxHashMap<usize, Place>) {
    for stmt in stmts.iter_mut() {
        match stmt {
            Stmt::Assign { targets, .. } | Stmt::AssignTuple { targets, .. } => {
                for target in targets {
                    rewrite_target(target, places);
                }
            }
            Stmt::ForEach { target, .. } => rewrite_target(target, places),
            Stmt::With {
                target: Some(target),
                ..
            } => rewrite_target(target, places),
            Stmt::AugAssign { place, .. } | Stmt::ForRange { var: place, .. } => {
                rewrite_place(place, places)
            }
            Stmt::Try { handlers, .. } => {
                for handler in handlers {
                    if let Some(place) = &mut handler.name {
                        rewrite_place(place, places);
                    }
                }
            }
            _ => {}
        }
        match stmt {
            Stmt::ForEach { body, orelse, .. }
            | Stmt::If { body, orelse, .. }
            | Stmt::While { body, orelse, .. }
            | Stmt::ForRange { body, orelse, .. } => {
                rewrite_block(body, places);
                rewrite_block(orelse, places);
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                rewrite_block(body, places);
                for handler in handlers {
                    rewrite_block(&mut handler.body, places);
                }
                rewrite_block(orelse, places);
                rewrite_block(finalbody, places);
            }
            Stmt::With { body, .. } => rewrite_block(body, places),
            Stmt::YieldFrom { each, .. } => {
                rewrite_block(std::slice::from_mut(&mut **each), places)
            }
            _ => {}
        }
    }
}
