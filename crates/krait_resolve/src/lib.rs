//! Name resolution: ruff's AST to HIR.
//!
//! Owns Python's scoping rules as krait implements them: a name assigned anywhere in a function
//! is local to it unless declared `global`; other names are the module's globals, its functions,
//! or builtins. Calls to the user's functions are bound here (keywords to positions, defaults to
//! the hidden globals that hold them), so later phases only see positional arguments.
//! Constructs krait does not compile yet are reported here, each named.

mod body;
pub mod enums;
pub mod namedtuple;
mod top_imports;
mod webs;

/// The library modules generated from a module's definitions (its namedtuples and enums):
/// each one's name, source, and where its definition is.
pub fn generated_modules(
    module: &ast::ModModule,
) -> Vec<(String, String, ruff_text_size::TextRange)> {
    let tuples = namedtuple::definitions(module)
        .into_iter()
        .map(|d| (d.module_name(), d.source(), d.range));
    let enums = enums::definitions(module)
        .into_iter()
        .map(|d| (d.module_name(), d.source(), d.range));
    tuples.chain(enums).collect()
}
mod template;

use krait_diagnostics::{Code, Diagnostic, FileId, SourceFile, Span};
use krait_hir::{ClassId, FuncId, FuncKind, Function, Global, GlobalId, Program};
use krait_syntax::ast;
use ruff_text_size::Ranged;
use rustc_hash::FxHashMap;

/// One parsed module handed to the resolver.
pub struct ModuleInput<'a> {
    pub file: FileId,
    pub module: &'a ast::ModModule,
    pub kind: ModuleKind,
    /// Its name (`__name__` of an imported module).
    pub name: String,
    /// One of the standard library's modules krait provides in Python (`itertools`), which
    /// may lack names CPython's has.
    pub library: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleKind {
    /// The program the user asked to run; its `__name__` is `"__main__"`.
    Main,
    /// krait's runtime library, written in the Python dialect with intrinsics.
    Runtime,
    /// One of the user's modules the program imports: it runs before the program (every
    /// import of it comes before the importing module's other statements).
    Imported,
}

/// What a module-level name denotes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ModuleName {
    Func(FuncId),
    Global(GlobalId),
    /// `import sys`.
    Sys,
    Math,
    /// `import collections`.
    Collections,
    /// `from dataclasses import dataclass`.
    Dataclass,
    /// `from dataclasses import field`.
    DataclassField,
    /// `import helpers` of the user's module `helpers` (its index among the user's modules);
    /// its names are in the importing module's scope as `helpers.name`.
    Module(u32),
    /// `from collections import defaultdict` (or `Counter`): the name it binds.
    CollectionsType(&'static str),
    /// `from math import sqrt` (or a constant such as `pi`): the name in `math`.
    MathName(&'static str),
    /// `import string`.
    StringModule,
    /// `from string import digits`: the constant's text.
    StringConstant(&'static str),
    /// A name imported from `__krait__`.
    Intrinsic(krait_hir::Intrinsic),
    /// A name an import binds that krait does not compile (the import is reported): its uses
    /// are not reported again.
    Unimported,
    /// `from collections import namedtuple`: only its definitions (`namedtuple`) compile.
    NamedTuple,
    /// `from enum import Enum` (or `auto`): only as the base of an enum (`enums`).
    EnumName,
    /// `import typing` or a name imported from it (`List`, `Optional`): for annotations,
    /// which CPython does not enforce and krait then does not check.
    Typing,
}

/// A module-level function's signature, for binding calls.
pub(crate) struct Signature {
    pub(crate) params: Vec<String>,
    pub(crate) defaults: Vec<Option<GlobalId>>,
    /// How many of the parameters, at the end, can only be passed by keyword (`**kwargs`, last,
    /// among them).
    pub(crate) keyword_only: usize,
    /// Whether the parameter before the keyword-only ones is `*args`: it receives a tuple of
    /// the positional arguments beyond the others.
    pub(crate) vararg: bool,
}

pub(crate) struct ModuleScope {
    pub(crate) file: FileId,
    pub(crate) kind: ModuleKind,
    /// The module's `__name__`.
    pub(crate) name: String,
    /// krait's version of a standard library module (`ModuleInput::library`).
    pub(crate) library: bool,
    pub(crate) names: FxHashMap<String, ModuleName>,
    /// Where its `Name = namedtuple(...)` definitions are (the class is bound instead).
    pub(crate) namedtuples: Vec<ruff_text_size::TextRange>,
    /// Where its type aliases are (`ModuleName::Typing`; nothing runs).
    pub(crate) typing_aliases: Vec<ruff_text_size::TextRange>,
}

pub(crate) struct Resolver {
    pub(crate) funcs: Vec<Option<Function>>,
    pub(crate) classes: Vec<krait_hir::Class>,
    pub(crate) signatures: FxHashMap<FuncId, Signature>,
    pub(crate) globals: Vec<Global>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The enclosing variables each nested function or lambda captures, in the order of the
    /// hidden parameters that receive them.
    pub(crate) captures: FxHashMap<FuncId, Vec<String>>,
    /// The one-parameter functions standing for builtins used as values (`key=len`,
    /// `key=str.lower`), by the builtin's name.
    pub(crate) builtin_values: FxHashMap<String, FuncId>,
    /// The classes decorated with `@dataclass`.
    pub(crate) dataclasses: FxHashMap<ClassId, Dataclass>,
    /// The `__str__` and `__repr__` generated for each exception class deriving directly from
    /// a built-in one that does not define its own, by class and method name.
    pub(crate) exception_methods: FxHashMap<(ClassId, &'static str), FuncId>,
    /// The functions of decorated module-level `def`s, by the global their name binds (what
    /// the decorators made of them).
    pub(crate) decorated: FxHashMap<GlobalId, FuncId>,
    /// The decorated methods (calling what the decorators made of the `def`), each with the
    /// function of its `def` and the hidden global holding what the decorators made of it.
    pub(crate) decorated_methods: FxHashMap<FuncId, (FuncId, GlobalId)>,
    /// The parameters of nested functions whose defaults are not constants, each with the
    /// hidden variable of the enclosing function its default is kept in (evaluated where the
    /// `def` runs, captured by the function, passed by direct calls that leave it out).
    pub(crate) nested_defaults: FxHashMap<FuncId, Vec<(usize, String)>>,
    /// The functions whose last parameter is `**kwargs`.
    pub(crate) kwarg_funcs: rustc_hash::FxHashSet<FuncId>,
    /// The generator `iter(x)` calls, once a program uses it.
    pub(crate) iter_func: Option<FuncId>,
    /// Whether the program reads an attribute named `args` anywhere: exceptions then keep
    /// their arguments' tuple (see `krait_hir::EXCEPTION_ARGS_TUPLE`).
    pub(crate) reads_args: bool,
    /// The nested functions declared before their enclosing body is resolved (so siblings
    /// can call those defined after them), by the span of their name.
    pub(crate) predeclared: FxHashMap<Span, FuncId>,
    /// Parameters of dataclass constructors whose default a `default_factory` makes at each
    /// call, by constructor and parameter index.
    pub(crate) factory_defaults: FxHashMap<(FuncId, usize), Factory>,
    /// The globals holding constant defaults of lambdas, with their values, which the module
    /// being resolved sets first thing.
    pub(crate) constant_defaults: Vec<(GlobalId, ruff_python_ast::Expr)>,
    /// The exception classes whose `__init__` calls BaseException's (`super().__init__(...)`),
    /// which sets the arguments' tuple its constructor set.
    pub(crate) base_init_classes: rustc_hash::FxHashSet<ClassId>,
    /// The names of the user's modules the program imports.
    pub(crate) user_modules: Vec<String>,
    /// Those of them that are krait's versions of standard library modules.
    pub(crate) library_modules: Vec<String>,
    /// The enums' classes (by constructor) and the functions of their generated modules.
    pub(crate) enums: FxHashMap<FuncId, EnumFunctions>,
}

/// What an enum's name stands for besides its class (`enums`).
#[derive(Clone, Copy)]
pub(crate) struct EnumFunctions {
    /// `Name(value)`.
    pub(crate) lookup: FuncId,
    /// `Name["NAME"]`.
    pub(crate) by_name: FuncId,
    /// The list of the members: `Name` as a value.
    pub(crate) members: GlobalId,
}

/// What `@dataclass` makes of a class.
pub(crate) struct Dataclass {
    /// The fields in `__init__`'s order (a base dataclass's first), each with the class
    /// attribute holding its default.
    pub(crate) fields: Vec<(String, Option<GlobalId>)>,
    /// Beside each field, what makes its default anew at each construction
    /// (`field(default_factory=list)`).
    pub(crate) factories: Vec<Option<Factory>>,
    /// The methods it generates (those the class does not define itself).
    pub(crate) generated: Vec<(String, FuncId)>,
}

/// A `default_factory` of a dataclass field: the builtin whose call makes each default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Factory {
    List,
    Dict,
    Set,
    Int,
    Float,
    Str,
    Bool,
}

impl Factory {
    /// The builtin of this name.
    const NAMED: [(&'static str, Factory); 7] = [
        ("list", Factory::List),
        ("dict", Factory::Dict),
        ("set", Factory::Set),
        ("int", Factory::Int),
        ("float", Factory::Float),
        ("str", Factory::Str),
        ("bool", Factory::Bool),
    ];

    /// What calling the builtin gives, as an expression made anew where it stands.
    pub(crate) fn value(self) -> krait_hir::ExprKind {
        use krait_hir::ExprKind;
        match self {
            Factory::List => ExprKind::List(Vec::new()),
            Factory::Dict => ExprKind::Dict(Vec::new()),
            Factory::Set => ExprKind::Set(Vec::new()),
            Factory::Int => ExprKind::Int(0),
            Factory::Float => ExprKind::Float(0.0),
            Factory::Str => ExprKind::Str(String::new()),
            Factory::Bool => ExprKind::Bool(false),
        }
    }
}

/// A dataclass field's `field(...)` call: its default, or its `default_factory`.
pub(crate) enum FieldSpec<'a> {
    Default(&'a ast::Expr),
    Factory(Factory),
    /// Other arguments, or a factory krait does not make.
    Unsupported,
}

/// What `value`, a dataclass field's value in its class body, says when it is a call of
/// `dataclasses.field`.
pub(crate) fn field_spec<'a>(scope: &ModuleScope, value: &'a ast::Expr) -> Option<FieldSpec<'a>> {
    let ast::Expr::Call(call) = value else {
        return None;
    };
    let ast::Expr::Name(name) = &*call.func else {
        return None;
    };
    if !matches!(
        scope.names.get(name.id.as_str()),
        Some(ModuleName::DataclassField)
    ) {
        return None;
    }
    let spec = match (&call.arguments.args[..], &call.arguments.keywords[..]) {
        ([], [keyword]) => match (keyword.arg.as_ref().map(|a| a.as_str()), &keyword.value) {
            (Some("default"), value) => FieldSpec::Default(value),
            // The builtin itself, not a name the module binds to something else.
            (Some("default_factory"), ast::Expr::Name(name)) => {
                let name = name.id.as_str();
                match Factory::NAMED.iter().find(|(n, _)| *n == name) {
                    Some(&(_, factory)) if !scope.names.contains_key(name) => {
                        FieldSpec::Factory(factory)
                    }
                    _ => FieldSpec::Unsupported,
                }
            }
            _ => FieldSpec::Unsupported,
        },
        _ => FieldSpec::Unsupported,
    };
    Some(spec)
}

/// What a `@dataclass` decorator asks for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DataclassOptions {
    pub(crate) eq: bool,
    pub(crate) order: bool,
    /// Instances whose fields are set once, by `__init__`; with `eq`, hashable by them.
    pub(crate) frozen: bool,
    pub(crate) unsafe_hash: bool,
}

/// The options of a `@dataclass` or `@dataclass(eq=..., order=..., frozen=...,
/// unsafe_hash=...)` decorator, if that is the class's one decorator, and the keywords it has
/// that krait does not support (other options, values other than True and False).
pub(crate) fn dataclass_options<'a>(
    scope: &ModuleScope,
    class: &'a ast::StmtClassDef,
) -> Option<(DataclassOptions, Vec<&'a ast::Keyword>)> {
    let [decorator] = &class.decorator_list[..] else {
        return None;
    };
    let is_dataclass = |expr: &ast::Expr| {
        matches!(expr, ast::Expr::Name(name)
            if matches!(scope.names.get(name.id.as_str()), Some(ModuleName::Dataclass)))
    };
    let mut options = DataclassOptions {
        eq: true,
        order: false,
        frozen: false,
        unsafe_hash: false,
    };
    match &decorator.expression {
        expr if is_dataclass(expr) => Some((options, Vec::new())),
        ast::Expr::Call(call) if is_dataclass(&call.func) && call.arguments.args.is_empty() => {
            let mut unsupported = Vec::new();
            for keyword in &call.arguments.keywords {
                let option = match keyword.arg.as_ref().map(|a| a.as_str()) {
                    Some("eq") => &mut options.eq,
                    Some("order") => &mut options.order,
                    Some("frozen") => &mut options.frozen,
                    Some("unsafe_hash") => &mut options.unsafe_hash,
                    _ => {
                        unsupported.push(keyword);
                        continue;
                    }
                };
                match &keyword.value {
                    ast::Expr::BooleanLiteral(value) => *option = value.value,
                    _ => unsupported.push(keyword),
                }
            }
            Some((options, unsupported))
        }
        _ => None,
    }
}

impl Resolver {
    pub(crate) fn new_global(&mut self, name: String) -> GlobalId {
        self.globals.push(Global { name });
        GlobalId(self.globals.len() as u32 - 1)
    }

    pub(crate) fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }
}

pub(crate) fn span(file: FileId, node: &impl Ranged) -> Span {
    Span {
        file,
        range: node.range(),
    }
}

/// Resolves every module into one program. The first `Main` module is the entry point.
pub fn resolve(files: Vec<SourceFile>, modules: &[ModuleInput<'_>]) -> (Program, Vec<Diagnostic>) {
    let mut resolver = Resolver {
        funcs: Vec::new(),
        classes: Vec::new(),
        signatures: FxHashMap::default(),
        globals: Vec::new(),
        diagnostics: Vec::new(),
        captures: FxHashMap::default(),
        builtin_values: FxHashMap::default(),
        dataclasses: FxHashMap::default(),
        exception_methods: FxHashMap::default(),
        decorated: FxHashMap::default(),
        decorated_methods: FxHashMap::default(),
        nested_defaults: FxHashMap::default(),
        kwarg_funcs: Default::default(),
        iter_func: None,
        base_init_classes: Default::default(),
        predeclared: FxHashMap::default(),
        factory_defaults: FxHashMap::default(),
        constant_defaults: Vec::new(),
        reads_args: modules
            .iter()
            .filter(|m| m.kind != ModuleKind::Runtime)
            .any(|m| body::reads_attribute(&m.module.body, "args")),
        user_modules: modules
            .iter()
            .filter(|m| m.kind == ModuleKind::Imported)
            .map(|m| m.name.clone())
            .collect(),
        library_modules: modules
            .iter()
            .filter(|m| m.library)
            .map(|m| m.name.clone())
            .collect(),
        enums: FxHashMap::default(),
    };
    let mut scopes: Vec<ModuleScope> = Vec::new();
    let mut entry = None;
    let mut module_bodies = Vec::new();
    // First every module's names and function signatures, so bodies can call functions defined
    // further down (an imported module's come before its importers').
    for input in modules {
        let scope = collect_module_names(&mut resolver, input, &scopes);
        scopes.push(scope);
    }
    for (input, scope) in modules.iter().zip(&scopes) {
        let module_func = body::resolve_module(&mut resolver, scope, input.module);
        let rank = match input.kind {
            ModuleKind::Runtime => 0,
            ModuleKind::Imported => 1,
            ModuleKind::Main => 2,
        };
        module_bodies.push((rank, module_func));
        if input.kind == ModuleKind::Main && entry.is_none() {
            entry = Some(module_func);
        }
    }
    let bound_methods = bound_method_functions(&mut resolver);
    let funcs = resolver
        .funcs
        .into_iter()
        .map(|f| f.expect("every collected function has a resolved body"))
        .collect();
    let entry = entry.unwrap_or(FuncId(0));
    // The runtime sets up its globals first, then the imported modules run (each after those
    // it imports), and the main module last.
    module_bodies.sort_by_key(|&(rank, _)| rank);
    let module_bodies = module_bodies.into_iter().map(|(_, id)| id).collect();
    let mut program = Program {
        files,
        funcs,
        classes: resolver.classes,
        globals: resolver.globals,
        entry,
        module_bodies,
        bound_methods,
    };
    webs::split_webs(&mut program);
    (program, resolver.diagnostics)
}

/// The function each method name's bound method values call (see `Program::bound_methods`):
/// `(*args, **kwargs)` with the receiver captured, returning `receiver.name(*args, **kwargs)`.
fn bound_method_functions(resolver: &mut Resolver) -> Vec<(String, FuncId)> {
    let mut names: Vec<(String, Span)> = Vec::new();
    for class in &resolver.classes {
        for (name, _) in &class.methods {
            let takes_self = !class.statics.contains(name) && !class.properties.contains(name);
            if takes_self && !name.contains('.') && !names.iter().any(|(n, _)| n == name) {
                names.push((name.clone(), class.span));
            }
        }
    }
    let mut bound = Vec::new();
    for (name, span) in names {
        let mut func = new_function(name.clone(), FuncKind::User, span);
        func.frameless = true;
        func.vararg = true;
        func.kwarg = true;
        func.keyword_only = 1;
        for param in ["<args>", "<kwargs>", "<self>"] {
            func.locals.push(krait_hir::Local {
                name: param.to_owned(),
            });
            func.params.push(krait_hir::Param {
                name: param.to_owned(),
                local: krait_hir::LocalId(func.locals.len() as u32 - 1),
                default: None,
                annotation: None,
            });
        }
        let mut alloc = |kind: krait_hir::ExprKind| {
            func.exprs.push(krait_hir::Expr { kind, span });
            krait_hir::ExprId(func.exprs.len() as u32 - 1)
        };
        let args = alloc(krait_hir::ExprKind::Local(krait_hir::LocalId(0)));
        let args = alloc(krait_hir::ExprKind::Starred(args));
        let kwargs = alloc(krait_hir::ExprKind::Local(krait_hir::LocalId(1)));
        let receiver = alloc(krait_hir::ExprKind::Local(krait_hir::LocalId(2)));
        let call = alloc(krait_hir::ExprKind::MethodCall {
            receiver,
            method: name.clone(),
            args: vec![args],
            keywords: vec![krait_hir::Keyword {
                name: String::new(),
                value: kwargs,
                span,
            }],
        });
        func.body = vec![krait_hir::Stmt::Return(Some(call), span)];
        let id = FuncId(resolver.funcs.len() as u32);
        resolver.funcs.push(Some(func));
        resolver.captures.insert(id, vec!["<self>".to_owned()]);
        bound.push((name, id));
    }
    bound
}

fn collect_module_names(
    resolver: &mut Resolver,
    input: &ModuleInput<'_>,
    imported: &[ModuleScope],
) -> ModuleScope {
    let file = input.file;
    let user_module = |name: &str| {
        imported
            .iter()
            .find(|s| s.kind == ModuleKind::Imported && s.name == name)
    };
    let mut scope = ModuleScope {
        file,
        kind: input.kind,
        name: input.name.clone(),
        library: input.library,
        names: FxHashMap::default(),
        namedtuples: Vec::new(),
        typing_aliases: Vec::new(),
    };
    let prefix = if input.kind == ModuleKind::Runtime {
        "rt."
    } else {
        ""
    };
    // Classes that are definitions of generated modules (`class P(NamedTuple)`, enums) are
    // bound to those modules' classes below instead of being declared.
    let namedtuples = namedtuple::definitions(input.module);
    let enum_defs = enums::definitions(input.module);
    let generated_classes: Vec<_> = namedtuples
        .iter()
        .map(|d| d.range)
        .chain(enum_defs.iter().map(|d| d.range))
        .collect();
    for stmt in &input.module.body {
        match stmt {
            ast::Stmt::FunctionDef(def) => {
                let name = def.name.as_str().to_owned();
                if scope.names.contains_key(&name) {
                    resolver.error(Diagnostic::unsupported(
                        span(file, &def.name),
                        format!("redefining `{name}` (a module-level name is bound once)"),
                    ));
                    continue;
                }
                let id = declare_function(resolver, def, &format!("{prefix}{name}"));
                if def.decorator_list.is_empty() || input.kind == ModuleKind::Runtime {
                    scope.names.insert(name, ModuleName::Func(id));
                } else {
                    // The name holds what the decorators make of the function.
                    let global = resolver.new_global(name.clone());
                    resolver.decorated.insert(global, id);
                    scope.names.insert(name, ModuleName::Global(global));
                }
            }
            // A `class Name(NamedTuple)` is its generated module's class (below).
            ast::Stmt::ClassDef(class) if generated_classes.contains(&class.range()) => {}
            ast::Stmt::ClassDef(class) => {
                let name = class.name.as_str().to_owned();
                if scope.names.contains_key(&name) {
                    resolver.error(Diagnostic::unsupported(
                        span(file, &class.name),
                        format!("redefining `{name}` (a module-level name is bound once)"),
                    ));
                    continue;
                }
                let (bases, exception) = class_bases(resolver, &scope, class, file);
                let dataclass = dataclass_options(&scope, class).map(|(options, unsupported)| {
                    for keyword in unsupported {
                        let feature = match keyword.arg.as_ref().map(|a| a.as_str()) {
                            Some(name @ ("eq" | "order" | "frozen" | "unsafe_hash")) => {
                                format!("`@dataclass({name}=...)` other than True or False")
                            }
                            Some(name) => format!("the `@dataclass` option `{name}`"),
                            None => "`**` in `@dataclass(...)`".to_owned(),
                        };
                        resolver.error(Diagnostic::unsupported(span(file, keyword), feature));
                    }
                    options
                });
                let constructor =
                    declare_class(resolver, &scope, class, (bases, exception), dataclass, file);
                scope.names.insert(name, ModuleName::Func(constructor));
            }
            ast::Stmt::Import(import) => {
                for alias in &import.names {
                    if let Some(module) = user_module(alias.name.as_str()) {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                        let index = resolver
                            .user_modules
                            .iter()
                            .position(|m| m == alias.name.as_str())
                            .expect("a user module");
                        scope
                            .names
                            .insert(bound.to_owned(), ModuleName::Module(index as u32));
                        for (name, &value) in &module.names {
                            if !name.contains('.') && !matches!(value, ModuleName::Module(_)) {
                                scope.names.insert(format!("{bound}.{name}"), value);
                            }
                        }
                        for (function, attr, value) in function_attrs(alias.name.as_str(), module) {
                            scope
                                .names
                                .insert(format!("{bound}.{function}.{attr}"), value);
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                    if alias.name.as_str() == "collections" {
                        for (module, class) in
                            [("_deque", "deque"), ("_ordereddict", "OrderedDict")]
                        {
                            if let Some(&value) =
                                user_module(module).and_then(|m| m.names.get(class))
                            {
                                scope.names.insert(format!("{bound}.{class}"), value);
                            }
                        }
                    }
                    if alias.name.as_str() == "sys"
                        && let Some(stdin) = user_module("_stdin")
                    {
                        for function in ["lines", "readlines"] {
                            if let Some(&value) = stdin.names.get(function) {
                                scope
                                    .names
                                    .insert(format!("{bound}.stdin.{function}"), value);
                            }
                        }
                    }
                    let module = match alias.name.as_str() {
                        "sys" => ModuleName::Sys,
                        "math" => ModuleName::Math,
                        "collections" => ModuleName::Collections,
                        "string" => ModuleName::StringModule,
                        "typing" => ModuleName::Typing,
                        _ => continue,
                    };
                    scope.names.insert(bound.to_owned(), module);
                }
            }
            ast::Stmt::ImportFrom(import)
                if import.level == 0
                    && import
                        .module
                        .as_ref()
                        .is_some_and(|m| user_module(m.as_str()).is_some()) =>
            {
                let name = import.module.as_ref().expect("checked").as_str();
                let module = user_module(name).expect("checked");
                for alias in &import.names {
                    match module.names.get(alias.name.as_str()) {
                        Some(&value) if !alias.name.as_str().contains('.') => {
                            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                            scope.names.insert(bound.as_str().to_owned(), value);
                            for (function, attr, value) in function_attrs(name, module) {
                                if function == alias.name.as_str() {
                                    scope.names.insert(format!("{bound}.{attr}"), value);
                                }
                            }
                        }
                        _ if alias.name.as_str() == "*" => resolver.error(Diagnostic::unsupported(
                            span(file, alias),
                            "`from module import *`",
                        )),
                        _ if module.library => resolver.error(Diagnostic::unsupported(
                            span(file, alias),
                            format!(
                                "`{name}.{}` (krait's `{name}` lacks it)",
                                alias.name.as_str()
                            ),
                        )),
                        _ => resolver.error(
                            Diagnostic::error(
                                Code::UndefinedName,
                                span(file, alias),
                                format!(
                                    "cannot import name '{}' from '{name}'",
                                    alias.name.as_str()
                                ),
                            )
                            .with_label("not in that module"),
                        ),
                    }
                }
            }
            ast::Stmt::ImportFrom(import)
                if import
                    .module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "dataclasses") =>
            {
                for alias in &import.names {
                    let name = match alias.name.as_str() {
                        "dataclass" => ModuleName::Dataclass,
                        "field" => ModuleName::DataclassField,
                        _ => continue,
                    };
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    scope.names.insert(bound.as_str().to_owned(), name);
                }
            }
            ast::Stmt::ImportFrom(import)
                if import
                    .module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "string") =>
            {
                for alias in &import.names {
                    if let Some(text) = string_constant(alias.name.as_str()) {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        scope
                            .names
                            .insert(bound.as_str().to_owned(), ModuleName::StringConstant(text));
                    }
                }
            }
            // Every name from `typing` or `enum` is a marker its uses are checked against.
            ast::Stmt::ImportFrom(import) if marker_module(import).is_some() => {
                let marker = marker_module(import).expect("checked");
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    scope.names.insert(bound.as_str().to_owned(), marker);
                }
            }
            ast::Stmt::ImportFrom(import)
                if import.module.as_ref().is_some_and(|m| m.as_str() == "math") =>
            {
                for alias in &import.names {
                    if let Some(name) = math_name(alias.name.as_str()) {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        scope
                            .names
                            .insert(bound.as_str().to_owned(), ModuleName::MathName(name));
                    }
                }
            }
            ast::Stmt::ImportFrom(import)
                if import
                    .module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "collections") =>
            {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    if let Some(name) = collections_type(alias.name.as_str()) {
                        scope
                            .names
                            .insert(bound.as_str().to_owned(), ModuleName::CollectionsType(name));
                    } else if alias.name.as_str() == "deque"
                        && let Some(&class) =
                            user_module("_deque").and_then(|module| module.names.get("deque"))
                    {
                        scope.names.insert(bound.as_str().to_owned(), class);
                    } else if alias.name.as_str() == "OrderedDict"
                        && let Some(&class) = user_module("_ordereddict")
                            .and_then(|module| module.names.get("OrderedDict"))
                    {
                        scope.names.insert(bound.as_str().to_owned(), class);
                    } else if alias.name.as_str() == "namedtuple" {
                        scope
                            .names
                            .insert(bound.as_str().to_owned(), ModuleName::NamedTuple);
                    }
                }
            }
            ast::Stmt::ImportFrom(import) => {
                // krait's runtime, and its library modules (`random` seeds itself with `entropy`).
                if (input.kind == ModuleKind::Runtime || input.library)
                    && import
                        .module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__krait__")
                {
                    for alias in &import.names {
                        if let Some(intrinsic) =
                            krait_hir::Intrinsic::from_name(alias.name.as_str())
                        {
                            scope.names.insert(
                                alias.name.as_str().to_owned(),
                                ModuleName::Intrinsic(intrinsic),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // Type aliases (`Vector = List[float]`, `T = TypeVar("T")`): names for annotations.
    for stmt in &input.module.body {
        if let ast::Stmt::Assign(assign) = stmt
            && let [ast::Expr::Name(target)] = &assign.targets[..]
            && is_typing_expr(&scope, &assign.value)
        {
            scope
                .names
                .insert(target.id.as_str().to_owned(), ModuleName::Typing);
            scope.typing_aliases.push(assign.range());
        }
    }
    // The classes of its `namedtuple(...)` definitions, from their generated modules.
    for definition in namedtuples {
        if let Some(&class) = user_module(&definition.module_name())
            .and_then(|module| module.names.get(&definition.class))
        {
            scope.names.insert(definition.target.clone(), class);
            scope.namedtuples.push(definition.range);
        }
    }
    // Its enums' classes and members, from their generated modules.
    for definition in enum_defs {
        let Some(module) = user_module(&definition.module_name()) else {
            continue;
        };
        let function = |name: &str| match module.names.get(name) {
            Some(&ModuleName::Func(func)) => Some(func),
            _ => None,
        };
        let global = |name: &str| match module.names.get(name) {
            Some(&ModuleName::Global(global)) => Some(global),
            _ => None,
        };
        let (Some(class), Some(lookup), Some(by_name), Some(members)) = (
            function(&definition.class),
            function("_lookup"),
            function("_by_name"),
            global("_members"),
        ) else {
            continue;
        };
        for (member, _) in &definition.members {
            if let Some(member_global) = global(member) {
                scope.names.insert(
                    format!("{}.{member}", definition.class),
                    ModuleName::Global(member_global),
                );
            }
        }
        scope
            .names
            .insert(definition.class.clone(), ModuleName::Func(class));
        resolver.enums.insert(
            class,
            EnumFunctions {
                lookup,
                by_name,
                members,
            },
        );
    }
    // Names bound by imports krait cannot compile: reported once, at the import.
    for stmt in &input.module.body {
        let bound: Vec<&str> = match stmt {
            ast::Stmt::Import(import) => import
                .names
                .iter()
                .map(|alias| match &alias.asname {
                    Some(name) => name.as_str(),
                    None => alias.name.as_str().split('.').next().unwrap_or_default(),
                })
                .collect(),
            ast::Stmt::ImportFrom(import) => import
                .names
                .iter()
                .map(|alias| alias.asname.as_ref().unwrap_or(&alias.name).as_str())
                .collect(),
            _ => Vec::new(),
        };
        for name in bound {
            scope
                .names
                .entry(name.to_owned())
                .or_insert(ModuleName::Unimported);
        }
    }
    // Then every name the module's own code assigns is a global of the module.
    let mut assigned = Vec::new();
    for stmt in &input.module.body {
        body::collect_assigned(stmt, &mut assigned);
    }
    for name in assigned {
        if let std::collections::hash_map::Entry::Vacant(entry) = scope.names.entry(name) {
            let id = resolver.new_global(format!("{prefix}{}", entry.key()));
            entry.insert(ModuleName::Global(id));
        }
    }
    // Names that functions declare `global` and assign also live in the module.
    for stmt in &input.module.body {
        if let ast::Stmt::FunctionDef(def) = stmt {
            let mut declared = Vec::new();
            body::collect_global_decls(&def.body, &mut declared);
            for name in declared {
                if let std::collections::hash_map::Entry::Vacant(entry) = scope.names.entry(name) {
                    let id = resolver.new_global(format!("{prefix}{}", entry.key()));
                    entry.insert(ModuleName::Global(id));
                }
            }
        }
    }
    scope
}

/// Reserves a function's id and records its signature; `qualname` names its default globals.
pub(crate) fn declare_function(
    resolver: &mut Resolver,
    def: &ast::StmtFunctionDef,
    qualname: &str,
) -> FuncId {
    let id = FuncId(resolver.funcs.len() as u32);
    resolver.funcs.push(None);
    let params = &def.parameters;
    let mut signature = Signature {
        params: Vec::new(),
        defaults: Vec::new(),
        keyword_only: params.kwonlyargs.len(),
        vararg: false,
    };
    for param in body::declared_params(def) {
        let param_name = param.parameter.name.as_str().to_owned();
        let default = param
            .default
            .as_ref()
            .map(|_| resolver.new_global(format!("{qualname}.default.{param_name}")));
        signature.params.push(param_name);
        signature.defaults.push(default);
    }
    if let Some(vararg) = &params.vararg {
        let at = signature.params.len() - signature.keyword_only;
        signature.params.insert(at, vararg.name.as_str().to_owned());
        signature.defaults.insert(at, None);
        signature.vararg = true;
    }
    if let Some(kwarg) = &params.kwarg {
        signature.params.push(kwarg.name.as_str().to_owned());
        signature.defaults.push(None);
        signature.keyword_only += 1;
        resolver.kwarg_funcs.insert(id);
    }
    resolver.signatures.insert(id, signature);
    id
}

/// The base classes a class statement names (classes defined above it), and the built-in
/// exception class it derives from, if any.
fn class_bases(
    resolver: &mut Resolver,
    scope: &ModuleScope,
    class: &ast::StmtClassDef,
    file: FileId,
) -> (Vec<ClassId>, Option<krait_hir::BuiltinExc>) {
    let Some(arguments) = class.arguments.as_ref() else {
        return (Vec::new(), None);
    };
    if !arguments.keywords.is_empty() {
        resolver.error(Diagnostic::unsupported(
            span(file, &**arguments),
            "keywords in a class statement",
        ));
        return (Vec::new(), None);
    }
    let bases: Vec<&ast::Expr> = arguments
        .args
        .iter()
        .filter(|b| !matches!(b, ast::Expr::Name(n) if n.id.as_str() == "object"))
        .collect();
    match bases[..] {
        [] => (Vec::new(), None),
        [ast::Expr::Name(name)]
            if !scope.names.contains_key(name.id.as_str())
                && krait_hir::BuiltinExc::from_name(name.id.as_str()).is_some() =>
        {
            let exception = krait_hir::BuiltinExc::from_name(name.id.as_str());
            if exception == Some(krait_hir::BuiltinExc::BaseException) {
                // `except Exception` catches every exception krait raises.
                resolver.error(Diagnostic::unsupported(
                    span(file, *bases.first().expect("one base")),
                    "exception classes deriving from BaseException but not Exception",
                ));
            }
            (Vec::new(), exception)
        }
        _ => {
            let mut found = Vec::new();
            for base in &bases {
                let class = match base {
                    ast::Expr::Name(name) => match scope.names.get(name.id.as_str()) {
                        Some(&ModuleName::Func(f)) => resolver
                            .classes
                            .iter()
                            .position(|c| c.constructor == f)
                            .map(|i| ClassId(i as u32)),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(class) = class else {
                    let base_name = match base {
                        ast::Expr::Name(name) => scope.names.get(name.id.as_str()),
                        _ => None,
                    };
                    let feature = match base_name {
                        Some(ModuleName::EnumName) => {
                            "a class deriving from `Enum` with other than members `NAME = constant` or `NAME = auto()` (methods, say)"
                        }
                        Some(ModuleName::Typing) => {
                            "a class deriving from a `typing` name other than a `NamedTuple` of annotated fields with constant defaults"
                        }
                        _ => "a base that is not a class defined above",
                    };
                    resolver.error(Diagnostic::unsupported(span(file, *base), feature));
                    return (Vec::new(), None);
                };
                if found.contains(&class) {
                    let name = &resolver.classes[class.index()].name;
                    resolver.error(Diagnostic::error(
                        Code::TypeMismatch,
                        span(file, *base),
                        format!("duplicate base class {name}"),
                    ));
                    return (Vec::new(), None);
                }
                found.push(class);
            }
            let exception = found
                .first()
                .and_then(|c| resolver.classes[c.index()].exception);
            if found.len() > 1
                && found
                    .iter()
                    .any(|c| resolver.classes[c.index()].exception.is_some())
            {
                resolver.error(Diagnostic::unsupported(
                    span(file, &**arguments),
                    "multiple inheritance of exception classes",
                ));
                return (Vec::new(), None);
            }
            (found, exception)
        }
    }
}

/// CPython's C3 linearisation of class `id` with `bases` (whose orders are known): the class
/// first, then its ancestors; None when the bases' orders cannot be merged.
fn c3_mro(classes: &[krait_hir::Class], id: ClassId, bases: &[ClassId]) -> Option<Vec<ClassId>> {
    let mut sequences: Vec<Vec<ClassId>> = bases
        .iter()
        .map(|b| classes[b.index()].mro.clone())
        .collect();
    sequences.push(bases.to_vec());
    let mut mro = vec![id];
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Some(mro);
        }
        // The first head that is in no other sequence's tail.
        let head = sequences
            .iter()
            .map(|s| s[0])
            .find(|&h| !sequences.iter().any(|s| s[1..].contains(&h)))?;
        mro.push(head);
        for sequence in &mut sequences {
            if sequence[0] == head {
                sequence.remove(0);
            }
        }
    }
}

/// Reserves a class, its methods and its constructor (whose signature is `__init__`'s without
/// `self`); returns the constructor, which the class's name is bound to.
fn declare_class(
    resolver: &mut Resolver,
    scope: &ModuleScope,
    class: &ast::StmtClassDef,
    (bases, exception): (Vec<ClassId>, Option<krait_hir::BuiltinExc>),
    dataclass: Option<DataclassOptions>,
    file: FileId,
) -> FuncId {
    let name = class.name.as_str();
    let base = bases.first().copied();
    let mut methods = Vec::new();
    let mut attrs: Vec<(String, GlobalId)> = Vec::new();
    for stmt in &class.body {
        if let (Some(attr), None) = (class_attr_name(stmt), method_alias(class, stmt)) {
            if !attrs.iter().any(|(a, _)| a == attr) {
                let global = resolver.new_global(format!("{name}.{attr}"));
                attrs.push((attr.to_owned(), global));
            }
        }
    }
    let mut statics = Vec::new();
    let mut class_methods = Vec::new();
    let mut properties = Vec::new();
    for stmt in &class.body {
        if let ast::Stmt::FunctionDef(def) = stmt {
            let role = method_role(def);
            let method = role.key(def.name.as_str());
            if methods.iter().any(|(m, _)| *m == method) {
                continue;
            }
            match role {
                MethodRole::Static => statics.push(method.clone()),
                MethodRole::Class => {
                    statics.push(method.clone());
                    class_methods.push(method.clone());
                }
                MethodRole::Property => properties.push(method.clone()),
                MethodRole::Decorated => {
                    // The method passes its arguments, the receiver first, to what the
                    // decorators made of the `def` (see `BodyCtx::decorated_method`).
                    let def_func = declare_function(resolver, def, &format!("{name}.{method}"));
                    let id = FuncId(resolver.funcs.len() as u32);
                    resolver.funcs.push(None);
                    let params = ["<self>", "<args>", "<kwargs>"].map(str::to_owned).to_vec();
                    resolver.signatures.insert(
                        id,
                        Signature {
                            params,
                            defaults: vec![None; 3],
                            keyword_only: 1,
                            vararg: true,
                        },
                    );
                    resolver.kwarg_funcs.insert(id);
                    let global = resolver.new_global(format!("{name}.{method}.<decorated>"));
                    resolver.decorated_methods.insert(id, (def_func, global));
                    methods.push((method, id));
                    continue;
                }
                _ => {}
            }
            let id = declare_function(resolver, def, &format!("{name}.{method}"));
            methods.push((method, id));
        } else if let Some((alias, method)) = method_alias(class, stmt) {
            // `__radd__ = __add__`: one function under two names.
            let found = methods.iter().find(|(m, _)| m == method).map(|&(_, f)| f);
            if let (Some(id), false) = (found, methods.iter().any(|(m, _)| m == alias)) {
                methods.push((alias.to_owned(), id));
            }
        }
    }
    let id = ClassId(resolver.classes.len() as u32);
    if exception.is_some() && base.is_none() {
        // BaseException's `__str__` and `__repr__`, which subclasses may override.
        for method in ["__str__", "__repr__"] {
            if methods.iter().any(|(m, _)| m == method) {
                continue;
            }
            let func = FuncId(resolver.funcs.len() as u32);
            resolver.funcs.push(None);
            resolver.signatures.insert(
                func,
                Signature {
                    params: vec!["self".to_owned()],
                    defaults: vec![None],
                    keyword_only: 0,
                    vararg: false,
                },
            );
            methods.push((method.to_owned(), func));
            resolver.exception_methods.insert((id, method), func);
        }
    }
    let mro = c3_mro(&resolver.classes, id, &bases).unwrap_or_else(|| {
        let names: Vec<&str> = bases
            .iter()
            .map(|b| resolver.classes[b.index()].name.as_str())
            .collect();
        resolver.error(Diagnostic::error(
            Code::TypeMismatch,
            span(file, &**class.arguments.as_ref().expect("bases")),
            format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ),
        ));
        vec![id]
    });
    if dataclass.is_some() && bases.len() > 1 {
        resolver.error(Diagnostic::unsupported(
            span(file, &**class.arguments.as_ref().expect("bases")),
            "a dataclass with several bases",
        ));
    }
    // Classes connected through bases share one layout: the bases' hierarchies become one.
    let merged: Vec<ClassId> = bases
        .iter()
        .map(|b| resolver.classes[b.index()].hierarchy)
        .collect();
    let hierarchy = merged.iter().copied().min().unwrap_or(id);
    for other in &mut resolver.classes {
        if merged.contains(&other.hierarchy) {
            other.hierarchy = hierarchy;
        }
    }
    // A frozen dataclass's fields are set by its generated `__init__` only (CPython's other
    // assignments raise FrozenInstanceError; krait refuses them when it compiles).
    let base_frozen = base.is_some_and(|b| resolver.classes[b.index()].frozen);
    // A namedtuple's class (in its generated module) is frozen too, its `__init__` generated.
    let generated = scope.name.starts_with("namedtuple ");
    let frozen = dataclass.map_or(base_frozen, |d| d.frozen) || generated;
    if let (Some(options), Some(base)) = (dataclass, base)
        && resolver.dataclasses.contains_key(&base)
        && options.frozen != base_frozen
    {
        let message = if options.frozen {
            "cannot inherit frozen dataclass from a non-frozen one"
        } else {
            "cannot inherit non-frozen dataclass from a frozen one"
        };
        resolver.error(Diagnostic::error(
            Code::TypeMismatch,
            span(file, &class.name),
            message.to_owned(),
        ));
    }
    // A namedtuple's fields are its generated `__init__`'s parameters after `self`.
    let tuple_fields: Vec<String> = if generated {
        class
            .body
            .iter()
            .find_map(|stmt| match stmt {
                ast::Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(
                    def.parameters
                        .args
                        .iter()
                        .skip(1)
                        .map(|p| p.parameter.name.as_str().to_owned())
                        .collect(),
                ),
                _ => None,
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    if frozen && !generated && methods.iter().any(|(m, _)| m == "__init__") {
        resolver.error(Diagnostic::unsupported(
            span(file, &class.name),
            "`__init__` of a frozen dataclass or a class deriving from one",
        ));
    }
    if let Some(options) = dataclass {
        declare_dataclass(
            resolver,
            scope,
            class,
            id,
            base,
            options,
            &attrs,
            &mut methods,
            file,
        );
    }
    let constructor = FuncId(resolver.funcs.len() as u32);
    resolver.funcs.push(None);
    // `__init__` may be inherited.
    let init = methods
        .iter()
        .find(|(m, _)| m == "__init__")
        .map(|&(_, f)| f)
        .or_else(|| {
            mro[1..]
                .iter()
                .find_map(|c| resolver.classes[c.index()].own_method("__init__"))
        });
    let signature = match init.as_ref() {
        Some(init) => {
            let init = &resolver.signatures[init];
            Signature {
                params: init.params.iter().skip(1).cloned().collect(),
                defaults: init.defaults.iter().skip(1).copied().collect(),
                keyword_only: init.keyword_only,
                vararg: init.vararg,
            }
        }
        // An exception takes any positional arguments (BaseException's `__init__`).
        None if exception.is_some() => Signature {
            params: vec!["args".to_owned()],
            defaults: vec![None],
            keyword_only: 0,
            vararg: true,
        },
        None => Signature {
            params: Vec::new(),
            defaults: Vec::new(),
            keyword_only: 0,
            vararg: false,
        },
    };
    resolver.signatures.insert(constructor, signature);
    // The constructor's `**kwargs` is `__init__`'s: it gets the dict a call makes.
    if init.is_some_and(|init| resolver.kwarg_funcs.contains(&init)) {
        resolver.kwarg_funcs.insert(constructor);
    }
    // A dataclass's constructor makes each `default_factory` default anew.
    if let Some(dataclass) = resolver.dataclasses.get(&id) {
        for (i, factory) in dataclass.factories.iter().enumerate() {
            if let Some(factory) = factory {
                resolver.factory_defaults.insert((constructor, i), *factory);
            }
        }
    }
    resolver.classes.push(krait_hir::Class {
        name: name.to_owned(),
        span: span(file, &class.name),
        base,
        mro,
        hierarchy,
        exception,
        constructor,
        methods,
        attrs,
        statics,
        class_methods,
        properties,
        frozen,
        tuple_fields,
    });
    constructor
}

/// Declares the fields of dataclass `id` and the methods `@dataclass` generates for it.
#[allow(clippy::too_many_arguments)]
fn declare_dataclass(
    resolver: &mut Resolver,
    scope: &ModuleScope,
    class: &ast::StmtClassDef,
    id: ClassId,
    base: Option<ClassId>,
    options: DataclassOptions,
    attrs: &[(String, GlobalId)],
    methods: &mut Vec<(String, FuncId)>,
    file: FileId,
) {
    let (mut fields, mut factories) = base
        .and_then(|b| resolver.dataclasses.get(&b))
        .map_or_else(Default::default, |d| {
            (d.fields.clone(), d.factories.clone())
        });
    for stmt in &class.body {
        let ast::Stmt::AnnAssign(assign) = stmt else {
            continue;
        };
        let ast::Expr::Name(name) = &*assign.target else {
            continue;
        };
        let factory = match assign.value.as_deref().and_then(|v| field_spec(scope, v)) {
            Some(FieldSpec::Factory(factory)) => Some(factory),
            _ => None,
        };
        let default = assign
            .value
            .as_ref()
            .filter(|_| factory.is_none())
            .and_then(|_| {
                attrs
                    .iter()
                    .find(|(a, _)| a == name.id.as_str())
                    .map(|&(_, g)| g)
            });
        match fields.iter().position(|(f, _)| f == name.id.as_str()) {
            Some(i) => {
                fields[i].1 = default;
                factories[i] = factory;
            }
            None => {
                fields.push((name.id.as_str().to_owned(), default));
                factories.push(factory);
            }
        }
    }
    let has_default = |i: usize| fields[i].1.is_some() || factories[i].is_some();
    if let Some(pos) = (0..fields.len()).find(|&i| has_default(i)) {
        if let Some(i) = (pos..fields.len()).find(|&i| !has_default(i)) {
            let field = &fields[i].0;
            resolver.error(
                Diagnostic::error(
                    Code::BadCall,
                    span(file, &class.name),
                    format!("non-default argument '{field}' follows default argument"),
                )
                .with_label("in this dataclass"),
            );
        }
    }
    let mut names = vec!["__init__", "__repr__"];
    if options.eq {
        names.push("__eq__");
    }
    if options.order {
        names.extend(["__lt__", "__le__", "__gt__", "__ge__"]);
    }
    if options.unsafe_hash || (options.eq && options.frozen) {
        names.push("__hash__");
    }
    let mut generated = Vec::new();
    for name in names {
        if methods.iter().any(|(m, _)| m == name) {
            continue;
        }
        let func = FuncId(resolver.funcs.len() as u32);
        resolver.funcs.push(None);
        let mut params = vec!["self".to_owned()];
        let mut defaults = vec![None];
        match name {
            "__init__" => {
                params.extend(fields.iter().map(|(f, _)| f.clone()));
                defaults.extend(fields.iter().map(|&(_, d)| d));
            }
            "__repr__" | "__hash__" => {}
            _ => {
                params.push("other".to_owned());
                defaults.push(None);
            }
        }
        resolver.signatures.insert(
            func,
            Signature {
                params,
                defaults,
                keyword_only: 0,
                vararg: false,
            },
        );
        methods.push((name.to_owned(), func));
        generated.push((name.to_owned(), func));
    }
    resolver.dataclasses.insert(
        id,
        Dataclass {
            fields,
            factories,
            generated,
        },
    );
}

/// What a method's decorators make it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MethodRole {
    Plain,
    Static,
    /// `@classmethod`: a static method whose first parameter names the class it is defined in
    /// (calls through subclasses are not supported yet).
    Class,
    Property,
    /// `@name.setter`.
    Setter(String),
    /// Decorators written in Python: the method is what they make of the function.
    Decorated,
    /// A decorator krait does not support yet (its index among the decorators, the feature).
    Unsupported(usize, &'static str),
}

impl MethodRole {
    /// The name the method is found under in its class.
    pub(crate) fn key(&self, name: &str) -> String {
        match self {
            MethodRole::Setter(property) => format!("{property}.setter"),
            _ => name.to_owned(),
        }
    }
}

pub(crate) fn method_role(def: &ast::StmtFunctionDef) -> MethodRole {
    let role = |decorator: &ast::Decorator| match &decorator.expression {
        ast::Expr::Name(name) if name.id.as_str() == "staticmethod" => Some(MethodRole::Static),
        ast::Expr::Name(name) if name.id.as_str() == "classmethod" => Some(MethodRole::Class),
        ast::Expr::Name(name) if name.id.as_str() == "property" => Some(MethodRole::Property),
        ast::Expr::Attribute(attribute)
            if matches!(attribute.attr.as_str(), "setter" | "getter" | "deleter") =>
        {
            let property = def.name.as_str();
            let same = matches!(&*attribute.value, ast::Expr::Name(n) if n.id.as_str() == property);
            Some(match (attribute.attr.as_str(), same) {
                ("setter", true) => MethodRole::Setter(property.to_owned()),
                _ => MethodRole::Unsupported(0, "this decorator"),
            })
        }
        _ => None,
    };
    let role = match &def.decorator_list[..] {
        [] => MethodRole::Plain,
        [decorator] => role(decorator).unwrap_or(MethodRole::Decorated),
        decorators => match decorators.iter().position(|d| role(d).is_some()) {
            Some(i) => MethodRole::Unsupported(i, "this decorator together with others"),
            None => MethodRole::Decorated,
        },
    };
    // Special methods are called with no binding of their arguments.
    let name = def.name.as_str();
    match role {
        MethodRole::Decorated if name.starts_with("__") && name.ends_with("__") => {
            MethodRole::Unsupported(0, "decorators on special methods")
        }
        role => role,
    }
}

/// The marker every name imported from `import`'s module is bound to, for `typing` and `enum`.
fn marker_module(import: &ast::StmtImportFrom) -> Option<ModuleName> {
    match import.module.as_ref()?.as_str() {
        "typing" => Some(ModuleName::Typing),
        "enum" => Some(ModuleName::EnumName),
        _ => None,
    }
}

/// Whether `expr` is made of `typing`'s names: `Optional[int]`, `typing.List[str]`,
/// `TypeVar("T")`, `Dict[str, "Node"]`.
pub(crate) fn is_typing_expr(scope: &ModuleScope, expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Name(name) => {
            matches!(scope.names.get(name.id.as_str()), Some(ModuleName::Typing))
        }
        ast::Expr::Attribute(attribute) => is_typing_expr(scope, &attribute.value),
        ast::Expr::Subscript(subscript) => is_typing_expr(scope, &subscript.value),
        // `cast(T, value)` is a value.
        ast::Expr::Call(call) => {
            !matches!(&*call.func, ast::Expr::Name(name) if name.id.as_str() == "cast")
                && is_typing_expr(scope, &call.func)
        }
        _ => false,
    }
}

/// The attributes of functions of krait's library modules (`itertools.chain.from_iterable`),
/// which the library defines as functions of its own: of `module`, (function, attribute, what
/// the attribute names).
fn function_attrs(
    module_name: &str,
    module: &ModuleScope,
) -> Vec<(&'static str, &'static str, ModuleName)> {
    const ATTRS: [(&str, &str, &str, &str); 1] =
        [("itertools", "chain", "from_iterable", "_from_iterable")];
    ATTRS
        .iter()
        .filter(|(m, ..)| *m == module_name)
        .filter_map(|&(_, function, attr, target)| {
            Some((function, attr, *module.names.get(target)?))
        })
        .collect()
}

/// The math functions krait compiles, by name.
pub(crate) fn math_function(name: &str) -> Option<krait_hir::Builtin> {
    use krait_hir::Builtin;
    Some(match name {
        "sqrt" => Builtin::MathSqrt,
        "floor" => Builtin::MathFloor,
        "ceil" => Builtin::MathCeil,
        "trunc" => Builtin::MathTrunc,
        "fabs" => Builtin::MathFabs,
        "gcd" => Builtin::MathGcd,
        "isqrt" => Builtin::MathIsqrt,
        "factorial" => Builtin::MathFactorial,
        "comb" => Builtin::MathComb,
        _ => Builtin::Math(krait_hir::MathFn::from_name(name)?),
    })
}

/// The text of a constant of the `string` module.
pub(crate) fn string_constant(name: &str) -> Option<&'static str> {
    Some(match name {
        "ascii_lowercase" => "abcdefghijklmnopqrstuvwxyz",
        "ascii_uppercase" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ascii_letters" => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "digits" => "0123456789",
        "hexdigits" => "0123456789abcdefABCDEF",
        "octdigits" => "01234567",
        "punctuation" => "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "whitespace" => " \t\n\r\x0b\x0c",
        "printable" => {
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"
        }
        _ => return None,
    })
}

/// The math constants, by name.
pub(crate) fn math_constant(name: &str) -> Option<f64> {
    Some(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        _ => return None,
    })
}

/// A name `from math import` can bind, as the module spells it.
pub(crate) fn math_name(name: &str) -> Option<&'static str> {
    const NAMES: [&str; 13] = [
        "sqrt",
        "floor",
        "ceil",
        "trunc",
        "fabs",
        "gcd",
        "isqrt",
        "factorial",
        "comb",
        "pi",
        "e",
        "tau",
        "inf",
    ];
    NAMES
        .into_iter()
        .find(|&known| known == name)
        .or_else(|| krait_hir::MathFn::from_name(name).map(krait_hir::MathFn::name))
}

/// The `collections` types krait supports, by name.
pub(crate) fn collections_type(name: &str) -> Option<&'static str> {
    match name {
        "defaultdict" => Some("defaultdict"),
        "Counter" => Some("Counter"),
        _ => None,
    }
}

/// `alias = method` in a class body, where `method` is a plain method defined above it: the
/// alias and the method's name.
pub(crate) fn method_alias<'a>(
    class: &'a ast::StmtClassDef,
    stmt: &'a ast::Stmt,
) -> Option<(&'a str, &'a str)> {
    let ast::Stmt::Assign(assign) = stmt else {
        return None;
    };
    let ([ast::Expr::Name(alias)], ast::Expr::Name(method)) = (&assign.targets[..], &*assign.value)
    else {
        return None;
    };
    let defined_above = class
        .body
        .iter()
        .take_while(|s| !std::ptr::eq(*s, stmt))
        .any(|s| {
            matches!(s, ast::Stmt::FunctionDef(def)
                if def.name.as_str() == method.id.as_str() && method_role(def) == MethodRole::Plain)
        });
    defined_above.then_some((alias.id.as_str(), method.id.as_str()))
}

/// The name a class-level `name = value` (or `name: type = value`) statement assigns.
pub(crate) fn class_attr_name(stmt: &ast::Stmt) -> Option<&str> {
    match stmt {
        ast::Stmt::Assign(assign) => match &assign.targets[..] {
            [ast::Expr::Name(name)] => Some(name.id.as_str()),
            _ => None,
        },
        ast::Stmt::AnnAssign(assign) if assign.value.is_some() => match &*assign.target {
            ast::Expr::Name(name) => Some(name.id.as_str()),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn undefined(span: Span, name: &str) -> Diagnostic {
    Diagnostic::error(
        Code::UndefinedName,
        span,
        format!("name `{name}` is not defined"),
    )
    .with_label("not defined")
}

pub(crate) use krait_hir::Function as HirFunction;

pub(crate) fn new_function(name: String, kind: FuncKind, span: Span) -> HirFunction {
    HirFunction {
        name,
        kind,
        file: span.file,
        span,
        params: Vec::new(),
        keyword_only: 0,
        vararg: false,
        kwarg: false,
        cells: Vec::new(),
        locals: Vec::new(),
        exprs: Vec::new(),
        body: Vec::new(),
        returns: None,
        annotated: Vec::new(),
        generator: false,
        closes: false,
        captured_defaults: Vec::new(),
        frameless: false,
        webs: Vec::new(),
    }
}
