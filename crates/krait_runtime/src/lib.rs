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

/// Standard library modules written in Python (`stdlib/`), compiled as the user's modules are
/// when a program imports them and has no module of that name beside it.
pub const LIBRARY: &[RuntimeModule] = &[
    RuntimeModule {
        name: "heapq",
        source: include_str!("../stdlib/heapq.py"),
    },
    RuntimeModule {
        name: "functools",
        source: include_str!("../stdlib/functools.py"),
    },
    RuntimeModule {
        name: "random",
        source: include_str!("../stdlib/random.py"),
    },
    RuntimeModule {
        name: "itertools",
        source: include_str!("../stdlib/itertools.py"),
    },
    RuntimeModule {
        name: "json",
        source: include_str!("../stdlib/json.py"),
    },
    RuntimeModule {
        name: "operator",
        source: include_str!("../stdlib/operator.py"),
    },
    // `sys.stdin` as an iterable: a program importing `sys` imports this too.
    RuntimeModule {
        name: "_stdin",
        source: include_str!("../stdlib/_stdin.py"),
    },
    // `collections.OrderedDict`: a program importing from `collections` imports this too.
    RuntimeModule {
        name: "_ordereddict",
        source: include_str!("../stdlib/_ordereddict.py"),
    },
    // `collections.deque`: a program importing from `collections` imports this too.
    RuntimeModule {
        name: "_deque",
        source: include_str!("../stdlib/_deque.py"),
    },
];
