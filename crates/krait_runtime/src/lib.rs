//! krait's runtime library, written in the Python dialect that krait compiles.
//!
//! The sources in `lib/` are compiled with every program (and tree-shaken by emission). They
//! use intrinsics from `__krait__` for memory and the host; see `lib/README.md` for the ABI.

/// One module of the runtime: its file name and source.
pub struct RuntimeModule {
    pub name: &'static str,
    pub source: &'static str,
}

pub const MODULES: &[RuntimeModule] = &[RuntimeModule {
    name: "builtins.py",
    source: include_str!("../lib/builtins.py"),
}];
