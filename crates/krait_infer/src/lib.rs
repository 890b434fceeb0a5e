//! Whole-program type inference by abstract interpretation over concrete types.
//!
//! Each function is analysed once per tuple of argument types it is called with (an
//! [`Instance`]), as Julia and Codon specialise. The analysis iterates over every instance until
//! no local, global or return type changes; types only grow in the lattice of `krait_types`, so
//! it terminates. Runtime functions are instantiated from their annotations.
//!
//! Produces [`Typeck`]: side tables keyed by `ExprId` per instance, read by `krait_lower`.
//! User errors (operands Python rejects, values krait cannot give one type) are reported only
//! once the fixed point is reached, so no error is reported about a type not yet known.

mod body;
mod closing;

pub use body::is_exception_args;
pub use closing::reads_variable;

pub use body::terminates;

use krait_diagnostics::{Code, Diagnostic, Span};
use krait_hir::{ExprId, FuncId, FuncKind, LocalId, Program};
use krait_types::{Dyn, Join, ListVar, Ty};
use rustc_hash::{FxHashMap, FxHashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstanceId(pub u32);

impl InstanceId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One specialisation of a function: the function and the types of its arguments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Instance {
    pub func: FuncId,
    pub args: Vec<Ty>,
}

/// The types of one instance's body.
#[derive(Clone, Debug, Default)]
pub struct TypeckResult {
    pub expr_tys: Vec<Ty>,
    pub local_tys: Vec<Ty>,
    pub ret: Ty,
    /// What a generator's `return` gives (None when it falls off its end).
    pub returned: Ty,
    /// What a generator is sent by `send()` (and, through `yield from`, what the generator
    /// delegating to it is sent).
    pub sent: Ty,
    /// The instance each call of a user or runtime function goes to.
    pub callees: FxHashMap<ExprId, InstanceId>,
    /// The instances a method call dispatches to, by the classes of its receiver, where the
    /// classes the receiver can be resolve the method differently.
    pub dispatch: FxHashMap<ExprId, Vec<(Vec<krait_types::ClassId>, InstanceId)>>,
    /// Dynamic values that are one type or None, used where only that type will do (a str
    /// method's receiver, `len`'s argument, an iterable): the type the use sees, and the
    /// exception (CPython's for None) the value raises there when it is None.
    pub unboxed: FxHashMap<ExprId, Unboxed>,
    /// The dict each call of a method with `**kwargs` makes, and the keyword arguments (by
    /// index among the call's named ones) that go in it.
    pub kwargs_calls: FxHashMap<ExprId, (ListVar, Vec<usize>)>,
    /// The instances a call of one of several functions (`Ty::Funcs`) dispatches to, in the
    /// order of the set's functions.
    pub func_dispatch: FxHashMap<ExprId, Vec<InstanceId>>,
    /// The type `obj[i] op= value` stores through `__setitem__`, by the statement's value.
    pub item_results: FxHashMap<ExprId, Ty>,
    /// Where each parameter of a method call's callee gets its value, for calls that pass
    /// keywords or leave parameters to their defaults.
    pub method_args: FxHashMap<ExprId, Vec<ArgSource>>,
    /// Generators passed to builtins and methods, which take them as lists of what they
    /// yield: the generator each such argument makes, the list's variable, and the call that
    /// takes it (a traceback shows it for an exception the generator raises).
    pub gen_lists: FxHashMap<ExprId, (krait_types::GenRef, krait_types::ListVar, Span)>,
    /// Likewise instances of classes with `__iter__` (their type, the list's variable, the
    /// call), which builtins take as the list of what iterating them gives.
    pub iter_lists: FxHashMap<ExprId, (Ty, krait_types::ListVar, Span)>,
    /// Method calls `object.attr(args)` that call the function an attribute holds, with its
    /// type.
    pub field_calls: FxHashMap<ExprId, Ty>,
    /// Calls whose last positional argument is `*list`: how many elements the list may have,
    /// and CPython's TypeErrors when it has more or too few (see [`StarCall`]).
    pub star_calls: FxHashMap<ExprId, StarCall>,
    /// Calls with a `**mapping` argument, and what they check (see [`MappingCall`]).
    pub mapping_calls: FxHashMap<ExprId, MappingCall>,
}

/// A dynamic operand used where only one type will do (see `TypeckResult::unboxed`).
#[derive(Clone, Debug)]
pub struct Unboxed {
    /// The type the use sees.
    pub ty: Ty,
    /// The exception the operand raises there when it is of another type ("Type: message"),
    /// in two parts around the name of the operand's type.
    pub error: (String, String),
    /// Whether the operand may be of types besides the one and None (whose tag is checked).
    pub checked: bool,
    /// For an instance type: the classes the operand must be of exactly (those that have the
    /// member used), when not every class of the type's hierarchies does.
    pub classes: Option<Vec<krait_types::ClassId>>,
    /// Where the exception is blamed.
    pub span: Span,
    pub carets: Carets,
}

/// What CPython's caret line under a traceback's source line marks.
#[derive(Clone, Copy, Debug)]
pub enum Carets {
    /// The whole expression.
    Whole,
    /// The part of it between these byte offsets (a subscript's `[...]`).
    Part(u32, u32),
    /// No caret line (a `for` statement's iteration).
    None,
}

/// What a call `f(a, *list)` checks when it runs: the parameters after the explicit
/// positional arguments take the list's elements, so it may have at most `limit` of them
/// (unless `*args` takes the rest: None; more raise `too_many`, the text before the number of arguments given and
/// `given_besides`, the arguments given besides the list's, or, where a keyword names the
/// next parameter, `multiple`); with fewer than the first of `missing`'s indices the message
/// beside it (the required parameters left without a value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StarCall {
    pub limit: Option<usize>,
    pub too_many: String,
    pub given_besides: usize,
    pub multiple: Option<String>,
    pub missing: Vec<(usize, String)>,
}

/// Where a parameter gets its value in a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgSource {
    /// The call's positional argument of this index.
    Positional(usize),
    /// The value of the call's keyword argument of this index.
    Keyword(usize),
    /// The parameter's default, in its hidden global.
    Default(krait_hir::GlobalId),
    /// The `*args` parameter: the tuple of the call's positional arguments from the first
    /// index to before the second.
    Varargs(usize, usize),
    /// The `*args` parameter of a call with a `*list`: a dynamic tuple of the call's
    /// positional arguments from `from` to before `to`, then the list's elements from `skip`
    /// on (those before went to parameters).
    VarargsStarred { from: usize, to: usize, skip: usize },
    /// Element `index` of the call's `*list` argument, or, when the list is shorter, the
    /// default (a missing one is a TypeError, see [`StarCall`]).
    Starred {
        index: usize,
        default: Option<krait_hir::GlobalId>,
    },
    /// The default the function value captured, the one of this index among its captured
    /// values (see `Function::captured_defaults`).
    Captured(usize),
    /// The value of the call's `**mapping` argument for the key `MappingCall::mapped[key]`,
    /// or, when it has no such key, the default (see [`MappingCall`]).
    Mapped {
        key: usize,
        default: Option<krait_hir::GlobalId>,
    },
    /// The `**kwargs` parameter of a method: a dict of the call's keyword arguments no other
    /// parameter takes, by their names (see `TypeckResult::kwargs_calls`).
    Kwargs,
}

/// What a call `f(..., **mapping)` checks when it runs: every key of the mapping names one of
/// `mapped` (the parameters nothing else gave a value; else CPython's TypeError, "got
/// multiple values" for one of `bound`, "got an unexpected keyword argument" otherwise); and
/// the mapping has a key for each of `required`, by index into `mapped` (else the TypeError
/// `missing` gives for them: positional parameters first, as CPython reports them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MappingCall {
    pub func: String,
    pub mapped: Vec<String>,
    pub bound: Vec<String>,
    pub required: Vec<(usize, bool)>,
    /// For a function with `**kwargs` (whose other parameters the call's arguments all gave
    /// values): the keys naming none of `bound` go to `**kwargs`, but those of the call's
    /// keyword arguments it also takes (these names) are CPython's TypeError "got multiple
    /// values for keyword argument", naming the function by its qualified name (the second).
    pub kwargs: Option<(Vec<String>, String)>,
}

/// Binds a call's `n_positional` arguments and `keywords` to the parameters of `func` after
/// its first `skip` (the receiver) and before its last `hidden` (the variables a closure
/// captured), as CPython would: the positional arguments to the parameters before `*args`
/// (if any) and the rest to `*args`, keywords to the parameters they name (but `*args` and
/// `**kwargs`), those naming none to `**kwargs`. Its TypeError message when it cannot,
/// naming the function `name` (CPython's qualified name: `Class.method` for a method;
/// `qualified` with its module's name).
#[allow(clippy::too_many_arguments)]
pub fn bind_args(
    func: &krait_hir::Function,
    name: &str,
    qualified: &str,
    skip: usize,
    hidden: usize,
    n_positional: usize,
    keywords: &[krait_hir::Keyword],
    star: bool,
    mapping: bool,
) -> Result<BoundArgs, String> {
    let end = func.params.len() - hidden;
    let params = &func.params[skip.min(end)..end];
    let positional = params.len() - func.keyword_only;
    let varargs = func.vararg.then(|| positional - 1);
    // The parameters positional arguments go to.
    let fixed = varargs.unwrap_or(positional);
    // CPython counts the receiver of a method among the arguments, and a constructor's
    // arguments are `__init__`'s, after the instance.
    let counted = skip + usize::from(matches!(func.kind, krait_hir::FuncKind::Constructor(_)));
    let required = params[..fixed]
        .iter()
        .filter(|p| p.default.is_none())
        .count();
    let takes = if required == fixed {
        format!("{name}() takes {} positional argument", fixed + counted)
    } else {
        format!(
            "{name}() takes from {} to {} positional argument",
            required + counted,
            fixed + counted
        )
    };
    let takes = format!(
        "{takes}{} but ",
        if fixed + counted == 1 { "" } else { "s" }
    );
    if n_positional > fixed && varargs.is_none() {
        let given = n_positional + counted;
        let were = if given == 1 { "was" } else { "were" };
        return Err(format!("{takes}{given} {were} given"));
    }
    let mut sources: Vec<Option<ArgSource>> = (0..params.len())
        .map(|i| (i < fixed.min(n_positional)).then_some(ArgSource::Positional(i)))
        .collect();
    if let Some(varargs) = varargs {
        sources[varargs] = Some(ArgSource::Varargs(fixed.min(n_positional), n_positional));
    }
    // `**kwargs`, the last parameter, takes the keywords no other parameter does.
    let named = params.len() - usize::from(func.kwarg);
    let mut kwargs = Vec::new();
    for (k, keyword) in keywords.iter().enumerate() {
        let param = (0..named).find(|&i| Some(i) != varargs && params[i].name == keyword.name);
        match param {
            None if func.kwarg => kwargs.push(k),
            None => {
                return Err(format!(
                    "{name}() got an unexpected keyword argument '{}'",
                    keyword.name
                ));
            }
            Some(i) if sources[i].is_some() => {
                return Err(format!(
                    "{name}() got multiple values for argument '{}'",
                    keyword.name
                ));
            }
            Some(i) => sources[i] = Some(ArgSource::Keyword(k)),
        }
    }
    if func.kwarg {
        sources[named] = Some(ArgSource::Kwargs);
    }
    let star = star.then(|| {
        // The list fills the positional parameters up to the first a keyword names.
        let start = n_positional.min(fixed);
        let end = (start..fixed)
            .find(|&i| sources[i].is_some())
            .unwrap_or(fixed);
        let multiple = (end < fixed).then(|| {
            format!(
                "{name}() got multiple values for argument '{}'",
                params[end].name
            )
        });
        let mut missing = Vec::new();
        for i in start..end {
            sources[i] = Some(ArgSource::Starred {
                index: i - start,
                default: params[i].default,
            });
        }
        let unfilled: Vec<usize> = (start..end)
            .filter(|&i| params[i].default.is_none())
            .collect();
        for (j, &i) in unfilled.iter().enumerate() {
            let names: Vec<String> = unfilled[j..]
                .iter()
                .map(|&u| format!("'{}'", params[u].name))
                .collect();
            missing.push((i - start, missing_message(name, &names)));
        }
        // `*args` takes the elements the parameters do not, unless a keyword named the
        // parameter the next would go to.
        let rest = match varargs {
            Some(varargs) if multiple.is_none() => {
                sources[varargs] = Some(ArgSource::VarargsStarred {
                    from: start,
                    to: n_positional,
                    skip: end - start,
                });
                true
            }
            _ => false,
        };
        StarCall {
            limit: (!rest).then_some(end - start),
            too_many: takes.clone(),
            given_besides: n_positional + counted,
            multiple,
            missing,
        }
    });
    let mapping = mapping.then(|| {
        // The receiver too, which the call binds before `params`.
        let receiver = &func.params[..skip.min(end)];
        let given = params.iter().zip(&sources).enumerate();
        let bound = receiver
            .iter()
            .chain(
                given
                    .filter(|&(i, (_, s))| s.is_some() && Some(i) != varargs && i != named)
                    .map(|(_, (p, _))| p),
            )
            .map(|p| p.name.clone())
            .collect();
        let mut mapped = Vec::new();
        let mut required = Vec::new();
        for (i, (source, param)) in sources.iter_mut().zip(params).enumerate() {
            if source.is_none() {
                if param.default.is_none() {
                    required.push((mapped.len(), i >= positional));
                }
                *source = Some(ArgSource::Mapped {
                    key: mapped.len(),
                    default: param.default,
                });
                mapped.push(param.name.clone());
            }
        }
        let kwargs = func.kwarg.then(|| {
            let names = kwargs.iter().map(|&k| keywords[k].name.clone()).collect();
            (names, qualified.to_owned())
        });
        MappingCall {
            func: name.to_owned(),
            mapped,
            bound,
            required,
            kwargs,
        }
    });
    // CPython reports the positional parameters left without a value first.
    for keyword_only in [false, true] {
        let mut missing = Vec::new();
        for (i, (source, param)) in sources.iter_mut().zip(params).enumerate() {
            if source.is_some() || (i >= positional) != keyword_only {
                continue;
            }
            let captured = func.captured_defaults.iter().find(|&&(p, _)| p == i + skip);
            match (param.default, captured) {
                (Some(global), _) => *source = Some(ArgSource::Default(global)),
                (None, Some(&(_, k))) => *source = Some(ArgSource::Captured(k)),
                (None, None) => missing.push(format!("'{}'", param.name)),
            }
        }
        if !missing.is_empty() {
            let message = missing_message(name, &missing);
            return Err(match keyword_only {
                true => message.replace(" positional ", " keyword-only "),
                false => message,
            });
        }
    }
    let sources = sources.into_iter().map(|s| s.expect("bound")).collect();
    Ok(BoundArgs {
        sources,
        star,
        mapping,
        kwargs,
    })
}

/// Where each parameter of a call gets its value, and what the call checks when it runs
/// where it unpacks a list or a mapping.
pub struct BoundArgs {
    pub sources: Vec<ArgSource>,
    pub star: Option<StarCall>,
    pub mapping: Option<MappingCall>,
    /// The keyword arguments a `**kwargs` parameter takes, by index.
    pub kwargs: Vec<usize>,
}

/// CPython's TypeError for a call leaving parameters `names` (quoted) without a value.
fn missing_message(name: &str, names: &[String]) -> String {
    let list = match names.len() {
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    };
    format!(
        "{name}() missing {} required positional argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    )
}

impl TypeckResult {
    pub fn expr(&self, id: ExprId) -> Ty {
        self.expr_tys[id.index()]
    }

    pub fn local(&self, id: LocalId) -> Ty {
        self.local_tys[id.index()]
    }
}

pub struct Typeck {
    /// The generator instances that closing runs code in (see `closing`).
    pub closes: FxHashSet<InstanceId>,
    pub instances: Vec<Instance>,
    pub results: Vec<TypeckResult>,
    pub globals: Vec<Ty>,
    /// The instances of the module bodies, in the order they run.
    pub module_bodies: Vec<InstanceId>,
    /// Runtime functions by name, one instance each.
    pub runtime: FxHashMap<String, InstanceId>,
    /// The attributes and their types of each class hierarchy, by its root class, in the
    /// order they are first assigned (every instance in the hierarchy has room for all).
    pub fields: Vec<Vec<(String, Ty)>>,
    /// The attributes each class's instances have once constructed.
    pub initialised: Vec<Vec<String>>,
    pub lists: ListVars,
    /// The list variable of each starred assignment target, by function and span.
    pub star_lists: FxHashMap<(FuncId, Span), ListVar>,
    /// The `__str__` (false) or `__repr__` (true) instance that converting an instance of each
    /// class to str calls.
    pub formatters: FxHashMap<(krait_types::ClassId, bool), InstanceId>,
    /// The instance of each special method an operation calls implicitly, by the class of the
    /// object, the method's name and the type of its argument (Never for none).
    pub specials: FxHashMap<(krait_types::ClassId, String, Ty), InstanceId>,
    /// Whether the program depends on the order of a set (iterates, prints or pops one):
    /// then sets are laid out as CPython's, else in a faster table whose order nothing sees.
    pub ordered_sets: bool,
    /// The list variables of the lists that stand for `range` objects (`ExprKind::RangeOf`):
    /// indexing one out of range says so.
    pub range_lists: Vec<ListVar>,
    /// What iterating a tuple whose elements are of several types, or a dynamic value that
    /// may be several iterables, gives: the join of what each gives.
    pub iter_elems: FxHashMap<Ty, Ty>,
    /// The classes whose instances may be dynamic values (subclasses included): the runtime
    /// names them and shows them through `formatters`.
    pub dynamic_classes: Vec<krait_types::ClassId>,
    /// The instance of each special method of `krait_hir::RUNTIME_SPECIALS` (by its number
    /// there) that the runtime calls on instances of a class among `dynamic_classes`; a
    /// comparison's other operand is any dynamic value.
    pub runtime_specials: FxHashMap<(krait_types::ClassId, usize), InstanceId>,
}

/// How the argument types of a special method call key `Typeck::specials`: Never for none,
/// the type of one, the tuple of several.
pub fn special_key(args: &[Ty]) -> Ty {
    match args {
        [] => Ty::Never,
        [one] => *one,
        _ => Ty::tuple(args),
    }
}

impl Typeck {
    /// The instances of special method `name` of the classes an instance of `class` can be,
    /// grouped by instance, for dispatch; None when inference did not type that call.
    #[allow(clippy::type_complexity)]
    pub fn special_targets(
        &self,
        program: &Program,
        class: krait_types::ClassId,
        name: &str,
        args: &[Ty],
    ) -> Option<Vec<(Vec<krait_types::ClassId>, InstanceId)>> {
        let key = special_key(args);
        let mut targets: Vec<(Vec<krait_types::ClassId>, InstanceId)> = Vec::new();
        for k in program.subclasses(class) {
            let instance = *self.specials.get(&(k, name.to_owned(), key))?;
            match targets.iter_mut().find(|(_, i)| *i == instance) {
                Some((classes, _)) => classes.push(k),
                None => targets.push((vec![k], instance)),
            }
        }
        Some(targets)
    }
}

/// The element types of list variables (and the value types of dicts'), with the union-find
/// that unifies variables of lists that flow together.
#[derive(Clone, Default)]
pub struct ListVars {
    parent: Vec<u32>,
    elems: Vec<Ty>,
    values: Vec<Ty>,
    defaults: Vec<Option<DictDefault>>,
}

/// What reading a missing key of a dict gives, for the dicts that are not plain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictDefault {
    /// `defaultdict(factory)` of a class (`int`, `list`...), by its name: a new value of it,
    /// stored under the key.
    Class(&'static str),
    /// `defaultdict(lambda: ...)`: what the lambda (this instance) returns, stored.
    Lambda(InstanceId),
    /// `Counter`: 0, not stored.
    Counter,
}

impl ListVars {
    pub(crate) fn fresh(&mut self) -> ListVar {
        self.parent.push(self.parent.len() as u32);
        self.elems.push(Ty::Never);
        self.values.push(Ty::Never);
        self.defaults.push(None);
        ListVar(self.parent.len() as u32 - 1)
    }

    /// What reading a missing key of dicts of `var` gives (None: KeyError).
    pub fn missing(&self, var: ListVar) -> Option<DictDefault> {
        self.defaults[self.find(var).index()]
    }

    /// The value type of dicts of `var`.
    pub fn value(&self, var: ListVar) -> Ty {
        self.values[self.find(var).index()]
    }

    pub fn find(&self, var: ListVar) -> ListVar {
        let mut v = var.0;
        while self.parent[v as usize] != v {
            v = self.parent[v as usize];
        }
        ListVar(v)
    }

    /// The element type of lists of `var`.
    pub fn elem(&self, var: ListVar) -> Ty {
        self.elems[self.find(var).index()]
    }
}

impl Typeck {
    pub fn instance(&self, id: InstanceId) -> &Instance {
        &self.instances[id.index()]
    }

    pub fn result(&self, id: InstanceId) -> &TypeckResult {
        &self.results[id.index()]
    }

    /// The instance of runtime function `name`; lowering calls these for builtins.
    pub fn runtime(&self, name: &str) -> InstanceId {
        self.runtime[name]
    }
}

pub(crate) struct Infer<'p> {
    pub(crate) program: &'p Program,
    pub(crate) instances: Vec<Instance>,
    pub(crate) index: FxHashMap<Instance, InstanceId>,
    pub(crate) results: Vec<TypeckResult>,
    pub(crate) globals: Vec<Ty>,
    pub(crate) changed: bool,
    /// The first call that created each user instance, to blame for annotation mismatches.
    pub(crate) first_calls: FxHashMap<InstanceId, Span>,
    /// Errors of the current round, keyed so that a round reports each once, with the instance
    /// whose analysis found them (None for program-wide checks).
    pub(crate) errors: FxHashMap<(Span, String), (Diagnostic, Option<InstanceId>)>,
    /// The instance being analysed.
    pub(crate) current: Option<InstanceId>,
    /// Each class's attributes: their types joined over every assignment, program-wide.
    pub(crate) fields: Vec<Vec<(String, Ty)>>,
    pub(crate) lists: ListVars,
    /// The list variable of each list display, by function and expression.
    pub(crate) list_sites: FxHashMap<(FuncId, ExprId, Option<InstanceId>), ListVar>,
    /// How many instances each function has, and each instance's number among its
    /// function's.
    pub(crate) instance_counts: FxHashMap<FuncId, u32>,
    pub(crate) ordinals: Vec<u32>,
    /// The list variable of each starred assignment target, by function and span.
    pub(crate) star_sites: FxHashMap<(FuncId, Span), ListVar>,
    /// Whether the element types of lists have stopped growing: until then, what is known of
    /// a list with no element type yet is provisional.
    pub(crate) settled: bool,
    /// The variable of the containers a `defaultdict`'s factory makes, by its site.
    pub(crate) factory_sites: FxHashMap<(FuncId, ExprId), ListVar>,
    /// Runtime functions by name, one instance each.
    pub(crate) runtime: FxHashMap<String, InstanceId>,
    /// The list variables of lists that stand for iterators or views (`zip`, `reversed`,
    /// `dict.keys()`...): printing one would show a list where CPython shows the object.
    pub(crate) views: Vec<ListVar>,
    /// See `Typeck::range_lists`.
    pub(crate) range_lists: Vec<ListVar>,
    /// Variables of lists that dynamic values may be: their elements are dynamic values too
    /// (so that the runtime can show, compare and walk them).
    pub(crate) dynamic_lists: Vec<ListVar>,
    /// The `__str__` (false) or `__repr__` (true) instance that converting an instance of each
    /// class to str calls.
    pub(crate) formatters: FxHashMap<(krait_types::ClassId, bool), InstanceId>,
    /// The instance of each special method an operation calls implicitly, by the class of the
    /// object, the method's name and the type of its argument (Never for none).
    pub(crate) specials: FxHashMap<(krait_types::ClassId, String, Ty), InstanceId>,
    /// Where attributes are assigned, by the class of the object assigned to.
    pub(crate) field_writes: FxHashMap<(krait_types::ClassId, String), Span>,
    /// Where each attribute is read, to report those no code assigns.
    pub(crate) field_reads: FxHashMap<(krait_types::ClassId, String), Span>,
    /// See `Typeck::ordered_sets`.
    pub(crate) ordered_sets: bool,
    pub(crate) iter_elems: FxHashMap<Ty, Ty>,
    /// See `Typeck::dynamic_classes`.
    pub(crate) dynamic_classes: Vec<krait_types::ClassId>,
    /// See `Typeck::runtime_specials`.
    pub(crate) runtime_specials: FxHashMap<(krait_types::ClassId, usize), InstanceId>,
    /// The element variable of each tuple type's values when they are dynamic values.
    tuple_vars: FxHashMap<krait_types::TupleId, ListVar>,
    /// The element variable of the dynamic tuples each function's `*args` gets from calls
    /// with a `*list` (see `ArgSource::VarargsStarred`).
    starred_varargs: FxHashMap<krait_hir::FuncId, ListVar>,
    /// The root exception classes whose instances keep arguments' tuples of different types
    /// (`e.args` of them is refused; each constructor keeps the type it makes).
    pub(crate) mixed_args: FxHashSet<krait_types::ClassId>,
}

impl Infer<'_> {
    pub(crate) fn instantiate(&mut self, func: FuncId, args: Vec<Ty>) -> InstanceId {
        let instance = Instance { func, args };
        if let Some(&id) = self.index.get(&instance) {
            return id;
        }
        let id = InstanceId(self.instances.len() as u32);
        let f = self.program.func(func);
        let mut result = TypeckResult {
            expr_tys: vec![Ty::Never; f.exprs.len()],
            local_tys: vec![Ty::Never; f.locals.len()],
            ret: Ty::Never,
            returned: Ty::Never,
            sent: Ty::Never,
            callees: FxHashMap::default(),
            dispatch: FxHashMap::default(),
            func_dispatch: FxHashMap::default(),
            unboxed: FxHashMap::default(),
            kwargs_calls: FxHashMap::default(),
            item_results: FxHashMap::default(),
            method_args: FxHashMap::default(),
            gen_lists: FxHashMap::default(),
            iter_lists: FxHashMap::default(),
            field_calls: FxHashMap::default(),
            star_calls: FxHashMap::default(),
            mapping_calls: FxHashMap::default(),
        };
        for (param, &ty) in f.params.iter().zip(&instance.args) {
            result.local_tys[param.local.index()] = ty;
        }
        self.index.insert(instance.clone(), id);
        let count = self.instance_counts.entry(func).or_insert(0);
        self.ordinals.push(*count);
        *count += 1;
        self.instances.push(instance);
        self.results.push(result);
        self.changed = true;
        id
    }

    /// The join of two types where values of both flow together. Lists unify their variables
    /// (so their element types join); tuples join element by element.
    pub(crate) fn join(&mut self, a: Ty, b: Ty) -> Result<Ty, String> {
        if a == b {
            // Nothing to join (and a container that may hold itself is not walked again).
            return Ok(self.canonical(a));
        }
        match (a, b) {
            (
                Ty::Instance {
                    class: x,
                    nullable: m,
                },
                Ty::Instance {
                    class: y,
                    nullable: n,
                },
            ) if x != y => match self.program.common_base(x, y) {
                Some(class) => Ok(Ty::Instance {
                    class,
                    nullable: m || n,
                }),
                // Duck typing: an instance of either, whose class decides.
                None if !self.is_exception_class(x) && !self.is_exception_class(y) => {
                    Ok(self.any_of(&[x, y], m || n))
                }
                None => Err(format!("both {} and {}", a.describe(), b.describe())),
            },
            (Ty::AnyOf { .. } | Ty::Instance { .. }, Ty::AnyOf { .. } | Ty::Instance { .. })
                if a != b
                    && !a
                        .classes()
                        .into_iter()
                        .chain(b.classes())
                        .any(|c| self.is_exception_class(c)) =>
            {
                let nullable = |t: Ty| {
                    matches!(
                        t,
                        Ty::AnyOf { nullable: true, .. } | Ty::Instance { nullable: true, .. }
                    )
                };
                let classes = [a.classes(), b.classes()].concat();
                Ok(self.any_of(&classes, nullable(a) || nullable(b)))
            }
            (Ty::Gen(_), Ty::Gen(_)) if a != b && self.canonical(a) == self.canonical(b) => {
                Ok(self.canonical(a))
            }
            (Ty::Set(x), Ty::Set(y)) => match self.join(Ty::List(x), Ty::List(y))? {
                Ty::List(root) => Ok(Ty::Set(root)),
                _ => unreachable!("lists join to a list"),
            },
            (Ty::FrozenSet(x), Ty::FrozenSet(y)) => match self.join(Ty::List(x), Ty::List(y))? {
                Ty::List(root) => Ok(Ty::FrozenSet(root)),
                _ => unreachable!("lists join to a list"),
            },
            (Ty::Cell(x), Ty::Cell(y)) => match self.join(Ty::List(x), Ty::List(y))? {
                Ty::List(root) => Ok(Ty::Cell(root)),
                _ => unreachable!("lists join to a list"),
            },
            (Ty::Dict(x), Ty::Dict(y)) => {
                let (dx, dy) = (self.lists.missing(x), self.lists.missing(y));
                if dx != dy {
                    return Err("both a dict and a defaultdict or Counter".to_owned());
                }
                let (vx, vy) = (self.lists.value(x), self.lists.value(y));
                // Unified first: a dict whose values may be itself joins once.
                let Ty::List(root) = self.join(Ty::List(x), Ty::List(y))? else {
                    unreachable!("lists join to a list")
                };
                let value = self.join(vx, vy)?;
                self.join_value(root, value)?;
                Ok(Ty::Dict(self.lists.find(root)))
            }
            (Ty::List(x), Ty::List(y)) => {
                let (x, y) = (self.lists.find(x), self.lists.find(y));
                if x == y {
                    return Ok(Ty::List(x));
                }
                let (ex, ey) = (self.lists.elems[x.index()], self.lists.elems[y.index()]);
                // The older variable stays the root, so that types settle. Unified before
                // the elements join: a list whose elements may be itself joins once.
                let (root, child) = if x < y { (x, y) } else { (y, x) };
                self.lists.parent[child.index()] = root.0;
                self.changed = true;
                let joined = self.join(ex, ey)?;
                // What joined into the root meanwhile (a nested join of the same lists).
                let before = if root == x { ex } else { ey };
                let current = self.lists.elems[root.index()];
                let joined = if current == before { joined } else { self.join(current, joined)? };
                self.lists.elems[root.index()] = joined;
                Ok(Ty::List(root))
            }
            (Ty::Tuple(_), Ty::Tuple(_)) if a.elements().len() == b.elements().len() && a != b => {
                let mut elements = Vec::new();
                for (x, y) in a.elements().into_iter().zip(b.elements()) {
                    elements.push(self.join(x, y)?);
                }
                Ok(Ty::tuple(&elements))
            }
            (Ty::Tuple(_), _) | (_, Ty::Tuple(_))
                if a != b
                    && [a, b]
                        .iter()
                        .all(|&t| matches!(t, Ty::Tuple(_)) || t.is_dynamic()) =>
            {
                // A tuple among values of other types (or tuples of another length): a
                // dynamic value.
                let (x, y) = (self.tuple_object(a)?, self.tuple_object(b)?);
                self.join(x, y)
            }
            _ if a.is_dynamic()
                && b.is_dynamic()
                && ![a, b]
                    .iter()
                    .all(|t| matches!(t, Ty::Instance { .. } | Ty::AnyOf { .. } | Ty::None))
                && [a, b].iter().any(|&t| {
                    let mask = Dyn::of(t);
                    mask.list().is_some()
                        || mask.dict().is_some()
                        || mask.tuple().is_some()
                        || mask.set().is_some()
                        || !mask.classes().is_empty()
                }) =>
            {
                // A dynamic value that may be a list or a dict: lists (dicts) that flow together
                // unify, and their elements become dynamic values.
                let (mut x, mut y) = (Dyn::of(a), Dyn::of(b));
                let classes = [x.classes(), y.classes()].concat();
                if !classes.is_empty() {
                    // Instances among them: of the classes, related ones merged (as two
                    // instance types join).
                    let merged = self.any_of(&classes, false).classes();
                    self.dynamic_instances(&merged)?;
                    x = x.with_classes(&merged);
                    y = y.with_classes(&merged);
                }
                if let Some(var) = self.unify_dynamic(x.list(), y.list(), Ty::List)? {
                    self.dynamic_list(var)?;
                    x = x.with_list(var);
                    y = y.with_list(var);
                }
                if let Some(var) = self.unify_dynamic(x.dict(), y.dict(), Ty::Dict)? {
                    self.dynamic_dict(var)?;
                    x = x.with_dict(var);
                    y = y.with_dict(var);
                }
                if let Some(var) = self.unify_dynamic(x.tuple(), y.tuple(), Ty::List)? {
                    self.dynamic_list(var)?;
                    x = x.with_tuple(var);
                    y = y.with_tuple(var);
                }
                if let Some(var) = self.unify_dynamic(x.set(), y.set(), Ty::Set)? {
                    self.dynamic_list(var)?;
                    // The runtime shows and probes them as CPython does.
                    self.ordered_sets = true;
                    x = x.with_set(var);
                    y = y.with_set(var);
                }
                Ok(Ty::Object(x.union(y).expect("containers of one variable each")))
            }
            _ => match a.join(b) {
                Join::Same(t) => Ok(t),
                Join::Conflict
                    if matches!(a, Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..))
                        && matches!(b, Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..)) =>
                {
                    Err("two different functions of which one captures variables (several functions share a variable or container only when none does)".to_owned())
                }
                Join::Conflict
                    if matches!((a, b), (Ty::Closure(..), Ty::None) | (Ty::None, Ty::Closure(..))) =>
                {
                    Err("both None and a function that captures variables (a function that may be None must capture nothing)".to_owned())
                }
                Join::Conflict => Err(format!("both {} and {}", a.describe(), b.describe())),
            },
        }
    }

    fn is_exception_class(&self, class: krait_types::ClassId) -> bool {
        self.program.classes[class.index()].exception.is_some()
    }

    /// The type of an instance of one of `classes`: related classes become their common base,
    /// so that the set's classes are of unrelated hierarchies.
    fn any_of(&self, classes: &[krait_types::ClassId], nullable: bool) -> Ty {
        let mut set: Vec<krait_types::ClassId> = Vec::new();
        for &class in classes {
            let mut merged = class;
            set.retain(|&other| match self.program.common_base(merged, other) {
                Some(base) => {
                    merged = base;
                    false
                }
                None => true,
            });
            set.push(merged);
        }
        Ty::any_of(&set, nullable)
    }

    /// A tuple as a dynamic value: one of tuples whose elements (dynamic values) are of one
    /// variable per tuple type; other types as they are.
    fn tuple_object(&mut self, ty: Ty) -> Result<Ty, String> {
        let Ty::Tuple(id) = ty else {
            return Ok(ty);
        };
        let var = match self.tuple_vars.get(&id) {
            Some(&var) => var,
            None => {
                let var = self.lists.fresh();
                self.tuple_vars.insert(id, var);
                var
            }
        };
        self.dynamic_list(var)?;
        for element in ty.elements() {
            if !element.is_dynamic() && !matches!(element, Ty::Tuple(_) | Ty::Never) {
                return Err(format!(
                    "a tuple holding a {} and values of other types",
                    element.describe()
                ));
            }
            self.join_elem(var, element)?;
        }
        Ok(Ty::Object(Dyn::tuples(self.lists.find(var))))
    }

    /// The `*args` of `func` in a call with a `*list`: a dynamic tuple (its length is known
    /// when it runs) of `elements`, one element variable per function.
    pub(crate) fn starred_varargs(
        &mut self,
        func: krait_hir::FuncId,
        elements: &[Ty],
    ) -> Result<Ty, String> {
        let var = match self.starred_varargs.get(&func) {
            Some(&var) => var,
            None => {
                let var = self.lists.fresh();
                self.starred_varargs.insert(func, var);
                var
            }
        };
        self.dynamic_list(var)?;
        for &element in elements {
            let element = self.tuple_object(element)?;
            self.join_elem(var, element)?;
        }
        Ok(Ty::Object(Dyn::tuples(self.lists.find(var))))
    }

    /// The type of an instance of one of `classes`, related ones merged into their common base.
    pub(crate) fn any_of_classes(&self, classes: &[krait_types::ClassId]) -> Ty {
        self.any_of(classes, false)
    }

    /// Records that instances of `classes` (and their subclasses) may be dynamic values, which
    /// the runtime shows through `Typeck::formatters` and compares, hashes, tests, measures,
    /// indexes and applies operators to through `Typeck::runtime_specials`: not those of
    /// classes defining other special methods (but `__init__` and `__post_init__`, and a
    /// namedtuple's `__iter__`, as the runtime iterates one by index) or of exception classes.
    fn dynamic_instances(&mut self, classes: &[krait_types::ClassId]) -> Result<(), String> {
        let program = self.program;
        for &class in classes {
            for k in program.subclasses(class) {
                let class = &program.classes[k.index()];
                let name = &class.name;
                if self.is_exception_class(k) {
                    return Err(format!(
                        "instances of the exception class {name} and values of other types"
                    ));
                }
                let special = class.methods.iter().find(|(m, _)| {
                    m.starts_with("__")
                        && m.ends_with("__")
                        && !matches!(
                            m.as_str(),
                            "__init__" | "__post_init__" | "__str__" | "__repr__"
                        )
                        && !krait_hir::RUNTIME_SPECIALS.contains(&m.as_str())
                        && (m != "__iter__" || class.tuple_fields.is_empty())
                });
                if let Some((method, _)) = special {
                    return Err(format!(
                        "instances of {name}, which defines `{method}`, and values of other types"
                    ));
                }
                if !self.dynamic_classes.contains(&k) {
                    self.dynamic_classes.push(k);
                }
            }
        }
        Ok(())
    }

    /// The type of a dynamic value that a value of type `ty` becomes: its lists' elements
    /// become dynamic values, its class one whose instances may be; an error (what the value
    /// is) for a value that cannot be one.
    pub(crate) fn as_dynamic(&mut self, ty: Ty) -> Result<Ty, String> {
        match ty {
            Ty::Never | Ty::Object(_) => Ok(ty),
            _ if ty.is_dynamic() || matches!(ty, Ty::Tuple(_)) => self.join(ty, Ty::OBJECT),
            _ => Err(format!("a {}", ty.describe())),
        }
    }

    /// What the special methods numbered `numbers` (of `krait_hir::RUNTIME_SPECIALS`, those
    /// giving a dynamic value) of the classes of `mask` give, as the runtime calls them: the
    /// join of their results, dynamic values each (Never when no class defines one).
    pub(crate) fn runtime_special_results(&mut self, mask: Dyn, numbers: &[usize]) -> Ty {
        let program = self.program;
        let mut joined = Ty::Never;
        for k in mask
            .classes()
            .into_iter()
            .flat_map(|c| program.subclasses(c))
        {
            for &which in numbers {
                let Some(&callee) = self.runtime_specials.get(&(k, which)) else {
                    continue;
                };
                let ret = self.results[callee.index()].ret;
                // `instantiate_runtime_specials` reports what cannot be one.
                if let Ok(ret) = self.as_dynamic(ret)
                    && let Ok(j) = self.join(joined, ret)
                {
                    joined = j;
                }
            }
        }
        joined
    }

    /// Instantiates the special methods the runtime calls on instances among dynamic values
    /// (`Typeck::runtime_specials`), an operand any dynamic value that may be an instance: what
    /// one's methods do with that operand must hold for all of them. Once a round has analysed
    /// them, reports those the runtime cannot call.
    fn instantiate_runtime_specials(&mut self) {
        if self.dynamic_classes.is_empty() {
            return;
        }
        let program = self.program;
        let classes = self.any_of(&self.dynamic_classes.clone(), false).classes();
        let other = Ty::Object(krait_types::Dyn::ANY.with_classes(&classes));
        for k in self.dynamic_classes.clone() {
            for (which, name) in krait_hir::RUNTIME_SPECIALS.into_iter().enumerate() {
                let Some(method) = program.method(k, name) else {
                    continue;
                };
                let func = program.func(method);
                let FuncKind::Method(defining) = func.kind else {
                    unreachable!("methods are of their class")
                };
                let receiver = Ty::Instance {
                    class: defining,
                    nullable: false,
                };
                let args = match krait_hir::runtime_special_operand(which) {
                    true => vec![receiver, other],
                    false => vec![receiver],
                };
                if func.params.len() != args.len() {
                    let message = format!(
                        "{name}() takes {} positional arguments but {} were given",
                        func.params.len(),
                        args.len()
                    );
                    self.error(Diagnostic::error(Code::BadCall, func.span, message));
                    continue;
                }
                let callee = self.instantiate(method, args);
                if self.runtime_specials.insert((k, which), callee) != Some(callee) {
                    self.changed = true;
                }
                let ret = self.results[callee.index()].ret;
                let fits = match name {
                    _ if krait_hir::runtime_special_gives_object(which) => {
                        self.as_dynamic(ret).is_ok()
                    }
                    "__hash__" | "__len__" => matches!(ret, Ty::Int | Ty::Bool | Ty::Never),
                    _ => matches!(ret, Ty::Bool | Ty::Never),
                };
                if !fits && self.settled {
                    let feature = format!(
                        "a `{name}` that returns {} on an instance among values of other types",
                        ret.describe()
                    );
                    self.error(Diagnostic::unsupported(func.span, feature));
                }
            }
        }
    }

    /// The variable of the lists (or dicts, as `container` makes them) two dynamic values may
    /// be, unified when both may be some.
    fn unify_dynamic(
        &mut self,
        a: Option<ListVar>,
        b: Option<ListVar>,
        container: fn(ListVar) -> Ty,
    ) -> Result<Option<ListVar>, String> {
        Ok(match (a, b) {
            (Some(x), Some(y)) => match self.join(container(x), container(y))? {
                Ty::List(root) | Ty::Dict(root) | Ty::Set(root) => Some(root),
                _ => unreachable!("containers join to one of theirs"),
            },
            (x, y) => x.or(y).map(|var| self.lists.find(var)),
        })
    }

    /// Makes the keys and values of dicts of `var` dynamic values (once), as the runtime
    /// handles the dicts dynamic values may be.
    fn dynamic_dict(&mut self, var: ListVar) -> Result<(), String> {
        if self.lists.missing(var).is_some() {
            return Err("a defaultdict or Counter and values of other types".to_owned());
        }
        self.dynamic_container(var, true)
    }

    /// Makes the elements of lists of `var` dynamic values (once), as the runtime handles the
    /// lists dynamic values may be.
    pub(crate) fn dynamic_list(&mut self, var: ListVar) -> Result<(), String> {
        self.dynamic_container(var, false)
    }

    /// Makes the elements (and, of a dict, the values) of containers of `var` dynamic values,
    /// once; they keep the types they have, boxed.
    fn dynamic_container(&mut self, var: ListVar, dict: bool) -> Result<(), String> {
        let root = self.lists.find(var);
        if self
            .dynamic_lists
            .iter()
            .any(|&v| self.lists.find(v) == root)
        {
            return Ok(());
        }
        self.dynamic_lists.push(root);
        let elem = self.lists.elem(root);
        self.join_elem(root, Ty::Object(Dyn::of(elem)))?;
        if dict {
            let value = self.lists.value(root);
            self.join_value(root, Ty::Object(Dyn::of(value)))?;
        }
        Ok(())
    }

    /// Joins `ty` into the element type of lists of `var`.
    pub(crate) fn join_elem(&mut self, var: ListVar, ty: Ty) -> Result<(), String> {
        let root = self.lists.find(var);
        let old = self.lists.elems[root.index()];
        let joined = self.join(old, ty)?;
        let root = self.lists.find(root);
        if joined != self.lists.elems[root.index()] {
            self.lists.elems[root.index()] = joined;
            self.changed = true;
        }
        Ok(())
    }

    /// Makes dicts of `var` give `default` for missing keys.
    pub(crate) fn set_default(&mut self, var: ListVar, default: DictDefault) -> Result<(), String> {
        let root = self.lists.find(var);
        match self.lists.defaults[root.index()] {
            Some(existing) if existing != default => {
                Err("dicts with different defaults for missing keys".to_owned())
            }
            Some(_) => Ok(()),
            None => {
                self.lists.defaults[root.index()] = Some(default);
                self.changed = true;
                Ok(())
            }
        }
    }

    /// Whether lists of `var` stand for iterators or views.
    pub(crate) fn is_view(&self, var: ListVar) -> bool {
        let root = self.lists.find(var);
        self.views.iter().any(|&v| self.lists.find(v) == root)
    }

    /// Joins `ty` into the value type of dicts of `var`.
    pub(crate) fn join_value(&mut self, var: ListVar, ty: Ty) -> Result<(), String> {
        let root = self.lists.find(var);
        let old = self.lists.values[root.index()];
        let joined = self.join(old, ty)?;
        let root = self.lists.find(root);
        if joined != self.lists.values[root.index()] {
            self.lists.values[root.index()] = joined;
            self.changed = true;
        }
        Ok(())
    }

    /// The canonical form of a type: each list's variable its root.
    pub(crate) fn canonical(&self, ty: Ty) -> Ty {
        match ty {
            Ty::List(var) => Ty::List(self.lists.find(var)),
            Ty::Set(var) => Ty::Set(self.lists.find(var)),
            Ty::FrozenSet(var) => Ty::FrozenSet(self.lists.find(var)),
            Ty::Dict(var) => Ty::Dict(self.lists.find(var)),
            Ty::Cell(var) => Ty::Cell(self.lists.find(var)),
            Ty::Object(mut mask) => {
                if let Some(var) = mask.list() {
                    mask = mask.with_list(self.lists.find(var));
                }
                if let Some(var) = mask.dict() {
                    mask = mask.with_dict(self.lists.find(var));
                }
                if let Some(var) = mask.tuple() {
                    mask = mask.with_tuple(self.lists.find(var));
                }
                if let Some(var) = mask.set() {
                    mask = mask.with_set(self.lists.find(var));
                }
                Ty::Object(mask)
            }
            Ty::Tuple(_) => {
                let elements: Vec<Ty> = ty
                    .elements()
                    .into_iter()
                    .map(|t| self.canonical(t))
                    .collect();
                Ty::tuple(&elements)
            }
            // A generator of an instance whose arguments' lists have since unified with others
            // is one of the instance of the unified arguments, once that exists.
            Ty::Gen(generator) => {
                let instance = &self.instances[generator.0 as usize];
                let args: Vec<Ty> = instance.args.iter().map(|&t| self.canonical(t)).collect();
                if args == instance.args {
                    return ty;
                }
                let unified = Instance {
                    func: instance.func,
                    args,
                };
                match self.index.get(&unified) {
                    Some(&id) => Ty::Gen(krait_types::GenRef(id.0)),
                    None => ty,
                }
            }
            _ => ty,
        }
    }

    pub(crate) fn error(&mut self, diagnostic: Diagnostic) {
        let span = diagnostic.span.expect("inference errors have spans");
        self.errors
            .entry((span, diagnostic.message.clone()))
            .or_insert((diagnostic, self.current));
    }
}

/// The instances that calls from the module bodies and the runtime reach.
fn live_instances(
    infer: &Infer<'_>,
    module_bodies: &[InstanceId],
    runtime: &FxHashMap<String, InstanceId>,
) -> Vec<bool> {
    let mut live = vec![false; infer.instances.len()];
    let mut stack: Vec<InstanceId> = module_bodies
        .iter()
        .chain(runtime.values())
        .chain(infer.runtime_specials.values())
        .copied()
        .collect();
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut live[id.index()], true) {
            continue;
        }
        let result = &infer.results[id.index()];
        stack.extend(result.callees.values().copied());
        stack.extend(result.func_dispatch.values().flatten().copied());
        stack.extend(
            result
                .dispatch
                .values()
                .flatten()
                .map(|&(_, callee)| callee),
        );
    }
    live
}

/// Whether a value of type `actual` may flow where `declared` is annotated (PEP 484: an int is
/// acceptable for a float, a bool for an int).
fn conforms(actual: Ty, declared: Ty) -> bool {
    actual == declared
        || actual == Ty::Never
        || (actual == Ty::Int && declared == Ty::Float)
        || (actual == Ty::Bool && matches!(declared, Ty::Int | Ty::Float))
}

/// Annotations are declarations: every instance's parameters, return value and annotated
/// variables must conform to them.
fn check_annotations(infer: &mut Infer<'_>) {
    for i in 0..infer.instances.len() {
        let instance = infer.instances[i].clone();
        let func = infer.program.func(instance.func);
        let mut mismatches = Vec::new();
        for (param, &arg) in func.params.iter().zip(&instance.args) {
            let (Some(annotation), Some(&call)) = (
                &param.annotation,
                infer.first_calls.get(&InstanceId(i as u32)),
            ) else {
                continue;
            };
            if annotation_ty(&annotation.name).is_some_and(|declared| !conforms(arg, declared)) {
                let file = &infer.program.files[annotation.span.file.0 as usize];
                let line = file.line_col(annotation.span.range.start()).0;
                let message = format!(
                    "a {arg} is passed as `{}` of `{}`, which is annotated `{}`",
                    param.name, func.name, annotation.name
                );
                let help = format!(
                    "the annotation is on line {line}; annotations are checked, as declarations"
                );
                infer.error(
                    Diagnostic::error(Code::TypeMismatch, call, message)
                        .with_label("this call")
                        .with_help(help),
                );
            }
        }
        let res = &infer.results[i];
        if let Some(annotation) = &func.returns {
            mismatches.push((
                annotation,
                res.ret,
                format!("the return value of `{}`", func.name),
            ));
        }
        for (place, annotation) in &func.annotated {
            let ty = match place {
                krait_hir::Place::Local(local) => res.local(*local),
                krait_hir::Place::Global(global) => infer.globals[global.index()],
            };
            mismatches.push((annotation, ty, "this variable".to_owned()));
        }
        for (annotation, actual, what) in mismatches {
            let Some(declared) = annotation_ty(&annotation.name) else {
                continue;
            };
            if !conforms(actual, declared) {
                let message = format!(
                    "{what} is annotated `{}` but holds a {actual}",
                    annotation.name
                );
                infer.error(
                    Diagnostic::error(Code::TypeMismatch, annotation.span, message)
                        .with_label("annotation"),
                );
            }
        }
    }
}

/// The attributes every exception has from BaseException, which krait does not keep.
const BASE_EXCEPTION_ATTRIBUTES: &[&str] = &[
    "args",
    "__cause__",
    "__context__",
    "__suppress_context__",
    "__traceback__",
    "__notes__",
];

/// Every attribute of an instance must be set by its class's `__init__` before anything else
/// can see the instance (attributes are fields that are always present; CPython's
/// AttributeError for a missing one has no counterpart yet).
fn check_fields(infer: &mut Infer<'_>) -> Vec<Vec<String>> {
    let program = infer.program;
    let mut reads: Vec<_> = infer.field_reads.clone().into_iter().collect();
    reads.sort_by_key(|(_, span)| (span.file.0, span.range.start()));
    for ((class, attr), span) in reads {
        let root = program.root_class(class);
        if !infer.fields[root.index()]
            .iter()
            .any(|(name, _)| *name == attr)
        {
            if program.classes[class.index()].exception.is_some()
                && BASE_EXCEPTION_ATTRIBUTES.contains(&attr.as_str())
            {
                let feature = format!("the attribute `{attr}` of exceptions");
                infer.error(Diagnostic::unsupported(span, feature));
                continue;
            }
            let message = format!(
                "'{}' object has no attribute '{attr}'",
                program.classes[class.index()].name
            );
            infer.error(Diagnostic::error(Code::TypeMismatch, span, message).with_label("here"));
        }
    }
    let initialised: Vec<Vec<String>> = (0..program.classes.len() as u32)
        .map(|k| class_init_fields(program, krait_types::ClassId(k)))
        .collect();
    let mut writes: Vec<_> = infer.field_writes.clone().into_iter().collect();
    writes.sort_by_key(|(_, span)| (span.file.0, span.range.start()));
    for ((class, attr), span) in writes {
        for k in program.subclasses(class) {
            if !initialised[k.index()].contains(&attr) {
                let message = format!(
                    "attribute `{attr}` of `{}` that its `__init__` does not set first thing, on every path",
                    program.classes[k.index()].name
                );
                infer.error(Diagnostic::unsupported(span, message));
                break;
            }
        }
    }
    initialised
}

/// The class attributes a read of `attr` of an instance of `class` may find, grouped by the
/// global holding each and the classes that see it: Ok(empty) for an instance attribute, Err
/// when it is an instance attribute of some classes of the hierarchy and not others.
#[allow(clippy::type_complexity)]
pub fn class_attribute(
    program: &Program,
    class: krait_types::ClassId,
    attr: &str,
) -> Result<Vec<(Vec<krait_types::ClassId>, krait_hir::GlobalId)>, String> {
    let classes = program.subclasses(class);
    let instance = classes
        .iter()
        .filter(|&&k| class_init_fields(program, k).iter().any(|f| f == attr))
        .count();
    let mut groups: Vec<(Vec<krait_types::ClassId>, krait_hir::GlobalId)> = Vec::new();
    for &k in &classes {
        let Some(global) = program.class_attr(k, attr) else {
            continue;
        };
        match groups.iter_mut().find(|(_, g)| *g == global) {
            Some((members, _)) => members.push(k),
            None => groups.push((vec![k], global)),
        }
    }
    if groups.is_empty() || instance == classes.len() {
        return Ok(Vec::new());
    }
    if instance > 0 || groups.iter().map(|(m, _)| m.len()).sum::<usize>() != classes.len() {
        return Err(format!(
            "attribute `{attr}` that is a class attribute of some classes of a hierarchy and not others"
        ));
    }
    Ok(groups)
}

/// The attributes every instance of `class` has once constructed: those its `__init__` sets
/// first thing.
pub(crate) fn class_init_fields(program: &Program, class: krait_types::ClassId) -> Vec<String> {
    let mut fields = program
        .method(class, "__init__")
        .map(|init| init_fields(program, class, program.func(init)))
        .unwrap_or_default();
    // An exception's constructor sets its text, its arguments' reprs and (where the program
    // reads `e.args`) their tuple before `__init__` runs, or BaseException's `__init__` does.
    if program.classes[class.index()].exception.is_some() {
        let kept = [
            krait_hir::EXCEPTION_TEXT,
            krait_hir::EXCEPTION_ARGS,
            krait_hir::EXCEPTION_ARGS_TUPLE,
        ];
        for (i, field) in kept.into_iter().enumerate() {
            if !fields.iter().any(|f| f == field) {
                fields.insert(i, field.to_owned());
            }
        }
    }
    fields
}

/// The attributes `__init__` sets at its start, before the instance can be seen elsewhere:
/// `self.name = value` statements whose value reads no attribute not set yet and calls nothing
/// with `self`, and calls of `super().__init__(...)` (what the next `__init__` in the method
/// resolution order of `instance`, the class of the instance being made, sets) or of a base's
/// `Base.__init__(self, ...)`.
fn init_fields(
    program: &Program,
    instance: krait_types::ClassId,
    init: &krait_hir::Function,
) -> Vec<String> {
    let Some(this) = init.params.first().map(|p| p.local) else {
        return Vec::new();
    };
    let mut set = Vec::new();
    for stmt in &init.body {
        if let krait_hir::Stmt::Expr(call) = stmt {
            if let krait_hir::ExprKind::SuperCall {
                class,
                receiver,
                method,
                args,
            } = &init.expr(*call).kind
            {
                let harmless = args
                    .iter()
                    .all(|a| body::uses_only_set_fields(init, *a, this, &set));
                if method == "__init__" && *receiver == this && harmless {
                    if let Some(next) = program.method_after(instance, *class, "__init__") {
                        for attr in init_fields(program, instance, program.func(next)) {
                            if !set.contains(&attr) {
                                set.push(attr);
                            }
                        }
                    }
                    continue;
                }
            }
            // `Base.__init__(self, ...)`, a base's `__init__` called by name.
            if let krait_hir::ExprKind::Call {
                callee: krait_hir::Callee::Func(f),
                args,
                keywords,
            } = &init.expr(*call).kind
            {
                let base_init = match program.func(*f).kind {
                    krait_hir::FuncKind::Method(c) => {
                        program.classes[c.index()].own_method("__init__") == Some(*f)
                            && program.is_subclass(instance, c)
                    }
                    _ => false,
                };
                let on_self = args.first().is_some_and(
                    |a| matches!(init.expr(*a).kind, krait_hir::ExprKind::Local(l) if l == this),
                );
                let harmless = args[1.min(args.len())..]
                    .iter()
                    .chain(keywords.iter().map(|k| &k.value))
                    .all(|a| body::uses_only_set_fields(init, *a, this, &set));
                if base_init && on_self && harmless {
                    for attr in init_fields(program, instance, program.func(*f)) {
                        if !set.contains(&attr) {
                            set.push(attr);
                        }
                    }
                    continue;
                }
            }
        }
        // Statements that cannot see the instance (it is in no variable but `self` yet) may
        // come between the attributes' assignments: checks that raise, say.
        if harmless_check(init, stmt, this, &set) {
            continue;
        }
        match stmt {
            krait_hir::Stmt::AugAssign { place, value, .. }
                if *place != krait_hir::Place::Local(this)
                    && body::uses_only_set_fields(init, *value, this, &set) =>
            {
                continue;
            }
            _ => {}
        }
        // `self.a = value`, `self.a = self.b = value`, `self.a, self.b = x, y`.
        let (targets, values): (Vec<&krait_hir::Target>, Vec<ExprId>) = match stmt {
            krait_hir::Stmt::Assign { targets, value } => {
                let flat = match &targets[..] {
                    [krait_hir::Target::Tuple(elts, _)] => elts.iter().collect(),
                    _ => targets.iter().collect(),
                };
                (flat, vec![*value])
            }
            krait_hir::Stmt::AssignTuple { targets, values } => {
                (targets.iter().collect(), values.clone())
            }
            _ => break,
        };
        if !values
            .iter()
            .all(|&v| body::uses_only_set_fields(init, v, this, &set))
        {
            break;
        }
        let mut plain = true;
        for target in targets {
            match target {
                krait_hir::Target::Attribute { object, attr, .. } if matches!(init.expr(*object).kind, krait_hir::ExprKind::Local(l) if l == this) => {
                    if !set.contains(attr) {
                        set.push(attr.clone());
                    }
                }
                krait_hir::Target::Place(krait_hir::Place::Local(local), _) if *local != this => {}
                _ => plain = false,
            }
        }
        if !plain {
            break;
        }
    }
    set
}

/// Whether `stmt`, in `__init__` before its attributes other than `set` exist, is an
/// expression or an `if` of such statements that reads only those attributes of `this` and
/// calls nothing with it.
fn harmless_check(
    init: &krait_hir::Function,
    stmt: &krait_hir::Stmt,
    this: LocalId,
    set: &[String],
) -> bool {
    match stmt {
        krait_hir::Stmt::Expr(value) => body::uses_only_set_fields(init, *value, this, set),
        krait_hir::Stmt::If { test, body, orelse } => {
            body::uses_only_set_fields(init, *test, this, set)
                && body
                    .iter()
                    .chain(orelse)
                    .all(|s| harmless_check(init, s, this, set))
        }
        _ => false,
    }
}

/// The type of a runtime function's parameter annotated `name`: the user's annotations, and
/// `object` for the dynamic fallback's values.
fn runtime_param_ty(name: &str) -> Option<Ty> {
    match name {
        "object" => Some(Ty::OBJECT),
        _ => annotation_ty(name),
    }
}

pub fn annotation_ty(name: &str) -> Option<Ty> {
    Some(match name {
        "int" => Ty::Int,
        "float" => Ty::Float,
        "bool" => Ty::Bool,
        "str" => Ty::Str,
        "None" => Ty::None,
        _ => return None,
    })
}

pub fn infer(program: &Program) -> (Typeck, Vec<Diagnostic>) {
    let mut infer = Infer {
        program,
        instances: Vec::new(),
        index: FxHashMap::default(),
        results: Vec::new(),
        globals: vec![Ty::Never; program.globals.len()],
        changed: false,
        errors: FxHashMap::default(),
        current: None,
        first_calls: FxHashMap::default(),
        // Every exception has its text, which its `__str__` reads: a hierarchy of exception
        // classes the program never instantiates still has the method (a traceback may call
        // it), so the field is there from the start.
        fields: (0..program.classes.len())
            .map(|i| {
                let class = &program.classes[i];
                if class.exception.is_some() && class.hierarchy.index() == i {
                    vec![(krait_hir::EXCEPTION_TEXT.to_owned(), Ty::Str)]
                } else {
                    Vec::new()
                }
            })
            .collect(),
        field_reads: FxHashMap::default(),
        ordered_sets: false,
        iter_elems: FxHashMap::default(),
        dynamic_classes: Vec::new(),
        runtime_specials: FxHashMap::default(),
        tuple_vars: FxHashMap::default(),
        starred_varargs: FxHashMap::default(),
        mixed_args: FxHashSet::default(),
        field_writes: FxHashMap::default(),
        lists: ListVars::default(),
        list_sites: FxHashMap::default(),
        instance_counts: FxHashMap::default(),
        ordinals: Vec::new(),
        runtime: FxHashMap::default(),
        star_sites: FxHashMap::default(),
        settled: false,
        factory_sites: FxHashMap::default(),
        views: Vec::new(),
        range_lists: Vec::new(),
        dynamic_lists: Vec::new(),
        formatters: FxHashMap::default(),
        specials: FxHashMap::default(),
    };
    let mut diagnostics = Vec::new();
    for (i, func) in program.funcs.iter().enumerate() {
        if func.kind == FuncKind::Runtime && !func.name.starts_with('<') {
            let mut args = Vec::new();
            for param in &func.params {
                match param
                    .annotation
                    .as_ref()
                    .and_then(|a| runtime_param_ty(&a.name))
                {
                    Some(ty) => args.push(ty),
                    None => diagnostics.push(Diagnostic::error(
                        Code::TypeMismatch,
                        func.span,
                        format!(
                            "runtime function `{}` needs a type annotation on `{}`",
                            func.name, param.name
                        ),
                    )),
                }
            }
            let id = infer.instantiate(FuncId(i as u32), args);
            infer.runtime.insert(func.name.clone(), id);
        }
    }
    let module_bodies: Vec<_> = program
        .module_bodies
        .iter()
        .map(|&f| infer.instantiate(f, Vec::new()))
        .collect();
    // Rounds until nothing changes; then, with the element types of lists settled, rounds
    // again in which a sum of a list no value ever reaches is its start.
    loop {
        infer.changed = false;
        infer.errors.clear();
        let mut i = 0;
        while i < infer.instances.len() {
            infer.current = Some(InstanceId(i as u32));
            body::analyse(&mut infer, InstanceId(i as u32));
            i += 1;
        }
        infer.current = None;
        infer.instantiate_runtime_specials();
        if !infer.changed {
            if infer.settled {
                break;
            }
            infer.settled = true;
        }
    }
    check_annotations(&mut infer);
    let initialised = check_fields(&mut infer);
    // An instance that a wider argument type superseded (its argument was None, then became an
    // optional instance) is no longer called: what its analysis found does not matter.
    let runtime = std::mem::take(&mut infer.runtime);
    let live = live_instances(&infer, &module_bodies, &runtime);
    let mut errors: Vec<_> = infer
        .errors
        .into_values()
        .filter(|(_, instance)| instance.is_none_or(|i| live[i.index()]))
        .map(|(diagnostic, _)| diagnostic)
        .collect();
    // Every instance: special methods' are not among the calls `live` follows.
    let closes = closing::closing_instances(program, &infer.instances, &infer.results);
    let mut kept = Vec::new();
    for (i, instance) in infer.instances.iter().enumerate() {
        let func = program.func(instance.func);
        closing::check(func, &infer.results[i], &closes, &mut kept);
    }
    for diagnostic in kept {
        if !errors
            .iter()
            .any(|d| d.span == diagnostic.span && d.message == diagnostic.message)
        {
            errors.push(diagnostic);
        }
    }
    errors.sort_by_key(|d| d.span.map(|s| (s.file.0, s.range.start())));
    diagnostics.extend(errors);
    let range_lists = infer
        .range_lists
        .iter()
        .map(|&var| infer.lists.find(var))
        .collect();
    let typeck = Typeck {
        instances: infer.instances,
        results: infer.results,
        globals: infer.globals,
        module_bodies,
        runtime,
        fields: infer.fields,
        initialised,
        lists: infer.lists,
        star_lists: infer.star_sites,
        formatters: infer.formatters,
        specials: infer.specials,
        ordered_sets: infer.ordered_sets,
        range_lists,
        iter_elems: infer.iter_elems,
        dynamic_classes: infer.dynamic_classes,
        runtime_specials: infer.runtime_specials,
        closes,
    };
    (typeck, diagnostics)
}

/// The instances with their argument, local and return types, one per line, for tests and
/// debugging. Runtime instances are left out.
pub fn print(program: &Program, typeck: &Typeck) -> String {
    let mut out = String::new();
    for (instance, result) in typeck.instances.iter().zip(&typeck.results) {
        let func = program.func(instance.func);
        if func.kind == FuncKind::Runtime {
            continue;
        }
        let args: Vec<_> = instance.args.iter().map(|t| t.describe()).collect();
        let locals: Vec<_> = func
            .locals
            .iter()
            .zip(&result.local_tys)
            .skip(func.params.len())
            .map(|(local, ty)| format!("{}: {}", local.name, ty.describe()))
            .collect();
        out.push_str(&format!(
            "{}({}) -> {}",
            func.name,
            args.join(", "),
            result.ret
        ));
        if !locals.is_empty() {
            out.push_str(&format!(" [{}]", locals.join(", ")));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests;

/// `isinstance(x, classes)` of a value of a type other than instances, exceptions and dynamic
/// values, which its type decides: a value of a built-in type is of that type alone (a bool
/// is an int too).
pub fn builtin_isinstance(ty: Ty, classes: &[krait_hir::TypeName], exact: bool) -> bool {
    use krait_hir::TypeName;
    classes.iter().any(|class| match (ty, class) {
        // A bool is an int, but its type is bool.
        (Ty::Bool, TypeName::Int) => !exact,
        _ => matches!(
            (ty, class),
            (Ty::Int, TypeName::Int)
                | (Ty::Bool, TypeName::Bool)
                | (Ty::Float, TypeName::Float)
                | (Ty::Str, TypeName::Str)
                | (Ty::List(_), TypeName::List)
                | (Ty::Dict(_), TypeName::Dict)
                | (Ty::Set(_), TypeName::Set)
                | (Ty::FrozenSet(_), TypeName::FrozenSet)
                | (Ty::Tuple(_), TypeName::Tuple)
        ),
    })
}

/// Whether every value of type `ty` has the attribute `attr` (Some(true)) or none does
/// (Some(false)): instances, by their classes' members and `__init__`'s fields.
pub fn has_attribute(program: &krait_hir::Program, ty: Ty, attr: &str) -> Option<bool> {
    // `callable(x)`: functions are, values of the built-in data types are not.
    if attr == "__call__" {
        match ty {
            Ty::Func(_) | Ty::Closure(..) => return Some(true),
            funcs @ Ty::Funcs(_) if !funcs.may_be_none_func() => return Some(true),
            _ if builtin_type_name(ty).is_some() => return Some(false),
            _ => {}
        }
    }
    let classes = match ty {
        Ty::Instance {
            nullable: false, ..
        }
        | Ty::AnyOf {
            nullable: false, ..
        } => ty.classes(),
        _ => return None,
    };
    let has = |k: krait_types::ClassId| {
        program.method(k, attr).is_some()
            || program.is_property(k, attr)
            || program.class_attr(k, attr).is_some()
            || class_init_fields(program, k).iter().any(|f| f == attr)
    };
    let cone: Vec<_> = classes
        .into_iter()
        .flat_map(|c| program.subclasses(c))
        .collect();
    if cone.iter().all(|&k| has(k)) {
        Some(true)
    } else if cone.iter().all(|&k| !has(k)) {
        Some(false)
    } else {
        None
    }
}

/// The name of the Python type every value of `ty` has, when `ty` is a built-in type.
fn builtin_type_name(ty: Ty) -> Option<&'static str> {
    Some(match ty {
        Ty::Int => "int",
        Ty::Bool => "bool",
        Ty::Float => "float",
        Ty::Str => "str",
        Ty::Bytes => "bytes",
        Ty::None => "NoneType",
        Ty::List(_) => "list",
        Ty::Dict(_) => "dict",
        Ty::Set(_) => "set",
        Ty::FrozenSet(_) => "frozenset",
        Ty::Tuple(_) => "tuple",
        _ => return None,
    })
}

/// `isinstance(x, classes)` (or `type(x) is C`, `exact`) of an instance of `class` or of a
/// class deriving from it, when that decides it: true when every such class is one of
/// `classes`, false when none is (None when it depends on which it is, or when an exception
/// class is named).
fn instance_isinstance(
    program: &krait_hir::Program,
    class: krait_types::ClassId,
    classes: &[krait_hir::TypeName],
    exact: bool,
) -> Option<bool> {
    use krait_hir::TypeName;
    let cone = program.subclasses(class);
    let mut all = true;
    let mut any = false;
    for &k in &cone {
        let mut matches = false;
        for name in classes {
            match *name {
                TypeName::Class(c) if exact => matches |= k == c,
                TypeName::Class(c) => matches |= program.is_subclass(k, c),
                TypeName::Exception(_) => return None,
                // A namedtuple's class derives from tuple.
                TypeName::Tuple if !exact => {
                    matches |= !program.classes[k.index()].tuple_fields.is_empty()
                }
                _ => {}
            }
        }
        all &= matches;
        any |= matches;
    }
    if all {
        Some(true)
    } else if !any {
        Some(false)
    } else {
        None
    }
}

/// The outcome of a test when the value's type decides it: `x is None` (`is not`, `==`, `!=`,
/// under `not` too) where `x` is NoneType, or of a type None never is, and `isinstance(x, T)`
/// where `x` is of a built-in type. Each instance of a function knows its parameters' types, so `if arg is None:`
/// keeps only the branch that can run (the other is neither typed nor emitted; the test is
/// still evaluated).
pub fn static_type_test(
    program: &krait_hir::Program,
    func: &krait_hir::Function,
    test: ExprId,
    ty_of: &dyn Fn(ExprId) -> Ty,
) -> Option<bool> {
    use krait_hir::{CmpOp, ExprKind, UnaryOp};
    match &func.expr(test).kind {
        ExprKind::IsInstance {
            value,
            classes,
            exact,
        } => {
            // Values of the built-in types are of their type alone; a function is none of
            // the types `isinstance` can name.
            let ty = ty_of(*value);
            let known = matches!(
                ty,
                Ty::Int
                    | Ty::Bool
                    | Ty::Float
                    | Ty::Str
                    | Ty::None
                    | Ty::List(_)
                    | Ty::Dict(_)
                    | Ty::Set(_)
                    | Ty::FrozenSet(_)
                    | Ty::Tuple(_)
                    | Ty::Func(_)
                    | Ty::Closure(..)
            );
            if let Ty::Instance {
                class,
                nullable: false,
            } = ty
            {
                return instance_isinstance(program, class, classes, *exact);
            }
            known.then(|| builtin_isinstance(ty, classes, *exact))
        }
        ExprKind::HasAttr(value, attr) => has_attribute(program, ty_of(*value), attr),
        // `type(a) is type(b)` of values whose types decide it: of built-in types, or
        // instances of classes no class derives from both of.
        ExprKind::SameType(a, b) => match (ty_of(*a), ty_of(*b)) {
            (x, y) if builtin_type_name(x).is_some() && builtin_type_name(y).is_some() => {
                Some(builtin_type_name(x) == builtin_type_name(y))
            }
            (
                x,
                Ty::Instance {
                    nullable: false, ..
                },
            )
            | (
                Ty::Instance {
                    nullable: false, ..
                },
                x,
            ) if builtin_type_name(x).is_some() => Some(false),
            (
                Ty::Instance {
                    class: x,
                    nullable: false,
                },
                Ty::Instance {
                    class: y,
                    nullable: false,
                },
            ) => {
                let cone = program.subclasses(x);
                let other = program.subclasses(y);
                if cone.iter().all(|k| !other.contains(k)) {
                    Some(false)
                } else if cone == [x] && other == [x] {
                    Some(true)
                } else {
                    None
                }
            }
            _ => None,
        },
        ExprKind::Unary {
            op: UnaryOp::Not,
            operand,
        } => static_type_test(program, func, *operand, ty_of).map(|b| !b),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } if ops.len() == 1 => {
            let op = ops[0];
            let negated = match op {
                CmpOp::Is | CmpOp::Eq => false,
                CmpOp::IsNot | CmpOp::NotEq => true,
                _ => return None,
            };
            let other = match (&func.expr(*left).kind, &func.expr(comparators[0]).kind) {
                (_, ExprKind::None) => *left,
                (ExprKind::None, _) => comparators[0],
                _ => return None,
            };
            let is_none = match ty_of(other) {
                Ty::None => true,
                Ty::Never | Ty::Object(_) | Ty::Instance { nullable: true, .. } => return None,
                ty @ Ty::Funcs(_) if ty.may_be_none_func() => return None,
                // `==` may be an instance's own `__eq__`.
                Ty::Instance { .. } if matches!(op, CmpOp::Eq | CmpOp::NotEq) => return None,
                _ => false,
            };
            Some(is_none != negated)
        }
        _ => None,
    }
}

/// The element an index expression selects in a sequence of `len` elements, when the index is
/// an int literal (negative ones count from the end): `Err` when it is out of range, `None`
/// when the index is not a literal.
pub fn constant_index(
    func: &krait_hir::Function,
    index: ExprId,
    len: usize,
) -> Option<Result<usize, ()>> {
    let value = match &func.expr(index).kind {
        krait_hir::ExprKind::Int(n) => *n,
        krait_hir::ExprKind::Bool(b) => i64::from(*b),
        krait_hir::ExprKind::Unary {
            op: krait_hir::UnaryOp::Neg,
            operand,
        } => match func.expr(*operand).kind {
            krait_hir::ExprKind::Int(n) => -n,
            _ => return None,
        },
        _ => return None,
    };
    let len = len as i64;
    let resolved = if value < 0 { value + len } else { value };
    Some(if (0..len).contains(&resolved) {
        Ok(resolved as usize)
    } else {
        Err(())
    })
}

/// The indices `tuple[bounds]` selects of a tuple of `len` elements when every bound is a
/// literal (None when one is not, or the step is zero), as CPython's slice adjustment does.
pub fn constant_slice(
    func: &krait_hir::Function,
    bounds: &krait_hir::SliceBounds,
    len: usize,
) -> Option<Vec<usize>> {
    let literal = |bound: Option<ExprId>| -> Option<Option<i64>> {
        let Some(expr) = bound else {
            return Some(None);
        };
        match &func.expr(expr).kind {
            krait_hir::ExprKind::Int(n) => Some(Some(*n)),
            krait_hir::ExprKind::Unary {
                op: krait_hir::UnaryOp::Neg,
                operand,
            } => match func.expr(*operand).kind {
                krait_hir::ExprKind::Int(n) => Some(Some(-n)),
                _ => None,
            },
            _ => None,
        }
    };
    let (lower, upper, step) = (
        literal(bounds.lower)?,
        literal(bounds.upper)?,
        literal(bounds.step)?,
    );
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = len as i64;
    let clamp = |bound: i64, low: i64, high: i64| {
        let bound = if bound < 0 { bound + len } else { bound };
        bound.clamp(low, high)
    };
    let (start, stop) = if step > 0 {
        (
            lower.map_or(0, |b| clamp(b, 0, len)),
            upper.map_or(len, |b| clamp(b, 0, len)),
        )
    } else {
        (
            lower.map_or(len - 1, |b| clamp(b, -1, len - 1)),
            upper.map_or(-1, |b| clamp(b, -1, len - 1)),
        )
    };
    let mut indices = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        indices.push(i as usize);
        i += step;
    }
    Some(indices)
}

/// An argument the compiler supplies to a runtime function for a str method, after the
/// receiver and the caller's arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrArg {
    Int(i64),
    Bool(bool),
    Str(&'static str),
}

/// The runtime function implementing `str.method` with arguments of types `args`, whether the
/// first argument is left out (`split(None)` is `split()`), and the defaults the function
/// takes after the arguments; None when str has no such method of that arity here.
pub fn str_method(method: &str, args: &[Ty]) -> Option<(&'static str, bool, Vec<StrArg>)> {
    if matches!(method, "split" | "rsplit") && args.first() == Some(&Ty::None) {
        let (name, mut defaults) = str_method_of_arity(method, 0)?;
        if args.len() == 2 {
            defaults.clear();
        }
        return (args.len() <= 2).then_some((name, true, defaults));
    }
    str_method_of_arity(method, args.len()).map(|(name, defaults)| (name, false, defaults))
}

fn str_method_of_arity(method: &str, n_args: usize) -> Option<(&'static str, Vec<StrArg>)> {
    use StrArg::{Bool, Int, Str};
    // The classes of the runtime's `char_class`, and the modes of `str_convert` and `strip`.
    const UPPER: i64 = 1;
    const LOWER: i64 = 2;
    const ALPHA: i64 = 4;
    const DECIMAL: i64 = 8;
    const DIGIT: i64 = 16;
    const NUMERIC: i64 = 32;
    let search = |n: usize| match n {
        1 => Some(vec![Int(0), Int(i64::MAX)]),
        2 => Some(vec![Int(i64::MAX)]),
        3 => Some(Vec::new()),
        _ => None,
    };
    let strip = |mode: i64| match n_args {
        0 => Some(("str_strip_ws", vec![Int(mode)])),
        1 => Some(("str_strip", vec![Int(mode)])),
        _ => None,
    };
    let pad = |align: i64| match n_args {
        1 => Some(("str_pad", vec![Str(" "), Int(align)])),
        2 => Some(("str_pad", vec![Int(align)])),
        _ => None,
    };
    let none =
        |name: &'static str, defaults: Vec<StrArg>| (n_args == 0).then_some((name, defaults));
    match method {
        "split" | "rsplit" => {
            let (ws, sep) = if method == "split" {
                ("str_split_ws", "str_split")
            } else {
                ("str_rsplit_ws", "str_rsplit")
            };
            match n_args {
                0 => Some((ws, vec![Int(-1)])),
                1 => Some((sep, vec![Int(-1)])),
                2 => Some((sep, Vec::new())),
                _ => None,
            }
        }
        "splitlines" => match n_args {
            0 => Some(("str_splitlines", vec![Bool(false)])),
            1 => Some(("str_splitlines", Vec::new())),
            _ => None,
        },
        "strip" => strip(3),
        "lstrip" => strip(1),
        "rstrip" => strip(2),
        "replace" => match n_args {
            2 => Some(("str_replace", vec![Int(-1)])),
            3 => Some(("str_replace", Vec::new())),
            _ => None,
        },
        "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
            let name = match method {
                "find" => "str_find",
                "rfind" => "str_rfind",
                "index" => "str_index",
                "rindex" => "str_rindex",
                "count" => "str_count",
                "startswith" => "str_startswith",
                _ => "str_endswith",
            };
            search(n_args).map(|defaults| (name, defaults))
        }
        "partition" if n_args == 1 => Some(("str_partition", Vec::new())),
        "rpartition" if n_args == 1 => Some(("str_rpartition", Vec::new())),
        "zfill" if n_args == 1 => Some(("str_zfill", Vec::new())),
        "ljust" => pad(0),
        "rjust" => pad(1),
        "center" => pad(2),
        "lower" => none("str_convert", vec![Int(0)]),
        "upper" => none("str_convert", vec![Int(1)]),
        "swapcase" => none("str_convert", vec![Int(2)]),
        "capitalize" => none("str_convert", vec![Int(3)]),
        "title" => none("str_convert", vec![Int(4)]),
        "isalpha" => none("str_is", vec![Int(ALPHA)]),
        "isdecimal" => none("str_is", vec![Int(DECIMAL)]),
        "isdigit" => none("str_is", vec![Int(DIGIT)]),
        "isnumeric" => none("str_is", vec![Int(NUMERIC)]),
        "isalnum" => none("str_is", vec![Int(ALPHA | NUMERIC)]),
        "isupper" => none("str_iscase", vec![Int(UPPER)]),
        "islower" => none("str_iscase", vec![Int(LOWER)]),
        "isspace" => none("str_isspace", Vec::new()),
        "istitle" => none("str_istitle", Vec::new()),
        _ => None,
    }
}
