//! One round of analysis of one instance's body.

use crate::{Infer, InstanceId, TypeckResult};
use krait_diagnostics::{Code, Diagnostic, Span};
use krait_hir::{
    BinOp, Builtin, Callee, CmpOp, ExcClass, ExprId, ExprKind, FStringPart, Function, Intrinsic,
    LocalId, Place, Stmt, Target, UnaryOp,
};
use krait_types::{Dyn, Ty};

pub(crate) fn analyse(infer: &mut Infer<'_>, id: InstanceId) {
    let func = infer.program.func(infer.instances[id.index()].func);
    let res = std::mem::take(&mut infer.results[id.index()]);
    let mut body = BodyAnalysis {
        infer,
        func,
        id,
        res,
        ret: Ty::Never,
        narrowed: Vec::new(),
    };
    body.make_cells();
    body.block(&func.body);
    if func.generator {
        // What a generator's instance returns is what it yields.
    } else if func.kind == krait_hir::FuncKind::Module {
        // A module body turns exceptions of the program's classes that leave it into the text
        // a traceback prints (see krait_lower's `exception` module).
        let program = body.infer.program;
        for (i, class) in program.classes.iter().enumerate() {
            if class.exception.is_some() && class.base.is_none() {
                let class = krait_types::ClassId(i as u32);
                if let Some(feature) = body.instance_formatters(class, false, func.span) {
                    body.unsupported(func.span, format!("converting {feature} to str"));
                }
            }
        }
    }
    if !terminates(func, &func.body) {
        if func.generator {
            body.generator_returns(Ty::None, func.span);
        } else {
            body.returns(Ty::None, func.span);
        }
    }
    let ret = body.ret;
    let mut res = body.res;
    if let Ok(ret) = infer.join(res.ret, ret)
        && ret != infer.canonical(res.ret)
    {
        res.ret = ret;
        infer.changed = true;
    }
    infer.results[id.index()] = res;
}

/// Whether control can never run past the end of `stmts`: every path returns, exits, or loops
/// forever in a `while True:` that has no `break`.
pub fn terminates(func: &Function, stmts: &[Stmt]) -> bool {
    stmts.iter().any(|stmt| match stmt {
        Stmt::Return(..) => true,
        Stmt::Expr(expr) => matches!(
            func.expr(*expr).kind,
            ExprKind::Call {
                callee: Callee::Builtin(Builtin::SysExit)
                    | Callee::Intrinsic(Intrinsic::Exit | Intrinsic::Raise),
                ..
            }
        ),
        Stmt::If { body, orelse, .. } => terminates(func, body) && terminates(func, orelse),
        Stmt::Reraise => true,
        // Where `__exit__` may swallow an exception, inference adds None to what the function
        // returns (see `Stmt::With`).
        Stmt::With { body, .. } => terminates(func, body),
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            terminates(func, finalbody)
                || ((terminates(func, body) || terminates(func, orelse))
                    && handlers.iter().all(|h| terminates(func, &h.body)))
        }
        Stmt::While { test, body, .. } => {
            matches!(func.expr(*test).kind, ExprKind::Bool(true)) && !breaks(body)
        }
        _ => false,
    })
}

/// The arguments of a method call (see `call_methods`).
struct MethodCall<'a> {
    arg_tys: &'a [Ty],
    keywords: &'a [krait_hir::Keyword],
    keyword_tys: &'a [Ty],
    unpacked: Unpacked,
    span: Span,
}

/// A type a use of a dynamic operand may take (see `Use`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Int,
    Str,
    List,
    Dict,
    /// An instance of the program's classes.
    Instance,
    /// An instance of this class (or a subclass): what `isinstance(x, C)` narrows to.
    Class(krait_types::ClassId),
    /// A tuple, which stays a dynamic value (its length is known only when it runs): the use
    /// is the runtime's.
    Tuple,
    Set,
    Other,
}

impl Want {
    fn of(ty: Ty) -> Want {
        match ty {
            Ty::Int => Want::Int,
            Ty::Str => Want::Str,
            Ty::List(_) => Want::List,
            Ty::Dict(_) => Want::Dict,
            Ty::Set(_) => Want::Set,
            Ty::Instance { .. } | Ty::AnyOf { .. } => Want::Instance,
            _ => Want::Other,
        }
    }
}

impl Use {
    /// Iterating: a str, list or dict, else CPython's "not iterable".
    fn iterable(span: Span) -> Use {
        Use {
            wanted: &[Want::List, Want::Str, Want::Dict, Want::Tuple, Want::Set],
            prefer_first: false,
            before: "TypeError: '",
            after: "' object is not iterable".to_owned(),
            span,
            carets: crate::Carets::Whole,
        }
    }
}

/// What an `isinstance` test narrows a local to when it is true and when it is false.
type NarrowedPair = (Option<(Place, Want)>, Option<(Place, Want)>);

/// Whether `stmts` assign the variable (which would undo what a test said of it).
fn writes_place(stmts: &[Stmt], target: Place) -> bool {
    let mut written = false;
    let mut record = |place: Place, _: u32, _: bool| written |= place == target;
    for stmt in stmts {
        stmt_writes(stmt, false, &mut record);
    }
    written
}

/// The built-in types among dynamic values whose method `name` is (a name no container type
/// has is a str's): a dynamic receiver is unboxed to the one of them it may be.
fn method_owners(name: &str) -> &'static [Want] {
    match name {
        "append" | "extend" | "insert" | "sort" | "reverse" => &[Want::List],
        "index" | "count" => &[Want::List, Want::Str],
        "pop" | "clear" | "copy" => &[Want::List, Want::Dict, Want::Set],
        "remove" => &[Want::List, Want::Set],
        "update" => &[Want::Dict, Want::Set],
        "get" | "items" | "keys" | "values" | "setdefault" | "popitem" => &[Want::Dict],
        "add" | "discard" => &[Want::Set],
        _ if SET_ITERABLE_METHODS.contains(&name) => &[Want::Set],
        _ => &[Want::Str],
    }
}

/// The set methods taking an iterable (besides `update`, a dict's too).
const SET_ITERABLE_METHODS: &[&str] = &[
    "update",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
    "issubset",
    "issuperset",
    "isdisjoint",
];

/// A use of a dynamic operand that takes one type (see `Typeck::unboxed`): the type it takes
/// where the operand may be several, and the text of CPython's exception for another, around
/// the name of the operand's type.
struct Use {
    /// The types it takes, the one it takes when the value may be either first.
    wanted: &'static [Want],
    /// Whether the first of `wanted` decides when the value may be several of them (a method
    /// of that type's).
    prefer_first: bool,
    before: &'static str,
    after: String,
    span: Span,
    carets: crate::Carets,
}

/// What a call unpacks into parameters: the element type of a last positional `*list`, the
/// value type of a `**mapping`.
#[derive(Clone, Copy, Default)]
struct Unpacked {
    star: Option<Ty>,
    mapping: Option<Ty>,
}

/// A call's arguments with its `*` and `**` unpacking sorted out (see `unpacking`).
struct Unpacking {
    positional: Vec<Ty>,
    keywords: Vec<krait_hir::Keyword>,
    keyword_tys: Vec<Ty>,
    unpacked: Unpacked,
}

/// Whether `attr` of an instance of `class` is BaseException's `args` (the tuple the
/// constructor kept), which no class of the program sets itself.
pub fn is_exception_args(
    program: &krait_hir::Program,
    class: krait_types::ClassId,
    attr: &str,
) -> bool {
    attr == "args"
        && program.classes[class.index()].exception.is_some()
        && !program
            .subclasses(program.root_class(class))
            .into_iter()
            .any(|k| {
                crate::class_init_fields(program, k)
                    .iter()
                    .any(|f| f == "args")
            })
}

/// The classes the `except` clause binding `local` catches (empty for all), when one does.
fn handler_classes(func: &Function, local: LocalId) -> Option<Vec<ExcClass>> {
    let mut found = None;
    crate::closing::each_stmt(&func.body, &mut |stmt| {
        if let Stmt::Try { handlers, .. } = stmt {
            for handler in handlers {
                if handler.name == Some(Place::Local(local)) {
                    found = Some(handler.classes.clone());
                }
            }
        }
    });
    found
}

/// Whether `stmts` contain a `break` of the loop they are the body of.
fn breaks(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|stmt| match stmt {
        Stmt::Break => true,
        Stmt::If { body, orelse, .. } => breaks(body) || breaks(orelse),
        Stmt::While { orelse, .. } | Stmt::ForRange { orelse, .. } => breaks(orelse),
        Stmt::With { body, .. } => breaks(body),
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            breaks(body)
                || handlers.iter().any(|h| breaks(&h.body))
                || breaks(orelse)
                || breaks(finalbody)
        }
        _ => false,
    })
}

/// Whether `expr` uses the instance `this` only to read attributes in `set`, and calls nothing
/// that could see the instance.
pub(crate) fn uses_only_set_fields(
    func: &Function,
    expr: ExprId,
    this: krait_hir::LocalId,
    set: &[String],
) -> bool {
    match &func.expr(expr).kind {
        ExprKind::Local(local) => *local != this,
        ExprKind::Comprehension { .. } | ExprKind::SuperCall { .. } => false,
        ExprKind::Attribute { value, attr } if matches!(func.expr(*value).kind, ExprKind::Local(l) if l == this) => {
            set.contains(attr)
        }
        kind => kind
            .operands()
            .into_iter()
            .all(|e| uses_only_set_fields(func, e, this, set)),
    }
}

struct BodyAnalysis<'a, 'p> {
    infer: &'a mut Infer<'p>,
    func: &'p Function,
    id: InstanceId,
    res: TypeckResult,
    ret: Ty,
    /// The locals an enclosing `if isinstance(x, T):` (whose body does not assign `x`) says
    /// are of type `T` where a use of a dynamic value must choose one.
    narrowed: Vec<(Place, Want)>,
}

impl BodyAnalysis<'_, '_> {
    fn error(&mut self, code: Code, span: Span, message: String) {
        let span = self.reported_span(span);
        self.infer
            .error(Diagnostic::error(code, span, message).with_label("here"));
    }

    /// Where a diagnostic about `span` points: in a function that adds no traceback frame
    /// (see `Function::frameless`), the call that reaches it, which is what the program wrote.
    fn reported_span(&self, span: Span) -> Span {
        match self.func.frameless {
            true => self
                .infer
                .first_calls
                .get(&self.id)
                .copied()
                .unwrap_or(span),
            false => span,
        }
    }

    /// The outcome of a test its operands' types decide (see `static_type_test`).
    fn static_test(&self, test: ExprId) -> Option<bool> {
        let tys = &self.res.expr_tys;
        crate::static_type_test(self.infer.program, self.func, test, &|e| tys[e.index()])
    }

    fn unsupported(&mut self, span: Span, feature: String) {
        let span = self.reported_span(span);
        self.infer.error(Diagnostic::unsupported(span, feature));
    }

    /// The join of `a` and `b`; None after reporting the program as not supported yet when
    /// they do not join, `what` naming the use from the two types' description.
    fn join_or_refuse(
        &mut self,
        a: Ty,
        b: Ty,
        span: Span,
        what: impl FnOnce(&str) -> String,
    ) -> Option<Ty> {
        match self.infer.join(a, b) {
            Ok(joined) => Some(joined),
            Err(both) => {
                self.unsupported(span, what(&both));
                None
            }
        }
    }

    /// The first of the variables read by `captures` (a function value's) that may hold
    /// another value once the function is made: copying it then would be wrong. A parameter
    /// never assigned, or a variable assigned once before `span`, is safe (the resolver makes
    /// a function's variables that change after nested functions capture them cells, which
    /// are captured as boxes).
    fn changing_capture(&self, captures: &[ExprId], span: Span) -> Option<String> {
        let func = self.func;
        let writes = local_writes(func);
        let made = u32::from(span.range.start());
        captures.iter().find_map(|&capture| {
            let ExprKind::Local(local) = func.expr(capture).kind else {
                return None;
            };
            let is_param = func.params.iter().any(|p| p.local == local);
            let stable = match writes[local.index()][..] {
                [] => is_param,
                [(at, _)] => !is_param && at < made,
                _ => false,
            };
            (!stable).then(|| func.locals[local.index()].name.clone())
        })
    }

    /// The call `id` of a function value of type `callee_ty` with arguments `args` (of types
    /// `arg_tys`); a `*tuple` argument gives its elements.
    #[allow(clippy::too_many_arguments)]
    fn call_value(
        &mut self,
        id: ExprId,
        callee_ty: Ty,
        args: &[ExprId],
        arg_tys: &[Ty],
        keywords: &[krait_hir::Keyword],
        keyword_tys: &[Ty],
        span: Span,
    ) -> Ty {
        let Some(unpacking) = self.unpacking(args, arg_tys, keywords, keyword_tys) else {
            return Ty::Never;
        };
        let Unpacking {
            positional,
            keywords,
            keyword_tys,
            unpacked,
        } = unpacking;
        let (arg_tys, keywords, keyword_tys) = (&positional[..], &keywords[..], &keyword_tys[..]);
        if let Ty::Funcs(_) = callee_ty {
            if unpacked.star.is_some() || unpacked.mapping.is_some() || !keywords.is_empty() {
                let message = "keywords or unpacking in a call of one of several functions";
                self.unsupported(span, message.to_owned());
                return Ty::Never;
            }
            return self.call_func_set(id, callee_ty, arg_tys, span);
        }
        let (func, env) = match callee_ty {
            Ty::Func(func) => (func, Vec::new()),
            Ty::Closure(func, _) => (func, callee_ty.closure_env().expect("a closure").elements()),
            _ => {
                let message = format!("'{callee_ty}' object is not callable");
                self.error(Code::TypeMismatch, span, message);
                return Ty::Never;
            }
        };
        let func = krait_hir::FuncId(func.0);
        let hidden = env.len();
        let Some(mut tys) = self.bind_method(
            id,
            func,
            0,
            hidden,
            arg_tys,
            unpacked,
            &env,
            keywords,
            keyword_tys,
            span,
        ) else {
            return Ty::Never;
        };
        // What the closure captured follows the arguments.
        tys.extend(env);
        let callee = self.infer.instantiate(func, tys);
        self.infer.first_calls.entry(callee).or_insert(span);
        self.res.callees.insert(id, callee);
        self.call_result(func, callee)
    }

    /// The arguments of a call with `*` or `**` unpacking (of types `arg_tys` and
    /// `keyword_tys`): a `*tuple`'s elements are positional arguments, a last `*list`'s and a
    /// `**dict`'s elements go to parameters when the call runs. None after a diagnostic.
    fn unpacking(
        &mut self,
        args: &[ExprId],
        arg_tys: &[Ty],
        keywords: &[krait_hir::Keyword],
        keyword_tys: &[Ty],
    ) -> Option<Unpacking> {
        let mut positional = Vec::new();
        let mut star = None;
        for (i, (&arg, &ty)) in args.iter().zip(arg_tys).enumerate() {
            match (&self.func.expr(arg).kind, ty) {
                (ExprKind::Starred(_), Ty::Tuple(_)) => positional.extend(ty.elements()),
                (ExprKind::Starred(_), Ty::List(var)) if i + 1 == args.len() => {
                    star = Some(self.infer.lists.elem(var));
                }
                (ExprKind::Starred(_), _) => {
                    let message = format!(
                        "`*` unpacking a {} in a call (tuples, and a list as the last positional argument)",
                        self.ty_name(ty)
                    );
                    self.unsupported(self.func.expr(arg).span, message);
                    return None;
                }
                _ => positional.push(ty),
            }
        }
        // `**mapping`: a dict of str keys, whose values go to the parameters they name.
        let mut named = Vec::new();
        let mut named_tys = Vec::new();
        let mut mapping = None;
        for (keyword, &ty) in keywords.iter().zip(keyword_tys) {
            if !keyword.name.is_empty() {
                named.push(keyword.clone());
                named_tys.push(ty);
                continue;
            }
            let value = match ty {
                // A dict nothing is ever stored in is empty: it gives no arguments.
                Ty::Dict(var) if self.infer.lists.value(var) == Ty::Never => continue,
                Ty::Dict(var) if matches!(self.infer.lists.elem(var), Ty::Str | Ty::Never) => {
                    self.infer.lists.value(var)
                }
                Ty::Never => Ty::Never,
                _ => {
                    let message = format!("`**` unpacking a {} in a call", self.ty_name(ty));
                    self.unsupported(keyword.span, message);
                    return None;
                }
            };
            if mapping.is_some() || star.is_some() {
                let message = "`**` with another `**` or a `*list` in one call".to_owned();
                self.unsupported(keyword.span, message);
                return None;
            }
            mapping = Some(value);
        }
        Some(Unpacking {
            positional,
            keywords: named,
            keyword_tys: named_tys,
            unpacked: Unpacked { star, mapping },
        })
    }

    /// The type a use of `operand` (of type `ty`) that takes only one type sees: a dynamic
    /// value that can only be a `T` or None is a `T` there, unboxed when it runs, where None
    /// raises `none_error` (CPython's exception for the use). Other types are as they are.
    fn unboxed(&mut self, operand: ExprId, ty: Ty, use_: Use) -> Ty {
        // An earlier round of the fixed point may have seen a narrower type.
        self.res.unboxed.remove(&operand);
        let Ty::Object(mask) = ty else {
            return ty;
        };
        if (mask.tuple().is_some() || self.may_be_sequence(ty))
            && use_.wanted.contains(&Want::Tuple)
        {
            // It may be a tuple (or an instance iterating as one), which only the runtime
            // takes apart.
            return ty;
        }
        let allowed: Vec<Ty> = mask
            .types()
            .into_iter()
            .filter(|t| use_.wanted.contains(&Want::of(*t)))
            .collect();
        // An enclosing `isinstance` test decides among several.
        let narrowed = self.narrowing(operand);
        if let Some(chosen) = narrowed.and_then(|w| allowed.iter().find(|t| Want::of(**t) == w)) {
            let use_ = crate::Unboxed {
                ty: *chosen,
                error: (use_.before.to_owned(), use_.after),
                checked: true,
                classes: None,
                span: use_.span,
                carets: use_.carets,
            };
            let chosen = use_.ty;
            self.res.unboxed.insert(operand, use_);
            return chosen;
        }
        let (unboxed, checked) = match (mask.besides_none(), &allowed[..]) {
            (Some(only), _) if allowed.contains(&only) => (only, false),
            // No type the value may have will do: the use raises when it runs (as CPython's
            // does), and nothing after it runs.
            (_, []) => (Ty::Never, true),
            (_, [one]) => (*one, true),
            (_, [..]) => match allowed.iter().find(|t| Want::of(**t) == use_.wanted[0]) {
                Some(&first) if use_.prefer_first => (first, true),
                _ => return ty,
            },
        };
        let use_ = crate::Unboxed {
            ty: unboxed,
            error: (use_.before.to_owned(), use_.after),
            checked,
            classes: None,
            span: use_.span,
            carets: use_.carets,
        };
        self.res.unboxed.insert(operand, use_);
        unboxed
    }

    /// Whether `ty`, a dynamic value, may be an instance of a class defining `special`.
    fn may_define(&self, ty: Ty, special: &str) -> bool {
        let Ty::Object(mask) = ty else {
            return false;
        };
        let program = self.infer.program;
        mask.classes()
            .into_iter()
            .flat_map(|c| program.subclasses(c))
            .any(|k| program.method(k, special).is_some())
    }

    /// Whether `ty`, a dynamic value, may be an instance that iterates as a tuple of its
    /// fields (a namedtuple's), which the runtime indexes.
    fn may_be_sequence(&self, ty: Ty) -> bool {
        let Ty::Object(mask) = ty else {
            return false;
        };
        let program = self.infer.program;
        mask.classes()
            .into_iter()
            .flat_map(|c| program.subclasses(c))
            .any(|k| !program.classes[k.index()].tuple_fields.is_empty())
    }

    /// `base`, what an operation on dynamic values gives, joined with what the special
    /// methods `(mask, name)` of the classes of each mask give where the runtime calls them
    /// (`Typeck::runtime_specials`).
    fn with_runtime_specials(&mut self, base: Ty, specials: &[(Dyn, &str)], span: Span) -> Ty {
        let mut joined = base;
        for &(mask, name) in specials {
            let which = krait_hir::RUNTIME_SPECIALS
                .iter()
                .position(|n| *n == name)
                .expect("a special method the runtime calls");
            let results = self.infer.runtime_special_results(mask, &[which]);
            match self.infer.join(joined, results) {
                Ok(j) => joined = j,
                Err(both) => {
                    self.unsupported(span, format!("an operation giving {both}"));
                    return Ty::Never;
                }
            }
        }
        joined
    }

    /// What iterating (or unpacking) `ty`, a dynamic value that may be a str, a list and a
    /// dict, gives: the join of their characters, elements and keys (`Typeck::iter_elems`);
    /// None after reporting they do not join.
    fn dynamic_items(&mut self, ty: Ty, span: Span) -> Option<Ty> {
        let Ty::Object(mask) = ty else {
            unreachable!("a dynamic value")
        };
        let mut elem = Ty::Never;
        let iterables = [
            mask.allows(Ty::Str).then_some(Ty::Str),
            mask.list().map(|var| self.infer.lists.elem(var)),
            mask.dict().map(|var| self.infer.lists.elem(var)),
            mask.tuple().map(|var| self.infer.lists.elem(var)),
            mask.set().map(|var| self.infer.lists.elem(var)),
        ];
        let sequences = self.may_be_sequence(ty).then(|| {
            let getitem = krait_hir::RUNTIME_GETITEM;
            self.infer.runtime_special_results(mask, &[getitem])
        });
        let iterables = iterables.into_iter().chain([sequences]);
        for each in iterables.into_iter().flatten() {
            elem = self.join_or_refuse(elem, each, span, |both| {
                format!("iterating over a value giving {both}")
            })?;
        }
        self.infer.iter_elems.insert(ty, elem);
        Some(elem)
    }

    /// What the innermost enclosing `isinstance` test of `operand` (a variable's read) says
    /// it is, if any.
    fn narrowing(&self, operand: ExprId) -> Option<Want> {
        let place = match self.func.expr(operand).kind {
            ExprKind::Local(local) => Place::Local(local),
            ExprKind::Global(global) => Place::Global(global),
            _ => return None,
        };
        self.narrowed
            .iter()
            .rev()
            .find(|(p, _)| *p == place)
            .map(|&(_, want)| want)
    }

    /// The instance a dynamic value that may be one is, where its attribute or method
    /// `member` is used: of the classes that have the member (inside `isinstance(x, C)`, of
    /// `C`), checked when it runs (raising the use's exception for other types).
    fn unboxed_instance(&mut self, operand: ExprId, ty: Ty, member: &str, use_: Use) -> Ty {
        self.res.unboxed.remove(&operand);
        let Ty::Object(mask) = ty else {
            return ty;
        };
        let program = self.infer.program;
        let narrowed = self.narrowing(operand);
        let cone: Vec<krait_types::ClassId> = mask
            .classes()
            .into_iter()
            .flat_map(|c| program.subclasses(c))
            .collect();
        let mut exact = None;
        let instance = match narrowed {
            Some(Want::Class(class)) if cone.iter().any(|&k| program.is_subclass(k, class)) => {
                Ty::Instance {
                    class,
                    nullable: false,
                }
            }
            _ => {
                let has = |k: krait_types::ClassId| {
                    program.method(k, member).is_some()
                        || program.is_property(k, member)
                        || program.class_attr(k, member).is_some()
                        || crate::class_init_fields(program, k)
                            .iter()
                            .any(|f| f == member)
                };
                let having: Vec<_> = cone.into_iter().filter(|&k| has(k)).collect();
                let instance = match having[..] {
                    [] => Ty::Never,
                    _ => self.infer.any_of_classes(&having),
                };
                // A common base that lacks the member stands for the classes that have it.
                let covered: Vec<_> = instance
                    .classes()
                    .into_iter()
                    .flat_map(|c| program.subclasses(c))
                    .collect();
                if covered.len() != having.len() {
                    exact = Some(having);
                }
                instance
            }
        };
        let unboxed = crate::Unboxed {
            ty: instance,
            error: (use_.before.to_owned(), use_.after),
            checked: true,
            classes: exact,
            span: use_.span,
            carets: use_.carets,
        };
        self.res.unboxed.insert(operand, unboxed);
        instance
    }

    /// A method call on an instance of one of several unrelated classes (`Ty::AnyOf`): every
    /// class must define the method as an ordinary one, binding the arguments alike; the
    /// instances go in `TypeckResult::dispatch` by class, and the result is the join of theirs.
    fn any_of_method(
        &mut self,
        id: ExprId,
        receiver_ty: Ty,
        method: &str,
        call: MethodCall<'_>,
    ) -> Ty {
        let span = call.span;
        let program = self.infer.program;
        let mut impls: Vec<(
            krait_hir::FuncId,
            krait_types::ClassId,
            Vec<krait_types::ClassId>,
        )> = Vec::new();
        for root in receiver_ty.classes() {
            for k in program.subclasses(root) {
                let Some(f) = program.method(k, method) else {
                    let name = &program.classes[k.index()].name;
                    let message = format!(
                        "calling `{method}` on a value that may be a `{name}`, which has no such method"
                    );
                    self.unsupported(span, message);
                    return Ty::Never;
                };
                if program.is_static(k, method) || program.is_property(k, method) {
                    let message = format!(
                        "a static method, class method or property `{method}` of one of several classes"
                    );
                    self.unsupported(span, message);
                    return Ty::Never;
                }
                match impls.iter_mut().find(|(g, _, _)| *g == f) {
                    Some((_, _, classes)) => classes.push(k),
                    None => impls.push((f, root, vec![k])),
                }
            }
        }
        self.call_methods(id, impls, call, "methods of several classes")
    }

    /// A method call that reaches `impls`: each method with the class of the receiver's type
    /// it is reached through and the classes that reach it. Every method must bind the
    /// arguments alike; the callee is recorded (by class in `TypeckResult::dispatch` when
    /// there are several), and the result is the join of theirs. `methods` names them in
    /// diagnostics.
    fn call_methods(
        &mut self,
        id: ExprId,
        impls: Vec<(
            krait_hir::FuncId,
            krait_types::ClassId,
            Vec<krait_types::ClassId>,
        )>,
        call: MethodCall<'_>,
        methods: &str,
    ) -> Ty {
        let program = self.infer.program;
        let span = call.span;
        if impls.len() > 1 && (call.unpacked.star.is_some() || call.unpacked.mapping.is_some()) {
            // The checks of a `*list` or `**dict` run before the call and name the method.
            let message = format!("`*list` or `**dict` unpacking in a call of {methods}");
            self.unsupported(span, message);
            return Ty::Never;
        }
        let mut bound: Option<Vec<Ty>> = None;
        for &(func_id, _, _) in &impls {
            let Some(call_tys) = self.bind_method(
                id,
                func_id,
                1,
                0,
                call.arg_tys,
                call.unpacked,
                &[],
                call.keywords,
                call.keyword_tys,
                span,
            ) else {
                return Ty::Never;
            };
            if bound.as_ref().is_some_and(|b| *b != call_tys) {
                let message =
                    format!("{methods} whose parameters take these arguments differently");
                self.unsupported(span, message);
                return Ty::Never;
            }
            bound = Some(call_tys);
        }
        let arg_tys = bound.unwrap_or_default();
        if arg_tys.contains(&Ty::Never) {
            return Ty::Never;
        }
        let mut ret = Ty::Never;
        let mut targets = Vec::new();
        for (func_id, through, classes) in impls {
            let krait_hir::FuncKind::Method(defining) = program.func(func_id).kind else {
                unreachable!("methods are of their class")
            };
            let receiver = if program.is_subclass(through, defining) {
                through
            } else {
                defining
            };
            let mut call_tys = arg_tys.clone();
            call_tys.insert(
                0,
                Ty::Instance {
                    class: receiver,
                    nullable: false,
                },
            );
            let callee = self.infer.instantiate(func_id, call_tys);
            self.infer.first_calls.entry(callee).or_insert(span);
            let callee_ret = self.call_result(func_id, callee);
            let Some(joined) = self.join_or_refuse(ret, callee_ret, span, |both| {
                format!("{methods} returning {both}")
            }) else {
                return Ty::Never;
            };
            ret = joined;
            targets.push((classes, callee));
        }
        if let [(_, callee)] = targets[..] {
            self.res.callees.insert(id, callee);
        } else {
            self.res.dispatch.insert(id, targets);
        }
        ret
    }

    /// The local `isinstance(x, T)` (or `not isinstance(...)`) tests of one built-in type
    /// narrows in the branch taken when it is true, and in the other: (if true, if false).
    fn isinstance_narrowing(&self, test: ExprId) -> NarrowedPair {
        match &self.func.expr(test).kind {
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand,
            } => {
                let (positive, negated) = self.isinstance_narrowing(*operand);
                (negated, positive)
            }
            ExprKind::IsInstance { value, classes, .. } => {
                let place = match self.func.expr(*value).kind {
                    ExprKind::Local(local) => Place::Local(local),
                    ExprKind::Global(global) => Place::Global(global),
                    _ => return (None, None),
                };
                let want = match classes[..] {
                    [krait_hir::TypeName::Str] => Want::Str,
                    [krait_hir::TypeName::List] => Want::List,
                    [krait_hir::TypeName::Dict] => Want::Dict,
                    [krait_hir::TypeName::Set] => Want::Set,
                    [krait_hir::TypeName::Int] => Want::Int,
                    [krait_hir::TypeName::Class(class)] => Want::Class(class),
                    _ => return (None, None),
                };
                (Some((place, want)), None)
            }
            _ => (None, None),
        }
    }

    /// The type of `arg` (of type `ty`) that a builtin iterates: a dynamic value is the str,
    /// list or dict it may be (see `unboxed`).
    fn iterable(&mut self, arg: ExprId, ty: Ty, span: Span) -> Ty {
        self.unboxed(arg, ty, Use::iterable(span))
    }

    /// A call of a value that is one of several functions (`Ty::Funcs`) with positional
    /// arguments: each function is called as a direct call would call it (each must take
    /// the arguments as its parameters, with no defaults or `*args` in play); the result is
    /// the join of theirs. The instances go in `TypeckResult::func_dispatch`, in the set's
    /// order (None, last in a set that has it, raises CPython's TypeError when called).
    fn call_func_set(&mut self, id: ExprId, callee_ty: Ty, arg_tys: &[Ty], span: Span) -> Ty {
        let mut instances = Vec::new();
        let mut result = Ty::Never;
        for func in callee_ty.func_set() {
            if func == krait_types::NONE_FUNC {
                continue;
            }
            let func = krait_hir::FuncId(func.0);
            let function = self.infer.program.func(func);
            let plain = function.params.len() == arg_tys.len()
                && !function.vararg
                && !function.kwarg
                && function.captured_defaults.is_empty();
            if !plain {
                let plural = if arg_tys.len() == 1 { "" } else { "s" };
                let message = format!(
                    "calling `{}` as one of several functions with {} argument{plural} (the functions of a table must take exactly the arguments given)",
                    function.name,
                    arg_tys.len()
                );
                self.unsupported(span, message);
                return Ty::Never;
            }
            let callee = self.infer.instantiate(func, arg_tys.to_vec());
            instances.push(callee);
            let ret = self.call_result(func, callee);
            let Some(joined) = self.join_or_refuse(result, ret, span, |both| {
                format!("a call of one of several functions returning {both}")
            }) else {
                return Ty::Never;
            };
            result = joined;
        }
        self.res.func_dispatch.insert(id, instances);
        result
    }

    /// Gives each cell of the function its box type (once): a captured one has it from its
    /// argument; an own parameter's box starts with the argument's type.
    fn make_cells(&mut self) {
        for &local in &self.func.cells {
            let ty = self.res.local_tys[local.index()];
            if let Ty::Cell(_) = ty {
                continue;
            }
            let var = self.infer.lists.fresh();
            if ty != Ty::Never {
                self.store_elem(var, ty, self.func.span);
            }
            self.res.local_tys[local.index()] = Ty::Cell(var);
        }
    }

    /// What a call of `func`'s instance `callee` gives: a generator when `func` yields.
    fn call_result(&self, func: krait_hir::FuncId, callee: InstanceId) -> Ty {
        if self.infer.program.func(func).generator {
            Ty::Gen(krait_types::GenRef(callee.0))
        } else if callee == self.id {
            self.res.ret
        } else {
            self.infer.results[callee.index()].ret
        }
    }

    /// `next(generator)` or `next(generator, default)`: what it yields (or the default).
    fn next(&mut self, args: &[Ty], span: Span) -> Ty {
        match args {
            [Ty::Never] | [Ty::Never, _] => Ty::Never,
            [Ty::Gen(generator)] => self.yielded(*generator),
            [Ty::Gen(generator), default] => {
                let yielded = self.yielded(*generator);
                self.join_or_refuse(yielded, *default, span, |both| {
                    format!("next() whose default is not what the generator yields ({both})")
                })
                .unwrap_or(Ty::Never)
            }
            [_] | [_, _] => {
                self.unsupported(span, "next() of anything but a generator".to_owned());
                Ty::Never
            }
            _ => {
                let message = format!("next expected at most 2 arguments, got {}", args.len());
                self.error(Code::BadCall, span, message);
                Ty::Never
            }
        }
    }

    /// What a generator yields (its instance's return type, this one's own while analysing it).
    fn yielded(&self, generator: krait_types::GenRef) -> Ty {
        self.generator_result(generator).ret
    }

    /// The types of a generator's instance (this one's own while analysing it).
    fn generator_result(&self, generator: krait_types::GenRef) -> &TypeckResult {
        if generator.0 == self.id.0 {
            &self.res
        } else {
            &self.infer.results[generator.0 as usize]
        }
    }

    /// `generator` is sent a value of type `ty` (None is what `next()` sends: see
    /// `ExprKind::Sent`).
    fn sends(&mut self, generator: krait_types::GenRef, ty: Ty, span: Span) {
        if ty == Ty::None {
            return;
        }
        let old = self.generator_result(generator).sent;
        match self.infer.join(old, ty) {
            Ok(joined) if joined == self.infer.canonical(old) => {}
            Ok(joined) => {
                if generator.0 == self.id.0 {
                    self.res.sent = joined;
                } else {
                    self.infer.results[generator.0 as usize].sent = joined;
                }
                self.infer.changed = true;
            }
            Err(both) => {
                let feature = format!("sending values of different types to a generator ({both})");
                self.unsupported(span, feature);
            }
        }
    }

    /// This generator returns a value of type `ty`.
    fn generator_returns(&mut self, ty: Ty, span: Span) {
        let old = self.res.returned;
        match self.infer.join(old, ty) {
            Ok(joined) if joined == self.infer.canonical(old) => {}
            Ok(joined) => {
                self.res.returned = joined;
                self.infer.changed = true;
            }
            Err(both) => {
                let feature = format!(
                    "a generator returning values of different types ({both}; a generator that returns a value must return one on every path)"
                );
                self.unsupported(span, feature);
            }
        }
    }

    /// What iterating an instance of `class` (which has `__iter__`) gives.
    fn iterated(&mut self, class: krait_types::ClassId, span: Span) -> Ty {
        match self.special(class, "__iter__", &[], span) {
            Some(Ty::Gen(generator)) => self.yielded(generator),
            Some(Ty::Never) | None => Ty::Never,
            Some(Ty::Instance {
                class: iterator,
                nullable: false,
            }) if self.infer.program.method(iterator, "__next__").is_some() => self
                .special(iterator, "__next__", &[], span)
                .unwrap_or(Ty::Never),
            // An iterator krait makes a list (`reversed(...)`, `zip(...)`, `map(...)`).
            Some(Ty::List(var)) if self.infer.is_view(var) => self.infer.lists.elem(var),
            Some(_) => {
                let feature =
                    "`__iter__` that gives neither a generator nor an object with `__next__`";
                self.unsupported(span, feature.to_owned());
                Ty::Never
            }
        }
    }

    /// The list of `elem`s that `arg`, of type `ty`, is taken as where `call` iterates it whole
    /// (`TypeckResult::iter_lists`).
    fn iterated_as_list(&mut self, arg: ExprId, ty: Ty, elem: Ty, call: Span) -> Ty {
        let var = match self.res.iter_lists.get(&arg) {
            Some(&(_, var, _)) => var,
            None => {
                let var = self.infer.lists.fresh();
                self.res.iter_lists.insert(arg, (ty, var, call));
                var
            }
        };
        if elem != Ty::Never {
            self.store_elem(var, elem, self.func.expr(arg).span);
        }
        Ty::List(self.infer.lists.find(var))
    }

    /// A set, frozenset, str or tuple (of one element type) passed to a builtin that takes
    /// lists (`zip`, `sum`, `min` and `max` of one iterable) is taken as the new list of what
    /// iterating it gives (`TypeckResult::iter_lists`); other types are as they are.
    fn iterable_as_list(&mut self, arg: ExprId, ty: Ty, call: Span) -> Ty {
        let elem = match ty {
            Ty::Set(var) | Ty::FrozenSet(var) => {
                // The list has the set's order.
                self.infer.ordered_sets = true;
                self.infer.lists.elem(var)
            }
            Ty::Str => Ty::Str,
            Ty::Bytes => Ty::Int,
            Ty::Tuple(_) => match ty.homogeneous() {
                Some(elem) => elem,
                None => return ty,
            },
            _ => return ty,
        };
        self.iterated_as_list(arg, ty, elem, call)
    }

    /// A generator passed to a builtin or a method of a builtin type is taken as the list of
    /// what it yields (it runs to its end there): the list's type, recorded for lowering. So is
    /// an instance of a class with `__iter__`, the list of what iterating it gives.
    fn generator_as_list(&mut self, arg: ExprId, ty: Ty, call: Span) -> Ty {
        // So is a dynamic value that may be a tuple or a set among other types (as only the
        // runtime takes one apart), or a list or dict among others that are not only None
        // (`json.loads(...)`: what it is is known when it runs).
        if let Ty::Object(mask) = ty
            && (mask.tuple().is_some()
                || mask.set().is_some()
                || (mask.besides_none().is_none()
                    && (mask.list().is_some() || mask.dict().is_some())))
        {
            let span = self.func.expr(arg).span;
            let Some(elem) = self.dynamic_items(ty, span) else {
                return Ty::Never;
            };
            return self.iterated_as_list(arg, ty, elem, call);
        }
        if let Ty::Instance {
            class,
            nullable: false,
        } = ty
            && self.infer.program.method(class, "__iter__").is_some()
        {
            let elem = self.iterated(class, self.func.expr(arg).span);
            return self.iterated_as_list(arg, ty, elem, call);
        }
        let Ty::Gen(generator) = ty else {
            return ty;
        };
        let var = match self.res.gen_lists.get(&arg) {
            Some(&(_, var, _)) => var,
            None => {
                let var = self.infer.lists.fresh();
                self.res.gen_lists.insert(arg, (generator, var, call));
                var
            }
        };
        let yielded = self.yielded(generator);
        if yielded != Ty::Never {
            let span = self.func.expr(arg).span;
            self.store_elem(var, yielded, span);
        }
        let list = Ty::List(var);
        self.res.expr_tys[arg.index()] = list;
        list
    }

    /// Types the `__enter__` and both `__exit__` calls of a `with` of an instance of `class`:
    /// what `__enter__` gives, or None when the class is no context manager.
    fn context_manager(
        &mut self,
        class: krait_types::ClassId,
        body: &[Stmt],
        span: Span,
    ) -> Option<Ty> {
        let entered = self.special(class, "__enter__", &[], span);
        let normal = [Ty::None, Ty::None, Ty::None];
        let raised = [Ty::ExcType, Ty::Exc, Ty::None];
        let exits = [
            self.special(class, "__exit__", &normal, span),
            self.special(class, "__exit__", &raised, span),
        ];
        if exits.contains(&None) {
            return None;
        }
        if !matches!(exits[1], Some(Ty::None | Ty::Never))
            && terminates(self.func, body)
            && self.func.kind != krait_hir::FuncKind::Module
        {
            // When `__exit__` swallows an exception, control goes on past the `with`, which
            // `terminates` counts as leaving: the function may fall off its end there,
            // returning None.
            self.returns(Ty::None, span);
        }
        entered
    }

    /// Whether `raise` takes a value of type `ty`: an exception, or the text of one the
    /// resolver made for a built-in exception class.
    fn is_exception(&self, ty: Ty) -> bool {
        match ty {
            Ty::Str | Ty::Exc | Ty::Never => true,
            Ty::Instance {
                class,
                nullable: false,
            } => self.infer.program.classes[class.index()]
                .exception
                .is_some(),
            _ => false,
        }
    }

    /// The type of the exception an `except` clause catches: an instance of the classes' common
    /// base when they are all the program's, else any exception.
    fn caught_ty(&self, classes: &[krait_hir::ExcClass]) -> Ty {
        let mut common: Option<krait_types::ClassId> = None;
        for class in classes {
            let krait_hir::ExcClass::User(class) = *class else {
                return Ty::Exc;
            };
            common = match common {
                None => Some(class),
                Some(c) => match self.infer.program.common_base(c, class) {
                    Some(base) => Some(base),
                    None => return Ty::Exc,
                },
            };
        }
        match common {
            Some(class) => Ty::Instance {
                class,
                nullable: false,
            },
            None => Ty::Exc,
        }
    }

    fn returns(&mut self, ty: Ty, span: Span) {
        match self.infer.join(self.ret, ty) {
            Ok(ty) => self.ret = ty,
            Err(_) => {
                let message = format!(
                    "a function returning both {} and {} (values of one type per function until the dynamic fallback lands)",
                    self.ret.describe(),
                    ty.describe()
                );
                self.unsupported(span, message);
            }
        }
    }

    fn assign_place(&mut self, place: Place, ty: Ty, span: Span) {
        if let Place::Local(local) = place
            && let Ty::Cell(var) = self.res.local_tys[local.index()]
        {
            let old = self.infer.lists.elem(var);
            if let Err(both) = self.infer.join(old, ty) {
                let name = &self.func.locals[local.index()].name;
                let message = format!("variable `{name}` holding {both}");
                self.unsupported(span, message);
                return;
            }
            self.store_elem(var, ty, span);
            return;
        }
        let old = match place {
            Place::Local(local) => self.res.local_tys[local.index()],
            Place::Global(global) => self.infer.globals[global.index()],
        };
        match self.infer.join(old, ty) {
            Ok(joined) => {
                if joined != self.infer.canonical(old) || joined != old {
                    match place {
                        Place::Local(local) => self.res.local_tys[local.index()] = joined,
                        Place::Global(global) => self.infer.globals[global.index()] = joined,
                    }
                    if joined != self.infer.canonical(old) {
                        self.infer.changed = true;
                    }
                }
            }
            Err(both) => {
                let name = match place {
                    Place::Local(local) => self.func.locals[local.index()].name.clone(),
                    Place::Global(global) => {
                        self.infer.program.globals[global.index()].name.clone()
                    }
                };
                self.unsupported(span, format!("variable `{name}` holding {both}"));
            }
        }
    }

    /// A type's name as CPython's messages spell it: an instance's is its class's.
    fn ty_name(&self, ty: Ty) -> String {
        match ty {
            Ty::Instance { class, .. } => self.infer.program.classes[class.index()].name.clone(),
            _ => ty.to_string(),
        }
    }

    /// Unpacking an instance of a namedtuple's class: its fields, in order.
    fn unpack_fields(&mut self, class: krait_types::ClassId, targets: &[Target], span: Span) {
        let fields = self.infer.program.classes[class.index()]
            .tuple_fields
            .clone();
        if targets.iter().any(|t| matches!(t, Target::Starred(..))) {
            self.unsupported(span, "starred unpacking of a namedtuple".to_owned());
            return;
        }
        if targets.len() != fields.len() {
            let message = if targets.len() < fields.len() {
                format!("too many values to unpack (expected {})", targets.len())
            } else {
                format!(
                    "not enough values to unpack (expected {}, got {})",
                    targets.len(),
                    fields.len()
                )
            };
            self.error(Code::TypeMismatch, span, message);
            return;
        }
        for (target, field) in targets.iter().zip(&fields) {
            self.infer
                .field_reads
                .entry((class, field.clone()))
                .or_insert(span);
            let ty = self.field(class, field);
            self.assign_target(target, ty);
        }
    }

    /// The type of attribute `attr` of instances of `class` so far (Never before any store).
    fn field(&self, class: krait_types::ClassId, attr: &str) -> Ty {
        self.infer.fields[self.infer.program.root_class(class).index()]
            .iter()
            .find(|(name, _)| name == attr)
            .map_or(Ty::Never, |&(_, ty)| ty)
    }

    fn assign_field(&mut self, object: ExprId, attr: &str, ty: Ty, span: Span) {
        let object_ty = self.res.expr(object);
        if let Ty::Instance { class, nullable } = object_ty {
            if self.infer.program.is_property(class, attr) {
                let setter = format!("{attr}.setter");
                if nullable {
                    let message = "a property of an instance that may be None".to_owned();
                    self.unsupported(span, message);
                } else if self.special(class, &setter, &[ty], span).is_none() {
                    let message = format!(
                        "property '{attr}' of '{}' object has no setter",
                        self.infer.program.classes[class.index()].name
                    );
                    self.error(Code::TypeMismatch, span, message);
                }
                return;
            }
        }
        let class = match object_ty {
            Ty::Never => return,
            Ty::Instance { class, .. } => class,
            Ty::AnyOf { .. } => {
                // The attribute of each class, by the class the object has.
                for class in object_ty.classes() {
                    if self.infer.program.is_property(class, attr) {
                        let message = format!(
                            "assigning the property `{attr}` of an instance of one of several classes"
                        );
                        self.unsupported(span, message);
                        return;
                    }
                    self.assign_class_field(class, attr, ty, span);
                }
                return;
            }
            _ => {
                let message = format!(
                    "'{}' object has no attribute '{attr}' (assigning one)",
                    self.ty_name(object_ty)
                );
                self.error(Code::TypeMismatch, span, message);
                return;
            }
        };
        self.assign_class_field(class, attr, ty, span);
    }

    /// Joins `ty` into the attribute `attr` of the instances of `class` and its subclasses.
    fn assign_class_field(&mut self, class: krait_types::ClassId, attr: &str, ty: Ty, span: Span) {
        let program = self.infer.program;
        // A frozen class's only `__init__` is the one `@dataclass` generates.
        let generated_init = matches!(self.func.kind, krait_hir::FuncKind::Method(k)
            if self.func.name == "__init__" && program.classes[k.index()].frozen);
        if !generated_init
            && program
                .subclasses(class)
                .into_iter()
                .any(|k| program.classes[k.index()].frozen)
        {
            let message = format!(
                "assigning `{attr}` of an immutable instance (of a frozen dataclass or a namedtuple; CPython raises)"
            );
            self.unsupported(span, message);
            return;
        }
        if self.infer.program.method(class, attr).is_some() {
            self.unsupported(span, format!("assigning to `{attr}`, which names a method"));
            return;
        }
        self.infer
            .field_writes
            .entry((class, attr.to_owned()))
            .or_insert(span);
        let class = self.infer.program.root_class(class);
        let position = self.infer.fields[class.index()]
            .iter()
            .position(|(name, _)| name == attr);
        match position {
            None => {
                if ty != Ty::Never {
                    self.infer.fields[class.index()].push((attr.to_owned(), ty));
                    self.infer.changed = true;
                }
            }
            Some(i) => match self.infer.join(self.infer.fields[class.index()][i].1, ty) {
                // The arguments' tuples of an exception stay tuples (see `exception_args`).
                Ok(Ty::Object(_)) if attr == krait_hir::EXCEPTION_ARGS_TUPLE => {
                    self.infer.mixed_args.insert(class);
                }
                Ok(joined) => {
                    let old = self.infer.canonical(self.infer.fields[class.index()][i].1);
                    self.infer.fields[class.index()][i].1 = joined;
                    if joined != old {
                        self.infer.changed = true;
                    }
                }
                // Which `e.args` reads see the different tuples is for them to say.
                Err(_) if attr == krait_hir::EXCEPTION_ARGS_TUPLE => {
                    self.infer.mixed_args.insert(class);
                }
                Err(both) => {
                    let class_name = self.infer.program.classes[class.index()].name.clone();
                    self.unsupported(
                        span,
                        format!("attribute `{attr}` of `{class_name}` holding {both}"),
                    );
                }
            },
        }
    }

    fn slice_bounds(&mut self, bounds: &krait_hir::SliceBounds) {
        for bound in bounds.exprs() {
            let ty = self.expr(bound);
            if !matches!(ty, Ty::Int | Ty::Bool | Ty::Never) {
                let message = format!(
                    "slice indices must be integers or None or have an __index__ method, not {ty}"
                );
                self.error(Code::TypeMismatch, self.func.expr(bound).span, message);
            }
        }
    }

    /// Stores a value of `ty` into lists of `var`.
    /// Checks the `key=` and `reverse=` of sorting elements of type `elem`, and instantiates
    /// the key function.
    fn sort_keywords(&mut self, elem: Ty, keywords: &[krait_hir::Keyword], span: Span) {
        let mut key_ty = elem;
        for keyword in keywords {
            match keyword.name.as_str() {
                "key" => match self.key_function(keyword.value, elem, keyword.span) {
                    Some(ty) => key_ty = ty,
                    None => return,
                },
                "reverse" => {
                    let ty = self.expr(keyword.value);
                    if !matches!(ty, Ty::Bool | Ty::Int | Ty::Never) {
                        let message = format!("'{ty}' object cannot be interpreted as an integer");
                        self.error(Code::TypeMismatch, keyword.span, message);
                    }
                }
                name => {
                    let message = format!("'{name}' is an invalid keyword argument for sort()");
                    self.error(Code::BadCall, keyword.span, message);
                }
            }
        }
        self.check_orderable(key_ty, CmpOp::Lt, span);
    }

    /// Checks values of type `ty` can be ordered with `op` (types the special method an
    /// instance's class orders with); false after reporting why not.
    fn check_orderable(&mut self, ty: Ty, op: CmpOp, span: Span) -> bool {
        if let Ty::Instance { .. } = ty {
            let errors = self.infer.errors.len();
            self.check_compare(op, ty, ty, span);
            return self.infer.errors.len() == errors;
        }
        if let Ty::List(var) = ty {
            let elem = self.infer.lists.elem(var);
            return elem == Ty::Never || self.check_orderable(elem, op, span);
        }
        if let Ty::Tuple(_) = ty {
            // Elements after the first are compared only when those before are equal: one
            // that cannot be ordered raises TypeError if that ever happens (sorting a dict's
            // items, whose keys differ, never gets there).
            let elements = ty.elements();
            let Some((&first, rest)) = elements.split_first() else {
                return true;
            };
            let mut ok = self.check_orderable(first, op, span);
            for &element in rest {
                if self.orderable_quietly(element, op) {
                    ok &= self.check_orderable(element, op, span);
                }
            }
            return ok;
        }
        if ty != Ty::Never && !orderable(ty, ty) {
            let message = format!(
                "'{}' not supported between instances of '{ty}' and '{ty}'",
                ordering_symbol(op)
            );
            self.error(Code::TypeMismatch, span, message);
            return false;
        }
        true
    }

    /// Whether values of type `ty` order with `op`, reporting nothing.
    fn orderable_quietly(&self, ty: Ty, op: CmpOp) -> bool {
        match ty {
            Ty::Never => true,
            Ty::Instance { class, .. } => op
                .dunders()
                .is_some_and(|(name, _)| self.defines(class, name)),
            Ty::List(var) => self.orderable_quietly(self.infer.lists.elem(var), op),
            Ty::Tuple(_) => ty
                .elements()
                .into_iter()
                .all(|element| self.orderable_quietly(element, op)),
            _ => orderable(ty, ty),
        }
    }

    /// Binds a method call's arguments to `func`'s parameters after the first `skip`: the
    /// types of the values the parameters get, recording where they come from unless every
    /// one is the positional argument in its place; None after reporting CPython's TypeError.
    #[allow(clippy::too_many_arguments)]
    fn bind_method(
        &mut self,
        id: ExprId,
        func: krait_hir::FuncId,
        skip: usize,
        hidden: usize,
        arg_tys: &[Ty],
        unpacked: Unpacked,
        env: &[Ty],
        keywords: &[krait_hir::Keyword],
        keyword_tys: &[Ty],
        span: Span,
    ) -> Option<Vec<Ty>> {
        let Unpacked { star, mapping } = unpacked;
        let function = self.infer.program.func(func);
        if function.kwarg && star.is_some() {
            let message = "`*list` unpacking into a function with `**kwargs`".to_owned();
            self.unsupported(span, message);
            return None;
        }
        if (star.is_some() || mapping.is_some()) && !function.captured_defaults.is_empty() {
            let message = "`*` or `**` unpacking into a lambda with defaults".to_owned();
            self.unsupported(span, message);
            return None;
        }
        let n = arg_tys.len();
        let name = match function.kind {
            krait_hir::FuncKind::Method(class) => {
                format!(
                    "{}.{}",
                    self.infer.program.classes[class.index()].name,
                    function.name
                )
            }
            krait_hir::FuncKind::Constructor(class) => {
                format!(
                    "{}.__init__",
                    self.infer.program.classes[class.index()].name
                )
            }
            _ => function.name.clone(),
        };
        let program = self.infer.program;
        let module = if function.span.file == program.func(program.entry).span.file {
            "__main__".to_owned()
        } else {
            let path = &program.files[function.span.file.0 as usize].path;
            let stem = std::path::Path::new(path).file_stem();
            stem.map_or(String::new(), |s| s.to_string_lossy().into_owned())
        };
        let qualified = format!("{module}.{name}");
        let bound = crate::bind_args(
            function,
            &name,
            &qualified,
            skip,
            hidden,
            n,
            keywords,
            star.is_some(),
            mapping.is_some(),
        );
        let crate::BoundArgs {
            sources,
            star: star_call,
            mapping: mapping_call,
            kwargs,
        } = match bound {
            Ok(bound) => bound,
            Err(_)
                if name
                    .strip_prefix('<')
                    .and_then(|n| n.strip_suffix('>'))
                    .is_some_and(|n| krait_hir::Builtin::from_name(n).is_some()) =>
            {
                // A builtin used as a value is a function of one argument (`builtin_value`).
                let builtin = &name[1..name.len() - 1];
                let message = format!(
                    "the builtin `{builtin}` used as a value and called with other than one argument"
                );
                self.unsupported(span, message);
                return None;
            }
            Err(message) => {
                self.error(Code::BadCall, span, message);
                return None;
            }
        };
        let mut tys = Vec::new();
        for source in &sources {
            let ty = match *source {
                crate::ArgSource::Positional(i) => arg_tys[i],
                crate::ArgSource::Keyword(k) => keyword_tys[k],
                crate::ArgSource::Default(global) => self.infer.globals[global.index()],
                crate::ArgSource::Varargs(from, to) => Ty::tuple(&arg_tys[from..to]),
                crate::ArgSource::VarargsStarred { from, to, .. } => {
                    let elements: Vec<Ty> = arg_tys[from..to].iter().copied().chain(star).collect();
                    match self.infer.starred_varargs(func, &elements) {
                        Ok(ty) => ty,
                        Err(both) => {
                            let feature = format!("`*args` of a `*list` call holding {both}");
                            self.unsupported(span, feature);
                            return None;
                        }
                    }
                }
                crate::ArgSource::Captured(k) => env.get(k).copied().unwrap_or(Ty::Never),
                crate::ArgSource::Kwargs => {
                    // A dict of str keys, one per call.
                    let var = match self.res.kwargs_calls.get(&id) {
                        Some(&(var, _)) => var,
                        None => self.infer.lists.fresh(),
                    };
                    self.res.kwargs_calls.insert(id, (var, kwargs.clone()));
                    // What a `**mapping` gives goes there too.
                    let values: Vec<Ty> = kwargs
                        .iter()
                        .map(|&k| keyword_tys[k])
                        .chain(mapping)
                        .collect();
                    if !values.is_empty() {
                        let joined = self.infer.join_elem(var, Ty::Str).and_then(|()| {
                            values
                                .iter()
                                .try_for_each(|&ty| self.infer.join_value(var, ty))
                        });
                        if let Err(both) = joined {
                            let feature = format!("`**kwargs` of values of types {both}");
                            self.unsupported(span, feature);
                            return None;
                        }
                    }
                    Ty::Dict(var)
                }
                crate::ArgSource::Starred { default, .. }
                | crate::ArgSource::Mapped { default, .. } => {
                    let elem = match source {
                        crate::ArgSource::Starred { .. } => star,
                        _ => mapping,
                    };
                    let elem = elem.unwrap_or(Ty::Never);
                    let default = default.map_or(Ty::Never, |g| self.infer.globals[g.index()]);
                    self.join_or_refuse(elem, default, span, |both| {
                        format!(
                            "a parameter taking a `*list` element or a `**mapping` value, or its default ({both})"
                        )
                    })?
                }
            };
            tys.push(ty);
        }
        match star_call {
            Some(call) => self.res.star_calls.insert(id, call),
            None => self.res.star_calls.remove(&id),
        };
        match mapping_call {
            Some(call) => self.res.mapping_calls.insert(id, call),
            None => self.res.mapping_calls.remove(&id),
        };
        let trivial = sources
            .iter()
            .enumerate()
            .all(|(i, s)| *s == crate::ArgSource::Positional(i));
        if trivial {
            self.res.method_args.remove(&id);
        } else {
            self.res.method_args.insert(id, sources);
        }
        Some(tys)
    }

    /// Types the key function `key` (a lambda, with its captured variables after the element)
    /// of elements of type `elem`: the type of the keys, Never while no element type is known,
    /// or None after reporting why it cannot be one.
    fn key_function(&mut self, key: ExprId, elem: Ty, span: Span) -> Option<Ty> {
        let ExprKind::Lambda { func, captures } = &self.func.expr(key).kind else {
            self.unsupported(span, "a `key=` that is not a lambda".to_owned());
            return None;
        };
        let (func, captures) = (*func, captures.clone());
        if self.infer.program.func(func).vararg {
            self.unsupported(span, "a `key=` function with `*args`".to_owned());
            return None;
        }
        let params = &self.infer.program.func(func).params;
        let defaults = !self.infer.program.func(func).captured_defaults.is_empty();
        if params.len() > 1 + captures.len() && (defaults || params[1].default.is_some()) {
            let feature = "a `key=` function with defaults".to_owned();
            self.unsupported(span, feature);
            return None;
        }
        if params.len() != 1 + captures.len() {
            let message = "the `key` function must take one argument".to_owned();
            self.error(Code::BadCall, span, message);
            return None;
        }
        let mut args = vec![elem];
        args.extend(captures.iter().map(|&c| self.expr(c)));
        if args.contains(&Ty::Never) {
            return Some(Ty::Never);
        }
        let callee = self.infer.instantiate(func, args);
        self.res.callees.insert(key, callee);
        let key_ty = if callee == self.id {
            self.res.ret
        } else {
            self.infer.results[callee.index()].ret
        };
        self.res.expr_tys[key.index()] = key_ty;
        Some(key_ty)
    }

    /// The list variable of the list a starred target at `span` makes.
    fn star_var(&mut self, span: Span) -> krait_types::ListVar {
        let site = (self.infer.instances[self.id.index()].func, span);
        match self.infer.star_sites.get(&site) {
            Some(&var) => var,
            None => {
                let var = self.infer.lists.fresh();
                self.infer.star_sites.insert(site, var);
                var
            }
        }
    }

    /// The list variable of the list, set or dict that expression `id` makes.
    fn site_var(&mut self, id: ExprId) -> krait_types::ListVar {
        // Each of a function's first instances has its own variables, so that a helper called
        // with lists of different element types types each call apart; beyond them (a
        // recursion that makes ever new lists, say) the instances share one.
        const SEPARATE_INSTANCES: u32 = 16;
        let func = self.infer.instances[self.id.index()].func;
        let own = (self.infer.ordinals[self.id.index()] < SEPARATE_INSTANCES).then_some(self.id);
        let site = (func, id, own);
        match self.infer.list_sites.get(&site) {
            Some(&var) => var,
            None => {
                let var = self.infer.lists.fresh();
                self.infer.list_sites.insert(site, var);
                var
            }
        }
    }

    fn store_value(&mut self, var: krait_types::ListVar, ty: Ty, span: Span) {
        if let Err(both) = self.infer.join_value(var, ty) {
            self.unsupported(span, format!("a dict holding {both}"));
        }
    }

    /// Checks a key used to look a dict of `var` up (a missing one's KeyError shows its repr).
    fn check_key(&mut self, var: krait_types::ListVar, key: Ty, span: Span) {
        self.check_hashable(key, span);
        if let Ty::Instance { .. } = key {
            self.check_formattable_as(key, true, span);
        }
        if key.is_object() && self.infer.lists.elem(var).is_dynamic() {
            // A dict looked up by a dynamic key holds dynamic keys (CPython's hold any).
            self.store_elem(var, key, span);
        }
        let keys = self.infer.lists.elem(var);
        let fits =
            |joined: Result<Ty, String>| joined.is_ok_and(|t| !t.is_object() || keys.is_object());
        if keys != Ty::Never && key != Ty::Never && !fits(self.infer.join(keys, key)) {
            let message = format!(
                "a {} key in a dict of {} keys",
                key.describe(),
                keys.describe()
            );
            self.unsupported(span, message);
        }
    }

    /// The type of a call of a dict method.
    fn dict_method(
        &mut self,
        id: ExprId,
        var: krait_types::ListVar,
        method: &str,
        args: &[Ty],
        span: Span,
    ) -> Ty {
        if args.contains(&Ty::Never) {
            return Ty::Never;
        }
        let keys = self.infer.lists.elem(var);
        let values = self.infer.lists.value(var);
        let with_default = |this: &mut Self, default: Ty| {
            this.join_or_refuse(values, default, span, |both| {
                format!("a default that makes the result {both}")
            })
            .unwrap_or(Ty::Never)
        };
        match (method, args) {
            ("get", [key]) | ("pop", [key]) if method == "pop" => {
                self.check_key(var, *key, span);
                values
            }
            ("get", [key]) => {
                self.check_key(var, *key, span);
                if self.infer.join(values, Ty::None).is_err() {
                    let message = format!(
                        "`get` without a default on a dict of {} values (the result may be None)",
                        values.describe()
                    );
                    self.unsupported(span, message);
                    return Ty::Never;
                }
                with_default(self, Ty::None)
            }
            ("get" | "pop", [key, default]) => {
                self.check_key(var, *key, span);
                with_default(self, *default)
            }
            ("setdefault", [key, default]) => {
                self.check_key(var, *key, span);
                self.store_elem(var, *key, span);
                self.store_value(var, *default, span);
                self.infer.lists.value(var)
            }
            ("popitem", []) => {
                if keys == Ty::Never || values == Ty::Never {
                    return Ty::Never;
                }
                Ty::tuple(&[keys, values])
            }
            ("keys" | "values" | "items", []) => {
                let elem = match method {
                    "keys" => keys,
                    "values" => values,
                    _ if keys == Ty::Never || values == Ty::Never => Ty::Never,
                    _ => Ty::tuple(&[keys, values]),
                };
                let list = self.site_var(id);
                self.store_elem(list, elem, span);
                self.infer.views.push(list);
                Ty::List(self.infer.lists.find(list))
            }
            ("update", [other @ Ty::Dict(_)]) => {
                if let Err(both) = self.infer.join(Ty::Dict(var), *other) {
                    self.unsupported(span, format!("a dict holding {both}"));
                }
                Ty::None
            }
            ("clear", []) => Ty::None,
            ("copy", []) if self.infer.lists.missing(var).is_none() => {
                Ty::Dict(self.infer.lists.find(var))
            }
            ("most_common", [] | [Ty::Int | Ty::Bool])
                if self.infer.lists.missing(var) == Some(crate::DictDefault::Counter) =>
            {
                let list = self.site_var(id);
                if keys != Ty::Never {
                    self.store_elem(list, Ty::tuple(&[keys, Ty::Int]), span);
                }
                Ty::List(self.infer.lists.find(list))
            }
            _ => {
                self.unsupported(
                    span,
                    format!("the dict method `{method}` with these arguments"),
                );
                Ty::Never
            }
        }
    }

    fn store_elem(&mut self, var: krait_types::ListVar, ty: Ty, span: Span) {
        if let Err(both) = self.infer.join_elem(var, ty) {
            self.unsupported(span, format!("a list holding {both}"));
        }
    }

    /// The variable of the dict `object` when it is one, after storing the key `index`.
    fn stored_dict(
        &mut self,
        object_ty: Ty,
        index: ExprId,
        span: Span,
    ) -> Option<krait_types::ListVar> {
        let Ty::Dict(var) = object_ty else {
            return None;
        };
        let key = self.expr(index);
        if key != Ty::Never {
            self.check_hashable(key, span);
            self.store_elem(var, key, span);
        }
        Some(var)
    }

    /// The element type of the list `object`, after checking `index` is an int.
    fn indexed_list(
        &mut self,
        object_ty: Ty,
        index: ExprId,
        span: Span,
    ) -> Option<krait_types::ListVar> {
        let index_ty = self.expr(index);
        match (object_ty, index_ty) {
            (Ty::Never, _) | (_, Ty::Never) => None,
            (Ty::List(var), Ty::Int | Ty::Bool) => Some(var),
            (Ty::List(_), _) => {
                let message = format!("list indices must be integers or slices, not {index_ty}");
                self.error(Code::TypeMismatch, span, message);
                None
            }
            _ => {
                let message = format!(
                    "'{}' object does not support item assignment",
                    self.ty_name(object_ty)
                );
                self.error(Code::TypeMismatch, span, message);
                None
            }
        }
    }

    /// The type of the object of an item assignment `object[i] = v`: a dynamic value that may
    /// be a list or a dict is the one it is, checked when it runs.
    fn item_target(&mut self, object: ExprId, span: Span) -> Ty {
        let object_ty = self.expr(object);
        let use_ = Use {
            wanted: &[Want::List, Want::Dict],
            prefer_first: false,
            before: "TypeError: '",
            after: "' object does not support item assignment".to_owned(),
            span,
            carets: crate::Carets::Whole,
        };
        self.unboxed(object, object_ty, use_)
    }

    fn assign_target(&mut self, target: &Target, ty: Ty) {
        match target {
            Target::Place(place, span) => self.assign_place(*place, ty, *span),
            Target::Index {
                object,
                index,
                span,
            } => {
                let object_ty = self.item_target(*object, *span);
                if let Some(var) = self.stored_dict(object_ty, *index, *span) {
                    if ty != Ty::Never {
                        self.store_value(var, ty, *span);
                    }
                } else if let Ty::Instance {
                    class,
                    nullable: false,
                } = self.expr(*object)
                {
                    let index_ty = self.expr(*index);
                    if self
                        .special(class, "__setitem__", &[index_ty, ty], *span)
                        .is_none()
                    {
                        let message = format!(
                            "'{}' object does not support item assignment",
                            self.infer.program.classes[class.index()].name
                        );
                        self.error(Code::TypeMismatch, *span, message);
                    }
                } else if let Some(var) = self.indexed_list(object_ty, *index, *span) {
                    self.store_elem(var, ty, *span);
                }
            }
            Target::Slice {
                object,
                bounds,
                span,
            } => {
                let object_ty = self.expr(*object);
                self.slice_bounds(bounds);
                match (object_ty, ty) {
                    (Ty::Never, _) | (_, Ty::Never) => {}
                    (Ty::List(_), Ty::List(_)) => {
                        if let Err(both) = self.infer.join(object_ty, ty) {
                            self.unsupported(*span, format!("a list holding {both}"));
                        }
                    }
                    (Ty::List(_), _) => {
                        let message = "can only assign an iterable".to_owned();
                        self.error(Code::TypeMismatch, *span, message);
                    }
                    _ => {
                        let message = format!(
                            "'{}' object does not support item assignment",
                            self.ty_name(object_ty)
                        );
                        self.error(Code::TypeMismatch, *span, message);
                    }
                }
            }
            Target::Attribute { object, attr, span } => {
                self.expr(*object);
                self.assign_field(*object, attr, ty, *span);
            }
            Target::Starred(_, span) => {
                let message = "starred assignment target must be in a list or tuple";
                self.error(Code::TypeMismatch, *span, message.to_owned());
            }
            Target::Tuple(targets, span) => {
                if ty == Ty::Never {
                    return;
                }
                if let Ty::Instance {
                    class,
                    nullable: false,
                } = ty
                    && !self.infer.program.classes[class.index()]
                        .tuple_fields
                        .is_empty()
                {
                    self.unpack_fields(class, targets, *span);
                    return;
                }
                if let Ty::Instance {
                    class,
                    nullable: false,
                } = ty
                    && self.infer.program.method(class, "__iter__").is_some()
                {
                    // What iterating it gives, as a list counted when it runs (a `for`
                    // target; an assignment's value is converted before).
                    let elem = self.iterated(class, *span);
                    let var = self.star_var(*span);
                    if elem != Ty::Never {
                        self.store_elem(var, elem, *span);
                    }
                    let list = Ty::List(self.infer.lists.find(var));
                    self.assign_target(target, list);
                    return;
                }
                let elements = ty.elements();
                let star = targets
                    .iter()
                    .position(|t| matches!(t, Target::Starred(..)));
                if let Ty::List(var) = ty {
                    // Unpacking a list: its length is checked when it runs.
                    let elem = self.infer.lists.elem(var);
                    for (i, target) in targets.iter().enumerate() {
                        match target {
                            Target::Starred(rest, _) if self.infer.is_view(var) => {
                                // A list of its own, not the view (a range, say) it comes from.
                                let rest_var = self.star_var(*span);
                                self.store_elem(rest_var, elem, *span);
                                // Of one element type, as the elements are copied unconverted.
                                let rest_elem = self.infer.lists.elem(rest_var);
                                if rest_elem != elem {
                                    self.store_elem(var, rest_elem, *span);
                                }
                                let rest_ty = Ty::List(self.infer.lists.find(rest_var));
                                self.assign_target(rest, rest_ty);
                            }
                            Target::Starred(rest, _) => {
                                self.assign_target(rest, Ty::List(self.infer.lists.find(var)));
                            }
                            _ if Some(i) != star && elem != Ty::Never => {
                                self.assign_target(target, elem)
                            }
                            _ => {}
                        }
                    }
                    return;
                }
                if let (Some(star), Ty::Tuple(_)) = (star, ty) {
                    let fixed = targets.len() - 1;
                    if elements.len() < fixed {
                        let message = format!(
                            "not enough values to unpack (expected at least {fixed}, got {})",
                            elements.len()
                        );
                        self.error(Code::TypeMismatch, *span, message);
                        return;
                    }
                    let after = targets.len() - star - 1;
                    let rest = &elements[star..elements.len() - after];
                    let var = self.star_var(*span);
                    for &t in rest {
                        self.store_elem(var, t, *span);
                    }
                    for (target, &element) in targets[..star].iter().zip(&elements[..star]) {
                        self.assign_target(target, element);
                    }
                    if let Target::Starred(inner, _) = &targets[star] {
                        self.assign_target(inner, Ty::List(self.infer.lists.find(var)));
                    }
                    for (target, &element) in targets[star + 1..]
                        .iter()
                        .zip(&elements[elements.len() - after..])
                    {
                        self.assign_target(target, element);
                    }
                    return;
                }
                if let (Ty::Object(_), None) = (ty, star) {
                    // Unpacking what iterating it gives, counted when it runs.
                    if let Some(elem) = self.dynamic_items(ty, *span) {
                        for target in targets {
                            self.assign_target(target, elem);
                        }
                    }
                    return;
                }
                if !matches!(ty, Ty::Tuple(_)) {
                    let message = format!("cannot unpack non-iterable {ty} object");
                    self.error(Code::TypeMismatch, *span, message);
                } else if elements.len() > targets.len() {
                    let message = format!("too many values to unpack (expected {})", targets.len());
                    self.error(Code::TypeMismatch, *span, message);
                } else if elements.len() < targets.len() {
                    let message = format!(
                        "not enough values to unpack (expected {}, got {})",
                        targets.len(),
                        elements.len()
                    );
                    self.error(Code::TypeMismatch, *span, message);
                } else {
                    for (target, element) in targets.iter().zip(elements) {
                        self.assign_target(target, element);
                    }
                }
            }
        }
    }

    fn block(&mut self, stmts: &[Stmt]) {
        for stmt in stmts {
            self.stmt(stmt);
            if self.ends_statically(stmt) {
                // What follows cannot run in this instance (and is not typed).
                break;
            }
        }
    }

    /// Whether `stmt` is an `if` whose test the types decide and whose branch that runs
    /// always returns (or raises).
    fn ends_statically(&self, stmt: &Stmt) -> bool {
        let Stmt::If { test, body, orelse } = stmt else {
            return false;
        };
        match self.static_test(*test) {
            Some(true) => terminates(self.func, body),
            Some(false) => terminates(self.func, orelse),
            None => false,
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Expr(expr) => {
                self.expr(*expr);
            }
            Stmt::Assign { targets, value } => {
                let mut ty = self.expr(*value);
                let iterable = match ty {
                    Ty::Gen(_) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Str => true,
                    // A namedtuple unpacks into its fields (`assign_target`).
                    Ty::Instance {
                        class,
                        nullable: false,
                    } => {
                        self.infer.program.method(class, "__iter__").is_some()
                            && self.infer.program.classes[class.index()]
                                .tuple_fields
                                .is_empty()
                    }
                    _ => false,
                };
                if iterable && targets.iter().all(|t| matches!(t, Target::Tuple(..))) {
                    // Unpacking what iterating it gives: a list, counted when it runs.
                    let span = self.func.expr(*value).span;
                    ty = self.generator_as_list(*value, ty, span);
                    ty = self.iterable_as_list(*value, ty, span);
                }
                for target in targets {
                    self.assign_target(target, ty);
                }
            }
            Stmt::AssignTuple { targets, values } => {
                let tys: Vec<_> = values.iter().map(|v| self.expr(*v)).collect();
                for (target, ty) in targets.iter().zip(tys) {
                    self.assign_target(target, ty);
                }
            }
            Stmt::AugAssign {
                place,
                op,
                value,
                span,
            } => {
                let current = match place {
                    Place::Local(local) => match self.res.local_tys[local.index()] {
                        Ty::Cell(var) => self.infer.lists.elem(var),
                        ty => ty,
                    },
                    Place::Global(global) => self.infer.globals[global.index()],
                };
                let rhs = self.expr(*value);
                let ty = self.binary_ty(*op, current, rhs, *value, *span);
                self.assign_place(*place, ty, *span);
            }
            Stmt::AugAssignIndex {
                object,
                index,
                op,
                value,
                span,
            } => {
                if let Ty::Instance {
                    class,
                    nullable: false,
                } = self.expr(*object)
                {
                    let index_ty = self.expr(*index);
                    let rhs = self.expr(*value);
                    let current = self.special(class, "__getitem__", &[index_ty], *span);
                    let Some(current) = current else {
                        let message = format!(
                            "'{}' object is not subscriptable",
                            self.infer.program.classes[class.index()].name
                        );
                        self.error(Code::TypeMismatch, *span, message);
                        return;
                    };
                    let ty = self.binary_ty(*op, current, rhs, *value, *span);
                    self.res.item_results.insert(*value, ty);
                    if self
                        .special(class, "__setitem__", &[index_ty, ty], *span)
                        .is_none()
                    {
                        let message = format!(
                            "'{}' object does not support item assignment",
                            self.infer.program.classes[class.index()].name
                        );
                        self.error(Code::TypeMismatch, *span, message);
                    }
                    return;
                }
                let object_ty = self.item_target(*object, *span);
                if let Some(var) = self.stored_dict(object_ty, *index, *span) {
                    let current = self.infer.lists.value(var);
                    let rhs = self.expr(*value);
                    let ty = self.binary_ty(*op, current, rhs, *value, *span);
                    if ty != Ty::Never {
                        self.store_value(var, ty, *span);
                    }
                    return;
                }
                let var = self.indexed_list(object_ty, *index, *span);
                let rhs = self.expr(*value);
                if let Some(var) = var {
                    let current = self.infer.lists.elem(var);
                    let ty = self.binary_ty(*op, current, rhs, *value, *span);
                    self.store_elem(var, ty, *span);
                }
            }
            Stmt::ForEach {
                target,
                iter,
                enumerate,
                start,
                body,
                orelse,
            } => {
                let iter_ty = self.expr(*iter);
                let iter_span = self.func.expr(*iter).span;
                let use_ = Use {
                    wanted: &[Want::Str, Want::List, Want::Dict, Want::Tuple, Want::Set],
                    prefer_first: false,
                    before: "TypeError: '",
                    after: "' object is not iterable".to_owned(),
                    span: iter_span,
                    carets: crate::Carets::None,
                };
                let iter_ty = self.unboxed(*iter, iter_ty, use_);
                if let Some(start) = start {
                    let start_ty = self.expr(*start);
                    if !matches!(start_ty, Ty::Int | Ty::Bool | Ty::Never) {
                        let message =
                            format!("'{start_ty}' object cannot be interpreted as an integer");
                        self.error(Code::TypeMismatch, self.func.expr(*start).span, message);
                    }
                }
                let elem = match iter_ty {
                    Ty::Never => Ty::Never,
                    Ty::Gen(generator) => self.yielded(generator),
                    Ty::Instance {
                        class,
                        nullable: false,
                    } if self.infer.program.method(class, "__iter__").is_some() => {
                        self.iterated(class, self.func.expr(*iter).span)
                    }
                    Ty::List(var) | Ty::Dict(var) => self.infer.lists.elem(var),
                    Ty::Set(var) | Ty::FrozenSet(var) => {
                        self.infer.ordered_sets = true;
                        self.infer.lists.elem(var)
                    }
                    Ty::Str => Ty::Str,
                    // Its bytes, ints: a loop over the list of them.
                    Ty::Bytes => {
                        self.iterated_as_list(*iter, Ty::Bytes, Ty::Int, iter_span);
                        Ty::Int
                    }
                    Ty::Tuple(_) if iter_ty.homogeneous().is_some() => {
                        iter_ty.homogeneous().expect("checked")
                    }
                    // Elements of several types: the loop variable holds their join.
                    Ty::Tuple(_) => {
                        let span = self.func.expr(*iter).span;
                        match self.tuple_items(iter_ty, span, "iterating over") {
                            Some(elem) => elem,
                            None => return,
                        }
                    }
                    // A str, a list or a dict, decided when it runs: its characters, elements
                    // or keys (dynamic values each).
                    Ty::Object(_) => match self.dynamic_items(iter_ty, iter_span) {
                        Some(elem) => elem,
                        None => return,
                    },
                    _ => {
                        let message = format!("iterating over a {}", self.ty_name(iter_ty));
                        self.unsupported(self.func.expr(*iter).span, message);
                        Ty::Never
                    }
                };
                let item = if *enumerate && elem != Ty::Never {
                    Ty::tuple(&[Ty::Int, elem])
                } else {
                    elem
                };
                if item != Ty::Never {
                    self.assign_target(target, item);
                }
                self.block(body);
                self.block(orelse);
            }
            Stmt::AugAssignAttr {
                object,
                attr,
                op,
                value,
                span,
            } => {
                let current = self.attribute(*object, attr, *span);
                let rhs = self.expr(*value);
                let ty = self.binary_ty(*op, current, rhs, *value, *span);
                self.assign_field(*object, attr, ty, *span);
            }
            Stmt::If { test, body, orelse } => {
                self.condition(*test);
                match self.static_test(*test) {
                    Some(true) => self.block(body),
                    Some(false) => self.block(orelse),
                    None => {
                        let (positive, negated) = self.isinstance_narrowing(*test);
                        let narrowed_block = |this: &mut Self, narrowing, stmts: &[Stmt]| {
                            let pushed = match narrowing {
                                Some((place, want)) if !writes_place(stmts, place) => {
                                    this.narrowed.push((place, want));
                                    true
                                }
                                _ => false,
                            };
                            this.block(stmts);
                            if pushed {
                                this.narrowed.pop();
                            }
                        };
                        narrowed_block(self, positive, body);
                        narrowed_block(self, negated, orelse);
                    }
                }
            }
            Stmt::While { test, body, orelse } => {
                self.condition(*test);
                self.block(body);
                self.block(orelse);
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
                for bound in [start, stop, step] {
                    let ty = self.expr(*bound);
                    if !matches!(ty, Ty::Int | Ty::Bool | Ty::Never) {
                        let span = self.func.expr(*bound).span;
                        let message = format!("'{ty}' object cannot be interpreted as an integer");
                        self.error(Code::TypeMismatch, span, message);
                    }
                }
                let span = self.func.expr(*start).span;
                self.assign_place(*var, Ty::Int, span);
                self.block(body);
                self.block(orelse);
            }
            Stmt::Break | Stmt::Continue | Stmt::Def(_) => {}
            Stmt::Return(value, span) if self.func.generator => {
                let ty = value.map_or(Ty::None, |v| self.expr(v));
                self.generator_returns(ty, *span);
            }
            Stmt::Return(value, span) => {
                let ty = value.map_or(Ty::None, |v| self.expr(v));
                self.returns(ty, *span);
            }
            Stmt::Yield(value) => {
                let ty = self.expr(*value);
                let span = self.func.expr(*value).span;
                self.returns(ty, span);
            }
            Stmt::YieldFrom { each, returned } => {
                self.stmt(each);
                let (returned_ty, span) = match **each {
                    Stmt::ForEach { iter, .. } => {
                        let span = self.func.expr(iter).span;
                        let returned_ty = match self.res.expr(iter) {
                            Ty::Gen(delegate) => {
                                // What this generator is sent, it passes on.
                                let sent = self.res.sent;
                                if sent != Ty::Never {
                                    self.sends(delegate, sent, span);
                                }
                                self.generator_result(delegate).returned
                            }
                            Ty::Never => Ty::Never,
                            _ => Ty::None,
                        };
                        (returned_ty, span)
                    }
                    Stmt::ForRange { range_span, .. } => (Ty::None, range_span),
                    _ => unreachable!("`yield from` is a loop"),
                };
                if let Some(local) = returned {
                    self.assign_place(Place::Local(*local), returned_ty, span);
                }
            }
            Stmt::DelIndex {
                object,
                index,
                span,
            } => {
                let object_ty = self.expr(*object);
                let index_ty = self.expr(*index);
                match object_ty {
                    Ty::Never => {}
                    Ty::Dict(var) => self.check_key(var, index_ty, *span),
                    Ty::Instance { class, .. }
                        if self
                            .special(class, "__delitem__", &[index_ty], *span)
                            .is_some() => {}
                    Ty::List(_) if matches!(index_ty, Ty::Int | Ty::Bool | Ty::Never) => {}
                    Ty::List(_) => {
                        let message =
                            format!("list indices must be integers or slices, not {index_ty}");
                        self.error(Code::TypeMismatch, *span, message);
                    }
                    _ => {
                        let message = format!(
                            "'{}' object does not support item deletion",
                            self.ty_name(object_ty)
                        );
                        self.error(Code::TypeMismatch, *span, message);
                    }
                }
            }
            Stmt::Assert { test, msg, .. } => {
                self.condition(*test);
                if let Some(msg) = msg {
                    self.expr(*msg);
                }
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                for handler in handlers {
                    if let Some(place) = handler.name {
                        let ty = self.caught_ty(&handler.classes);
                        self.assign_place(place, ty, self.func.span);
                    }
                    self.block(&handler.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            Stmt::Reraise | Stmt::SetCause { .. } => {}
            Stmt::With {
                context,
                target,
                body,
            } => {
                let ty = self.expr(*context);
                let span = self.func.expr(*context).span;
                let entered = match ty {
                    Ty::Never => Some(Ty::Never),
                    Ty::Instance {
                        class,
                        nullable: false,
                    } => self.context_manager(class, body, span),
                    _ => None,
                };
                let entered = entered.unwrap_or_else(|| {
                    let message = format!(
                        "'{}' object does not support the context manager protocol",
                        self.ty_name(ty)
                    );
                    self.error(Code::TypeMismatch, span, message);
                    Ty::Never
                });
                if let Some(target) = target {
                    self.assign_target(target, entered);
                }
                self.block(body);
            }
        }
    }

    /// Reports a set element or dict key of a type with no hash.
    fn check_hashable(&mut self, ty: Ty, span: Span) {
        if matches!(ty, Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..)) {
            self.unsupported(span, "functions as dict keys or set members".to_owned());
            return;
        }
        if let Ty::AnyOf { .. } = ty {
            let message = "instances of one of several classes as dict keys or set members";
            self.unsupported(span, message.to_owned());
            return;
        }
        let unhashable = |t: Ty| matches!(t, Ty::List(_) | Ty::Set(_) | Ty::Dict(_));
        if let Ty::FrozenSet(var) = ty {
            let elem = self.infer.lists.elem(var);
            return self.check_hashable(elem, span);
        }
        let bad = match ty {
            Ty::Tuple(_) => ty.elements().into_iter().find(|t| unhashable(*t)),
            _ => unhashable(ty).then_some(ty),
        };
        if let Some(bad) = bad {
            self.error(
                Code::TypeMismatch,
                span,
                format!("unhashable type: '{bad}'"),
            );
        }
        if let Ty::Instance { class, nullable } = ty {
            // A class that defines `__eq__` without `__hash__` is unhashable, as in CPython.
            if self.defines(class, "__eq__") {
                if !self.defines(class, "__hash__") {
                    let name = &self.infer.program.classes[class.index()].name;
                    let message = format!("unhashable type: '{name}'");
                    self.error(Code::TypeMismatch, span, message);
                    return;
                }
                if nullable {
                    let message = "hashing an instance that may be None".to_owned();
                    self.unsupported(span, message);
                    return;
                }
                let ret = self.special(class, "__hash__", &[], span);
                if !matches!(ret, Some(Ty::Int | Ty::Never) | None) {
                    let message = "__hash__ method should return an integer".to_owned();
                    self.error(Code::TypeMismatch, span, message);
                }
                self.compare_instances(CmpOp::Eq, ty, ty, span);
            }
        }
    }

    /// The type of a call of a method of `receiver`, a set or a frozenset.
    fn set_method(&mut self, receiver: Ty, method: &str, args: &[Ty], span: Span) -> Ty {
        let Some(var) = receiver.set_var() else {
            unreachable!("a set method of a {receiver}")
        };
        let mutating = matches!(
            method,
            "add"
                | "pop"
                | "clear"
                | "remove"
                | "discard"
                | "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update"
        );
        if mutating && matches!(receiver, Ty::FrozenSet(_)) {
            let message = format!("'frozenset' object has no attribute '{method}'");
            self.error(Code::TypeMismatch, span, message);
            return Ty::Never;
        }
        if args.contains(&Ty::Never) {
            return Ty::Never;
        }
        if let ([Ty::List(list)], true) = (args, SET_ITERABLE_METHODS.contains(&method)) {
            // An iterable that is no set: what iterating it gives, a list (see
            // `krait_lower`'s `set_method_iterable`), whose items the set may take.
            let item = self.infer.lists.elem(*list);
            if item != Ty::Never {
                self.check_hashable(item, span);
                self.store_elem(var, item, span);
            }
            return match method {
                "union" | "intersection" | "difference" | "symmetric_difference" => {
                    self.infer.canonical(receiver)
                }
                "issubset" | "issuperset" | "isdisjoint" => Ty::Bool,
                _ => Ty::None,
            };
        }
        match (method, args) {
            ("add", [ty]) => {
                self.check_hashable(*ty, span);
                self.store_elem(var, *ty, span);
                Ty::None
            }
            ("union" | "intersection" | "difference" | "symmetric_difference", [other])
                if other.set_var().is_some() =>
            {
                self.join_sets(receiver, *other, span)
            }
            ("issubset" | "issuperset" | "isdisjoint", [other]) if other.set_var().is_some() => {
                let other = other.set_var().expect("checked");
                let (x, y) = (self.infer.lists.elem(var), self.infer.lists.elem(other));
                if x != Ty::Never && y != Ty::Never && x != y {
                    let message = format!("comparing a set of {x} with a set of {y}");
                    self.unsupported(span, message);
                }
                Ty::Bool
            }
            ("pop", []) => {
                self.infer.ordered_sets = true;
                self.infer.lists.elem(var)
            }
            ("clear", []) => Ty::None,
            ("copy", []) => self.infer.canonical(receiver),
            (
                "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update",
                [other],
            ) if other.set_var().is_some() => match self.join_sets(receiver, *other, span) {
                Ty::Never => Ty::Never,
                _ => Ty::None,
            },
            ("remove" | "discard", [ty]) => {
                self.check_hashable(*ty, span);
                if let (Ty::Instance { .. }, "remove") = (ty, method) {
                    self.check_formattable_as(*ty, true, span);
                }
                let elem = self.infer.lists.elem(var);
                let fits = |joined: Result<Ty, String>| {
                    joined.is_ok_and(|t| !t.is_object() || elem.is_object())
                };
                if elem != Ty::Never && !fits(self.infer.join(elem, *ty)) {
                    self.unsupported(span, format!("removing a {ty} from a set of {elem}"));
                }
                Ty::None
            }
            _ => {
                self.unsupported(
                    span,
                    format!("the set method `{method}` with these arguments"),
                );
                Ty::Never
            }
        }
    }

    /// What an operation of the set or frozenset `receiver` with the set or frozenset `other`
    /// builds: their elements join, and the result is of the receiver's type, as in CPython.
    fn join_sets(&mut self, receiver: Ty, other: Ty, span: Span) -> Ty {
        let (Some(a), Some(b)) = (receiver.set_var(), other.set_var()) else {
            unreachable!("sets")
        };
        match self.join_or_refuse(Ty::Set(a), Ty::Set(b), span, |both| {
            format!("a set holding {both}")
        }) {
            Some(Ty::Set(var)) if matches!(receiver, Ty::FrozenSet(_)) => Ty::FrozenSet(var),
            Some(joined) => joined,
            None => Ty::Never,
        }
    }

    /// The type of a call of a str method: its runtime function's return type.
    /// `str.encode()` or `bytes.decode()` (giving `result`), of UTF-8 alone: no argument, or
    /// a literal naming it.
    fn codec_method(&mut self, args: &[ExprId], result: Ty, span: Span) -> Ty {
        let utf8 = match args {
            [] => true,
            [encoding] => matches!(&self.func.expr(*encoding).kind, ExprKind::Str(name)
                if matches!(name.to_ascii_lowercase().replace('_', "-").as_str(), "utf-8" | "utf8")),
            _ => false,
        };
        if !utf8 {
            self.unsupported(span, "an encoding other than UTF-8".to_owned());
            return Ty::Never;
        }
        result
    }

    fn str_method(&mut self, id: ExprId, method: &str, args: &[Ty], span: Span) -> Ty {
        let Some((name, skip_first, _)) = crate::str_method(method, args) else {
            let message = if crate::str_method(method, &[Ty::Str]).is_some()
                || crate::str_method(method, &[]).is_some()
            {
                format!("str.{method}() does not take {} arguments", args.len())
            } else {
                format!("'str' object has no attribute '{method}'")
            };
            self.error(Code::BadCall, span, message);
            return Ty::Never;
        };
        if args.contains(&Ty::Never) {
            return Ty::Never;
        }
        let callee = self.infer.runtime[name];
        let params = self.infer.instances[callee.index()].args.clone();
        let args = if skip_first { &args[1..] } else { args };
        for (i, (&arg, &param)) in args.iter().zip(&params[1..]).enumerate() {
            let affix = matches!(method, "startswith" | "endswith") && i == 0;
            let strs = arg.elements();
            if affix && !strs.is_empty() && strs.iter().all(|t| *t == Ty::Str) {
                continue;
            }
            if !crate::conforms(arg, param) {
                let message = format!(
                    "argument {} of str.{method}() must be {param}, not {arg}",
                    i + 1
                );
                self.error(Code::TypeMismatch, span, message);
                return Ty::Never;
            }
        }
        self.res.callees.insert(id, callee);
        if callee == self.id {
            self.res.ret
        } else {
            self.infer.results[callee.index()].ret
        }
    }

    /// The type of a call of a list method.
    fn list_method(
        &mut self,
        var: krait_types::ListVar,
        method: &str,
        args: &[Ty],
        span: Span,
    ) -> Ty {
        if args.contains(&Ty::Never) {
            return Ty::Never;
        }
        match (method, args) {
            ("append", [ty]) => {
                self.store_elem(var, *ty, span);
                Ty::None
            }
            ("extend", [Ty::List(other)]) => {
                let elem = self.infer.lists.elem(*other);
                self.store_elem(var, elem, span);
                Ty::None
            }
            ("pop", []) | ("pop", [Ty::Int | Ty::Bool]) => self.infer.lists.elem(var),
            ("insert", [Ty::Int | Ty::Bool, ty]) => {
                self.store_elem(var, *ty, span);
                Ty::None
            }
            ("remove" | "index" | "count", [ty]) => {
                if let (Ty::Instance { .. }, "index") = (ty, method) {
                    self.check_formattable_as(*ty, true, span);
                }
                let elem = self.infer.lists.elem(var);
                if elem != Ty::Never {
                    self.check_compare(CmpOp::Eq, *ty, elem, span);
                }
                if method == "remove" {
                    Ty::None
                } else {
                    Ty::Int
                }
            }
            ("reverse" | "clear", []) => Ty::None,
            ("copy", []) => Ty::List(self.infer.lists.find(var)),
            _ => {
                self.unsupported(
                    span,
                    format!("the list method `{method}` with these arguments"),
                );
                Ty::Never
            }
        }
    }

    /// Whether exceptions of `class`'s hierarchy are made with arguments of different types,
    /// which `e.args` (at `span`) cannot give; reports it.
    fn mixed_args(&mut self, class: krait_types::ClassId, span: Span) -> bool {
        let root = self.infer.program.root_class(class);
        if !self.infer.mixed_args.contains(&root) {
            return false;
        }
        let name = &self.infer.program.classes[root.index()].name;
        let feature =
            format!("`e.args` of `{name}` exceptions made with arguments of different types");
        self.unsupported(span, feature);
        true
    }

    /// The type of `e.args`, for `e` the variable of an `except` clause: the arguments' tuple
    /// of every exception it can catch (a built-in exception raised by an operation has one
    /// str argument), which must be of one type.
    fn exception_args(&mut self, value: ExprId, span: Span) -> Ty {
        let program = self.infer.program;
        let classes = match self.func.expr(value).kind {
            ExprKind::Local(local) => handler_classes(self.func, local),
            _ => None,
        };
        let Some(classes) = classes else {
            let feature = "`args` of an exception other than the one an `except ... as` names";
            self.unsupported(span, feature.to_owned());
            return Ty::Never;
        };
        let mut ty = Ty::Never;
        if classes.is_empty() || classes.iter().any(|c| matches!(c, ExcClass::Builtin(_))) {
            ty = Ty::tuple(&[Ty::Str]);
        }
        for (i, class) in program.classes.iter().enumerate() {
            let id = krait_types::ClassId(i as u32);
            let Some(builtin) = class.exception else {
                continue;
            };
            let caught = classes.is_empty()
                || classes.iter().any(|&c| match c {
                    ExcClass::Builtin(b) => builtin.is_subclass(b),
                    ExcClass::User(u) => program.is_subclass(id, u),
                });
            if !caught {
                continue;
            }
            if self.mixed_args(id, span) {
                return Ty::Never;
            }
            let args = self.field(id, krait_hir::EXCEPTION_ARGS_TUPLE);
            let refuse = |both: &str| {
                format!(
                    "`e.args` of exceptions made with arguments of different types ({both}; a built-in exception raised by an operation has one str argument)"
                )
            };
            let joined = match self.infer.join(ty, args) {
                Ok(Ty::Object(_)) => Err(format!("both {} and {}", ty.describe(), args.describe())),
                joined => joined,
            };
            match joined {
                Ok(joined) => ty = joined,
                Err(both) => {
                    self.unsupported(span, refuse(&both));
                    return Ty::Never;
                }
            }
        }
        ty
    }

    /// The type of `value.attr`.
    fn attribute(&mut self, value: ExprId, attr: &str, span: Span) -> Ty {
        let value_ty = self.expr(value);
        let value_ty = match value_ty {
            // A dynamic value: the instance it may be, checked when it runs (AttributeError
            // when it is none, as CPython's).
            Ty::Object(_) => {
                let use_ = Use {
                    wanted: &[Want::Instance],
                    prefer_first: true,
                    before: "AttributeError: '",
                    after: format!("' object has no attribute '{attr}'"),
                    span,
                    carets: crate::Carets::Whole,
                };
                self.unboxed_instance(value, value_ty, attr, use_)
            }
            _ => value_ty,
        };
        match value_ty {
            // AttributeError when it runs (typically never: the code is guarded).
            Ty::Never | Ty::None => Ty::Never,
            Ty::ExcType if attr == "__name__" => Ty::Str,
            ty @ Ty::Funcs(_) if attr == "__name__" && ty.may_be_none_func() => {
                self.unsupported(span, "`__name__` of a function that may be None".to_owned());
                Ty::Never
            }
            Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..) if attr == "__name__" => Ty::Str,
            Ty::Instance { class, .. } if is_exception_args(self.infer.program, class, attr) => {
                if self.mixed_args(class, span) {
                    return Ty::Never;
                }
                let tuple = krait_hir::EXCEPTION_ARGS_TUPLE;
                self.infer
                    .field_reads
                    .entry((class, tuple.to_owned()))
                    .or_insert(span);
                self.field(class, tuple)
            }
            Ty::Instance { class, nullable } => {
                if self.infer.program.is_property(class, attr) {
                    if nullable {
                        let message = "a property of an instance that may be None".to_owned();
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                    return self.special(class, attr, &[], span).unwrap_or(Ty::Never);
                }
                if self.infer.program.method(class, attr).is_some() {
                    let bound = (self.infer.program.bound_methods.iter())
                        .find(|(name, _)| name == attr)
                        .map(|&(_, f)| f);
                    let (Some(func), false) = (bound, nullable) else {
                        let feature = "a method of an instance that may be None as a value";
                        self.unsupported(span, feature.to_owned());
                        return Ty::Never;
                    };
                    // A function capturing the receiver.
                    let receiver = Ty::Instance {
                        class,
                        nullable: false,
                    };
                    return Ty::closure(krait_types::FuncRef(func.0), &[receiver]);
                }
                match crate::class_attribute(self.infer.program, class, attr) {
                    Ok(groups) if !groups.is_empty() => {
                        let mut ty = Ty::Never;
                        for (_, global) in groups {
                            let global_ty = self.infer.globals[global.index()];
                            let Some(joined) = self.join_or_refuse(ty, global_ty, span, |both| {
                                format!("class attribute `{attr}` holding {both}")
                            }) else {
                                return Ty::Never;
                            };
                            ty = joined;
                        }
                        return ty;
                    }
                    Ok(_) => {}
                    Err(feature) => {
                        self.unsupported(span, feature);
                        return Ty::Never;
                    }
                }
                self.infer
                    .field_reads
                    .entry((class, attr.to_owned()))
                    .or_insert(span);
                self.field(class, attr)
            }
            Ty::AnyOf { .. } => {
                // Each class's attribute, by the class the object has.
                let program = self.infer.program;
                let mut ty = Ty::Never;
                for class in value_ty.classes() {
                    let plain_field = !program.is_property(class, attr)
                        && program.method(class, attr).is_none()
                        && crate::class_attribute(program, class, attr)
                            .is_ok_and(|groups| groups.is_empty());
                    if !plain_field {
                        let message = format!(
                            "the attribute `{attr}` of one of several classes, when it is not set by `__init__`"
                        );
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                    self.infer
                        .field_reads
                        .entry((class, attr.to_owned()))
                        .or_insert(span);
                    let field = self.field(class, attr);
                    let Some(joined) = self.join_or_refuse(ty, field, span, |both| {
                        format!("the attribute `{attr}` holding {both}")
                    }) else {
                        return Ty::Never;
                    };
                    ty = joined;
                }
                ty
            }
            Ty::Exc if attr == "__class__" => Ty::ExcType,
            Ty::Exc if attr == "args" => self.exception_args(value, span),
            Ty::Exc => {
                let feature = format!(
                    "the attribute `{attr}` of a caught exception (what it is differs between exceptions, until the dynamic fallback lands)"
                );
                self.unsupported(span, feature);
                Ty::Never
            }
            _ => {
                let message = format!(
                    "'{}' object has no attribute '{attr}'",
                    self.ty_name(value_ty)
                );
                self.error(Code::TypeMismatch, span, message);
                Ty::Never
            }
        }
    }

    /// Checks a value of type `ty` can be converted to str (`repr` for `repr()` and `!r`), and
    /// instantiates the `__str__` and `__repr__` methods that converting instances calls. An
    /// instance whose class has neither is not supported: the default repr shows an address.
    fn check_formattable(&mut self, ty: Ty, span: Span) {
        self.check_formattable_as(ty, false, span);
    }

    fn check_formattable_as(&mut self, ty: Ty, repr: bool, span: Span) {
        if let Some(feature) = self.unformattable(ty, repr, &mut Vec::new(), span) {
            self.unsupported(span, format!("converting {feature} to str"));
        }
    }

    /// Instantiates, for every class an instance of `class` can be, the method that
    /// `str()` (or `repr()`) of it calls; the name of the missing one when a class has none.
    fn instance_formatters(
        &mut self,
        class: krait_types::ClassId,
        repr: bool,
        span: Span,
    ) -> Option<&'static str> {
        let program = self.infer.program;
        for k in program.subclasses(class) {
            let method = if repr {
                program.method(k, "__repr__")
            } else {
                program
                    .method(k, "__str__")
                    .or_else(|| program.method(k, "__repr__"))
            };
            let Some(method) = method else {
                return Some(if repr {
                    "instances of classes without `__repr__`"
                } else {
                    "instances of classes without `__str__` or `__repr__`"
                });
            };
            let krait_hir::FuncKind::Method(defining) = program.func(method).kind else {
                unreachable!("methods are of their class")
            };
            if program.func(method).params.len() != 1 {
                let message = format!(
                    "{}() takes {} positional arguments but 1 was given",
                    program.func(method).name,
                    program.func(method).params.len()
                );
                self.error(Code::BadCall, span, message);
                continue;
            }
            let receiver = Ty::Instance {
                class: defining,
                nullable: false,
            };
            let callee = self.infer.instantiate(method, vec![receiver]);
            self.infer.first_calls.entry(callee).or_insert(span);
            self.infer.formatters.insert((k, repr), callee);
            let ret = if callee == self.id {
                self.res.ret
            } else {
                self.infer.results[callee.index()].ret
            };
            if !matches!(ret, Ty::Str | Ty::Never) {
                let message = format!(
                    "{}() returned non-string (type {})",
                    program.func(method).name,
                    self.ty_name(ret)
                );
                self.error(Code::TypeMismatch, span, message);
            }
        }
        None
    }

    /// What in a value of type `ty` cannot be converted to str yet; `outer` holds the lists
    /// it is inside of (a list that contains itself, as its type says, is not supported).
    fn unformattable(
        &mut self,
        ty: Ty,
        repr: bool,
        outer: &mut Vec<krait_types::ListVar>,
        span: Span,
    ) -> Option<&'static str> {
        match ty {
            Ty::Instance { class, .. } => self.instance_formatters(class, repr, span),
            Ty::AnyOf { .. } => ty
                .classes()
                .into_iter()
                .find_map(|class| self.instance_formatters(class, repr, span)),
            Ty::Set(var) | Ty::FrozenSet(var) => {
                self.infer.ordered_sets = true;
                let elem = self.infer.lists.elem(var);
                self.unformattable(elem, true, outer, span)
            }
            // Exceptions of the program's classes are shown by their `__repr__`.
            Ty::Exc if repr => {
                let program = self.infer.program;
                (0..program.classes.len() as u32)
                    .map(krait_types::ClassId)
                    .filter(|c| {
                        let class = &program.classes[c.index()];
                        class.exception.is_some() && class.base.is_none()
                    })
                    .find_map(|root| self.instance_formatters(root, true, span))
            }
            Ty::Gen(_) => Some("generators (their repr shows an address)"),
            Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..) => {
                Some("functions (their repr shows an address)")
            }
            Ty::Tuple(_) => ty
                .elements()
                .into_iter()
                .find_map(|t| self.unformattable(t, true, outer, span)),
            Ty::List(var) if self.infer.is_view(var) => Some(
                "dict views, ranges or zip, reversed, map or filter objects (krait makes them lists)",
            ),
            Ty::List(var) | Ty::Dict(var) => {
                let var = self.infer.lists.find(var);
                if outer.contains(&var) {
                    return Some("lists or dicts that may contain themselves");
                }
                if let (Ty::Dict(_), Some(crate::DictDefault::Lambda(_))) =
                    (ty, self.infer.lists.missing(var))
                {
                    return Some("defaultdicts of lambdas (their repr shows an address)");
                }
                outer.push(var);
                let elem = self.infer.lists.elem(var);
                let mut found = self.unformattable(elem, true, outer, span);
                if let Ty::Dict(_) = ty {
                    let value = self.infer.lists.value(var);
                    found = found.or_else(|| self.unformattable(value, true, outer, span));
                }
                outer.pop();
                found
            }
            // The runtime shows instances by the methods `Typeck::formatters` gives it, and
            // a list's or a dict's dynamic values by their repr.
            Ty::Object(mask) => {
                let classes = mask.classes().into_iter();
                let found = classes
                    .map(|class| self.instance_formatters(class, repr, span))
                    .find(Option::is_some)
                    .flatten();
                if found.is_some() {
                    return found;
                }
                // The dynamic values inside (the runtime shows nested ones, even a list
                // inside itself).
                for var in [mask.list(), mask.dict()].into_iter().flatten() {
                    let var = self.infer.lists.find(var);
                    if outer.contains(&var) {
                        continue;
                    }
                    outer.push(var);
                    let (elem, value) = (self.infer.lists.elem(var), self.infer.lists.value(var));
                    let found = [elem, value]
                        .into_iter()
                        .filter(|t| t.is_object())
                        .find_map(|t| self.unformattable(t, true, outer, span));
                    outer.pop();
                    if found.is_some() {
                        return found;
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// Types the call of special method `name` that an operation makes on an instance of
    /// `class` (whichever class of its hierarchy it is), with an argument of type `arg`: the
    /// joined return type, or None when no class of the hierarchy defines the method.
    pub(crate) fn special(
        &mut self,
        class: krait_types::ClassId,
        name: &str,
        args: &[Ty],
        span: Span,
    ) -> Option<Ty> {
        let program = self.infer.program;
        let classes = program.subclasses(class);
        let impls: Vec<_> = classes.iter().map(|&k| program.method(k, name)).collect();
        if impls.iter().all(Option::is_none) {
            return None;
        }
        if impls.iter().any(Option::is_none) {
            let message = format!("`{name}` defined by only some classes of a hierarchy");
            self.unsupported(span, message);
            return Some(Ty::Never);
        }
        if args.contains(&Ty::Never) {
            return Some(Ty::Never);
        }
        let mut ret = Ty::Never;
        for (&k, method) in classes.iter().zip(impls) {
            let method = method.expect("checked");
            let krait_hir::FuncKind::Method(defining) = program.func(method).kind else {
                unreachable!("methods are of their class")
            };
            let n_params = program.func(method).params.len();
            let given = 1 + args.len();
            if n_params != given {
                let message = format!(
                    "{name}() takes {n_params} positional argument{} but {given} were given",
                    if n_params == 1 { "" } else { "s" }
                );
                self.error(Code::BadCall, span, message);
                return Some(Ty::Never);
            }
            let mut call_args = vec![Ty::Instance {
                class: defining,
                nullable: false,
            }];
            call_args.extend(args);
            let callee = self.infer.instantiate(method, call_args);
            self.infer.first_calls.entry(callee).or_insert(span);
            self.infer
                .specials
                .insert((k, name.to_owned(), crate::special_key(args)), callee);
            let callee_ret = self.call_result(method, callee);
            let Some(joined) = self.join_or_refuse(ret, callee_ret, span, |both| {
                format!("`{name}` methods returning {both}")
            }) else {
                return Some(Ty::Never);
            };
            ret = joined;
        }
        Some(ret)
    }

    /// Whether a class of the hierarchy of `class` defines method `name`.
    fn defines(&self, class: krait_types::ClassId, name: &str) -> bool {
        let program = self.infer.program;
        program
            .subclasses(class)
            .iter()
            .any(|&k| program.method(k, name).is_some())
    }

    /// Types a binary operator with an instance operand: the left operand's method, else the
    /// right one's reflected method.
    fn instance_binary(&mut self, op: BinOp, l: Ty, r: Ty, span: Span) -> Ty {
        let (name, reflected) = op.dunders();
        for (operand, method, arg) in [(l, name, r), (r, reflected, l)] {
            let Ty::Instance { class, nullable } = operand else {
                continue;
            };
            if !self.defines(class, method) {
                continue;
            }
            if nullable {
                let message = format!("calling `{method}` on an instance that may be None");
                self.unsupported(span, message);
                return Ty::Never;
            }
            return self
                .special(class, method, &[arg], span)
                .unwrap_or(Ty::Never);
        }
        let message = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.ty_name(l),
            self.ty_name(r)
        );
        self.error(Code::TypeMismatch, span, message);
        Ty::Never
    }

    /// Types a rich comparison with an instance operand through its class's special methods
    /// (the left operand's, else the right one's reflection; `!=` falls back on `__eq__`).
    /// False when no method applies, and `==`/`!=` compare identity.
    fn compare_instances(&mut self, op: CmpOp, lhs: Ty, rhs: Ty, span: Span) -> bool {
        let Some((name, reflected)) = op.dunders() else {
            return false;
        };
        let mut attempts = Vec::new();
        if let Ty::Instance { class, nullable } = lhs {
            attempts.push((class, nullable, name, rhs));
            if op == CmpOp::NotEq {
                attempts.push((class, nullable, "__eq__", rhs));
            }
        }
        if let Ty::Instance { class, nullable } = rhs {
            attempts.push((class, nullable, reflected, lhs));
            if op == CmpOp::NotEq {
                attempts.push((class, nullable, "__eq__", lhs));
            }
        }
        for (class, nullable, method, arg) in attempts {
            if !self.defines(class, method) {
                continue;
            }
            if nullable {
                let message = format!("calling `{method}` on an instance that may be None");
                self.unsupported(span, message);
                return true;
            }
            if let Some(ret) = self.special(class, method, &[arg], span) {
                if !matches!(ret, Ty::Bool | Ty::Never) {
                    let message = format!("a `{method}` that returns a {}", self.ty_name(ret));
                    self.unsupported(span, message);
                }
            }
            return true;
        }
        false
    }

    /// Types the truth test of an instance: `__bool__`, else `__len__`, else always true.
    fn instance_truth(&mut self, ty: Ty, span: Span) {
        if let Ty::AnyOf { .. } = ty {
            let program = self.infer.program;
            let defines_truth = ty.classes().into_iter().any(|root| {
                program.subclasses(root).into_iter().any(|k| {
                    program.method(k, "__bool__").is_some()
                        || program.method(k, "__len__").is_some()
                })
            });
            if defines_truth {
                let message = "the truth value of an instance of one of several classes that define `__bool__` or `__len__`";
                self.unsupported(span, message.to_owned());
            }
            return;
        }
        let Ty::Instance { class, nullable } = ty else {
            return;
        };
        if !self.defines(class, "__bool__") && !self.defines(class, "__len__") {
            return;
        }
        if nullable {
            self.unsupported(
                span,
                "the truth value of an instance that may be None".to_owned(),
            );
            return;
        }
        let (name, expected) = if self.defines(class, "__bool__") {
            ("__bool__", Ty::Bool)
        } else {
            ("__len__", Ty::Int)
        };
        if let Some(ret) = self.special(class, name, &[], span) {
            if !matches!(ret, Ty::Never) && ret != expected {
                let message = format!(
                    "{name} should return {}, returned {}",
                    expected.python_name(),
                    self.ty_name(ret)
                );
                self.error(Code::TypeMismatch, span, message);
            }
        }
    }

    /// The join of the element types of `tuple`, a tuple of several, which taking its elements
    /// one by one gives (`Infer::iter_elems`); None after reporting they do not join.
    fn tuple_items(&mut self, tuple: Ty, span: Span, use_: &str) -> Option<Ty> {
        let mut elem = Ty::Never;
        for element in tuple.elements() {
            elem = self.join_or_refuse(elem, element, span, |both| {
                format!("{use_} a tuple of {both}")
            })?;
        }
        self.infer.iter_elems.insert(tuple, elem);
        Some(elem)
    }

    /// Whether `value`, an operand of `and` (`or`), ends it whatever else happens: its type
    /// makes it false (true), so the operands after it never run (and are not typed).
    fn decides(&self, op: krait_hir::LogicalOp, value: ExprId) -> bool {
        self.static_test(value) == Some(op == krait_hir::LogicalOp::Or)
    }

    /// An expression used for its truth value.
    fn condition(&mut self, expr: ExprId) {
        // `a and b` tested for truth needs no common type: each operand is tested in turn.
        if let ExprKind::Logical { op, values } = &self.func.expr(expr).kind {
            for &value in values {
                self.condition(value);
                if self.decides(*op, value) {
                    break;
                }
            }
            let ty = if values.iter().any(|v| self.res.expr(*v) == Ty::Never) {
                Ty::Never
            } else {
                Ty::Bool
            };
            self.res.expr_tys[expr.index()] = ty;
            return;
        }
        let ty = self.expr(expr);
        self.instance_truth(ty, self.func.expr(expr).span);
        if ty == Ty::Argv {
            self.unsupported(
                self.func.expr(expr).span,
                "the truth value of `sys.argv`".to_owned(),
            );
        }
    }

    fn expr(&mut self, id: ExprId) -> Ty {
        let ty = self.expr_kind(id);
        self.res.expr_tys[id.index()] = ty;
        ty
    }

    fn expr_kind(&mut self, id: ExprId) -> Ty {
        let func = self.func;
        let expr = func.expr(id);
        let span = expr.span;
        match &expr.kind {
            ExprKind::Sent => {
                // next() sends None: where None has no place in what send() gives, a yield
                // resumed by next() raises (see krait_lower's `generator`).
                // A yield that send() gives ints or strs stays typed (not dynamic) for them.
                let sent = self.res.sent;
                match self.infer.join(sent, Ty::None) {
                    Ok(Ty::Object(_)) | Err(_) => sent,
                    Ok(ty) => ty,
                }
            }
            ExprKind::Int(_) => Ty::Int,
            ExprKind::Float(_) => Ty::Float,
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::None => Ty::None,
            ExprKind::Str(_) => Ty::Str,
            ExprKind::Bytes(_) => Ty::Bytes,
            ExprKind::Local(local) => match self.res.local_tys[local.index()] {
                Ty::Cell(var) => self.infer.lists.elem(var),
                ty => ty,
            },
            ExprKind::CellRef(local) => self.res.local_tys[local.index()],
            ExprKind::Global(global) => self.infer.globals[global.index()],
            ExprKind::SysArgv => Ty::Argv,
            ExprKind::AssignExpr { place, value } => {
                let ty = self.expr(*value);
                self.assign_place(*place, ty, span);
                ty
            }
            ExprKind::New(class) => Ty::Instance {
                class: *class,
                nullable: false,
            },
            ExprKind::Attribute { value, attr } => self.attribute(*value, attr, span),
            ExprKind::MethodCall {
                receiver,
                method,
                args,
                keywords,
            } => {
                let receiver_ty = self.expr(*receiver);
                // CPython blames `receiver.method` for a missing attribute.
                let attribute = self
                    .func
                    .expr(*receiver)
                    .span
                    .extended(1 + method.len() as u32);
                // A method of the program's classes, on a value that may be an instance.
                let program = self.infer.program;
                let instance_method = match receiver_ty {
                    Ty::Object(mask) => mask
                        .classes()
                        .into_iter()
                        .flat_map(|c| program.subclasses(c))
                        .any(|k| program.method(k, method).is_some()),
                    _ => false,
                };
                let owners = method_owners(method);
                if let Ty::Object(mask) = receiver_ty
                    && !instance_method
                    && self.narrowing(*receiver).is_none()
                {
                    let several: Vec<Ty> = mask
                        .types()
                        .into_iter()
                        .filter(|&t| owners.contains(&Want::of(t)))
                        .collect();
                    if let [first, .., last] = several[..] {
                        let message = format!(
                            "`.{method}()` of a value that may be a {} or a {} (it would have to dispatch on the type when it runs)",
                            first.describe(),
                            last.describe()
                        );
                        self.unsupported(attribute, message);
                        return Ty::Never;
                    }
                }
                let use_ = Use {
                    wanted: if instance_method {
                        &[Want::Instance]
                    } else {
                        owners
                    },
                    prefer_first: true,
                    before: "AttributeError: '",
                    after: format!("' object has no attribute '{method}'"),
                    span: attribute,
                    carets: crate::Carets::Whole,
                };
                let receiver_ty = if instance_method {
                    self.unboxed_instance(*receiver, receiver_ty, method, use_)
                } else {
                    self.unboxed(*receiver, receiver_ty, use_)
                };
                let arg_tys: Vec<_> = args
                    .iter()
                    .map(|&a| {
                        let ty = self.expr(a);
                        // The methods of builtin types that consume an iterable to its end.
                        let consumes = matches!(method.as_str(), "join" | "extend")
                            || SET_ITERABLE_METHODS.contains(&method.as_str());
                        if matches!(receiver_ty, Ty::Instance { .. }) || !consumes {
                            ty
                        } else if receiver_ty.set_var().is_some()
                            && matches!(ty, Ty::Str | Ty::Tuple(_))
                        {
                            // A set method takes a str's or tuple's items as a list.
                            self.iterable_as_list(a, ty, span)
                        } else {
                            self.generator_as_list(a, ty, span)
                        }
                    })
                    .collect();
                if let (Ty::List(var), "sort", []) = (receiver_ty, method.as_str(), &args[..]) {
                    let elem = self.infer.lists.elem(var);
                    self.sort_keywords(elem, keywords, span);
                    return Ty::None;
                }
                let keyword_tys: Vec<Ty> = keywords.iter().map(|k| self.expr(k.value)).collect();
                if let (Some(keyword), false) = (
                    keywords.first(),
                    matches!(receiver_ty, Ty::Instance { .. } | Ty::Never | Ty::None),
                ) {
                    let message = format!(
                        "keyword arguments to the methods of {}",
                        self.ty_name(receiver_ty)
                    );
                    self.unsupported(keyword.span, message);
                    return Ty::Never;
                }
                // `obj.method(*args, **kwargs)` of the program's classes.
                let starred = args
                    .iter()
                    .find(|&&a| matches!(self.func.expr(a).kind, ExprKind::Starred(_)));
                let (arg_tys, keywords, keyword_tys, unpacked) = if starred.is_some()
                    || keywords.iter().any(|k| k.name.is_empty())
                {
                    if let (Some(&arg), false) = (
                        starred,
                        matches!(receiver_ty, Ty::Instance { .. } | Ty::Never | Ty::None),
                    ) {
                        let message = format!(
                            "`*` unpacking in calls of the methods of {}",
                            self.ty_name(receiver_ty)
                        );
                        self.unsupported(self.func.expr(arg).span, message);
                        return Ty::Never;
                    }
                    let Some(unpacking) = self.unpacking(args, &arg_tys, keywords, &keyword_tys)
                    else {
                        return Ty::Never;
                    };
                    (
                        unpacking.positional,
                        unpacking.keywords,
                        unpacking.keyword_tys,
                        unpacking.unpacked,
                    )
                } else {
                    (arg_tys, keywords.clone(), keyword_tys, Unpacked::default())
                };
                let keywords = &keywords;
                let class = match receiver_ty {
                    // AttributeError when it runs.
                    Ty::Never | Ty::None => return Ty::Never,
                    Ty::Gen(_) if method == "close" && arg_tys.is_empty() => return Ty::None,
                    Ty::Gen(generator) if method == "send" && arg_tys.len() == 1 => {
                        self.sends(generator, arg_tys[0], span);
                        return self.yielded(generator);
                    }
                    Ty::Gen(_) => {
                        let feature = format!("the generator method `{method}`");
                        self.unsupported(span, feature);
                        return Ty::Never;
                    }
                    Ty::List(var) => return self.list_method(var, method, &arg_tys, span),
                    Ty::Set(_) | Ty::FrozenSet(_) => {
                        return self.set_method(receiver_ty, method, &arg_tys, span);
                    }
                    Ty::Dict(var) => return self.dict_method(id, var, method, &arg_tys, span),
                    Ty::Str if method == "join" => {
                        return match arg_tys[..] {
                            [Ty::Never] => Ty::Never,
                            [Ty::List(var)]
                                if matches!(self.infer.lists.elem(var), Ty::Str | Ty::Never) =>
                            {
                                Ty::Str
                            }
                            // Dynamic values, each checked to be a str when it runs.
                            [Ty::List(var)] if self.infer.lists.elem(var).is_object() => Ty::Str,
                            [Ty::Object(_)] => Ty::Str,
                            [Ty::Str] => Ty::Str,
                            [tuple @ Ty::Tuple(_)]
                                if matches!(tuple.homogeneous(), Some(Ty::Str | Ty::Never)) =>
                            {
                                Ty::Str
                            }
                            _ => {
                                let message = "str.join() takes a list of str here".to_owned();
                                self.unsupported(span, message);
                                Ty::Never
                            }
                        };
                    }
                    Ty::Str if method == "encode" => {
                        return self.codec_method(args, Ty::Bytes, span);
                    }
                    Ty::Bytes if method == "decode" => {
                        return self.codec_method(args, Ty::Str, span);
                    }
                    Ty::Bytes => {
                        self.unsupported(span, format!("the bytes method `{method}`"));
                        return Ty::Never;
                    }
                    Ty::Str => return self.str_method(id, method, &arg_tys, span),
                    Ty::Int | Ty::Bool if matches!(method.as_str(), "bit_length" | "bit_count") => {
                        if !arg_tys.is_empty() {
                            let message = format!(
                                "int.{method}() takes no arguments ({} given)",
                                arg_tys.len()
                            );
                            self.error(Code::BadCall, span, message);
                        }
                        return Ty::Int;
                    }
                    Ty::AnyOf { .. } => {
                        let call = MethodCall {
                            arg_tys: &arg_tys,
                            keywords,
                            keyword_tys: &keyword_tys,
                            unpacked,
                            span,
                        };
                        return self.any_of_method(id, receiver_ty, method, call);
                    }
                    Ty::Instance { class, .. } => class,
                    _ => {
                        let message =
                            format!("the `{method}` method of {}", self.ty_name(receiver_ty));
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                };
                let program = self.infer.program;
                if program.is_static(class, method) {
                    // A static method takes no receiver; every class must have the same one.
                    let func_id = program.method(class, method).expect("a static method");
                    if program
                        .subclasses(class)
                        .iter()
                        .any(|&k| program.method(k, method) != Some(func_id))
                    {
                        self.unsupported(span, "overriding static methods".to_owned());
                        return Ty::Never;
                    }
                    // A class method names the class it is defined in: the receiver's class
                    // must be that one, and no subclass's instance may be the receiver.
                    if program.is_class_method(class, method)
                        && (program.subclasses(class).len() > 1
                            || !program.classes[class.index()]
                                .class_methods
                                .iter()
                                .any(|m| m == method))
                    {
                        let message =
                            "a classmethod called on an instance of a class with subclasses or inheriting it"
                                .to_owned();
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                    let Some(call_tys) = self.bind_method(
                        id,
                        func_id,
                        0,
                        0,
                        &arg_tys,
                        unpacked,
                        &[],
                        keywords,
                        &keyword_tys,
                        span,
                    ) else {
                        return Ty::Never;
                    };
                    if call_tys.contains(&Ty::Never) {
                        return Ty::Never;
                    }
                    let callee = self.infer.instantiate(func_id, call_tys);
                    self.infer.first_calls.entry(callee).or_insert(span);
                    self.res.callees.insert(id, callee);
                    return if callee == self.id {
                        self.res.ret
                    } else {
                        self.infer.results[callee.index()].ret
                    };
                }
                if program.is_property(class, method) {
                    self.unsupported(span, "calling the value of a property".to_owned());
                    return Ty::Never;
                }
                // Each class the receiver can be may resolve the method differently.
                let mut impls: Vec<(krait_hir::FuncId, Vec<krait_types::ClassId>)> = Vec::new();
                for k in program.subclasses(class) {
                    let Some(f) = program.method(k, method) else {
                        continue;
                    };
                    match impls.iter_mut().find(|(g, _)| *g == f) {
                        Some((_, classes)) => classes.push(k),
                        None => impls.push((f, vec![k])),
                    }
                }
                if impls.is_empty()
                    && crate::class_init_fields(program, program.root_class(class))
                        .iter()
                        .any(|f| f == method)
                {
                    // An attribute holding a function.
                    let callee_ty = self.attribute(*receiver, method, span);
                    if callee_ty == Ty::Never {
                        return Ty::Never;
                    }
                    self.res.field_calls.insert(id, callee_ty);
                    return self.call_value(
                        id,
                        callee_ty,
                        args,
                        &arg_tys,
                        keywords,
                        &keyword_tys,
                        span,
                    );
                }
                if impls.is_empty() {
                    let message = format!(
                        "'{}' object has no attribute '{method}'",
                        self.ty_name(receiver_ty)
                    );
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                let impls = impls
                    .into_iter()
                    .map(|(f, classes)| (f, class, classes))
                    .collect();
                let call = MethodCall {
                    arg_tys: &arg_tys,
                    keywords,
                    keyword_tys: &keyword_tys,
                    unpacked,
                    span,
                };
                self.call_methods(id, impls, call, "overriding methods")
            }
            ExprKind::SuperCall {
                class,
                receiver,
                method,
                args,
            } => {
                let program = self.infer.program;
                let receiver_ty = self.res.local(*receiver);
                let arg_tys: Vec<_> = args.iter().map(|a| self.expr(*a)).collect();
                // The next class after this one in the method resolution order of the
                // instance's class defines the method: with several bases, that depends on
                // the class, and the call dispatches on it.
                let mut instances: Vec<krait_types::ClassId> = receiver_ty
                    .classes()
                    .into_iter()
                    .flat_map(|c| program.subclasses(c))
                    .filter(|&k| program.is_subclass(k, *class))
                    .collect();
                if instances.is_empty() {
                    instances.push(*class);
                }
                let mut targets: Vec<(krait_hir::FuncId, Vec<krait_types::ClassId>)> = Vec::new();
                for &k in &instances {
                    if let Some(f) = program.method_after(k, *class, method) {
                        match targets.iter_mut().find(|(g, _)| *g == f) {
                            Some((_, classes)) => classes.push(k),
                            None => targets.push((f, vec![k])),
                        }
                    }
                }
                if targets.is_empty() {
                    let message = format!("'super' object has no attribute '{method}'");
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                if arg_tys.contains(&Ty::Never) || receiver_ty == Ty::Never {
                    return Ty::Never;
                }
                let func_id = match targets[..] {
                    [(one, _)] => one,
                    _ => {
                        let impls = targets
                            .into_iter()
                            .map(|(f, classes)| (f, *class, classes))
                            .collect();
                        let call = MethodCall {
                            arg_tys: &arg_tys,
                            keywords: &[],
                            keyword_tys: &[],
                            unpacked: Unpacked::default(),
                            span,
                        };
                        return self.call_methods(id, impls, call, "methods `super()` finds");
                    }
                };
                let unpacked = Unpacked::default();
                let Some(mut call_tys) =
                    self.bind_method(id, func_id, 1, 0, &arg_tys, unpacked, &[], &[], &[], span)
                else {
                    return Ty::Never;
                };
                if call_tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                call_tys.insert(0, receiver_ty);
                let callee = self.infer.instantiate(func_id, call_tys);
                self.infer.first_calls.entry(callee).or_insert(span);
                self.res.callees.insert(id, callee);
                if callee == self.id {
                    self.res.ret
                } else {
                    self.infer.results[callee.index()].ret
                }
            }
            ExprKind::HasAttr(value, attr) => {
                let ty = self.expr(*value);
                if ty == Ty::Never {
                    return Ty::Never;
                }
                if crate::has_attribute(self.infer.program, ty, attr).is_none() {
                    let feature = format!(
                        "`hasattr` (or `getattr` with a default) of a {} (krait decides it from the type: instances of classes that all have `{attr}`, or none)",
                        ty.describe()
                    );
                    self.unsupported(span, feature);
                    return Ty::Never;
                }
                Ty::Bool
            }
            ExprKind::SameType(a, b) => {
                let (a, b) = (self.expr(*a), self.expr(*b));
                if a == Ty::Never || b == Ty::Never {
                    return Ty::Never;
                }
                // A dynamic value's type is read from its box or class when it runs.
                let known = |t: Ty| {
                    !matches!(
                        t,
                        Ty::Instance { nullable: true, .. }
                            | Ty::AnyOf { nullable: true, .. }
                            | Ty::Exc
                            | Ty::ExcType
                    )
                };
                if !known(a) || !known(b) {
                    let feature = format!(
                        "`type(a) is type(b)` of a {} and a {}",
                        a.describe(),
                        b.describe()
                    );
                    self.unsupported(span, feature);
                    return Ty::Never;
                }
                Ty::Bool
            }
            ExprKind::IsInstance { value, exact, .. } => {
                let ty = self.expr(*value);
                if ty == Ty::Never {
                    return Ty::Never;
                }
                if *exact && ty == Ty::Exc {
                    let feature = "`type(e) is C` of an exception caught by `except`".to_owned();
                    self.unsupported(span, feature);
                    return Ty::Never;
                }
                Ty::Bool
            }
            ExprKind::ExceptionText(args) => {
                self.expr(*args);
                Ty::Str
            }
            ExprKind::ExceptionArgs(args) => {
                let ty = self.expr(*args);
                self.check_formattable_as(ty, true, span);
                Ty::Str
            }
            ExprKind::BuiltinExceptionText { exception, args } => {
                let ty = self.expr(*args);
                let elements = ty.elements();
                let repr = elements.len() != 1 || *exception == krait_hir::BuiltinExc::KeyError;
                for element in elements {
                    self.check_formattable_as(element, repr, span);
                }
                Ty::Str
            }
            ExprKind::TypeName(value) => {
                let ty = self.expr(*value);
                if ty == Ty::Never {
                    return Ty::Never;
                }
                Ty::Str
            }
            ExprKind::Lambda { func, captures } if captures.is_empty() => {
                Ty::Func(krait_types::FuncRef(func.0))
            }
            ExprKind::Lambda { func, captures } => {
                let env: Vec<Ty> = captures.iter().map(|&c| self.expr(c)).collect();
                if env.contains(&Ty::Never) {
                    return Ty::Never;
                }
                // Defaults it captured are values taken now, whatever changes later.
                let defaults = &self.infer.program.func(*func).captured_defaults;
                let variables: Vec<ExprId> = (0..captures.len())
                    .filter(|k| defaults.iter().all(|&(_, d)| d != *k))
                    .map(|k| captures[k])
                    .collect();
                if let Some(name) = self.changing_capture(&variables, span) {
                    let feature = format!(
                        "a function value capturing `{name}`, which changes after the function is made (a comprehension's variables cannot be shared cells yet)"
                    );
                    self.unsupported(span, feature);
                    return Ty::Never;
                }
                Ty::closure(krait_types::FuncRef(func.0), &env)
            }
            ExprKind::CallValue {
                callee,
                args,
                keywords,
            } => {
                let callee_ty = self.expr(*callee);
                let arg_tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                let keyword_tys: Vec<Ty> = keywords.iter().map(|k| self.expr(k.value)).collect();
                if callee_ty == Ty::Never
                    || arg_tys.contains(&Ty::Never)
                    || keyword_tys.contains(&Ty::Never)
                {
                    return Ty::Never;
                }
                let function = matches!(callee_ty, Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..));
                if self.func.frameless && !function {
                    // CPython binds the receiver to functions alone.
                    let feature = format!(
                        "a method decorator returning a {} rather than a function",
                        self.ty_name(callee_ty)
                    );
                    let span = self.func.span;
                    self.infer.error(Diagnostic::unsupported(span, feature));
                    return Ty::Never;
                }
                if let Ty::Instance { class, nullable } = callee_ty {
                    if !keywords.is_empty() {
                        let message = "keyword arguments to `__call__`".to_owned();
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                    if nullable {
                        let message = "calling an instance that may be None".to_owned();
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                    if let Some(ty) = self.special(class, "__call__", &arg_tys, span) {
                        return ty;
                    }
                    let message = format!("'{}' object is not callable", self.ty_name(callee_ty));
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                self.call_value(id, callee_ty, args, &arg_tys, keywords, &keyword_tys, span)
            }
            ExprKind::Call {
                callee: Callee::Builtin(builtin @ (Builtin::Zip | Builtin::Reversed)),
                args,
                keywords,
            } => {
                // zip runs generators in step (an infinite one too): they stay generators.
                let arg_tys: Vec<_> = args
                    .iter()
                    .map(|&a| {
                        let ty = self.expr(a);
                        if *builtin == Builtin::Reversed && matches!(ty, Ty::Gen(_)) {
                            // CPython's TypeError wherever it runs: a generator has no end to
                            // start from.
                            let message = "'generator' object is not reversible".to_owned();
                            self.error(Code::TypeMismatch, self.func.expr(a).span, message);
                            Ty::Never
                        } else {
                            ty
                        }
                    })
                    .collect();
                for keyword in keywords {
                    self.expr(keyword.value);
                    self.unsupported(
                        keyword.span,
                        format!("keyword arguments to {}()", builtin.name()),
                    );
                }
                if arg_tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                if *builtin == Builtin::Reversed && arg_tys.len() != 1 {
                    let message = format!("reversed expected 1 argument, got {}", arg_tys.len());
                    self.error(Code::BadCall, span, message);
                    return Ty::Never;
                }
                if arg_tys.is_empty() {
                    self.unsupported(span, "zip() of nothing".to_owned());
                    return Ty::Never;
                }
                let mut elems = Vec::new();
                for (&arg, &ty) in args.iter().zip(&arg_tys) {
                    let ty = self.iterable(arg, ty, span);
                    let ty = match (builtin, ty) {
                        // A dynamic value is the list the runtime makes of it.
                        (Builtin::Zip, Ty::Object(_)) => self.generator_as_list(arg, ty, span),
                        (Builtin::Zip, _) | (Builtin::Reversed, Ty::Tuple(_)) => {
                            self.iterable_as_list(arg, ty, span)
                        }
                        _ => ty,
                    };
                    match ty {
                        Ty::List(var) | Ty::Dict(var) => elems.push(self.infer.lists.elem(var)),
                        Ty::Str => elems.push(Ty::Str),
                        Ty::Gen(generator) => elems.push(self.yielded(generator)),
                        _ => {
                            let message = format!("{}() of a {}", builtin.name(), self.ty_name(ty));
                            self.unsupported(span, message);
                            return Ty::Never;
                        }
                    }
                }
                let elem = if *builtin == Builtin::Reversed {
                    elems[0]
                } else if elems.contains(&Ty::Never) {
                    Ty::Never
                } else {
                    Ty::tuple(&elems)
                };
                let var = self.site_var(id);
                self.store_elem(var, elem, span);
                self.infer.views.push(var);
                Ty::List(self.infer.lists.find(var))
            }
            ExprKind::Call {
                callee: Callee::Builtin(Builtin::Sorted),
                args,
                keywords,
            } => {
                let arg_tys: Vec<_> = args
                    .iter()
                    .map(|&a| {
                        let ty = self.expr(a);
                        let ty = self.iterable(a, ty, span);
                        self.generator_as_list(a, ty, span)
                    })
                    .collect();
                let elem = match arg_tys[..] {
                    [Ty::Never] => return Ty::Never,
                    [Ty::List(var) | Ty::Dict(var)] => self.infer.lists.elem(var),
                    [Ty::Set(var) | Ty::FrozenSet(var)] => {
                        // Sorting a set does not depend on its order unless keys tie.
                        if keywords.iter().any(|k| k.name == "key") {
                            self.infer.ordered_sets = true;
                        }
                        self.infer.lists.elem(var)
                    }
                    [Ty::Str] => Ty::Str,
                    [ty @ Ty::Tuple(_)] if ty.homogeneous().is_some() => {
                        ty.homogeneous().expect("checked")
                    }
                    [ty] => {
                        let message = format!("sorted() of a {}", self.ty_name(ty));
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                    _ => {
                        let message = format!("sorted expected 1 argument, got {}", arg_tys.len());
                        self.error(Code::BadCall, span, message);
                        return Ty::Never;
                    }
                };
                self.sort_keywords(elem, keywords, span);
                let var = self.site_var(id);
                self.store_elem(var, elem, span);
                Ty::List(self.infer.lists.find(var))
            }
            ExprKind::Call {
                callee: Callee::Builtin(builtin @ (Builtin::Min | Builtin::Max)),
                args,
                keywords,
            } if keywords.len() == 1 && keywords[0].name == "key" => {
                let key = keywords[0].value;
                let arg_tys: Vec<_> = args
                    .iter()
                    .map(|&a| {
                        let ty = self.expr(a);
                        let ty = self.generator_as_list(a, ty, span);
                        self.iterable_as_list(a, ty, span)
                    })
                    .collect();
                let elem = match arg_tys[..] {
                    [Ty::List(var) | Ty::Dict(var)] => self.infer.lists.elem(var),
                    [Ty::Never] => return Ty::Never,
                    _ => {
                        let message = format!("{}() with `key=` over this", builtin.name());
                        self.unsupported(span, message);
                        return Ty::Never;
                    }
                };
                let Some(key_ty) = self.key_function(key, elem, span) else {
                    return Ty::Never;
                };
                if elem == Ty::Never {
                    return Ty::Never;
                }
                if !self.check_orderable(key_ty, CmpOp::Gt, span) {
                    return Ty::Never;
                }
                elem
            }
            ExprKind::Call {
                callee,
                args,
                keywords,
            } => {
                let arg_tys: Vec<_> = args.iter().map(|a| self.expr(*a)).collect();
                let keyword_tys: Vec<_> = keywords
                    .iter()
                    .map(|k| (k.name.as_str(), self.expr(k.value), k.span))
                    .collect();
                match *callee {
                    Callee::Func(func_id) => {
                        if arg_tys.contains(&Ty::Never) {
                            return Ty::Never;
                        }
                        let callee = self.infer.instantiate(func_id, arg_tys);
                        self.infer.first_calls.entry(callee).or_insert(span);
                        self.res.callees.insert(id, callee);
                        if self.infer.program.func(func_id).generator {
                            return Ty::Gen(krait_types::GenRef(callee.0));
                        }
                        if callee == self.id {
                            self.res.ret
                        } else {
                            self.infer.results[callee.index()].ret
                        }
                    }
                    Callee::Builtin(Builtin::Next) => self.next(&arg_tys, span),
                    Callee::Builtin(builtin) => {
                        // The builtins that consume an iterable to its end take a generator
                        // as the list of what it yields; others see a generator (any and all
                        // run it until the result is decided).
                        let consumes = matches!(
                            builtin,
                            Builtin::Sum
                                | Builtin::Min
                                | Builtin::Max
                                | Builtin::Sorted
                                | Builtin::Zip
                        );
                        let single =
                            args.len() == 1 || matches!(builtin, Builtin::Sum | Builtin::Sorted);
                        let arg_tys: Vec<Ty> = args
                            .iter()
                            .zip(arg_tys)
                            .enumerate()
                            .map(|(i, (&a, t))| {
                                if !consumes {
                                    return t;
                                }
                                // A dynamic iterable is the list or str it may be; sum() of a
                                // str raises anyway, so it takes the list.
                                let t = if i == 0 && single {
                                    let use_ = Use {
                                        prefer_first: builtin == Builtin::Sum,
                                        ..Use::iterable(span)
                                    };
                                    self.unboxed(a, t, use_)
                                } else {
                                    t
                                };
                                let t = self.generator_as_list(a, t, span);
                                let lists_only = match builtin {
                                    Builtin::Zip => true,
                                    Builtin::Sum => i == 0,
                                    Builtin::Min | Builtin::Max => args.len() == 1,
                                    _ => false,
                                };
                                if lists_only {
                                    self.iterable_as_list(a, t, span)
                                } else {
                                    t
                                }
                            })
                            .collect();
                        self.builtin(builtin, &arg_tys, &keyword_tys, args, span)
                    }
                    Callee::Intrinsic(Intrinsic::Raise)
                        if self.func.kind != krait_hir::FuncKind::Runtime
                            && !self.is_exception(arg_tys[0]) =>
                    {
                        let message = format!(
                            "raising a value of type '{}': exceptions must derive from BaseException",
                            self.ty_name(arg_tys[0])
                        );
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    Callee::Intrinsic(intrinsic) => intrinsic_ty(intrinsic),
                }
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let l = self.expr(*lhs);
                let r = self.expr(*rhs);
                self.binary_ty(*op, l, r, *rhs, span)
            }
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand,
            } => {
                self.condition(*operand);
                if self.res.expr(*operand) == Ty::Never {
                    Ty::Never
                } else {
                    Ty::Bool
                }
            }
            ExprKind::Unary { op, operand } => {
                let ty = self.expr(*operand);
                match (op, ty) {
                    (_, Ty::Never) => Ty::Never,
                    (UnaryOp::Not, Ty::Argv) => {
                        self.unsupported(span, "the truth value of `sys.argv`".to_owned());
                        Ty::Bool
                    }
                    (UnaryOp::Not, _) => {
                        self.instance_truth(ty, span);
                        Ty::Bool
                    }
                    (
                        _,
                        Ty::Instance {
                            class,
                            nullable: false,
                        },
                    ) => {
                        let name = match op {
                            UnaryOp::Neg => "__neg__",
                            UnaryOp::Pos => "__pos__",
                            _ => "__invert__",
                        };
                        match self.special(class, name, &[], span) {
                            Some(ret) => ret,
                            None => {
                                let symbol = match op {
                                    UnaryOp::Neg => "unary -",
                                    UnaryOp::Pos => "unary +",
                                    _ => "unary ~",
                                };
                                let message = format!(
                                    "bad operand type for {symbol}: '{}'",
                                    self.ty_name(ty)
                                );
                                self.error(Code::TypeMismatch, span, message);
                                Ty::Never
                            }
                        }
                    }
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Int | Ty::Bool)
                    | (UnaryOp::Invert, Ty::Int | Ty::Bool) => Ty::Int,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Float) => Ty::Float,
                    (_, Ty::Object(mask)) => {
                        let name = match op {
                            UnaryOp::Neg => "__neg__",
                            UnaryOp::Pos => "__pos__",
                            _ => "__invert__",
                        };
                        self.with_runtime_specials(Ty::OBJECT, &[(mask, name)], span)
                    }
                    (op, ty) => {
                        let symbol = match op {
                            UnaryOp::Neg => "unary -",
                            UnaryOp::Pos => "unary +",
                            _ => "unary ~",
                        };
                        self.error(
                            Code::TypeMismatch,
                            span,
                            format!("bad operand type for {symbol}: '{ty}'"),
                        );
                        Ty::Never
                    }
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut lhs = self.expr(*left);
                for (op, rhs) in ops.iter().zip(comparators) {
                    let rhs_ty = self.expr(*rhs);
                    self.check_compare(*op, lhs, rhs_ty, span);
                    lhs = rhs_ty;
                }
                Ty::Bool
            }
            ExprKind::Logical { op, values } => {
                let mut ty = Ty::Never;
                for value in values {
                    let value_ty = self.expr(*value);
                    match self.infer.join(ty, value_ty) {
                        Ok(joined) => ty = joined,
                        Err(_) => {
                            let message = format!("`and`/`or` between a {ty} and a {value_ty}");
                            self.unsupported(span, message);
                        }
                    }
                    if self.decides(*op, *value) {
                        break;
                    }
                }
                ty
            }
            ExprKind::IfElse { test, body, orelse } => {
                self.condition(*test);
                match self.static_test(*test) {
                    Some(true) => return self.expr(*body),
                    Some(false) => return self.expr(*orelse),
                    None => {}
                }
                let a = self.expr(*body);
                let b = self.expr(*orelse);
                match self.infer.join(a, b) {
                    Ok(ty) => ty,
                    Err(_) => {
                        self.unsupported(
                            span,
                            format!("a conditional expression giving either {a} or {b}"),
                        );
                        a
                    }
                }
            }
            ExprKind::Slice { value, bounds } => {
                let value_ty = self.expr(*value);
                self.slice_bounds(bounds);
                match value_ty {
                    Ty::Never => Ty::Never,
                    // The slice shares the list's element variable.
                    Ty::List(var) => Ty::List(self.infer.lists.find(var)),
                    Ty::Str => Ty::Str,
                    Ty::Bytes => Ty::Bytes,
                    // A str, list or tuple decided when it runs: one of the same.
                    Ty::Object(_) => value_ty,
                    Ty::Tuple(_) => {
                        let elements = value_ty.elements();
                        match crate::constant_slice(func, bounds, elements.len()) {
                            Some(indices) => {
                                let picked: Vec<Ty> =
                                    indices.iter().map(|&i| elements[i]).collect();
                                Ty::tuple(&picked)
                            }
                            None => {
                                let message = "slicing a tuple with bounds known only at run time";
                                self.unsupported(span, message.to_owned());
                                Ty::Never
                            }
                        }
                    }
                    _ => {
                        let message = format!("slicing a {}", self.ty_name(value_ty));
                        self.unsupported(span, message);
                        Ty::Never
                    }
                }
            }
            ExprKind::Comprehension {
                stmts,
                result,
                iterator,
                ..
            } => {
                self.block(stmts);
                let ty = self.infer.canonical(self.res.local(*result));
                if let (true, Ty::List(var)) = (*iterator, ty) {
                    if !self.infer.is_view(var) {
                        self.infer.views.push(var);
                    }
                }
                ty
            }
            ExprKind::RangeOf(list) => {
                let ty = self.expr(*list);
                if let Ty::List(var) = ty {
                    self.infer.range_lists.push(var);
                }
                ty
            }
            // Its length is known when it runs: a dynamic value, of the list's elements.
            ExprKind::TupleOf(list) => match self.expr(*list) {
                Ty::List(var) => match self.infer.dynamic_list(var) {
                    Ok(()) => Ty::Object(krait_types::Dyn::tuples(self.infer.lists.find(var))),
                    Err(both) => {
                        self.unsupported(span, format!("a tuple holding {both}"));
                        Ty::Never
                    }
                },
                _ => Ty::Never,
            },
            ExprKind::BytesOf(value) => {
                let ty = self.expr(*value);
                let ty = self.generator_as_list(*value, ty, span);
                let ty = match ty {
                    Ty::Set(_) | Ty::FrozenSet(_) | Ty::Tuple(_) => {
                        self.iterable_as_list(*value, ty, span)
                    }
                    _ => ty,
                };
                match ty {
                    Ty::Never => Ty::Never,
                    Ty::Int | Ty::Bool | Ty::Bytes => Ty::Bytes,
                    Ty::List(var)
                        if matches!(self.infer.lists.elem(var), Ty::Int | Ty::Bool | Ty::Never) =>
                    {
                        Ty::Bytes
                    }
                    Ty::Str => {
                        let message = "string argument without an encoding".to_owned();
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    ty => {
                        self.unsupported(span, format!("bytes() of a {}", self.ty_name(ty)));
                        Ty::Never
                    }
                }
            }
            ExprKind::FrozenSet(set) => match self.expr(*set) {
                Ty::Set(var) => Ty::FrozenSet(var),
                _ => Ty::Never,
            },
            ExprKind::List(items) | ExprKind::Set(items) => {
                let var = self.site_var(id);
                let is_set = matches!(expr.kind, ExprKind::Set(_));
                for item in items {
                    let ty = self.expr(*item);
                    if is_set {
                        self.check_hashable(ty, span);
                    }
                    self.store_elem(var, ty, span);
                }
                let var = self.infer.lists.find(var);
                if is_set { Ty::Set(var) } else { Ty::List(var) }
            }
            ExprKind::PercentArg {
                value,
                integer,
                single,
            } => {
                let ty = self.expr(*value);
                match ty {
                    Ty::Tuple(_) if *single => {
                        let message = "`%` formatting with a tuple that is not written out";
                        self.unsupported(span, message.to_owned());
                        Ty::Never
                    }
                    Ty::Float | Ty::Object(_) if *integer => Ty::Int,
                    Ty::Int | Ty::Bool | Ty::Never => ty,
                    _ if *integer => {
                        let message = format!(
                            "%d format: a real number is required, not {}",
                            self.ty_name(ty)
                        );
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    _ => ty,
                }
            }
            ExprKind::DefaultDict(factory) => {
                let var = self.site_var(id);
                let site = (self.infer.instances[self.id.index()].func, id);
                let mut inner = || match self.infer.factory_sites.get(&site) {
                    Some(&v) => v,
                    None => {
                        let v = self.infer.lists.fresh();
                        self.infer.factory_sites.insert(site, v);
                        v
                    }
                };
                let (default, value) = match factory {
                    krait_hir::DictFactory::Int => (crate::DictDefault::Class("int"), Ty::Int),
                    krait_hir::DictFactory::Float => {
                        (crate::DictDefault::Class("float"), Ty::Float)
                    }
                    krait_hir::DictFactory::Str => (crate::DictDefault::Class("str"), Ty::Str),
                    krait_hir::DictFactory::Bool => (crate::DictDefault::Class("bool"), Ty::Bool),
                    krait_hir::DictFactory::List => {
                        (crate::DictDefault::Class("list"), Ty::List(inner()))
                    }
                    krait_hir::DictFactory::Set => {
                        (crate::DictDefault::Class("set"), Ty::Set(inner()))
                    }
                    krait_hir::DictFactory::Dict => {
                        (crate::DictDefault::Class("dict"), Ty::Dict(inner()))
                    }
                    krait_hir::DictFactory::Lambda { func, captures } => {
                        if !captures.is_empty() {
                            let message = "a `defaultdict` lambda that uses the enclosing function's variables";
                            self.unsupported(span, message.to_owned());
                            return Ty::Never;
                        }
                        let callee = self.infer.instantiate(*func, Vec::new());
                        let ret = if callee == self.id {
                            self.res.ret
                        } else {
                            self.infer.results[callee.index()].ret
                        };
                        (crate::DictDefault::Lambda(callee), ret)
                    }
                };
                if let Err(message) = self.infer.set_default(var, default) {
                    self.unsupported(span, message);
                }
                if value != Ty::Never {
                    self.store_value(var, value, span);
                }
                Ty::Dict(self.infer.lists.find(var))
            }
            ExprKind::Counter(iterable) => {
                let var = self.site_var(id);
                if let Err(message) = self.infer.set_default(var, crate::DictDefault::Counter) {
                    self.unsupported(span, message);
                }
                self.store_value(var, Ty::Int, span);
                if let Some(iterable) = iterable {
                    let elem = match self.expr(*iterable) {
                        Ty::Never => return Ty::Never,
                        Ty::List(v) | Ty::Dict(v) => self.infer.lists.elem(v),
                        Ty::Str => Ty::Str,
                        ty @ Ty::Tuple(_) if ty.homogeneous().is_some() => {
                            ty.homogeneous().expect("checked")
                        }
                        ty => {
                            let message = format!("Counter() of a {}", self.ty_name(ty));
                            self.unsupported(span, message);
                            return Ty::Never;
                        }
                    };
                    self.check_hashable(elem, span);
                    if elem != Ty::Never {
                        self.store_elem(var, elem, span);
                    }
                }
                Ty::Dict(self.infer.lists.find(var))
            }
            ExprKind::DictOf(mapping) => match self.expr(*mapping) {
                Ty::Never => Ty::Never,
                Ty::Dict(var) if self.infer.lists.missing(var).is_none() => {
                    Ty::Dict(self.infer.lists.find(var))
                }
                // A plain dict copied from a defaultdict or Counter: a variable of its own,
                // whose keys and values stay of the source's types (the copy takes its buffers
                // as they are).
                Ty::Dict(source) => {
                    let var = self.site_var(id);
                    let lists = &self.infer.lists;
                    let (keys, values) = (lists.elem(source), lists.value(source));
                    let (copy_keys, copy_values) = (lists.elem(var), lists.value(var));
                    let joined = self
                        .infer
                        .join_elem(var, keys)
                        .and_then(|()| self.infer.join_value(var, values))
                        .and_then(|()| self.infer.join_elem(source, copy_keys))
                        .and_then(|()| self.infer.join_value(source, copy_values));
                    if let Err(both) = joined {
                        self.unsupported(span, format!("a dict holding {both}"));
                        return Ty::Never;
                    }
                    Ty::Dict(self.infer.lists.find(var))
                }
                ty => {
                    let message = format!(
                        "`dict()` or `**` of a {} (only of a dict)",
                        self.ty_name(ty)
                    );
                    self.unsupported(span, message);
                    Ty::Never
                }
            },
            ExprKind::Starred(value) => match self.expr(*value) {
                Ty::Never => Ty::Never,
                // A generator, a dynamic value that may be a tuple, a set or a str: the list of
                // what iterating it gives.
                ty @ (Ty::Gen(_) | Ty::Object(_) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Str) => {
                    let listed = self.generator_as_list(*value, ty, span);
                    match self.iterable_as_list(*value, listed, span) {
                        listed @ Ty::List(_) => listed,
                        _ => {
                            let message = format!("`*` unpacking a {}", self.ty_name(ty));
                            self.unsupported(span, message);
                            Ty::Never
                        }
                    }
                }
                ty @ (Ty::List(_) | Ty::Tuple(_)) => ty,
                ty => {
                    let message = format!("`*` unpacking a {}", self.ty_name(ty));
                    self.unsupported(span, message);
                    Ty::Never
                }
            },
            ExprKind::Dict(entries) => {
                let var = self.site_var(id);
                for &(key, value) in entries {
                    let key_ty = self.expr(key);
                    self.check_hashable(key_ty, span);
                    self.store_elem(var, key_ty, span);
                    let value_ty = self.expr(value);
                    self.store_value(var, value_ty, span);
                }
                Ty::Dict(self.infer.lists.find(var))
            }
            ExprKind::Subscript { value, index } => {
                let value_ty = self.expr(*value);
                // CPython's carets mark `[...]`.
                let focus = crate::Carets::Part(
                    u32::from(self.func.expr(*value).span.range.end()),
                    u32::from(span.range.end()),
                );
                let use_ = Use {
                    wanted: &[Want::Str, Want::List, Want::Dict, Want::Tuple],
                    prefer_first: false,
                    before: "TypeError: '",
                    after: "' object is not subscriptable".to_owned(),
                    span,
                    carets: focus,
                };
                // An instance whose class defines `__getitem__` leaves the choice to the runtime.
                let value_ty = if self.may_define(value_ty, "__getitem__") {
                    self.res.unboxed.remove(value);
                    value_ty
                } else {
                    self.unboxed(*value, value_ty, use_)
                };
                let index_ty = self.expr(*index);
                let (before, after) = match value_ty {
                    Ty::Str => ("TypeError: string indices must be integers, not '", "'"),
                    Ty::Tuple(_) => (
                        "TypeError: tuple indices must be integers or slices, not ",
                        "",
                    ),
                    _ => (
                        "TypeError: list indices must be integers or slices, not ",
                        "",
                    ),
                };
                let index_ty = if matches!(value_ty, Ty::List(_) | Ty::Str | Ty::Tuple(_)) {
                    let use_ = Use {
                        wanted: &[Want::Int],
                        prefer_first: false,
                        before,
                        after: after.to_owned(),
                        span,
                        carets: focus,
                    };
                    self.unboxed(*index, index_ty, use_)
                } else {
                    index_ty
                };
                match (value_ty, index_ty) {
                    (Ty::Never, _) | (_, Ty::Never) => Ty::Never,
                    (Ty::Dict(var), _) => {
                        self.check_key(var, index_ty, span);
                        if let Some(crate::DictDefault::Class(_) | crate::DictDefault::Lambda(_)) =
                            self.infer.lists.missing(var)
                        {
                            // Reading a defaultdict stores the key.
                            self.store_elem(var, index_ty, span);
                        }
                        self.infer.lists.value(var)
                    }
                    (
                        Ty::Instance {
                            class,
                            nullable: false,
                        },
                        _,
                    ) if self.defines(class, "__getitem__") => self
                        .special(class, "__getitem__", &[index_ty], span)
                        .unwrap_or(Ty::Never),
                    (Ty::List(var), Ty::Int | Ty::Bool) => self.infer.lists.elem(var),
                    (Ty::List(_), _) => {
                        let message =
                            format!("list indices must be integers or slices, not {index_ty}");
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    (Ty::Argv, Ty::Int | Ty::Bool) => Ty::Str,
                    (Ty::Argv, _) => {
                        let message =
                            format!("list indices must be integers or slices, not {index_ty}");
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    (Ty::Str, Ty::Int | Ty::Bool) => Ty::Str,
                    (Ty::Bytes, Ty::Int | Ty::Bool) => Ty::Int,
                    (Ty::Bytes, _) => {
                        let message =
                            format!("byte indices must be integers or slices, not {index_ty}");
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    // A str or a list, decided when it runs: a str or an element.
                    // A str, a list or a dict, decided when it runs: a str, an element or a
                    // value.
                    (Ty::Object(mask), key)
                        if matches!(key, Ty::Int | Ty::Bool)
                            || ((mask.dict().is_some() || !mask.classes().is_empty())
                                && key.is_dynamic()) =>
                    {
                        let getitem = krait_hir::RUNTIME_GETITEM;
                        let mut items = vec![self.infer.runtime_special_results(mask, &[getitem])];
                        if mask.allows(Ty::Str) {
                            items.push(Ty::Str);
                        }
                        items.extend(mask.list().map(|var| self.infer.lists.elem(var)));
                        items.extend(mask.tuple().map(|var| self.infer.lists.elem(var)));
                        items.extend(mask.dict().map(|var| self.infer.lists.value(var)));
                        let mut ty = Ty::Never;
                        for item in items {
                            let Some(joined) = self.join_or_refuse(ty, item, span, |both| {
                                format!("an item that is {both}")
                            }) else {
                                return Ty::Never;
                            };
                            ty = joined;
                        }
                        ty
                    }
                    (Ty::Str, _) => {
                        let message = format!("string indices must be integers, not '{index_ty}'");
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    (Ty::Tuple(_), Ty::Int | Ty::Bool) => {
                        let elements = value_ty.elements();
                        match crate::constant_index(func, *index, elements.len()) {
                            Some(Ok(i)) => elements[i],
                            // Out of range: IndexError when it runs (a `*args` tuple may be
                            // empty in one instance, where a test guards the index).
                            Some(Err(())) if value_ty.homogeneous().is_some() => {
                                value_ty.homogeneous().expect("checked")
                            }
                            Some(Err(())) => {
                                self.error(
                                    Code::TypeMismatch,
                                    span,
                                    "tuple index out of range".to_owned(),
                                );
                                Ty::Never
                            }
                            // Element types joined, as a loop over the tuple's (a dynamic value
                            // for types that join no other way).
                            None => self
                                .tuple_items(value_ty, span, "indexing")
                                .unwrap_or(Ty::Never),
                        }
                    }
                    (Ty::Tuple(_), _) => {
                        let message =
                            format!("tuple indices must be integers or slices, not {index_ty}");
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                    _ => {
                        self.error(
                            Code::TypeMismatch,
                            span,
                            format!("'{value_ty}' object is not subscriptable"),
                        );
                        Ty::Never
                    }
                }
            }
            ExprKind::FString(parts) => {
                self.fstring(parts);
                Ty::Str
            }
            ExprKind::Tuple(elements) => {
                let tys: Vec<_> = elements.iter().map(|e| self.expr(*e)).collect();
                if tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                if tys.contains(&Ty::Argv) {
                    self.unsupported(span, "`sys.argv` inside a tuple".to_owned());
                }
                Ty::tuple(&tys)
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for part in parts {
            if let FStringPart::Value {
                value,
                spec,
                conversion,
            } = part
            {
                let ty = self.expr(*value);
                if ty == Ty::Argv {
                    self.unsupported(
                        self.func.expr(*value).span,
                        "formatting `sys.argv`".to_owned(),
                    );
                }
                let repr = *conversion == krait_hir::Conversion::Repr;
                self.check_formattable_as(ty, repr, self.func.expr(*value).span);
                if matches!(ty, Ty::Instance { .. })
                    && *conversion == krait_hir::Conversion::None
                    && !spec.is_empty()
                {
                    let message = "a format spec for an instance (`__format__`)".to_owned();
                    self.unsupported(self.func.expr(*value).span, message);
                }
                if matches!(ty, Ty::Tuple(_)) && !spec.is_empty() {
                    let message = "unsupported format string passed to tuple.__format__".to_owned();
                    self.error(Code::TypeMismatch, self.func.expr(*value).span, message);
                }
                self.fstring(spec);
            }
        }
    }

    fn check_compare(&mut self, op: CmpOp, lhs: Ty, rhs: Ty, span: Span) {
        if lhs == Ty::Never || rhs == Ty::Never {
            return;
        }
        // An instance compared with a dynamic value is compared as one, by the runtime: its
        // class must be one whose instances can be dynamic values.
        let instance = |t: Ty| matches!(t, Ty::Instance { .. } | Ty::AnyOf { .. });
        if !matches!(op, CmpOp::Is | CmpOp::IsNot)
            && ((instance(lhs) && rhs.is_object()) || (lhs.is_object() && instance(rhs)))
            && let Err(both) = self.infer.join(lhs, rhs)
        {
            self.unsupported(span, format!("comparing {both}"));
            return;
        }
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            match rhs {
                // A str or a list, decided when it runs.
                Ty::Object(_) if lhs.is_dynamic() && !matches!(lhs, Ty::List(_) | Ty::Set(_)) => {}
                // A list or set looked for in a dynamic value is one: its elements become
                // dynamic values.
                Ty::Object(_) if matches!(lhs, Ty::List(_) | Ty::Set(_)) => {
                    if let Err(both) = self.infer.join(lhs, rhs) {
                        self.unsupported(span, format!("`in` with {both}"));
                    }
                }
                Ty::Str if lhs == Ty::Str => {}
                Ty::Bytes if matches!(lhs, Ty::Bytes | Ty::Int | Ty::Bool) => {}
                Ty::Bytes => {
                    let message = format!(
                        "a bytes-like object is required, not '{}'",
                        self.ty_name(lhs)
                    );
                    self.error(Code::TypeMismatch, span, message);
                }
                Ty::Str => {
                    let message = format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.ty_name(lhs)
                    );
                    self.error(Code::TypeMismatch, span, message);
                }
                Ty::List(var) => {
                    let elem = self.infer.lists.elem(var);
                    if elem != Ty::Never {
                        self.check_compare(CmpOp::Eq, lhs, elem, span);
                    }
                }
                Ty::Dict(var) => self.check_key(var, lhs, span),
                Ty::Tuple(_) => {
                    for element in rhs.elements() {
                        self.check_compare(CmpOp::Eq, lhs, element, span);
                    }
                }
                Ty::Instance {
                    class,
                    nullable: false,
                } if self.special(class, "__contains__", &[lhs], span).is_some() => {}
                Ty::Set(var) | Ty::FrozenSet(var) => {
                    self.check_hashable(lhs, span);
                    if lhs.is_object() && self.infer.lists.elem(var).is_dynamic() {
                        // A set tested for a dynamic value holds dynamic values.
                        self.store_elem(var, lhs, span);
                    }
                    let elem = self.infer.lists.elem(var);
                    let dynamic = elem.is_object() && lhs.is_dynamic();
                    // Frozensets' element variables unify.
                    let same = self.infer.join(elem, lhs).is_ok()
                        && self.infer.canonical(lhs) == self.infer.canonical(elem);
                    if elem != Ty::Never && !same && !dynamic {
                        self.unsupported(
                            span,
                            format!(
                                "`in` with a {} on a set of {}",
                                lhs.describe(),
                                elem.describe()
                            ),
                        );
                    }
                }
                _ => {
                    let message = format!("`in` on a {}", self.ty_name(rhs));
                    self.unsupported(span, message);
                }
            }
            return;
        }
        if matches!(lhs, Ty::Closure(..)) || matches!(rhs, Ty::Closure(..)) {
            self.unsupported(
                span,
                "comparing functions that capture variables".to_owned(),
            );
            return;
        }
        if matches!(lhs, Ty::AnyOf { .. }) || matches!(rhs, Ty::AnyOf { .. }) {
            // `==` of instances of classes without `__eq__` is identity.
            let program = self.infer.program;
            let defines_eq = [lhs, rhs].iter().flat_map(|t| t.classes()).any(|root| {
                program
                    .subclasses(root)
                    .into_iter()
                    .any(|k| program.method(k, "__eq__").is_some())
            });
            let identity = (matches!(op, CmpOp::Is | CmpOp::IsNot)
                || (matches!(op, CmpOp::Eq | CmpOp::NotEq) && !defines_eq))
                && [lhs, rhs]
                    .iter()
                    .all(|t| matches!(t, Ty::None | Ty::AnyOf { .. } | Ty::Instance { .. }));
            if !identity {
                let message = "comparing instances of one of several classes (other than by `is`, or `==` without `__eq__`)";
                self.unsupported(span, message.to_owned());
            }
            return;
        }
        let container = |t: Ty| matches!(t, Ty::List(_) | Ty::Dict(_) | Ty::Tuple(_) | Ty::Set(_));
        if (container(lhs) && rhs.is_object()) || (lhs.is_object() && container(rhs)) {
            // A list, dict, tuple or set is compared as a dynamic value: its elements become
            // dynamic values.
            if let Err(both) = self.infer.join(lhs, rhs) {
                self.unsupported(span, format!("comparing {both}"));
            }
            return;
        }
        if let (Some(a), Some(b), CmpOp::Eq | CmpOp::NotEq) = (lhs.set_var(), rhs.set_var(), op) {
            // Sets are equal when each has the other's elements.
            let (x, y) = (self.infer.lists.elem(a), self.infer.lists.elem(b));
            if x != Ty::Never && y != Ty::Never && x != y {
                let message = format!("comparing a set of {x} with a set of {y}");
                self.unsupported(span, message);
            }
            return;
        }
        if let (Some(a), Some(b), CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE) =
            (lhs.set_var(), rhs.set_var(), op)
        {
            let (x, y) = (self.infer.lists.elem(a), self.infer.lists.elem(b));
            if x != Ty::Never && y != Ty::Never && x != y {
                let message = format!("comparing a set of {x} with a set of {y}");
                self.unsupported(span, message);
            }
            return;
        }
        if let (Ty::Dict(a), Ty::Dict(b), CmpOp::Eq | CmpOp::NotEq) = (lhs, rhs, op) {
            // Dicts are equal when each key of one is in the other with an equal value.
            let (x, y) = (self.infer.lists.elem(a), self.infer.lists.elem(b));
            if x != Ty::Never && y != Ty::Never && x != y {
                let message = format!("comparing a dict with {x} keys with one with {y} keys");
                self.unsupported(span, message);
                return;
            }
            let (v, w) = (self.infer.lists.value(a), self.infer.lists.value(b));
            if v != Ty::Never && w != Ty::Never {
                self.check_compare(CmpOp::Eq, v, w, span);
            }
            return;
        }
        let unordered = |t: Ty| matches!(t, Ty::Set(_) | Ty::FrozenSet(_) | Ty::Dict(_));
        if unordered(lhs) || unordered(rhs) {
            if !matches!(op, CmpOp::Is | CmpOp::IsNot) {
                self.unsupported(span, "comparing sets or dicts".to_owned());
            }
            return;
        }
        if let (Ty::List(a), Ty::List(b)) = (lhs, rhs) {
            if !matches!(op, CmpOp::Is | CmpOp::IsNot) {
                let (x, y) = (self.infer.lists.elem(a), self.infer.lists.elem(b));
                if x != Ty::Never && y != Ty::Never {
                    self.check_compare(op, x, y, span);
                }
            }
            return;
        }
        if matches!(lhs, Ty::List(_)) || matches!(rhs, Ty::List(_)) {
            let identity = matches!(op, CmpOp::Is | CmpOp::IsNot)
                && matches!(
                    (lhs, rhs),
                    (Ty::None, Ty::List(_)) | (Ty::List(_), Ty::None)
                );
            if !identity && !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                let message = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    ordering_symbol(op),
                    self.ty_name(lhs),
                    self.ty_name(rhs)
                );
                self.error(Code::TypeMismatch, span, message);
            }
            return;
        }
        if (matches!(lhs, Ty::Instance { .. }) || matches!(rhs, Ty::Instance { .. }))
            && self.compare_instances(op, lhs, rhs, span)
        {
            return;
        }
        let instances = matches!(
            (lhs, rhs),
            (Ty::Instance { .. } | Ty::None, Ty::Instance { .. }) | (Ty::Instance { .. }, Ty::None)
        );
        if let (Ty::Instance { class: a, .. }, Ty::Instance { class: b, .. }) = (lhs, rhs) {
            if a != b {
                self.unsupported(span, "comparing instances of different classes".to_owned());
                return;
            }
        }
        if instances && !matches!(op, CmpOp::Eq | CmpOp::NotEq | CmpOp::Is | CmpOp::IsNot) {
            let message = format!(
                "'{}' not supported between instances of '{}' and '{}'",
                ordering_symbol(op),
                self.ty_name(lhs),
                self.ty_name(rhs)
            );
            self.error(Code::TypeMismatch, span, message);
            return;
        }
        // An instance among dynamic values is the same reference.
        let instance = |t: Ty| matches!(t, Ty::Instance { .. } | Ty::AnyOf { .. });
        let instance_and_object =
            (instance(lhs) && rhs.is_object()) || (lhs.is_object() && instance(rhs));
        if !instances
            && !instance_and_object
            && matches!(op, CmpOp::Is | CmpOp::IsNot)
            && lhs != Ty::None
            && rhs != Ty::None
        {
            self.unsupported(span, "`is` between values other than None".to_owned());
            return;
        }
        let ordering = matches!(op, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE);
        let comparable = orderable(lhs, rhs);
        if ordering && !comparable {
            let symbol = ordering_symbol(op);
            let message =
                format!("'{symbol}' not supported between instances of '{lhs}' and '{rhs}'");
            self.error(Code::TypeMismatch, span, message);
        } else if ordering && lhs == Ty::None && rhs == Ty::None {
            self.error(
                Code::TypeMismatch,
                span,
                "'<' not supported between instances of 'NoneType' and 'NoneType'".to_owned(),
            );
        } else if lhs == Ty::Argv || rhs == Ty::Argv {
            self.unsupported(span, "comparing `sys.argv`".to_owned());
        }
    }

    pub(crate) fn binary_ty(&mut self, op: BinOp, l: Ty, r: Ty, rhs: ExprId, span: Span) -> Ty {
        if let (BinOp::Add, Ty::Tuple(_), Ty::Tuple(_)) = (op, l, r) {
            let mut elements = l.elements();
            elements.extend(r.elements());
            return Ty::tuple(&elements);
        }
        if l == Ty::Never || r == Ty::Never {
            return Ty::Never;
        }
        if matches!(l, Ty::AnyOf { .. }) || matches!(r, Ty::AnyOf { .. }) {
            let message = "arithmetic on an instance of one of several classes";
            self.unsupported(span, message.to_owned());
            return Ty::Never;
        }
        if matches!(l, Ty::Instance { .. }) || matches!(r, Ty::Instance { .. }) {
            return self.instance_binary(op, l, r, span);
        }
        if op == BinOp::MatMul {
            if l.is_object() || r.is_object() {
                let message = "`@` of a dynamic value".to_owned();
                self.unsupported(span, message);
            } else {
                let message = format!(
                    "unsupported operand type(s) for @: '{}' and '{}'",
                    self.ty_name(l),
                    self.ty_name(r)
                );
                self.error(Code::TypeMismatch, span, message);
            }
            return Ty::Never;
        }
        let dynamic = |t: Ty| t.is_dynamic() || matches!(t, Ty::Tuple(_));
        if (l.is_object() || r.is_object()) && dynamic(l) && dynamic(r) {
            // An instance among them whose class defines the operator: the runtime calls it.
            let (method, reflected) = op.dunders();
            let specials = [(Dyn::of(l), method), (Dyn::of(r), reflected)];
            // The runtime raises CPython's TypeError for other operators of dicts and sets.
            let container_ops = matches!(
                op,
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
            );
            for (container, name) in [
                (krait_types::Dyn::dict as fn(krait_types::Dyn) -> _, "dict"),
                (krait_types::Dyn::set, "set"),
            ] {
                if container_ops
                    && (container(krait_types::Dyn::of(l)).is_some()
                        || container(krait_types::Dyn::of(r)).is_some())
                {
                    let message = format!("`{}` of a value that may be a {name}", op.symbol());
                    self.unsupported(span, message);
                    return Ty::Never;
                }
            }
            let sequences = [l, r].iter().any(|&t| {
                let mask = krait_types::Dyn::of(t);
                mask.list().is_some() || mask.tuple().is_some() || matches!(t, Ty::Tuple(_))
            });
            if sequences {
                // `+` and `*` of lists give a list of their variable (a list operand's elements
                // become dynamic values), other operations a scalar.
                let joined = self
                    .infer
                    .join(l, r)
                    .and_then(|joined| self.infer.join(joined, Ty::OBJECT));
                return match joined {
                    Ok(joined) => self.with_runtime_specials(joined, &specials, span),
                    Err(both) => {
                        self.unsupported(span, format!("arithmetic on {both}"));
                        Ty::Never
                    }
                };
            }
            // The dynamic fallback: the operation the values' types select at run time.
            return self.with_runtime_specials(Ty::OBJECT, &specials, span);
        }
        let either_float = l == Ty::Float || r == Ty::Float;
        if l.is_numeric() && r.is_numeric() {
            match op {
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod => {
                    return if either_float { Ty::Float } else { Ty::Int };
                }
                BinOp::Div => return Ty::Float,
                BinOp::Pow => {
                    if either_float || self.is_negative_literal(rhs) {
                        return Ty::Float;
                    }
                    return Ty::Int;
                }
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if l == Ty::Bool && r == Ty::Bool => {
                    return Ty::Bool;
                }
                BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
                    if !either_float =>
                {
                    return Ty::Int;
                }
                _ => {}
            }
        }
        match (op, l, r) {
            (BinOp::Add, Ty::Str, Ty::Str) => Ty::Str,
            (BinOp::Mul, Ty::Str, Ty::Int | Ty::Bool)
            | (BinOp::Mul, Ty::Int | Ty::Bool, Ty::Str) => Ty::Str,
            (BinOp::Add, Ty::Bytes, Ty::Bytes)
            | (BinOp::Mul, Ty::Bytes, Ty::Int | Ty::Bool)
            | (BinOp::Mul, Ty::Int | Ty::Bool, Ty::Bytes) => Ty::Bytes,
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, _)
                if l.set_var().is_some() && r.set_var().is_some() =>
            {
                self.join_sets(l, r, span)
            }
            (BinOp::BitOr, Ty::Dict(_), Ty::Dict(_)) => self
                .join_or_refuse(l, r, span, |both| format!("a dict holding {both}"))
                .unwrap_or(Ty::Never),
            (BinOp::Add, Ty::List(_), Ty::List(_)) => self
                .join_or_refuse(l, r, span, |both| format!("a list holding {both}"))
                .unwrap_or(Ty::Never),
            // The repeated list shares its operand's element variable.
            (BinOp::Mul, Ty::List(var), Ty::Int | Ty::Bool)
            | (BinOp::Mul, Ty::Int | Ty::Bool, Ty::List(var)) => {
                Ty::List(self.infer.lists.find(var))
            }
            (BinOp::Mod, Ty::Str, _) => {
                self.unsupported(span, "`%` formatting of str".to_owned());
                Ty::Str
            }
            _ => {
                let message = format!(
                    "unsupported operand type(s) for {}: '{l}' and '{r}'",
                    op.symbol()
                );
                self.error(Code::TypeMismatch, span, message);
                Ty::Never
            }
        }
    }

    fn is_negative_literal(&self, expr: ExprId) -> bool {
        match &self.func.expr(expr).kind {
            ExprKind::Int(n) => *n < 0,
            ExprKind::Unary {
                op: UnaryOp::Neg,
                operand,
            } => {
                matches!(self.func.expr(*operand).kind, ExprKind::Int(n) if n > 0)
            }
            _ => false,
        }
    }

    fn builtin(
        &mut self,
        builtin: Builtin,
        args: &[Ty],
        keywords: &[(&str, Ty, Span)],
        arg_ids: &[ExprId],
        span: Span,
    ) -> Ty {
        let allowed_keywords: &[&str] = match builtin {
            Builtin::Print | Builtin::PrintErr => &["sep", "end", "flush"],
            Builtin::Round => &["ndigits"],
            Builtin::Math(krait_hir::MathFn::Isclose) => &["rel_tol", "abs_tol"],
            _ => &[],
        };
        for &(name, ty, kw_span) in keywords {
            if !allowed_keywords.contains(&name) {
                let message = format!(
                    "{}() got an unexpected keyword argument '{name}'",
                    builtin.name()
                );
                self.error(Code::BadCall, kw_span, message);
            } else if matches!(builtin, Builtin::Print | Builtin::PrintErr)
                && name != "flush"
                && !matches!(ty, Ty::Str | Ty::None | Ty::Never)
            {
                let message = format!("{name} must be None or a string, not {ty}");
                self.error(Code::TypeMismatch, kw_span, message);
            }
        }
        let n_positional = args.len() + keywords.iter().filter(|k| k.0 == "ndigits").count();
        let arity = |lo: usize, hi: usize| n_positional >= lo && n_positional <= hi;
        let name = builtin.name();
        let bad_arity = |this: &mut Self, expected: &str| {
            let message = format!("{name}() takes {expected} ({n_positional} given)");
            this.error(Code::BadCall, span, message);
            Ty::Never
        };
        // Folding over a dict folds over its keys (the elements of its variable); over a tuple
        // of one element type, over a list of its elements.
        let keys;
        let args = match (builtin, args) {
            (
                Builtin::Min | Builtin::Max | Builtin::Sum | Builtin::Any | Builtin::All,
                [Ty::Dict(var), rest @ ..],
            ) => {
                keys = std::iter::once(Ty::List(*var))
                    .chain(rest.iter().copied())
                    .collect::<Vec<_>>();
                &keys[..]
            }
            (
                Builtin::Min | Builtin::Max | Builtin::Sum | Builtin::Any | Builtin::All,
                [tuple @ Ty::Tuple(_)],
            )
            | (Builtin::Sum, [tuple @ Ty::Tuple(_), _])
                if tuple.homogeneous().is_some() =>
            {
                let var = self.site_var(arg_ids[0]);
                self.store_elem(var, tuple.homogeneous().expect("checked"), span);
                keys = std::iter::once(Ty::List(self.infer.lists.find(var)))
                    .chain(args[1..].iter().copied())
                    .collect::<Vec<_>>();
                &keys[..]
            }
            // Of a set, what does not depend on its order: min, max, any, all, and sums of ints.
            (
                Builtin::Min | Builtin::Max | Builtin::Any | Builtin::All | Builtin::Sum,
                [Ty::Set(var) | Ty::FrozenSet(var)],
            ) if builtin != Builtin::Sum
                || matches!(self.infer.lists.elem(*var), Ty::Int | Ty::Bool | Ty::Never) =>
            {
                keys = vec![Ty::List(*var)];
                &keys[..]
            }
            _ => args,
        };
        if args.contains(&Ty::Never) || keywords.iter().any(|k| k.1 == Ty::Never) {
            return Ty::Never;
        }
        match builtin {
            Builtin::Next => self.next(args, span),
            Builtin::WriteStdout | Builtin::WriteStderr => match args {
                [Ty::Str] => Ty::Int,
                [Ty::Never] => Ty::Never,
                [ty] => {
                    let message = format!("write() argument must be str, not {ty}");
                    self.error(Code::TypeMismatch, span, message);
                    Ty::Never
                }
                _ => bad_arity(self, "exactly one argument"),
            },
            Builtin::Print | Builtin::PrintErr => {
                for (&ty, &id) in args.iter().zip(arg_ids) {
                    if ty == Ty::Argv {
                        self.unsupported(self.func.expr(id).span, "printing `sys.argv`".to_owned());
                    }
                    let span = self.func.expr(id).span;
                    match (&self.func.expr(id).kind, ty) {
                        (ExprKind::Starred(_), Ty::List(var)) => {
                            let elem = self.infer.lists.elem(var);
                            self.check_formattable(elem, span);
                        }
                        (ExprKind::Starred(_), Ty::Tuple(_)) => {
                            for elem in ty.elements() {
                                self.check_formattable(elem, span);
                            }
                        }
                        _ => self.check_formattable(ty, span),
                    }
                }
                Ty::None
            }
            Builtin::Abs => {
                if !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                match args[0] {
                    Ty::Int | Ty::Bool => Ty::Int,
                    Ty::Float => Ty::Float,
                    Ty::Object(mask) => {
                        self.with_runtime_specials(Ty::OBJECT, &[(mask, "__abs__")], span)
                    }
                    Ty::Instance {
                        class,
                        nullable: false,
                    } if self.defines(class, "__abs__") => self
                        .special(class, "__abs__", &[], span)
                        .unwrap_or(Ty::Never),
                    ty => {
                        let name = self.ty_name(ty);
                        self.error(
                            Code::TypeMismatch,
                            span,
                            format!("bad operand type for abs(): '{name}'"),
                        );
                        Ty::Never
                    }
                }
            }
            Builtin::Min | Builtin::Max => {
                if let [Ty::List(var)] = args[..] {
                    if !keywords.is_empty() {
                        self.unsupported(span, format!("keyword arguments to {name}()"));
                        return Ty::Never;
                    }
                    let elem = self.infer.lists.elem(var);
                    self.check_orderable(elem, CmpOp::Gt, span);
                    return elem;
                }
                if args.len() < 2 {
                    self.unsupported(span, format!("{name}() of this iterable"));
                    return Ty::Never;
                }
                let first = args[0];
                if args.iter().all(|&t| t == first)
                    && matches!(first, Ty::Int | Ty::Float | Ty::Bool | Ty::Str)
                {
                    first
                } else if args.iter().all(|&t| t == first)
                    && matches!(first, Ty::Tuple(_) | Ty::Instance { .. } | Ty::List(_))
                {
                    self.check_orderable(first, CmpOp::Gt, span);
                    first
                } else if args.iter().all(|t| t.is_numeric() || t.is_object()) {
                    // The result is whichever argument wins: a dynamic value.
                    args.iter()
                        .fold(Ty::Never, |joined, &t| match joined.join(t) {
                            krait_types::Join::Same(ty) => ty,
                            krait_types::Join::Conflict => Ty::OBJECT,
                        })
                } else {
                    let message = format!(
                        "'<' not supported between instances of '{}' and '{}'",
                        args[1], args[0]
                    );
                    self.error(Code::TypeMismatch, span, message);
                    Ty::Never
                }
            }
            Builtin::Int => {
                if let ([text, base], true) = (args, arity(2, 2)) {
                    return match (*text, *base) {
                        (Ty::Str, Ty::Int | Ty::Bool) => Ty::Int,
                        (Ty::Str, base) => {
                            let message =
                                format!("'{base}' object cannot be interpreted as an integer");
                            self.error(Code::TypeMismatch, span, message);
                            Ty::Never
                        }
                        _ => {
                            let message = "int() can't convert non-string with explicit base";
                            self.error(Code::TypeMismatch, span, message.to_owned());
                            Ty::Never
                        }
                    };
                }
                if !arity(1, 1) {
                    if args.is_empty() {
                        return Ty::Int;
                    }
                    self.unsupported(span, "int() with these arguments".to_owned());
                    return Ty::Never;
                }
                match args[0] {
                    Ty::Int | Ty::Bool | Ty::Float | Ty::Str | Ty::Object(_) => Ty::Int,
                    ty => {
                        let message = format!(
                            "int() argument must be a string, a bytes-like object or a real number, not '{ty}'"
                        );
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                }
            }
            Builtin::Float => {
                if args.is_empty() {
                    return Ty::Float;
                }
                if !arity(1, 1) {
                    return bad_arity(self, "at most 1 argument");
                }
                match args[0] {
                    Ty::Int | Ty::Bool | Ty::Float | Ty::Str | Ty::Object(_) => Ty::Float,
                    ty => {
                        let message = format!(
                            "float() argument must be a string or a real number, not '{ty}'"
                        );
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                }
            }
            Builtin::Bool => {
                if args.len() > 1 {
                    return bad_arity(self, "at most 1 argument");
                }
                if args.first() == Some(&Ty::Argv) {
                    self.unsupported(span, "the truth value of `sys.argv`".to_owned());
                }
                Ty::Bool
            }
            Builtin::Sorted | Builtin::Zip | Builtin::Reversed => {
                unreachable!("typed with the call's own list variable")
            }
            Builtin::Hash => {
                if !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                self.check_hashable(args[0], span);
                if let Ty::Argv = args[0] {
                    self.error(
                        Code::TypeMismatch,
                        span,
                        "unhashable type: 'list'".to_owned(),
                    );
                }
                Ty::Int
            }
            Builtin::Ord | Builtin::Chr => {
                if !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                let (expected, result) = if builtin == Builtin::Ord {
                    (Ty::Str, Ty::Int)
                } else {
                    (Ty::Int, Ty::Str)
                };
                if !crate::conforms(args[0], expected) {
                    let message = if builtin == Builtin::Ord {
                        format!("ord() expected string of length 1, but {} found", args[0])
                    } else {
                        format!("'{}' object cannot be interpreted as an integer", args[0])
                    };
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                result
            }
            Builtin::Input => {
                if !arity(0, 1) {
                    return bad_arity(self, "at most 1 argument");
                }
                if let Some(&ty) = args.first() {
                    self.check_formattable_as(ty, false, span);
                }
                Ty::Str
            }
            Builtin::StdinRead | Builtin::StdinReadline => {
                if !arity(0, 0) {
                    return bad_arity(self, "no arguments");
                }
                Ty::Str
            }
            Builtin::Str | Builtin::Repr => {
                if builtin == Builtin::Repr && !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                if args.len() > 1 {
                    self.unsupported(span, "str() with an encoding".to_owned());
                }
                if args.first() == Some(&Ty::Argv) {
                    self.unsupported(span, "converting `sys.argv` to str".to_owned());
                }
                if let Some(&ty) = args.first() {
                    self.check_formattable_as(ty, builtin == Builtin::Repr, span);
                }
                Ty::Str
            }
            Builtin::Round => {
                if !arity(1, 2) {
                    return bad_arity(self, "at most 2 arguments");
                }
                let ndigits = args
                    .get(1)
                    .copied()
                    .or_else(|| keywords.iter().find(|k| k.0 == "ndigits").map(|k| k.1));
                if let Some(ndigits) = ndigits
                    && !matches!(ndigits, Ty::Int | Ty::Bool | Ty::None)
                {
                    let message = format!("'{ndigits}' object cannot be interpreted as an integer");
                    self.error(Code::TypeMismatch, span, message);
                }
                match (args[0], ndigits) {
                    (Ty::Float, Some(Ty::Int | Ty::Bool)) => Ty::Float,
                    (Ty::Object(_), Some(Ty::Int | Ty::Bool)) => Ty::OBJECT,
                    (Ty::Float | Ty::Int | Ty::Bool | Ty::Object(_), _) => Ty::Int,
                    (ty, _) => {
                        let message = format!("type {ty} doesn't define __round__ method");
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                }
            }
            Builtin::Pow => match args {
                [a, b] => self.binary_ty(BinOp::Pow, *a, *b, arg_ids[1], span),
                [a, b, m] => {
                    if [a, b, m].iter().all(|t| matches!(t, Ty::Int | Ty::Bool)) {
                        Ty::Int
                    } else {
                        let message =
                            "pow() 3rd argument not allowed unless all arguments are integers"
                                .to_owned();
                        self.error(Code::TypeMismatch, span, message);
                        Ty::Never
                    }
                }
                _ => bad_arity(self, "2 or 3 arguments"),
            },
            Builtin::Len => {
                if !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                let use_ = Use {
                    wanted: &[Want::Str, Want::List, Want::Dict, Want::Tuple, Want::Set],
                    prefer_first: false,
                    before: "TypeError: object of type '",
                    after: "' has no len()".to_owned(),
                    span,
                    carets: crate::Carets::Whole,
                };
                // An instance whose class defines `__len__` leaves the choice to the runtime.
                let arg = if self.may_define(args[0], "__len__") {
                    self.res.unboxed.remove(&arg_ids[0]);
                    args[0]
                } else {
                    self.unboxed(arg_ids[0], args[0], use_)
                };
                match arg {
                    Ty::Str
                    | Ty::Bytes
                    | Ty::Argv
                    | Ty::Tuple(_)
                    | Ty::List(_)
                    | Ty::Set(_)
                    | Ty::FrozenSet(_)
                    | Ty::Dict(_) => Ty::Int,
                    // Which `len` is decided when it runs.
                    Ty::Object(_) => Ty::Int,
                    // A dynamic value of no type `len` takes: it raises when it runs.
                    Ty::Never => Ty::Never,
                    Ty::Instance {
                        class,
                        nullable: false,
                    } if self.special(class, "__len__", &[], span).is_some() => Ty::Int,
                    ty => {
                        self.error(
                            Code::TypeMismatch,
                            span,
                            format!("object of type '{ty}' has no len()"),
                        );
                        Ty::Never
                    }
                }
            }
            Builtin::Sum => {
                let (list, start) = match args {
                    [Ty::List(var)] => (*var, Ty::Int),
                    [Ty::List(var), start] if start.is_numeric() || start.is_object() => {
                        (*var, *start)
                    }
                    _ => {
                        self.unsupported(span, "sum() of these arguments".to_owned());
                        return Ty::Never;
                    }
                };
                match (self.infer.lists.elem(list), start) {
                    // Elements may yet flow into the list: its sum's type is not known until
                    // they have (a float start is a float either way).
                    (Ty::Never, Ty::Float) => Ty::Float,
                    (Ty::Never, _) if !self.infer.settled => Ty::Never,
                    (Ty::Never, start) => start,
                    (Ty::Object(_), _) | (_, Ty::Object(_)) => Ty::OBJECT,
                    (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool) => Ty::Int,
                    (Ty::Float, Ty::Float) | (Ty::Int | Ty::Bool, Ty::Float) => Ty::Float,
                    // Of no floats, the sum is the int start: that raises when it runs (the
                    // result is a float).
                    (Ty::Float, _) => Ty::Float,
                    (elem, _) => {
                        self.unsupported(span, format!("sum() of a list of {elem}"));
                        Ty::Never
                    }
                }
            }
            Builtin::Any | Builtin::All => match args {
                [Ty::List(_) | Ty::Gen(_)] => Ty::Bool,
                _ => {
                    self.unsupported(span, format!("{name}() of this argument"));
                    Ty::Never
                }
            },
            Builtin::Bin
            | Builtin::Oct
            | Builtin::Hex
            | Builtin::MathIsqrt
            | Builtin::MathFactorial => {
                if !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                if !matches!(args[0], Ty::Int | Ty::Bool) {
                    let message =
                        format!("'{}' object cannot be interpreted as an integer", args[0]);
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                if matches!(builtin, Builtin::MathIsqrt | Builtin::MathFactorial) {
                    Ty::Int
                } else {
                    Ty::Str
                }
            }
            Builtin::RangeContains => {
                if let Some(ty) = args[1..].iter().find(|t| !matches!(t, Ty::Int | Ty::Bool)) {
                    let message = format!("'{ty}' object cannot be interpreted as an integer");
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                if !matches!(args[0], Ty::Int | Ty::Bool) {
                    self.unsupported(
                        span,
                        format!("a `{}` tested for membership in a range", args[0]),
                    );
                }
                Ty::Bool
            }
            Builtin::MathComb if !arity(2, 2) => bad_arity(self, "exactly two arguments"),
            Builtin::MathGcd | Builtin::MathComb => {
                if !args.iter().all(|t| matches!(t, Ty::Int | Ty::Bool)) {
                    let message = "'float' object cannot be interpreted as an integer".to_owned();
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                Ty::Int
            }
            Builtin::MathFloor | Builtin::MathCeil | Builtin::MathTrunc | Builtin::MathFabs => {
                if !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                if !args[0].is_numeric() && !args[0].is_object() {
                    let message = format!("must be real number, not {}", args[0]);
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                if builtin == Builtin::MathFabs {
                    Ty::Float
                } else {
                    Ty::Int
                }
            }
            Builtin::Math(function) => {
                let (least, most) = function.arity();
                if !arity(least, most) {
                    let expected = match (least, most) {
                        (1, 1) => "exactly one argument",
                        (2, 2) => "exactly 2 arguments",
                        _ => "1 or 2 arguments",
                    };
                    return bad_arity(self, expected);
                }
                let keyword_tys = keywords.iter().map(|k| &k.1);
                if let Some(ty) = args
                    .iter()
                    .chain(keyword_tys)
                    .find(|t| !t.is_numeric() && !t.is_object())
                {
                    let message = format!("must be real number, not {ty}");
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                if function.is_test() {
                    Ty::Bool
                } else {
                    Ty::Float
                }
            }
            Builtin::MathSqrt => {
                if !arity(1, 1) {
                    return bad_arity(self, "exactly one argument");
                }
                if !args[0].is_numeric() && !args[0].is_object() {
                    let message = format!("must be real number, not {}", args[0]);
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                Ty::Float
            }
            Builtin::Divmod => {
                if args.len() != 2 {
                    return bad_arity(self, "exactly 2 arguments");
                }
                if !(args[0].is_numeric() && args[1].is_numeric()) {
                    let message = format!(
                        "unsupported operand type(s) for divmod(): '{}' and '{}'",
                        args[0], args[1]
                    );
                    self.error(Code::TypeMismatch, span, message);
                    return Ty::Never;
                }
                let part = if args.contains(&Ty::Float) {
                    Ty::Float
                } else {
                    Ty::Int
                };
                Ty::tuple(&[part, part])
            }
            Builtin::SysExit => {
                if args.len() > 1 {
                    return bad_arity(self, "at most 1 argument");
                }
                if matches!(args.first(), Some(Ty::Float | Ty::Argv | Ty::Tuple(_))) {
                    self.unsupported(span, "sys.exit() with this argument".to_owned());
                }
                Ty::Never
            }
        }
    }
}

/// Whether `<` between the two types is defined: numbers with numbers, a str with a str, and
/// tuples whose aligned elements are.
fn ordering_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        _ => ">=",
    }
}

fn orderable(lhs: Ty, rhs: Ty) -> bool {
    match (lhs, rhs) {
        (Ty::Tuple(_), Ty::Tuple(_)) => lhs
            .elements()
            .into_iter()
            .zip(rhs.elements())
            .all(|(a, b)| orderable(a, b)),
        // A dynamic value's comparisons are decided when they run.
        (Ty::Object(_), other) | (other, Ty::Object(_)) => {
            other.is_dynamic() && !matches!(other, Ty::List(_) | Ty::Set(_))
        }
        _ => {
            (lhs.is_numeric() && rhs.is_numeric())
                || (lhs == rhs && matches!(lhs, Ty::Str | Ty::Bytes))
        }
    }
}

fn intrinsic_ty(intrinsic: Intrinsic) -> Ty {
    match intrinsic {
        Intrinsic::LoadU8
        | Intrinsic::LoadI32
        | Intrinsic::LoadI64
        | Intrinsic::Alloc
        | Intrinsic::AllocBuffer
        | Intrinsic::MemorySize
        | Intrinsic::MemoryGrow
        | Intrinsic::ShadowTop
        | Intrinsic::StrAddr
        | Intrinsic::StrSize
        | Intrinsic::F64Bits
        | Intrinsic::WrapMul
        | Intrinsic::WrapAdd
        | Intrinsic::ShrU
        | Intrinsic::TruncF64
        | Intrinsic::TracebackLen
        | Intrinsic::ObjTag
        | Intrinsic::ObjAddr
        | Intrinsic::InstanceSpecial
        | Intrinsic::Entropy => Ty::Int,
        Intrinsic::BoxInt
        | Intrinsic::BoxFloat
        | Intrinsic::BoxBool
        | Intrinsic::BoxStr
        | Intrinsic::ObjAt
        | Intrinsic::InstanceSpecialObject
        | Intrinsic::ListBox => Ty::OBJECT,
        Intrinsic::StoreU8
        | Intrinsic::StoreI32
        | Intrinsic::StoreI64
        | Intrinsic::Release
        | Intrinsic::Write
        | Intrinsic::Copy
        | Intrinsic::CopyShort
        | Intrinsic::ArgsSizesGet
        | Intrinsic::ArgsGet
        | Intrinsic::FdRead => Ty::None,
        Intrinsic::StrNew
        | Intrinsic::StrAt
        | Intrinsic::TracebackFrame
        | Intrinsic::InstanceText
        | Intrinsic::ClassName => Ty::Str,
        Intrinsic::BitsF64 | Intrinsic::FloorF64 | Intrinsic::SqrtF64 => Ty::Float,
        Intrinsic::ULt | Intrinsic::InstanceDefines => Ty::Bool,
        Intrinsic::Exit | Intrinsic::Raise => Ty::Never,
    }
}

/// Where a local of `func` is written: each write's position, and whether it is a statement
/// of the body's top level (which runs once, before everything after it).
fn local_writes(func: &Function) -> Vec<Vec<(u32, bool)>> {
    let mut writes = vec![Vec::new(); func.locals.len()];
    let mut record = |place: Place, at: u32, top: bool| {
        if let Place::Local(local) = place {
            writes[local.index()].push((at, top));
        }
    };
    for stmt in &func.body {
        stmt_writes(stmt, true, &mut record);
    }
    for expr in &func.exprs {
        if let ExprKind::AssignExpr { place, .. } = expr.kind {
            record(place, u32::from(expr.span.range.start()), false);
        }
    }
    writes
}

/// Where a statement writes a variable: `write(place, position, whether at the top level)`.
type OnWrite<'a> = dyn FnMut(Place, u32, bool) + 'a;

fn target_writes(target: &Target, top: bool, write: &mut OnWrite<'_>) {
    match target {
        Target::Place(place, span) => write(*place, u32::from(span.range.start()), top),
        Target::Tuple(targets, _) => targets.iter().for_each(|t| target_writes(t, top, write)),
        Target::Starred(target, _) => target_writes(target, top, write),
        _ => {}
    }
}

fn stmt_writes(stmt: &Stmt, top: bool, write: &mut OnWrite<'_>) {
    let nested = |stmts: &[Stmt], write: &mut OnWrite<'_>| {
        stmts.iter().for_each(|s| stmt_writes(s, false, write));
    };
    match stmt {
        Stmt::Assign { targets, .. } | Stmt::AssignTuple { targets, .. } => {
            targets.iter().for_each(|t| target_writes(t, top, write));
        }
        Stmt::AugAssign { place, span, .. } => write(*place, u32::from(span.range.start()), top),
        Stmt::ForEach {
            target,
            body,
            orelse,
            ..
        } => {
            target_writes(target, false, write);
            nested(body, write);
            nested(orelse, write);
        }
        Stmt::ForRange {
            var,
            body,
            orelse,
            range_span,
            ..
        } => {
            write(*var, u32::from(range_span.range.start()), false);
            nested(body, write);
            nested(orelse, write);
        }
        Stmt::If { body, orelse, .. } | Stmt::While { body, orelse, .. } => {
            nested(body, write);
            nested(orelse, write);
        }
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            nested(body, write);
            for handler in handlers {
                if let Some(place) = handler.name {
                    write(place, 0, false);
                }
                nested(&handler.body, write);
            }
            nested(orelse, write);
            nested(finalbody, write);
        }
        Stmt::With { target, body, .. } => {
            if let Some(target) = target {
                target_writes(target, false, write);
            }
            nested(body, write);
        }
        Stmt::YieldFrom { each, returned } => {
            stmt_writes(each, false, write);
            if let Some(local) = returned {
                write(Place::Local(*local), 0, false);
            }
        }
        _ => {}
    }
}
