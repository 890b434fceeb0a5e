//! The types krait infers for values.
//!
//! A value of a known type is unboxed in the emitted code: see `krait_lower` for how each type
//! is represented. [`Ty::Never`] is the bottom of the lattice: no value has flowed there yet
//! (during inference) or none ever will (a call that cannot return).

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Ty {
    #[default]
    Never,
    Int,
    Float,
    Bool,
    None,
    Str,
    /// `sys.argv`: a list of str that only supports `len` and indexing until lists exist.
    Argv,
}

/// The result of joining two types where control flow merges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    Same(Ty),
    /// The two types have no common unboxed representation.
    Conflict,
}

impl Ty {
    pub fn join(self, other: Ty) -> Join {
        match (self, other) {
            (Ty::Never, t) | (t, Ty::Never) => Join::Same(t),
            (a, b) if a == b => Join::Same(a),
            _ => Join::Conflict,
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
            Ty::Argv => "list",
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.python_name())
    }
}
