//! The types krait infers for values.
//!
//! A value of a known type is unboxed in the emitted code: see `krait_lower` for how each type
//! is represented. [`Ty::Never`] is the bottom of the lattice: no value has flowed there yet
//! (during inference) or none ever will (a call that cannot return).
//!
//! Tuple types are interned, so that `Ty` stays a small `Copy` value: [`Ty::tuple`] gives the
//! one `TupleId` of a list of element types, [`Ty::elements`] the list back. The interner is
//! process-wide and append-only; the same elements always give the same id.

use std::fmt;
use std::sync::{Mutex, OnceLock};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Ty {
    #[default]
    Never,
    Int,
    Float,
    Bool,
    None,
    Str,
    /// A bytes object: the address of one laid out as a str whose length in code points is its
    /// length in bytes (so the runtime's str functions compare, hash, join and search it).
    Bytes,
    /// `sys.argv`: a list of str that only supports `len` and indexing until lists exist.
    Argv,
    /// A tuple of known element types, unboxed into its elements.
    Tuple(TupleId),
    /// An instance of a class (the address of its object), or, when `nullable`, that or None
    /// (address 0).
    Instance {
        class: ClassId,
        nullable: bool,
    },
    /// A list (the address of its object); its element type is its variable's.
    List(ListVar),
    /// A set (the address of its object); its element type is its variable's.
    Set(ListVar),
    /// A frozenset: a set no operation changes once it is built, represented as a set is.
    FrozenSet(ListVar),
    /// A dict (the address of its object); its key type is its variable's element type, its
    /// value type the variable's value type.
    Dict(ListVar),
    /// A function without captured variables, known statically: calls through the value call
    /// the function directly, and the value itself takes no space.
    Func(FuncRef),
    /// A function known statically with the values it captured from the enclosing function
    /// (of the types of the tuple), unboxed as that tuple is: calls pass them after the
    /// arguments.
    Closure(FuncRef, TupleId),
    /// An exception caught by an `except` clause (the address of its str "Type: message").
    Exc,
    /// The class of an exception, as `__exit__` receives it (represented by the exception).
    ExcType,
    /// A generator: a call of the generator function instance `GenRef` (the address of its
    /// suspended frame).
    Gen(GenRef),
    /// The box of a variable that a nested function assigns (`nonlocal`), which the function
    /// owning it and those capturing it share (its address); the value's type is the
    /// variable's element type.
    Cell(ListVar),
    /// An instance of one of several classes of unrelated hierarchies (duck typing), each
    /// class standing for itself and its subclasses, or, when `nullable`, that or None: the
    /// address of its object, as an instance type's. Method calls and attribute reads switch
    /// on the object's class.
    AnyOf {
        classes: ClassSetId,
        nullable: bool,
    },
    /// One of several functions without captured variables, known statically (a dispatch
    /// table's values), or None when the set has [`NONE_FUNC`]: the index of the function in
    /// the set, whose functions are in `FuncRef` order. Calls switch on it and call each
    /// directly.
    Funcs(FuncSetId),
    /// The dynamic fallback: a value whose type is known only at run time, one of the int,
    /// float, bool, str, None and list the mask allows (the address of a box whose header
    /// names its type, or 0 for None). A list among them is of the mask's list variable,
    /// whose elements are dynamic values too.
    Object(Dyn),
}

/// The types a dynamic value ([`Ty::Object`]) may have at run time, a bit each, the
/// variables of the lists and dicts it may be, and the classes whose instances it may be
/// (each standing for itself and its subclasses, as in [`Ty::AnyOf`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Dyn {
    bits: u8,
    list: Option<ListVar>,
    dict: Option<ListVar>,
    /// The variable of the elements of the tuples it may be (dynamic values, of whatever
    /// lengths).
    tuple: Option<ListVar>,
    /// The variable of the elements of the sets it may be (dynamic values).
    set: Option<ListVar>,
    classes: Option<ClassSetId>,
}

impl Dyn {
    /// Any scalar: what runtime functions taking `object` and operations on dynamic values
    /// give.
    pub const ANY: Dyn = Dyn {
        bits: 0b11111,
        list: None,
        dict: None,
        tuple: None,
        set: None,
        classes: None,
    };
    const LIST: u8 = 32;
    const DICT: u8 = 64;

    /// The types a value of the dynamic type `ty` may have at run time.
    pub fn of(ty: Ty) -> Dyn {
        let bits = match ty {
            Ty::Int => 1,
            Ty::Float => 2,
            Ty::Bool => 4,
            Ty::None => 8,
            Ty::Str => 16,
            Ty::List(var) => {
                return Dyn {
                    bits: Dyn::LIST,
                    list: Some(var),
                    dict: None,
                    tuple: None,
                    set: None,
                    classes: None,
                };
            }
            Ty::Dict(var) => {
                return Dyn {
                    bits: Dyn::DICT,
                    list: None,
                    dict: Some(var),
                    tuple: None,
                    set: None,
                    classes: None,
                };
            }
            Ty::Instance { nullable, .. } | Ty::AnyOf { nullable, .. } => {
                return Dyn {
                    bits: if nullable { 8 } else { 0 },
                    list: None,
                    dict: None,
                    tuple: None,
                    set: None,
                    classes: Some(class_set(&ty.classes())),
                };
            }
            Ty::Set(var) => {
                return Dyn {
                    bits: 0,
                    list: None,
                    dict: None,
                    tuple: None,
                    set: Some(var),
                    classes: None,
                };
            }
            Ty::Object(mask) => return mask,
            _ => 0,
        };
        Dyn {
            bits,
            list: None,
            dict: None,
            tuple: None,
            set: None,
            classes: None,
        }
    }

    /// Tuples whose elements are of `var` (dynamic values).
    pub fn tuples(var: ListVar) -> Dyn {
        Dyn {
            bits: 0,
            list: None,
            dict: None,
            tuple: Some(var),
            set: None,
            classes: None,
        }
    }

    /// The types either may have; None when they are lists of different variables (which
    /// must be unified first).
    pub fn union(self, other: Dyn) -> Option<Dyn> {
        let one = |a: Option<ListVar>, b: Option<ListVar>| match (a, b) {
            (Some(a), Some(b)) if a != b => None,
            (a, b) => Some(a.or(b)),
        };
        let classes = match (self.classes, other.classes) {
            (Some(a), Some(b)) if a != b => return None,
            (a, b) => a.or(b),
        };
        Some(Dyn {
            bits: self.bits | other.bits,
            list: one(self.list, other.list)?,
            dict: one(self.dict, other.dict)?,
            tuple: one(self.tuple, other.tuple)?,
            set: one(self.set, other.set)?,
            classes,
        })
    }

    /// The variable of the elements of the tuples the value may be.
    pub fn tuple(self) -> Option<ListVar> {
        self.tuple
    }

    /// The same types, with tuples of elements of `var`.
    pub fn with_tuple(self, var: ListVar) -> Dyn {
        Dyn {
            tuple: Some(var),
            ..self
        }
    }

    /// The variable of the elements of the sets the value may be.
    pub fn set(self) -> Option<ListVar> {
        self.set
    }

    /// The same types, with sets of elements of `var`.
    pub fn with_set(self, var: ListVar) -> Dyn {
        Dyn {
            set: Some(var),
            ..self
        }
    }

    /// The classes whose instances the value may be (each with its subclasses).
    pub fn classes(self) -> Vec<ClassId> {
        self.classes.map(class_set_members).unwrap_or_default()
    }

    /// The same types, with instances of `classes` (each with its subclasses).
    pub fn with_classes(self, classes: &[ClassId]) -> Dyn {
        Dyn {
            classes: Some(class_set(classes)),
            ..self
        }
    }

    /// The type of the instances the value may be, if any.
    pub fn instance(self) -> Option<Ty> {
        self.classes
            .map(|set| Ty::any_of(&class_set_members(set), false))
    }

    /// Whether the value may be of the type `ty`.
    pub fn allows(self, ty: Ty) -> bool {
        self.bits & Dyn::of(ty).bits != 0
    }

    /// The variable of the lists the value may be.
    pub fn list(self) -> Option<ListVar> {
        self.list
    }

    /// The same types, with lists of `var`.
    pub fn with_list(self, var: ListVar) -> Dyn {
        Dyn {
            list: Some(var),
            ..self
        }
    }

    /// The variable of the dicts the value may be.
    pub fn dict(self) -> Option<ListVar> {
        self.dict
    }

    /// The same types, with dicts of `var`.
    pub fn with_dict(self, var: ListVar) -> Dyn {
        Dyn {
            dict: Some(var),
            ..self
        }
    }

    /// The types besides None the value may have, each once.
    pub fn types(self) -> Vec<Ty> {
        let mut types: Vec<Ty> = [Ty::Int, Ty::Float, Ty::Bool, Ty::Str]
            .into_iter()
            .filter(|&t| self.allows(t))
            .collect();
        types.extend(self.list.map(Ty::List));
        types.extend(self.dict.map(Ty::Dict));
        types.extend(self.set.map(Ty::Set));
        types.extend(self.instance());
        types
    }

    /// The one type other than None the value may have, if there is one: a dynamic value
    /// that is that type or None.
    pub fn besides_none(self) -> Option<Ty> {
        match self.types()[..] {
            [only] => Some(only),
            _ => None,
        }
    }
}

/// The instance of a generator function (`krait_infer`'s `InstanceId`) a generator runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GenRef(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TupleId(u32);

/// An interned set of classes (see [`Ty::AnyOf`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassSetId(u32);

fn classes_sorted(classes: &[ClassId]) -> Vec<ClassId> {
    let mut set = classes.to_vec();
    set.sort();
    set.dedup();
    set
}

/// The one id of the set of `classes`.
fn class_set(classes: &[ClassId]) -> ClassSetId {
    let set = classes_sorted(classes);
    let mut interner = interner().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&id) = interner.class_set_ids.get(&set) {
        return id;
    }
    let id = ClassSetId(interner.class_sets.len() as u32);
    interner.class_sets.push(set.clone());
    interner.class_set_ids.insert(set, id);
    id
}

/// The classes of a set, in order.
fn class_set_members(set: ClassSetId) -> Vec<ClassId> {
    let interner = interner().lock().unwrap_or_else(|e| e.into_inner());
    interner.class_sets[set.0 as usize].clone()
}

/// An interned set of functions (see [`Ty::Funcs`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncSetId(u32);

/// The element-type variable of a list: every list made at one place in the program has
/// one, and lists that flow together share one (`krait_infer` unifies them), so the element
/// type seen by every alias of a list is the join of everything stored into any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ListVar(pub u32);

impl ListVar {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A function of the program, numbered by `krait_hir` (its `FuncId`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncRef(pub u32);

/// None among the functions of a set ([`Ty::Funcs`]): a value that is one of the functions or
/// None (a callback not set yet). It sorts last, so None is the set's last index.
pub const NONE_FUNC: FuncRef = FuncRef(u32::MAX);

/// A class of the program, numbered by `krait_hir`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(pub u32);

impl ClassId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Default)]
struct Interner {
    tuples: Vec<Vec<Ty>>,
    ids: std::collections::HashMap<Vec<Ty>, TupleId>,
    func_sets: Vec<Vec<FuncRef>>,
    func_set_ids: std::collections::HashMap<Vec<FuncRef>, FuncSetId>,
    class_sets: Vec<Vec<ClassId>>,
    class_set_ids: std::collections::HashMap<Vec<ClassId>, ClassSetId>,
}

fn interner() -> &'static Mutex<Interner> {
    static INTERNER: OnceLock<Mutex<Interner>> = OnceLock::new();
    INTERNER.get_or_init(Default::default)
}

/// The result of joining two types where control flow merges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    Same(Ty),
    /// The two types have no common unboxed representation.
    Conflict,
}

impl Ty {
    /// The tuple type of these element types.
    pub fn tuple(elements: &[Ty]) -> Ty {
        let mut interner = interner().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = interner.ids.get(elements) {
            return Ty::Tuple(id);
        }
        let id = TupleId(interner.tuples.len() as u32);
        interner.tuples.push(elements.to_vec());
        interner.ids.insert(elements.to_vec(), id);
        Ty::Tuple(id)
    }

    /// The type of a value that is one of `funcs`: the function itself when there is one.
    pub fn funcs(funcs: &[FuncRef]) -> Ty {
        let mut set = funcs.to_vec();
        set.sort();
        set.dedup();
        if let [func] = set[..] {
            return Ty::Func(func);
        }
        let mut interner = interner().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = interner.func_set_ids.get(&set) {
            return Ty::Funcs(id);
        }
        let id = FuncSetId(interner.func_sets.len() as u32);
        interner.func_sets.push(set.clone());
        interner.func_set_ids.insert(set, id);
        Ty::Funcs(id)
    }

    /// The functions a value of a function type may be, in `FuncRef` order (a value of
    /// [`Ty::Funcs`] is an index into them); empty for other types.
    pub fn func_set(self) -> Vec<FuncRef> {
        match self {
            Ty::Func(func) => vec![func],
            Ty::Funcs(id) => interner()
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .func_sets[id.0 as usize]
                .clone(),
            _ => Vec::new(),
        }
    }

    /// Whether a value of a function type may be None (see [`NONE_FUNC`]).
    pub fn may_be_none_func(self) -> bool {
        self.func_set().contains(&NONE_FUNC)
    }

    /// The type of an instance of one of `classes` (unrelated ones), or None when `nullable`.
    pub fn any_of(classes: &[ClassId], nullable: bool) -> Ty {
        match classes_sorted(classes)[..] {
            [class] => Ty::Instance { class, nullable },
            _ => Ty::AnyOf {
                classes: class_set(classes),
                nullable,
            },
        }
    }

    /// The classes an instance of this type may be (each with its subclasses): one for an
    /// instance type, several for [`Ty::AnyOf`], none for other types.
    pub fn classes(self) -> Vec<ClassId> {
        match self {
            Ty::Instance { class, .. } => vec![class],
            Ty::AnyOf { classes, .. } => class_set_members(classes),
            _ => Vec::new(),
        }
    }

    /// The function `func` with captured values of types `env`.
    pub fn closure(func: FuncRef, env: &[Ty]) -> Ty {
        match Ty::tuple(env) {
            Ty::Tuple(id) => Ty::Closure(func, id),
            _ => unreachable!("a tuple type"),
        }
    }

    /// The types of what a closure captured, as a tuple type.
    pub fn closure_env(self) -> Option<Ty> {
        match self {
            Ty::Closure(_, env) => Some(Ty::Tuple(env)),
            _ => None,
        }
    }

    /// The element types of a tuple type; empty for other types.
    pub fn elements(self) -> Vec<Ty> {
        match self {
            Ty::Tuple(id) => {
                interner().lock().unwrap_or_else(|e| e.into_inner()).tuples[id.0 as usize].clone()
            }
            _ => Vec::new(),
        }
    }

    pub fn join(self, other: Ty) -> Join {
        match (self, other) {
            (Ty::Never, t) | (t, Ty::Never) => Join::Same(t),
            (a, b) if a == b => Join::Same(a),
            (Ty::None, Ty::Instance { class, .. }) | (Ty::Instance { class, .. }, Ty::None) => {
                Join::Same(Ty::Instance {
                    class,
                    nullable: true,
                })
            }
            (Ty::Instance { class: a, .. }, Ty::Instance { class: b, .. }) if a == b => {
                Join::Same(Ty::Instance {
                    class: a,
                    nullable: true,
                })
            }
            (Ty::None, Ty::AnyOf { classes, .. }) | (Ty::AnyOf { classes, .. }, Ty::None) => {
                Join::Same(Ty::AnyOf {
                    classes,
                    nullable: true,
                })
            }
            (Ty::List(_), Ty::List(_)) | (Ty::Dict(_), Ty::Dict(_)) => Join::Conflict,
            (a, b) if a.is_dynamic() && b.is_dynamic() => match Dyn::of(a).union(Dyn::of(b)) {
                Some(mask) => Join::Same(Ty::Object(mask)),
                None => Join::Conflict,
            },
            (Ty::Func(_) | Ty::Funcs(_), Ty::None) | (Ty::None, Ty::Func(_) | Ty::Funcs(_)) => {
                let mut set = self.func_set();
                set.extend(other.func_set());
                set.push(NONE_FUNC);
                Join::Same(Ty::funcs(&set))
            }
            (Ty::Func(_) | Ty::Funcs(_), Ty::Func(_) | Ty::Funcs(_)) => {
                let mut set = self.func_set();
                set.extend(other.func_set());
                Join::Same(Ty::funcs(&set))
            }
            (Ty::Tuple(_), Ty::Tuple(_)) if self.elements().len() == other.elements().len() => {
                let mut elements = Vec::new();
                for (x, y) in self.elements().into_iter().zip(other.elements()) {
                    match x.join(y) {
                        Join::Same(t) => elements.push(t),
                        Join::Conflict => return Join::Conflict,
                    }
                }
                Join::Same(Ty::tuple(&elements))
            }
            _ => Join::Conflict,
        }
    }

    /// The one type of every element of a tuple (Never for the empty tuple); None when the
    /// elements differ or this is not a tuple. Such a tuple can be indexed at run time and
    /// iterated like a list.
    pub fn homogeneous(self) -> Option<Ty> {
        let Ty::Tuple(_) = self else {
            return None;
        };
        let elements = self.elements();
        match elements.first() {
            None => Some(Ty::Never),
            Some(&first) => elements.iter().all(|&t| t == first).then_some(first),
        }
    }

    /// The types a value of [`Ty::Object`] may have at run time.
    pub fn is_dynamic(self) -> bool {
        matches!(
            self,
            Ty::Int
                | Ty::Float
                | Ty::Bool
                | Ty::None
                | Ty::Str
                | Ty::List(_)
                | Ty::Dict(_)
                | Ty::Set(_)
                | Ty::Instance { .. }
                | Ty::AnyOf { .. }
                | Ty::Object(_)
        )
    }

    /// A dynamic value of any of the types.
    pub const OBJECT: Ty = Ty::Object(Dyn::ANY);

    pub fn is_object(self) -> bool {
        matches!(self, Ty::Object(_))
    }

    /// The element variable of a set or a frozenset.
    pub fn set_var(self) -> Option<ListVar> {
        match self {
            Ty::Set(var) | Ty::FrozenSet(var) => Some(var),
            _ => None,
        }
    }

    /// Int, bool and float take part in arithmetic.
    pub fn is_numeric(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }

    /// Python's name of the type, as error messages spell it.
    pub fn python_name(self) -> &'static str {
        match self {
            Ty::Never => "<never>",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::None => "NoneType",
            Ty::Str => "str",
            Ty::Bytes => "bytes",
            Ty::Argv => "list",
            Ty::Tuple(_) => "tuple",
            // Messages name an instance's class through the program (see krait_infer).
            Ty::Instance { .. } | Ty::AnyOf { .. } => "object",
            Ty::List(_) => "list",
            Ty::Set(_) => "set",
            Ty::FrozenSet(_) => "frozenset",
            Ty::Dict(_) => "dict",
            Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..) => "function",
            // Messages name an exception's class from its value at run time.
            Ty::Exc => "exception",
            Ty::ExcType => "type",
            Ty::Gen(_) => "generator",
            Ty::Cell(_) => "cell",
            Ty::Object(_) => "object",
        }
    }
}

impl Ty {
    /// The type with its element types spelled out (`tuple[int, str]`), for debugging output.
    pub fn describe(self) -> String {
        match self {
            Ty::Tuple(_) => {
                let elements: Vec<_> = self.elements().iter().map(|t| t.describe()).collect();
                format!("tuple[{}]", elements.join(", "))
            }
            _ => self.python_name().to_owned(),
        }
    }
}

/// Python's name of the type, as CPython's messages spell it.
impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.python_name())
    }
}
