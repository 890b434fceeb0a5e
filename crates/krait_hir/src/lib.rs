//! HIR: the resolved program, one arena of expressions per function.
//!
//! Produced by `krait_resolve`, typed by `krait_infer` (types live in side tables keyed by
//! [`ExprId`], never here, so one body can have many specialised instances) and lowered by
//! `krait_lower`. Every name is resolved: a use is a local, a global, a function or a builtin.
//! Module-level code is the body of a function of kind [`FuncKind::Module`].

use krait_diagnostics::{FileId, SourceFile, Span};
pub use krait_types::ClassId;

macro_rules! id {
    ($name:ident) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}
id!(FuncId);
id!(GlobalId);
id!(LocalId);
id!(ExprId);

pub struct Program {
    pub files: Vec<SourceFile>,
    pub funcs: Vec<Function>,
    pub classes: Vec<Class>,
    pub globals: Vec<Global>,
    /// The main module's body.
    pub entry: FuncId,
    /// Every module body in the order `_start` runs them: the runtime's first, the main module last.
    pub module_bodies: Vec<FuncId>,
    /// For each name of a method of the program's classes, the function a bound method value
    /// (`obj.method` not called) calls: it captures the receiver and calls its method of that
    /// name with its own arguments, adding no traceback frame.
    pub bound_methods: Vec<(String, FuncId)>,
}

impl Program {
    pub fn func(&self, id: FuncId) -> &Function {
        &self.funcs[id.index()]
    }

    /// The function named `name` in the runtime library; the runtime is part of every program.
    pub fn runtime_func(&self, name: &str) -> Option<FuncId> {
        self.funcs
            .iter()
            .position(|f| f.kind == FuncKind::Runtime && f.name == name)
            .map(|i| FuncId(i as u32))
    }
}

pub struct Global {
    pub name: String,
}

/// A module-level class. Its name is bound to its constructor, a function of kind
/// [`FuncKind::Constructor`] that makes the instance and calls `__init__`.
pub struct Class {
    pub name: String,
    pub span: Span,
    /// The first base class; None for a class deriving from `object` or from a built-in
    /// exception only.
    pub base: Option<ClassId>,
    /// The class and its ancestors in CPython's method resolution order (C3), the class first
    /// and `object` left out: where methods and class attributes are looked up.
    pub mro: Vec<ClassId>,
    /// The class that stands for the hierarchy this one belongs to: the classes connected
    /// through their bases, which share one layout of instance attributes.
    pub hierarchy: ClassId,
    /// For an exception class: the built-in exception class it derives from (through its
    /// bases). Its instances are exceptions, with the field [`EXCEPTION_TEXT`].
    pub exception: Option<BuiltinExc>,
    pub constructor: FuncId,
    /// The methods in definition order, `__init__` included.
    pub methods: Vec<(String, FuncId)>,
    /// The class attributes its body assigns, each held in a hidden global.
    pub attrs: Vec<(String, GlobalId)>,
    /// Its methods that are `@staticmethod`s or `@classmethod`s (they take no `self`).
    pub statics: Vec<String>,
    /// Its `@classmethod`s, whose body names the class by their first parameter.
    pub class_methods: Vec<String>,
    /// Its methods that are `@property` getters; a property's setter is the method
    /// `name.setter`.
    pub properties: Vec<String>,
    /// A frozen dataclass or a class deriving from one: only its generated `__init__`
    /// assigns its instances' attributes.
    pub frozen: bool,
    /// A namedtuple's class: its fields in order, which unpacking an instance gives.
    pub tuple_fields: Vec<String>,
}

impl Class {
    /// The method this class itself defines under `name`.
    pub fn own_method(&self, name: &str) -> Option<FuncId> {
        self.methods
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, f)| f)
    }
}

/// The class attribute `name` of `class` among `classes`: its own, or the nearest base's.
pub fn class_attr(classes: &[Class], class: ClassId, name: &str) -> Option<GlobalId> {
    classes[class.index()].mro.iter().find_map(|c| {
        classes[c.index()]
            .attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, global)| global)
    })
}

impl Program {
    /// The class attribute `name` of `class`: its own, or the nearest base's.
    pub fn class_attr(&self, class: ClassId, name: &str) -> Option<GlobalId> {
        class_attr(&self.classes, class, name)
    }

    /// Whether function `func` is a method of a class (a static one included).
    pub fn is_class_member(&self, func: FuncId) -> bool {
        self.classes
            .iter()
            .any(|c| c.methods.iter().any(|&(_, m)| m == func))
    }

    /// Whether `name` is a static method of `class` (or of the base it inherits it from).
    pub fn is_static(&self, class: ClassId, name: &str) -> bool {
        self.defining_class(class, name)
            .is_some_and(|c| self.classes[c.index()].statics.iter().any(|s| s == name))
    }

    /// Whether `name` is a class method of `class` (or of the base it inherits it from).
    pub fn is_class_method(&self, class: ClassId, name: &str) -> bool {
        self.defining_class(class, name).is_some_and(|c| {
            self.classes[c.index()]
                .class_methods
                .iter()
                .any(|s| s == name)
        })
    }

    /// Whether `name` is a property of `class` (or of the base it inherits it from).
    pub fn is_property(&self, class: ClassId, name: &str) -> bool {
        self.defining_class(class, name)
            .is_some_and(|c| self.classes[c.index()].properties.iter().any(|s| s == name))
    }

    /// The class whose method `name` instances of `class` have.
    fn defining_class(&self, class: ClassId, name: &str) -> Option<ClassId> {
        self.classes[class.index()]
            .mro
            .iter()
            .copied()
            .find(|c| self.classes[c.index()].own_method(name).is_some())
    }

    /// The method `name` of instances of `class`: the first class of its method resolution
    /// order that defines it.
    pub fn method(&self, class: ClassId, name: &str) -> Option<FuncId> {
        self.classes[class.index()]
            .mro
            .iter()
            .find_map(|c| self.classes[c.index()].own_method(name))
    }

    /// The method `super().name` finds in a method of `class` for an instance of `instance`:
    /// the first class after `class` in `instance`'s method resolution order that defines it.
    pub fn method_after(&self, instance: ClassId, class: ClassId, name: &str) -> Option<FuncId> {
        let mro = &self.classes[instance.index()].mro;
        let after = mro.iter().position(|&c| c == class)? + 1;
        mro[after..]
            .iter()
            .find_map(|c| self.classes[c.index()].own_method(name))
    }

    /// Whether `class` is `ancestor` or derives from it.
    pub fn is_subclass(&self, class: ClassId, ancestor: ClassId) -> bool {
        self.classes[class.index()].mro.contains(&ancestor)
    }

    /// The class standing for `class`'s hierarchy (see [`Class::hierarchy`]).
    pub fn root_class(&self, class: ClassId) -> ClassId {
        self.classes[class.index()].hierarchy
    }

    /// `class` and every class deriving from it.
    pub fn subclasses(&self, class: ClassId) -> Vec<ClassId> {
        (0..self.classes.len() as u32)
            .map(ClassId)
            .filter(|&c| self.is_subclass(c, class))
            .collect()
    }

    /// The nearest class both derive from, if any.
    pub fn common_base(&self, a: ClassId, b: ClassId) -> Option<ClassId> {
        self.classes[a.index()]
            .mro
            .iter()
            .copied()
            .find(|&c| self.is_subclass(b, c))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    /// A `def` in the user's program.
    User,
    /// The top-level code of a module (`<module>` in tracebacks).
    Module,
    /// A function of krait's runtime library: no traceback frames, may use intrinsics.
    Runtime,
    /// A class's constructor: `self = New(class); self.__init__(...); return self`. It is no
    /// frame of its own in tracebacks.
    Constructor(ClassId),
    /// A method of a class; its first parameter is the instance.
    Method(ClassId),
}

pub struct Function {
    pub name: String,
    pub kind: FuncKind,
    pub file: FileId,
    pub span: Span,
    pub params: Vec<Param>,
    /// How many of the parameters, at the end, can only be passed by keyword (after `*`).
    pub keyword_only: usize,
    /// Whether the parameter before the keyword-only ones is `*args` (a tuple the resolver
    /// packs at each direct call).
    pub vararg: bool,
    /// Whether the last parameter (counted among the keyword-only ones) is `**kwargs` (a dict
    /// the resolver makes at each direct call).
    pub kwarg: bool,
    /// Its locals that are cells: variables a nested function assigns (`nonlocal`), kept in
    /// a box the nested functions capturing them share (a captured one's parameter is the
    /// box).
    pub cells: Vec<LocalId>,
    pub locals: Vec<Local>,
    pub exprs: Vec<Expr>,
    pub body: Vec<Stmt>,
    /// The return annotation when it is a plain name.
    pub returns: Option<Annotation>,
    /// Variables annotated in this body (`x: int = 0`), checked against what they hold.
    pub annotated: Vec<(Place, Annotation)>,
    /// Whether the body yields: a call makes a generator, which runs the body as it is
    /// iterated.
    pub generator: bool,
    /// Whether closing the generator runs code: a `yield` inside a `try` or `with` (whose
    /// `finally`, `__exit__` or `except` clauses the GeneratorExit raised there runs), or a
    /// `yield from` (which closes its delegate).
    pub closes: bool,
    /// Parameters whose default is a value the function captured (a lambda's default that is
    /// not a constant, evaluated where the lambda is): (parameter index, index among the
    /// captured values, which follow the parameters).
    pub captured_defaults: Vec<(usize, usize)>,
    /// Whether the calls it makes add no traceback frame, as CPython has no frame for it: a
    /// decorated method, which calls what its decorators made of the `def` with its
    /// arguments.
    pub frameless: bool,
    /// The variables each variable of the source that `krait_resolve` split into its webs
    /// became (the first the source variable itself): assigning one drops the value the
    /// others hold, as rebinding the source variable does.
    pub webs: Vec<Vec<Place>>,
}

/// A type annotation written as a plain name (`int`, `str`, `None`), where it stands.
#[derive(Clone, Debug)]
pub struct Annotation {
    pub name: String,
    pub span: Span,
}

impl Function {
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.index()]
    }
}

pub struct Param {
    pub name: String,
    pub local: LocalId,
    /// The hidden global that holds the default value, evaluated once when the `def` runs.
    pub default: Option<GlobalId>,
    /// The annotation when it is a plain name (`x: int`). Runtime functions are instantiated
    /// from their annotations; the user's are specialised on the arguments they are called
    /// with, and inference checks those against the annotation.
    pub annotation: Option<Annotation>,
}

pub struct Local {
    pub name: String,
}

pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    /// A bytes literal `b"..."`.
    Bytes(Vec<u8>),
    Local(LocalId),
    Global(GlobalId),
    /// `sys.argv`.
    SysArgv,
    Call {
        callee: Callee,
        args: Vec<ExprId>,
        keywords: Vec<Keyword>,
    },
    Binary {
        op: BinOp,
        lhs: ExprId,
        rhs: ExprId,
    },
    Unary {
        op: UnaryOp,
        operand: ExprId,
    },
    /// `left op0 c0 op1 c1 ...`; each comparator is evaluated at most once.
    Compare {
        left: ExprId,
        ops: Vec<CmpOp>,
        comparators: Vec<ExprId>,
    },
    /// `a and b and c` / `a or b`: evaluates to one of the operands.
    Logical {
        op: LogicalOp,
        values: Vec<ExprId>,
    },
    IfElse {
        test: ExprId,
        body: ExprId,
        orelse: ExprId,
    },
    Subscript {
        value: ExprId,
        index: ExprId,
    },
    /// `value[lower:upper:step]`, each bound optional.
    Slice {
        value: ExprId,
        bounds: SliceBounds,
    },
    /// `value.attr`: an instance's attribute.
    Attribute {
        value: ExprId,
        attr: String,
    },
    /// `receiver.method(args)`, dispatched on the receiver's type.
    MethodCall {
        receiver: ExprId,
        method: String,
        args: Vec<ExprId>,
        keywords: Vec<Keyword>,
    },
    /// A new instance of the class with no attributes set (in constructors only).
    New(ClassId),
    /// What `str()` of an exception made with these arguments (a tuple) gives when its class
    /// does not define `__str__`: the one argument's str, "" for none, else the tuple's repr.
    /// Constructors of exception classes keep it in the field [`EXCEPTION_TEXT`].
    ExceptionText(ExprId),
    /// What `repr()` of an exception made with these arguments (a tuple) shows between the
    /// parentheses after its class name: the arguments' reprs, separated by ", ".
    /// Constructors of exception classes keep it in the field [`EXCEPTION_ARGS`].
    ExceptionArgs(ExprId),
    /// The "Type: message" text of `raise exception(args...)` for a built-in exception class
    /// (`args` a tuple): the message as [`ExprKind::ExceptionText`]'s (a KeyError's one key by
    /// its repr), or the class name alone when that is empty.
    BuiltinExceptionText {
        exception: BuiltinExc,
        args: ExprId,
    },
    /// `super().method(args)` in a method of `class`: the base's method, on the method's
    /// first parameter.
    SuperCall {
        class: ClassId,
        receiver: LocalId,
        method: String,
        args: Vec<ExprId>,
    },
    /// `isinstance(value, classes)`, the classes given by name (a tuple of them for several);
    /// `exact`, `type(value) is class` (no subclass).
    IsInstance {
        value: ExprId,
        classes: Vec<TypeName>,
        exact: bool,
    },
    /// `type(value).__name__`.
    TypeName(ExprId),
    /// `type(a) is type(b)` (and `==`): whether the values are of exactly one class.
    SameType(ExprId, ExprId),
    /// `hasattr(value, "attr")`: known from the value's type (inference requires it).
    HasAttr(ExprId, String),
    /// A lambda: the function it made (one `return` of its expression), and the reads of the
    /// enclosing variables it captures (its hidden parameters after its own).
    Lambda {
        func: FuncId,
        captures: Vec<ExprId>,
    },
    /// A call of a value (a variable holding a function): the callee is evaluated first.
    CallValue {
        callee: ExprId,
        args: Vec<ExprId>,
        keywords: Vec<Keyword>,
    },
    /// `(name := value)`: stores the value into the place and is the value.
    AssignExpr {
        place: Place,
        value: ExprId,
    },
    /// `(a, b, c)`: evaluated left to right.
    Tuple(Vec<ExprId>),
    /// A list display `[a, b, c]`.
    List(Vec<ExprId>),
    /// A set display `{a, b, c}`, or `set()` when empty.
    Set(Vec<ExprId>),
    /// `frozenset(...)`: the new set the operand builds (a display or comprehension), frozen.
    FrozenSet(ExprId),
    /// `tuple(iterable)`: the new list the operand builds (a comprehension), as a tuple of a
    /// length known when it runs.
    TupleOf(ExprId),
    /// `bytes(x)`: `x` zero bytes of an int, the bytes of a list of ints (or of what an
    /// iterable gives), a bytes object itself.
    BytesOf(ExprId),
    /// `range(...)` as a value: the list of its ints (a comprehension), standing for the range
    /// (see `krait_infer`'s `Typeck::range_lists`).
    RangeOf(ExprId),
    /// A value formatted by a `%` template: `integer` for `%d` (a float is truncated first),
    /// `single` when it is the whole right operand (a tuple there would be unpacked).
    PercentArg {
        value: ExprId,
        integer: bool,
        single: bool,
    },
    /// `collections.defaultdict(factory)`: an empty dict whose missing keys get the factory's
    /// value when read.
    DefaultDict(DictFactory),
    /// `collections.Counter(iterable)` (or `Counter()`): how often each element occurs; a
    /// missing key reads as 0.
    Counter(Option<ExprId>),
    /// `*value` among `print`'s arguments: each element is an argument.
    Starred(ExprId),
    /// A dict display `{k: v, ...}` (each key evaluated before its value), or `dict()`.
    Dict(Vec<(ExprId, ExprId)>),
    /// `dict(mapping)` (and `{**mapping}`): a copy of a dict.
    DictOf(ExprId),
    /// A comprehension: `stmts` run (loops that append to the list in local `result`), then
    /// the list is the value. Its loop variables are locals of their own.
    Comprehension {
        stmts: Vec<Stmt>,
        result: LocalId,
        /// It stands for a `map` or `filter` iterator (made a list at once, so it cannot be
        /// printed as one).
        iterator: bool,
        /// A comprehension or generator expression of the program: the frame CPython 3.11
        /// runs it in.
        frame: Option<CompFrame>,
    },
    FString(Vec<FStringPart>),
    /// In a generator, right after a [`Stmt::Yield`]: the value sent in when it resumed there
    /// (None for `next()`).
    Sent,
    /// The box of a cell variable (see `Function::cells`), as a nested function captures it.
    CellRef(LocalId),
}

/// The frame of a comprehension (or of a generator expression consumed at once) in tracebacks.
#[derive(Clone, Debug)]
pub struct CompFrame {
    /// `<listcomp>`, `<setcomp>`, `<dictcomp>` or `<genexpr>`.
    pub name: &'static str,
    /// What the enclosing frame evaluates: the first loop's iterable (or `range` arguments).
    pub outer: Vec<ExprId>,
    /// What the enclosing frame's traceback line marks.
    pub span: Span,
}

impl ExprKind {
    /// The expression's operands, in evaluation order.
    pub fn operands(&self) -> Vec<ExprId> {
        match self {
            ExprKind::Call { args, keywords, .. } => args
                .iter()
                .copied()
                .chain(keywords.iter().map(|k| k.value))
                .collect(),
            ExprKind::CallValue {
                callee,
                args,
                keywords,
            } => std::iter::once(*callee)
                .chain(args.iter().copied())
                .chain(keywords.iter().map(|k| k.value))
                .collect(),
            ExprKind::MethodCall {
                receiver,
                args,
                keywords,
                ..
            } => std::iter::once(*receiver)
                .chain(args.iter().copied())
                .chain(keywords.iter().map(|k| k.value))
                .collect(),
            ExprKind::Binary { lhs, rhs, .. } => vec![*lhs, *rhs],
            ExprKind::Unary { operand, .. } => vec![*operand],
            ExprKind::Compare {
                left, comparators, ..
            } => std::iter::once(*left)
                .chain(comparators.iter().copied())
                .collect(),
            ExprKind::Logical { values, .. } => values.clone(),
            ExprKind::IfElse { test, body, orelse } => vec![*test, *body, *orelse],
            ExprKind::Subscript { value, index } => vec![*value, *index],
            ExprKind::Attribute { value, .. }
            | ExprKind::IsInstance { value, .. }
            | ExprKind::PercentArg { value, .. }
            | ExprKind::Counter(Some(value))
            | ExprKind::Starred(value)
            | ExprKind::DictOf(value)
            | ExprKind::FrozenSet(value)
            | ExprKind::TupleOf(value)
            | ExprKind::BytesOf(value)
            | ExprKind::RangeOf(value)
            | ExprKind::AssignExpr { value, .. }
            | ExprKind::TypeName(value)
            | ExprKind::HasAttr(value, _)
            | ExprKind::ExceptionText(value)
            | ExprKind::ExceptionArgs(value)
            | ExprKind::BuiltinExceptionText { args: value, .. } => vec![*value],
            ExprKind::SuperCall { args, .. } => args.clone(),
            ExprKind::Slice { value, bounds } => {
                std::iter::once(*value).chain(bounds.exprs()).collect()
            }
            ExprKind::SameType(a, b) => vec![*a, *b],
            ExprKind::Tuple(elements) | ExprKind::List(elements) | ExprKind::Set(elements) => {
                elements.clone()
            }
            ExprKind::Dict(entries) => entries.iter().flat_map(|&(k, v)| [k, v]).collect(),
            ExprKind::Lambda { captures, .. } => captures.clone(),
            ExprKind::DefaultDict(DictFactory::Lambda { captures, .. }) => captures.clone(),
            ExprKind::DefaultDict(_)
            | ExprKind::Counter(None)
            | ExprKind::Sent
            | ExprKind::CellRef(_) => Vec::new(),
            ExprKind::FString(parts) => {
                let mut out = Vec::new();
                fstring_operands(parts, &mut out);
                out
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::SysArgv
            | ExprKind::New(_)
            // A comprehension's expressions are in its statements.
            | ExprKind::Comprehension { .. } => Vec::new(),
        }
    }
}

fn fstring_operands(parts: &[FStringPart], out: &mut Vec<ExprId>) {
    for part in parts {
        if let FStringPart::Value { value, spec, .. } = part {
            out.push(*value);
            fstring_operands(spec, out);
        }
    }
}

/// A type named in `isinstance`: a class, or a builtin type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeName {
    Class(ClassId),
    /// A built-in exception class.
    Exception(BuiltinExc),
    Int,
    Float,
    Bool,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
}

/// The bounds of a slice, each optional.
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    pub lower: Option<ExprId>,
    pub upper: Option<ExprId>,
    pub step: Option<ExprId>,
}

impl SliceBounds {
    pub fn exprs(&self) -> impl Iterator<Item = ExprId> {
        [self.lower, self.upper, self.step].into_iter().flatten()
    }
}

#[derive(Clone, Debug)]
pub struct Keyword {
    pub name: String,
    pub value: ExprId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum FStringPart {
    Literal(String),
    Value {
        value: ExprId,
        conversion: Conversion,
        spec: Vec<FStringPart>,
    },
}

/// What makes a `defaultdict`'s missing values.
#[derive(Clone, Debug, PartialEq)]
pub enum DictFactory {
    /// `int`, `float`, `str`, `bool`: their value when called with nothing.
    Int,
    Float,
    Str,
    Bool,
    /// `list`, `set`, `dict`: a new empty one.
    List,
    Set,
    Dict,
    /// A lambda of no parameters (its captured variables' reads).
    Lambda {
        func: FuncId,
        captures: Vec<ExprId>,
    },
}

impl DictFactory {
    /// The name CPython's repr shows (`<class 'int'>`), for the factories that are classes.
    pub fn class_name(&self) -> Option<&'static str> {
        Some(match self {
            DictFactory::Int => "int",
            DictFactory::Float => "float",
            DictFactory::Str => "str",
            DictFactory::Bool => "bool",
            DictFactory::List => "list",
            DictFactory::Set => "set",
            DictFactory::Dict => "dict",
            DictFactory::Lambda { .. } => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    Func(FuncId),
    Builtin(Builtin),
    /// A primitive of the runtime dialect (`from __krait__ import ...`).
    Intrinsic(Intrinsic),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Print,
    /// `print(..., file=sys.stderr)`.
    PrintErr,
    /// `sys.stdout.write(s)`.
    WriteStdout,
    /// `input(prompt)` (the prompt already a str).
    Input,
    /// `sys.stdin.read()`.
    StdinRead,
    /// `sys.stdin.readline()`.
    StdinReadline,
    /// `sys.stderr.write(s)`.
    WriteStderr,
    Abs,
    Min,
    Max,
    Int,
    Float,
    Bool,
    Str,
    Repr,
    Round,
    Pow,
    Len,
    Divmod,
    SysExit,
    MathSqrt,
    /// A float function of `math` that the runtime library computes.
    Math(MathFn),
    Sum,
    Any,
    All,
    Ord,
    Chr,
    Sorted,
    Zip,
    Reversed,
    Hash,
    Bin,
    Oct,
    Hex,
    MathFloor,
    MathCeil,
    MathTrunc,
    MathFabs,
    MathGcd,
    MathIsqrt,
    MathFactorial,
    MathComb,
    /// `x in range(start, stop, step)`, made by the resolver: arguments x, start, stop, step.
    RangeContains,
    /// `next(generator)`, `next(generator, default)`.
    Next,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print | Builtin::PrintErr => "print",
            Builtin::WriteStdout => "sys.stdout.write",
            Builtin::Input => "input",
            Builtin::StdinRead => "sys.stdin.read",
            Builtin::StdinReadline => "sys.stdin.readline",
            Builtin::WriteStderr => "sys.stderr.write",
            Builtin::Abs => "abs",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Bool => "bool",
            Builtin::Str => "str",
            Builtin::Repr => "repr",
            Builtin::Round => "round",
            Builtin::Pow => "pow",
            Builtin::Len => "len",
            Builtin::Divmod => "divmod",
            Builtin::SysExit => "sys.exit",
            Builtin::MathSqrt => "math.sqrt",
            Builtin::Math(function) => function.qualified_name(),
            Builtin::Sum => "sum",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Ord => "ord",
            Builtin::Chr => "chr",
            Builtin::Sorted => "sorted",
            Builtin::Zip => "zip",
            Builtin::Reversed => "reversed",
            Builtin::Hash => "hash",
            Builtin::Bin => "bin",
            Builtin::Oct => "oct",
            Builtin::Hex => "hex",
            Builtin::MathFloor => "math.floor",
            Builtin::MathCeil => "math.ceil",
            Builtin::MathTrunc => "math.trunc",
            Builtin::MathFabs => "math.fabs",
            Builtin::MathGcd => "math.gcd",
            Builtin::MathIsqrt => "math.isqrt",
            Builtin::MathFactorial => "math.factorial",
            Builtin::MathComb => "math.comb",
            Builtin::RangeContains => "range.__contains__",
            Builtin::Next => "next",
        }
    }

    pub fn from_name(name: &str) -> Option<Builtin> {
        Some(match name {
            "print" => Builtin::Print,
            "input" => Builtin::Input,
            "abs" => Builtin::Abs,
            "min" => Builtin::Min,
            "max" => Builtin::Max,
            "int" => Builtin::Int,
            "float" => Builtin::Float,
            "bool" => Builtin::Bool,
            "str" => Builtin::Str,
            "repr" => Builtin::Repr,
            "round" => Builtin::Round,
            "pow" => Builtin::Pow,
            "len" => Builtin::Len,
            "divmod" => Builtin::Divmod,
            "sum" => Builtin::Sum,
            "any" => Builtin::Any,
            "all" => Builtin::All,
            "ord" => Builtin::Ord,
            "chr" => Builtin::Chr,
            "sorted" => Builtin::Sorted,
            "zip" => Builtin::Zip,
            "reversed" => Builtin::Reversed,
            "hash" => Builtin::Hash,
            "bin" => Builtin::Bin,
            "oct" => Builtin::Oct,
            "hex" => Builtin::Hex,
            "next" => Builtin::Next,
            _ => return None,
        })
    }
}

/// Primitives the runtime library is written with. Addresses are ints; memory is wasm's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// `load_u8(addr) -> int`
    LoadU8,
    /// `store_u8(addr, value)`
    StoreU8,
    /// `load_i32(addr) -> int`: the unsigned 32-bit value (addresses and sizes above 2 GiB too)
    LoadI32,
    /// `store_i32(addr, value)`
    StoreI32,
    /// `load_i64(addr) -> int`
    LoadI64,
    /// `store_i64(addr, value)`
    StoreI64,
    /// `alloc(n_bytes) -> addr`: fresh zeroed memory, 8-byte aligned, that the collector keeps
    /// until `release`d (a pinned heap block).
    Alloc,
    /// `release(addr)`: the block `alloc` gave may be collected.
    Release,
    /// `alloc_buffer(n_bytes, refs) -> addr`: a zeroed heap buffer that the collector scans
    /// (its words are objects) when `refs`; it must be stored into an object before the next
    /// allocation.
    AllocBuffer,
    /// `memory_size() -> int`: linear memory's size in 64 KiB pages.
    MemorySize,
    /// `memory_grow(pages) -> int`: grow memory; the old size in pages, or -1.
    MemoryGrow,
    /// `shadow_top() -> addr`: the end of the shadow stack's innermost frame of roots.
    ShadowTop,
    /// `str_addr(s) -> addr` of the first UTF-8 byte of `s`.
    StrAddr,
    /// `str_size(s) -> int`: the number of UTF-8 bytes.
    StrSize,
    /// `str_new(n_bytes, n_chars) -> str` with uninitialised bytes at `str_addr`.
    StrNew,
    /// `str_at(addr) -> str`: the str object at `addr` (one the runtime laid out in a block
    /// from `alloc`, which is never collected).
    StrAt,
    /// `write(fd, addr, n_bytes)`: write all the bytes to a WASI file descriptor.
    Write,
    /// `copy(dst, src, n_bytes)`: wasm's `memory.copy` (the ranges may overlap).
    Copy,
    /// `copy_short(dst, src, n_bytes)`: `copy` for sizes usually of a few bytes, done inline
    /// when small.
    CopyShort,
    /// `exit(code)`: end the process.
    Exit,
    /// `f64_bits(x) -> int`: the IEEE 754 bits of a float.
    F64Bits,
    /// `bits_f64(n) -> float`.
    BitsF64,
    /// `wrap_mul(a, b) -> int`: i64 multiplication that wraps instead of overflowing.
    WrapMul,
    /// `wrap_add(a, b) -> int`: i64 addition that wraps.
    WrapAdd,
    /// `ult(a, b) -> bool`: unsigned less-than on the 64-bit patterns.
    ULt,
    /// `shr_u(a, n) -> int`: logical right shift.
    ShrU,
    /// `trunc_f64(x) -> int`: float to int, truncating; x must be in the i64 range.
    TruncF64,
    /// `floor_f64(x) -> float`: wasm's `f64.floor`.
    FloorF64,
    /// `sqrt_f64(x) -> float`: wasm's `f64.sqrt`, correctly rounded.
    SqrtF64,
    /// `raise_(message)`: raise an exception whose line is `message` ("Type: text").
    Raise,
    /// `args_sizes_get(count_addr, size_addr)`: WASI's count and total size of the arguments.
    ArgsSizesGet,
    /// `args_get(pointers_addr, buffer_addr)`: WASI's arguments, NUL-terminated.
    ArgsGet,
    /// `fd_read(iovec_addr, count_addr)`: reads standard input into the buffer the iovec
    /// names, storing the count read (0 at its end or on an error).
    FdRead,
    /// `entropy() -> int`: 64 random bits from the host (to seed `random`).
    Entropy,
    /// `traceback_len() -> int`: frames recorded since the exception was raised.
    TracebackLen,
    /// `traceback_frame(i) -> str`: recorded frame `i`, innermost first.
    TracebackFrame,
    /// `obj_tag(o) -> int`: the type of a dynamic value (`object`): 0 for None, else its box's
    /// tag (`krait_mir::TAG_INT` and the others).
    ObjTag,
    /// `obj_addr(o) -> addr` of a dynamic value's box payload.
    ObjAddr,
    /// `obj_at(addr) -> object`: the dynamic value whose address is `addr` (an element of a
    /// list of dynamic values).
    ObjAt,
    /// `list_box(n) -> object`: a new list of `n` dynamic values, all None, as a dynamic value.
    ListBox,
    /// `instance_text(o, repr) -> str`: the str (or repr) of `o`, an instance of one of
    /// the classes whose instances may be dynamic values, by its class's `__str__` or
    /// `__repr__`.
    InstanceText,
    /// `class_name(n) -> str`: the name of the class numbered `n`.
    ClassName,
    /// `instance_defines(o, which) -> bool`: whether the class of `o`, an instance among
    /// dynamic values, has the special method numbered `which` in [`RUNTIME_SPECIALS`].
    InstanceDefines,
    /// `instance_special(which, a, b) -> int`: the special method numbered `which` in
    /// [`RUNTIME_SPECIALS`] of the class of `a` (which has it), called on `a` (and `b` when it
    /// takes an argument); a bool result as 0 or 1. Of those that give an int or a bool.
    InstanceSpecial,
    /// `instance_special_object(which, a, b) -> object`: as `InstanceSpecial`, of the special
    /// methods that give a dynamic value (what the method returns, boxed).
    InstanceSpecialObject,
    /// `box_int(n) -> object`, and `box_float`, `box_bool`, `box_str` for the other types.
    BoxInt,
    BoxFloat,
    BoxBool,
    BoxStr,
}

impl Intrinsic {
    pub fn from_name(name: &str) -> Option<Intrinsic> {
        Some(match name {
            "load_u8" => Intrinsic::LoadU8,
            "store_u8" => Intrinsic::StoreU8,
            "load_i32" => Intrinsic::LoadI32,
            "store_i32" => Intrinsic::StoreI32,
            "load_i64" => Intrinsic::LoadI64,
            "store_i64" => Intrinsic::StoreI64,
            "alloc" => Intrinsic::Alloc,
            "release" => Intrinsic::Release,
            "alloc_buffer" => Intrinsic::AllocBuffer,
            "memory_size" => Intrinsic::MemorySize,
            "memory_grow" => Intrinsic::MemoryGrow,
            "shadow_top" => Intrinsic::ShadowTop,
            "str_addr" => Intrinsic::StrAddr,
            "str_size" => Intrinsic::StrSize,
            "str_new" => Intrinsic::StrNew,
            "str_at" => Intrinsic::StrAt,
            "write" => Intrinsic::Write,
            "copy" => Intrinsic::Copy,
            "copy_short" => Intrinsic::CopyShort,
            "exit" => Intrinsic::Exit,
            "f64_bits" => Intrinsic::F64Bits,
            "bits_f64" => Intrinsic::BitsF64,
            "wrap_mul" => Intrinsic::WrapMul,
            "wrap_add" => Intrinsic::WrapAdd,
            "ult" => Intrinsic::ULt,
            "shr_u" => Intrinsic::ShrU,
            "trunc_f64" => Intrinsic::TruncF64,
            "floor_f64" => Intrinsic::FloorF64,
            "sqrt_f64" => Intrinsic::SqrtF64,
            "raise_" => Intrinsic::Raise,
            "args_sizes_get" => Intrinsic::ArgsSizesGet,
            "args_get" => Intrinsic::ArgsGet,
            "fd_read" => Intrinsic::FdRead,
            "entropy" => Intrinsic::Entropy,
            "traceback_len" => Intrinsic::TracebackLen,
            "traceback_frame" => Intrinsic::TracebackFrame,
            "obj_tag" => Intrinsic::ObjTag,
            "obj_addr" => Intrinsic::ObjAddr,
            "obj_at" => Intrinsic::ObjAt,
            "list_box" => Intrinsic::ListBox,
            "box_int" => Intrinsic::BoxInt,
            "instance_text" => Intrinsic::InstanceText,
            "class_name" => Intrinsic::ClassName,
            "instance_defines" => Intrinsic::InstanceDefines,
            "instance_special" => Intrinsic::InstanceSpecial,
            "instance_special_object" => Intrinsic::InstanceSpecialObject,
            "box_float" => Intrinsic::BoxFloat,
            "box_bool" => Intrinsic::BoxBool,
            "box_str" => Intrinsic::BoxStr,
            _ => return None,
        })
    }
}

/// The special methods the runtime calls on instances among dynamic values, numbered as the
/// runtime numbers them: its comparison operators, `SPECIAL_HASH`, `SPECIAL_BOOL`,
/// `SPECIAL_LEN`, `SPECIAL_CONTAINS` (these give an int or a bool), then `SPECIAL_GETITEM`, the
/// unary operators and, from `SPECIAL_BINARY` and `SPECIAL_REFLECTED` on, the binary operators
/// in the runtime's `OP_` order (these give a dynamic value). See [`runtime_special_operand`]
/// and [`runtime_special_gives_object`].
pub const RUNTIME_SPECIALS: [&str; 39] = [
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__bool__",
    "__len__",
    "__contains__",
    "__getitem__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__lshift__",
    "__rshift__",
    "__and__",
    "__or__",
    "__xor__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rlshift__",
    "__rrshift__",
    "__rand__",
    "__ror__",
    "__rxor__",
];

/// The number of `__getitem__` in [`RUNTIME_SPECIALS`]: the first that gives a dynamic value.
pub const RUNTIME_GETITEM: usize = 10;

/// The number `instance_defines` takes for whether an instance iterates as the tuple of its
/// fields does (a namedtuple's), by its `__getitem__` from 0 to its `__len__`.
pub const RUNTIME_SEQUENCE: usize = RUNTIME_SPECIALS.len();

/// Whether the special method numbered `which` in [`RUNTIME_SPECIALS`] takes an operand
/// besides the instance (a comparison's, `__contains__`'s, `__getitem__`'s, a binary
/// operator's).
pub fn runtime_special_operand(which: usize) -> bool {
    which < 6 || which == 9 || which == RUNTIME_GETITEM || which >= 15
}

/// Whether the special method numbered `which` in [`RUNTIME_SPECIALS`] gives a dynamic value
/// (else an int or a bool).
pub fn runtime_special_gives_object(which: usize) -> bool {
    which >= RUNTIME_GETITEM
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    /// `@`, which only the program's classes define.
    MatMul,
}

impl BinOp {
    /// The special methods of the operator: `__add__`, and the reflected `__radd__`.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__"),
            BinOp::Sub => ("__sub__", "__rsub__"),
            BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::Div => ("__truediv__", "__rtruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"),
            BinOp::Pow => ("__pow__", "__rpow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"),
            BinOp::BitAnd => ("__and__", "__rand__"),
            BinOp::BitOr => ("__or__", "__ror__"),
            BinOp::BitXor => ("__xor__", "__rxor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    /// The rich comparison method of the operator and the one that reflects it (`a < b` is
    /// `b > a`); None for identity and membership.
    pub fn dunders(self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
}

/// Where an assignment stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
}

#[derive(Clone, Debug)]
pub enum Target {
    Place(Place, Span),
    /// `object.attr = ...`.
    Attribute {
        object: ExprId,
        attr: String,
        span: Span,
    },
    /// `object[index] = ...`.
    Index {
        object: ExprId,
        index: ExprId,
        span: Span,
    },
    /// `object[lower:upper:step] = ...`.
    Slice {
        object: ExprId,
        bounds: SliceBounds,
        span: Span,
    },
    /// `a, b = ...`: the value is unpacked element by element.
    Tuple(Vec<Target>, Span),
    /// `*rest` among a tuple target's elements: a list of what the others leave.
    Starred(Box<Target>, Span),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(ExprId),
    /// `t0 = t1 = value`: every target receives the same value, left to right.
    Assign {
        targets: Vec<Target>,
        value: ExprId,
    },
    /// `a, b = x, y`: all right-hand values are evaluated before any target is stored.
    AssignTuple {
        targets: Vec<Target>,
        values: Vec<ExprId>,
    },
    AugAssign {
        place: Place,
        op: BinOp,
        value: ExprId,
        span: Span,
    },
    /// `object[index] op= value`: the object and index are evaluated once.
    AugAssignIndex {
        object: ExprId,
        index: ExprId,
        op: BinOp,
        value: ExprId,
        span: Span,
    },
    /// `for target in iter:` over a list's elements, or over `enumerate(iter, start)`'s pairs
    /// when `enumerate` is set.
    ForEach {
        target: Target,
        iter: ExprId,
        enumerate: bool,
        start: Option<ExprId>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `object.attr op= value`: the object is evaluated once.
    AugAssignAttr {
        object: ExprId,
        attr: String,
        op: BinOp,
        value: ExprId,
        span: Span,
    },
    If {
        test: ExprId,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: ExprId,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for var in range(start, stop, step)`; `step` is a non-zero constant or checked at run time.
    ForRange {
        var: Place,
        start: ExprId,
        stop: ExprId,
        step: ExprId,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        range_span: Span,
    },
    Break,
    Continue,
    Return(Option<ExprId>, Span),
    Assert {
        test: ExprId,
        msg: Option<ExprId>,
    },
    /// `del object[index]`.
    DelIndex {
        object: ExprId,
        index: ExprId,
        span: Span,
    },
    /// A module-level `def` runs here: from now on the function's name is bound.
    Def(FuncId),
    /// `try:` with its `except` clauses, `else:` and `finally:` (each may be empty, but not
    /// both the handlers and `finally`).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// A bare `raise` in an `except` clause: raises the exception being handled again, with
    /// its traceback.
    Reraise,
    /// `yield value` as a statement, in a generator. (`target = yield value` is this followed
    /// by an assignment of [`ExprKind::Sent`].)
    Yield(ExprId),
    /// `yield from iterable`: `each` is the `ForEach` (or, over `range(...)`, `ForRange`)
    /// statement yielding every element (what it does when the iterable is not a generator). Delegating to a generator, it also passes on
    /// what is sent in, and `returned`, when there is one, takes what the generator returns
    /// (None for other iterables).
    YieldFrom {
        each: Box<Stmt>,
        returned: Option<LocalId>,
    },
    /// `with context as target: body` (a `with` of several items nests one per item).
    With {
        context: ExprId,
        target: Option<Target>,
        body: Vec<Stmt>,
    },
    /// Before a `raise ... from` in an `except` clause: the exception raised next has the one
    /// being handled as its cause (`from e`), or is shown without it (`from None`).
    SetCause {
        suppress: bool,
    },
}

/// The field of an exception object holding the text its class's default `__str__` gives.
pub const EXCEPTION_TEXT: &str = "<exception text>";
/// The field of an exception object holding what its class's default `__repr__` shows between
/// the parentheses (see [`ExprKind::ExceptionArgs`]).
pub const EXCEPTION_ARGS: &str = "<exception args>";
/// The field of an exception object holding its arguments' tuple (`e.args`), in programs that
/// read it.
pub const EXCEPTION_ARGS_TUPLE: &str = "<exception args tuple>";

/// An `except` clause.
#[derive(Clone, Debug)]
pub struct Handler {
    /// The exception classes it catches; empty for a bare `except:`, which catches all.
    pub classes: Vec<ExcClass>,
    /// Where `as name` binds the exception.
    pub name: Option<Place>,
    pub body: Vec<Stmt>,
}

/// A class an `except` clause names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcClass {
    Builtin(BuiltinExc),
    /// An exception class of the program.
    User(ClassId),
}

/// The float functions of `math` computed by the runtime library's `math_<name>` (correctly
/// rounded where CPython's libm nearly always is), each taking floats (ints and dynamic values
/// converted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn {
    Exp,
    Log,
    Log2,
    Log10,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Hypot,
    Degrees,
    Radians,
    Copysign,
    Fmod,
    Isnan,
    Isinf,
    Isfinite,
    Pow,
    /// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
    Isclose,
}

impl MathFn {
    pub const ALL: [MathFn; 21] = [
        MathFn::Exp,
        MathFn::Log,
        MathFn::Log2,
        MathFn::Log10,
        MathFn::Sin,
        MathFn::Cos,
        MathFn::Tan,
        MathFn::Asin,
        MathFn::Acos,
        MathFn::Atan,
        MathFn::Atan2,
        MathFn::Hypot,
        MathFn::Degrees,
        MathFn::Radians,
        MathFn::Copysign,
        MathFn::Fmod,
        MathFn::Isnan,
        MathFn::Isinf,
        MathFn::Isfinite,
        MathFn::Pow,
        MathFn::Isclose,
    ];

    /// Its name in `math`.
    pub fn name(self) -> &'static str {
        &self.qualified_name()[5..]
    }

    pub fn qualified_name(self) -> &'static str {
        match self {
            MathFn::Exp => "math.exp",
            MathFn::Log => "math.log",
            MathFn::Log2 => "math.log2",
            MathFn::Log10 => "math.log10",
            MathFn::Sin => "math.sin",
            MathFn::Cos => "math.cos",
            MathFn::Tan => "math.tan",
            MathFn::Asin => "math.asin",
            MathFn::Acos => "math.acos",
            MathFn::Atan => "math.atan",
            MathFn::Atan2 => "math.atan2",
            MathFn::Hypot => "math.hypot",
            MathFn::Degrees => "math.degrees",
            MathFn::Radians => "math.radians",
            MathFn::Copysign => "math.copysign",
            MathFn::Fmod => "math.fmod",
            MathFn::Isnan => "math.isnan",
            MathFn::Isinf => "math.isinf",
            MathFn::Isfinite => "math.isfinite",
            MathFn::Pow => "math.pow",
            MathFn::Isclose => "math.isclose",
        }
    }

    pub fn from_name(name: &str) -> Option<MathFn> {
        MathFn::ALL.into_iter().find(|f| f.name() == name)
    }

    /// How many positional arguments it takes: `log` one or two (the base), the others a
    /// fixed number.
    pub fn arity(self) -> (usize, usize) {
        match self {
            MathFn::Log => (1, 2),
            MathFn::Atan2
            | MathFn::Hypot
            | MathFn::Copysign
            | MathFn::Fmod
            | MathFn::Pow
            | MathFn::Isclose => (2, 2),
            _ => (1, 1),
        }
    }

    /// Whether it answers a question about its argument (a bool) rather than computing a float.
    pub fn is_test(self) -> bool {
        matches!(
            self,
            MathFn::Isnan | MathFn::Isinf | MathFn::Isfinite | MathFn::Isclose
        )
    }
}

/// The built-in exception classes a program can name, as CPython's hierarchy places them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinExc {
    BaseException,
    Exception,
    GeneratorExit,
    ArithmeticError,
    AssertionError,
    AttributeError,
    EOFError,
    IndexError,
    KeyError,
    LookupError,
    MemoryError,
    NameError,
    NotImplementedError,
    OverflowError,
    RecursionError,
    RuntimeError,
    StopIteration,
    SystemExit,
    TypeError,
    UnboundLocalError,
    UnicodeError,
    UnicodeDecodeError,
    ValueError,
    ZeroDivisionError,
}

impl BuiltinExc {
    pub const ALL: [BuiltinExc; 24] = [
        BuiltinExc::BaseException,
        BuiltinExc::Exception,
        BuiltinExc::GeneratorExit,
        BuiltinExc::ArithmeticError,
        BuiltinExc::AssertionError,
        BuiltinExc::AttributeError,
        BuiltinExc::EOFError,
        BuiltinExc::IndexError,
        BuiltinExc::KeyError,
        BuiltinExc::LookupError,
        BuiltinExc::MemoryError,
        BuiltinExc::NameError,
        BuiltinExc::NotImplementedError,
        BuiltinExc::OverflowError,
        BuiltinExc::RecursionError,
        BuiltinExc::RuntimeError,
        BuiltinExc::StopIteration,
        BuiltinExc::SystemExit,
        BuiltinExc::TypeError,
        BuiltinExc::UnboundLocalError,
        BuiltinExc::UnicodeError,
        BuiltinExc::UnicodeDecodeError,
        BuiltinExc::ValueError,
        BuiltinExc::ZeroDivisionError,
    ];

    pub fn from_name(name: &str) -> Option<BuiltinExc> {
        BuiltinExc::ALL.into_iter().find(|e| e.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            BuiltinExc::BaseException => "BaseException",
            BuiltinExc::Exception => "Exception",
            BuiltinExc::GeneratorExit => "GeneratorExit",
            BuiltinExc::ArithmeticError => "ArithmeticError",
            BuiltinExc::AssertionError => "AssertionError",
            BuiltinExc::AttributeError => "AttributeError",
            BuiltinExc::EOFError => "EOFError",
            BuiltinExc::IndexError => "IndexError",
            BuiltinExc::KeyError => "KeyError",
            BuiltinExc::LookupError => "LookupError",
            BuiltinExc::MemoryError => "MemoryError",
            BuiltinExc::NameError => "NameError",
            BuiltinExc::NotImplementedError => "NotImplementedError",
            BuiltinExc::OverflowError => "OverflowError",
            BuiltinExc::RecursionError => "RecursionError",
            BuiltinExc::RuntimeError => "RuntimeError",
            BuiltinExc::StopIteration => "StopIteration",
            BuiltinExc::SystemExit => "SystemExit",
            BuiltinExc::TypeError => "TypeError",
            BuiltinExc::UnboundLocalError => "UnboundLocalError",
            BuiltinExc::UnicodeError => "UnicodeError",
            BuiltinExc::UnicodeDecodeError => "UnicodeDecodeError",
            BuiltinExc::ValueError => "ValueError",
            BuiltinExc::ZeroDivisionError => "ZeroDivisionError",
        }
    }

    /// The class this one derives from; None for `BaseException`.
    pub fn base(self) -> Option<BuiltinExc> {
        use BuiltinExc::*;
        Some(match self {
            BaseException => return None,
            Exception | GeneratorExit | SystemExit => BaseException,
            ArithmeticError | AssertionError | AttributeError | EOFError | LookupError
            | MemoryError | NameError | RuntimeError | StopIteration | TypeError | ValueError => {
                Exception
            }
            IndexError | KeyError => LookupError,
            NotImplementedError | RecursionError => RuntimeError,
            OverflowError | ZeroDivisionError => ArithmeticError,
            UnboundLocalError => NameError,
            UnicodeError => ValueError,
            UnicodeDecodeError => UnicodeError,
        })
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass(self, other: BuiltinExc) -> bool {
        let mut class = Some(self);
        while let Some(c) = class {
            if c == other {
                return true;
            }
            class = c.base();
        }
        false
    }
}
