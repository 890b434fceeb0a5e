//! MIR: the typed, explicit IR between the Python-level program and wasm.
//!
//! Produced by `krait_lower`, consumed by `krait_wasm`. One [`Func`] per specialised instance.
//! Values are wasm's (`i32`, `i64`, `f64`); every Python-level operation is spelled out: checked
//! arithmetic names the frame to blame when it raises, heap objects are allocated and loaded
//! explicitly, and each call that can raise carries the traceback site to record on unwind.
//!
//! Control flow is structured (`If`, `Loop` with `Break`/`Continue` by depth), as Python's is
//! and as wasm's is, so emission needs no relooping. See docs/ARCHITECTURE.md for why.
//!
//! Exceptions: the module's `exc` global holds the raised exception (a str "Type: message")
//! or 0. A raise sets it, records its site and returns from the function; after a call to a
//! function that can raise, the caller checks `exc` and, when set, records its own site and
//! returns too, unless a `Try` around it catches it. `_start` reports what reaches it.

mod print;

pub use print::print_module;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValTy {
    I32,
    I64,
    F64,
    /// The i32 address of a heap object's payload, traced by the collector: every `Ref` local
    /// and global is a root (see `krait_opt::roots`). 0 is no object (`None`), and addresses
    /// outside the heap (static data) are never collected.
    Ref,
}

impl ValTy {
    /// Whether values of this type are addresses the collector traces.
    pub fn is_ref(self) -> bool {
        self == ValTy::Ref
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncIdx(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalIdx(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlobalIdx(pub u32);

/// A traceback frame line to record when an exception passes this point: the address of a
/// static str `  File "...", line N, in f\n    source\n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Site(pub u32);

pub struct Module {
    pub funcs: Vec<Func>,
    pub globals: Vec<GlobalDef>,
    /// Static data, placed at [`DATA_BASE`].
    pub data: Vec<u8>,
    /// The function exported as `_start`.
    pub start: FuncIdx,
    /// The global holding the current exception (see the module docs).
    pub exc: GlobalIdx,
    /// The static str raised when checked arithmetic overflows.
    pub overflow_message: u32,
    /// The static str raised when a call would exceed [`RECURSION_LIMIT`] frames.
    pub recursion_message: u32,
    /// The runtime function that writes out buffered stdout, exported as `krait_flush` so that
    /// a host can save the output of a program that trapped.
    pub flush: Option<FuncIdx>,
    /// The shadow-stack pointer: the end of the innermost frame of roots.
    pub shadow_sp: GlobalIdx,
    /// The runtime's slow path of allocation (collecting, growing memory), called with the
    /// block size when no free block fits; returns the block's address, or 0 after raising.
    pub alloc_slow: Option<FuncIdx>,
    /// Whether every allocation takes the slow path (which then collects): a testing mode.
    pub gc_stress: bool,
}

/// stdout's buffer, [`OUT_CAPACITY`] bytes, filled by the runtime's `print`.
pub const OUT_BUFFER: u32 = 16384;
pub const OUT_CAPACITY: u32 = 8192;
/// The shadow stack of roots: first one slot per `Ref` global, then each running function's
/// frame of `Ref` locals (see `krait_opt::roots`). Grows upwards to [`SHADOW_END`].
pub const SHADOW_BASE: u32 = OUT_BUFFER + OUT_CAPACITY;
pub const SHADOW_END: u32 = SHADOW_BASE + (1 << 20);
/// Where static data begins in linear memory; below it, scratch space for host calls, the
/// traceback buffer, the allocator's state, stdout's buffer and the shadow stack. The heap follows the data.
pub const DATA_BASE: u32 = SHADOW_END;
/// The allocator's state (u32 words): the heap's start (fixed); its end (from there to the end
/// of memory is unused); the bytes live after the last collection; and the bump region, the
/// range of a free block (or of the unused end of memory) that allocation carves blocks from.
pub const HEAP_START: u32 = 512;
pub const HEAP_TOP: u32 = 516;
pub const HEAP_LIVE: u32 = 520;
pub const BUMP_CUR: u32 = 524;
pub const BUMP_END: u32 = 528;
/// Free-list heads: word `k` (1..=32) lists free blocks of exactly `8k` bytes, word 0 larger ones.
pub const FREE_LISTS: u32 = 640;
/// The largest block size kept on an exact-size free list.
pub const SMALL_BLOCK_MAX: u32 = 256;

/// Every heap block starts with an 8-byte header: its size in bytes including the header (a
/// multiple of 8; bit 0 is the collector's mark bit) and its object kind. The payload follows.
/// A free block has kind [`KIND_FREE`] and keeps the next free block's address in its payload.
pub const HEADER_SIZE: u32 = 8;
/// Kinds of heap objects, by what the collector traces in them.
/// No pointers (str, raw buffers).
pub const KIND_RAW: u32 = 0;
/// No pointers, and never collected: buffers the runtime keeps in int globals.
pub const KIND_PINNED: u32 = 1;
/// Every payload word is a `Ref` (or 0).
pub const KIND_REFS: u32 = 2;
pub const KIND_FREE: u32 = 3;
/// A class instance: the kind's low byte is this, the rest the number of leading payload
/// words that are `Ref`s (the instance's attributes holding objects come first).
pub const KIND_FIELDS: u32 = 4;
/// The tags of the dynamic fallback's boxes (`krait_types::Ty::Object`), in the high half of
/// their kind word (where an instance's class is): an int, float or bool box is raw with the
/// value's 8 bytes, a str box has fields with the str's address.
pub const TAG_INT: u32 = 0xfff1;
pub const TAG_FLOAT: u32 = 0xfff2;
pub const TAG_BOOL: u32 = 0xfff3;
pub const TAG_STR: u32 = 0xfff4;
/// A list box has fields with the list's address (the list's elements are dynamic values).
pub const TAG_LIST: u32 = 0xfff5;
/// A dict box has fields with the dict's address (its keys and values are dynamic values).
pub const TAG_DICT: u32 = 0xfff6;
/// A tuple among dynamic values: a box of a list of its elements (each a dynamic value).
pub const TAG_TUPLE: u32 = 0xfff7;
/// A set box has one field with the set's address (its elements are dynamic values).
pub const TAG_SET: u32 = 0xfff8;
/// What the tag of a dynamic value that is an instance of the program's classes (not boxed)
/// reads as: this plus its class's number (see `krait_runtime`'s `obj_tag`).
pub const TAG_INSTANCE: u32 = 0x10000;
/// Scratch words for WASI calls (iovecs, out-parameters).
pub const SCRATCH: u32 = 16;
/// The traceback buffer: a count, then the sites recorded, innermost first.
pub const TRACEBACK: u32 = 1024;
/// How many frames the traceback buffer holds; deeper ones are not recorded.
pub const TRACEBACK_CAP: u32 = 3000;

pub struct GlobalDef {
    pub name: String,
    pub ty: ValTy,
    /// Whether code reads this global before it is first set, relying on its zero initial
    /// value (a binding flag); other globals are only read once set.
    pub read_unset: bool,
}

pub struct Func {
    pub name: String,
    pub n_params: u32,
    /// Every local's type, the parameters first.
    pub locals: Vec<ValTy>,
    pub results: Vec<ValTy>,
    pub body: Vec<Stmt>,
    /// Whether an exception can leave this function; computed by [`Module::compute_may_raise`].
    pub may_raise: bool,
    /// Whether this function checks `exc` itself after its calls (`_start`) instead of
    /// unwinding when a callee raised.
    pub handles_exceptions: bool,
    /// The local holding the shadow-stack pointer at entry, when this function pushes a frame
    /// of roots: every way out of the function (return, raise, unwinding) restores it.
    pub shadow_frame: Option<LocalIdx>,
    /// How the function takes part in counting Python frames (see `krait_opt::frames`).
    pub frame: Frame,
}

/// What a function is in the count of Python frames that CPython's recursion limit bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// The runtime's (and `_start`): no frame of its own, and no count to pass on.
    Runtime,
    /// A Python function or module body: one frame, which raises RecursionError instead of
    /// running as frame number [`RECURSION_LIMIT`] + 1.
    Python,
    /// A class's constructor: no frame of its own, but `__init__` below it is one.
    Transparent,
}

/// CPython's default recursion limit: the frames (the module's included) that may run at once.
pub const RECURSION_LIMIT: i32 = 1000;

#[derive(Clone, Debug)]
pub enum Stmt {
    SetLocal(LocalIdx, Expr),
    /// Stores the values of a multi-value expression (a tuple) into locals, in order.
    SetLocals(Vec<LocalIdx>, Expr),
    SetGlobal(GlobalIdx, Expr),
    /// Evaluates the expression and discards its values.
    Drop(Expr),
    Store {
        ty: MemTy,
        addr: Expr,
        value: Expr,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        otherwise: Vec<Stmt>,
    },
    /// Runs `body` until a `Break`; falling off the end of `body` leaves the loop too.
    Loop {
        body: Vec<Stmt>,
    },
    /// Runs `body`; an exception raised in it and not caught inside it continues at `handler`
    /// instead of leaving the function, with `exc` still set and its frames recorded.
    Try {
        body: Vec<Stmt>,
        handler: Vec<Stmt>,
    },
    /// Leaves the loop `depth` levels out (0 = innermost).
    Break(u32),
    /// Starts the next iteration of the loop `depth` levels out.
    Continue(u32),
    Return(Vec<Expr>),
    /// Sets `exc` to `message` (a str), records `site` and returns from the function.
    Raise {
        message: Expr,
        site: Option<Site>,
    },
    /// Suspends a generator, giving these values. Only in generator bodies as `krait_lower`
    /// builds them: it makes them resumable functions before the module leaves it.
    Yield(Vec<Expr>),
    /// Ends the process with the i32 exit code.
    Exit(Expr),
    /// Writes `len` bytes at `addr` to file descriptor `fd`, all i32.
    Write {
        fd: Expr,
        addr: Expr,
        len: Expr,
    },
    /// `memory.copy`: `len` bytes from `src` to `dst`, all i32; the ranges may overlap.
    /// `short` when the copy is usually of a few elements: it is then done inline when small
    /// (`memory.copy` is a call into the engine).
    Copy {
        dst: Expr,
        src: Expr,
        len: Expr,
        short: bool,
    },
    /// WASI `args_sizes_get(count_addr, size_addr)`.
    ArgsSizesGet(Expr, Expr),
    /// WASI `args_get(pointers_addr, buffer_addr)`.
    ArgsGet(Expr, Expr),
    /// WASI `fd_read` of standard input into the one buffer the iovec at `iovec_addr` names,
    /// storing the count read at `count_addr` (an error reads nothing).
    FdRead(Expr, Expr),
    /// WASI `random_get(buffer_addr, len)`: random bytes from the host.
    RandomGet(Expr, Expr),
    Unreachable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemTy {
    U8,
    I32,
    I64,
    F64,
    /// An i32 field holding a `Ref`.
    Ref,
}

#[derive(Clone, Debug)]
pub enum Expr {
    I32(i32),
    I64(i64),
    F64(f64),
    Local(LocalIdx),
    Global(GlobalIdx),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// i64 `+`, `-` or `*` that raises OverflowError at `site` when the result leaves the i64
    /// range.
    Checked {
        op: CheckedOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
        site: Option<Site>,
    },
    /// A call; `site` is recorded if the callee raises.
    Call {
        func: FuncIdx,
        args: Vec<Expr>,
        site: Option<Site>,
    },
    Load {
        ty: MemTy,
        addr: Box<Expr>,
    },
    /// A new heap object of `kind` (see [`KIND_RAW`]) with a zeroed payload of the i32 size,
    /// 8-byte aligned; may collect garbage; raises MemoryError when memory cannot grow.
    Alloc {
        size: Box<Expr>,
        kind: u32,
    },
    /// `memory.size` in pages (i32).
    MemorySize,
    /// `memory.grow` by the i32 number of pages: the old size, or -1.
    MemoryGrow(Box<Expr>),
    /// `if cond { then } else { otherwise }` giving values of `ty`.
    IfElse {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
        ty: Vec<ValTy>,
    },
    /// Runs `stmts`, then gives the values of `value`.
    Block {
        stmts: Vec<Stmt>,
        value: Box<Expr>,
    },
    /// Several expressions' values in order (multi-value); empty for no value.
    Values(Vec<Expr>),
    /// The number of traceback frames recorded.
    TracebackLen,
    /// The site recorded at i32 index `i` (an i32 str address).
    TracebackFrame(Box<Expr>),
    /// Control never gets here (the value of an expression that cannot produce one); it stands
    /// for a value of any type.
    Unreachable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckedOp {
    Add,
    Sub,
    Mul,
}

/// Wasm's unary instructions, by operand type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    I32Eqz,
    I64Eqz,
    I64ExtendI32S,
    I64ExtendI32U,
    I32WrapI64,
    F64ConvertI64S,
    /// Saturating (non-trapping) float-to-int conversion.
    I64TruncSatF64S,
    F64Neg,
    F64Abs,
    F64Sqrt,
    F64Floor,
    F64Ceil,
    F64Trunc,
    F64Nearest,
    I64ReinterpretF64,
    F64ReinterpretI64,
}

/// Wasm's binary instructions, by operand type. Division never traps here: lowering checks
/// the divisor first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    I32Add,
    I32Sub,
    I32Mul,
    I32And,
    I32Or,
    I32Xor,
    I32Eq,
    I32Ne,
    I32LtS,
    I32GtS,
    I32LeS,
    I32GeS,
    I32LtU,
    I32GeU,
    I32ShrU,
    I64Add,
    I64Sub,
    I64Mul,
    I64DivS,
    I64RemS,
    I64DivU,
    I64RemU,
    I64And,
    I64Or,
    I64Xor,
    I64Shl,
    I64ShrS,
    I64ShrU,
    I64Eq,
    I64Ne,
    I64LtS,
    I64LeS,
    I64GtS,
    I64GeS,
    I64LtU,
    F64Add,
    F64Sub,
    F64Mul,
    F64Div,
    F64Eq,
    F64Ne,
    F64Lt,
    F64Le,
    F64Gt,
    F64Ge,
    F64Min,
    F64Max,
    F64Copysign,
}

impl Module {
    /// Marks every function from which an exception can escape: those that raise, allocate,
    /// use checked arithmetic, or call such a function. Iterates to a fixed point.
    pub fn compute_may_raise(&mut self) {
        for func in &mut self.funcs {
            func.may_raise = func.body.iter().any(stmt_raises_directly);
        }
        loop {
            let mut changed = false;
            for i in 0..self.funcs.len() {
                if self.funcs[i].may_raise {
                    continue;
                }
                let calls_raising = {
                    let mut found = false;
                    let funcs = &self.funcs;
                    for stmt in &funcs[i].body {
                        visit_stmt_calls(stmt, &mut |callee| {
                            found |= funcs[callee.0 as usize].may_raise
                        });
                    }
                    found
                };
                if calls_raising {
                    self.funcs[i].may_raise = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
}

fn stmt_raises_directly(stmt: &Stmt) -> bool {
    let mut raises = false;
    let mut raising_expr = false;
    walk_stmt(
        stmt,
        &mut |s| raises |= matches!(s, Stmt::Raise { .. }),
        &mut |e| raising_expr |= matches!(e, Expr::Checked { .. } | Expr::Alloc { .. }),
    );
    raises || raising_expr
}

fn visit_stmt_calls(stmt: &Stmt, f: &mut impl FnMut(FuncIdx)) {
    walk_stmt(stmt, &mut |_| {}, &mut |e| {
        if let Expr::Call { func, .. } = e {
            f(*func)
        }
    });
}

/// Calls `on_stmt` and `on_expr` on every statement and expression inside `stmt`.
pub fn walk_stmt(stmt: &Stmt, on_stmt: &mut impl FnMut(&Stmt), on_expr: &mut impl FnMut(&Expr)) {
    on_stmt(stmt);
    match stmt {
        Stmt::SetLocal(_, e)
        | Stmt::SetLocals(_, e)
        | Stmt::SetGlobal(_, e)
        | Stmt::Drop(e)
        | Stmt::Exit(e) => walk_expr(e, on_stmt, on_expr),
        Stmt::Store { addr, value, .. } => {
            walk_expr(addr, on_stmt, on_expr);
            walk_expr(value, on_stmt, on_expr);
        }
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            walk_expr(cond, on_stmt, on_expr);
            then.iter()
                .chain(otherwise)
                .for_each(|s| walk_stmt(s, on_stmt, on_expr));
        }
        Stmt::Loop { body } => body.iter().for_each(|s| walk_stmt(s, on_stmt, on_expr)),
        Stmt::Try { body, handler } => body
            .iter()
            .chain(handler)
            .for_each(|s| walk_stmt(s, on_stmt, on_expr)),
        Stmt::Return(values) | Stmt::Yield(values) => {
            values.iter().for_each(|e| walk_expr(e, on_stmt, on_expr))
        }
        Stmt::Raise { message, .. } => walk_expr(message, on_stmt, on_expr),
        Stmt::Write { fd, addr, len }
        | Stmt::Copy {
            dst: fd,
            src: addr,
            len,
            ..
        } => {
            for e in [fd, addr, len] {
                walk_expr(e, on_stmt, on_expr);
            }
        }
        Stmt::ArgsSizesGet(a, b)
        | Stmt::ArgsGet(a, b)
        | Stmt::FdRead(a, b)
        | Stmt::RandomGet(a, b) => {
            walk_expr(a, on_stmt, on_expr);
            walk_expr(b, on_stmt, on_expr);
        }
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Unreachable => {}
    }
}

pub fn walk_expr(expr: &Expr, on_stmt: &mut impl FnMut(&Stmt), on_expr: &mut impl FnMut(&Expr)) {
    on_expr(expr);
    match expr {
        Expr::I32(_)
        | Expr::I64(_)
        | Expr::F64(_)
        | Expr::Local(_)
        | Expr::Global(_)
        | Expr::Unreachable
        | Expr::MemorySize
        | Expr::TracebackLen => {}
        Expr::Unary(_, e)
        | Expr::Load { addr: e, .. }
        | Expr::Alloc { size: e, .. }
        | Expr::MemoryGrow(e)
        | Expr::TracebackFrame(e) => walk_expr(e, on_stmt, on_expr),
        Expr::Binary(_, a, b) | Expr::Checked { lhs: a, rhs: b, .. } => {
            walk_expr(a, on_stmt, on_expr);
            walk_expr(b, on_stmt, on_expr);
        }
        Expr::Call { args, .. } | Expr::Values(args) => {
            args.iter().for_each(|e| walk_expr(e, on_stmt, on_expr))
        }
        Expr::IfElse {
            cond,
            then,
            otherwise,
            ..
        } => {
            walk_expr(cond, on_stmt, on_expr);
            walk_expr(then, on_stmt, on_expr);
            walk_expr(otherwise, on_stmt, on_expr);
        }
        Expr::Block { stmts, value } => {
            stmts.iter().for_each(|s| walk_stmt(s, on_stmt, on_expr));
            walk_expr(value, on_stmt, on_expr);
        }
    }
}

/// Calls `on_block` on every statement list nested in `stmt` (branches, loop bodies, the
/// statements of expression blocks) after walking into it, and `on_expr` on every expression,
/// its operands first. `stmt`'s own list is the caller's to handle.
pub fn walk_stmt_mut(
    stmt: &mut Stmt,
    on_block: &mut impl FnMut(&mut Vec<Stmt>),
    on_expr: &mut impl FnMut(&mut Expr),
) {
    match stmt {
        Stmt::SetLocal(_, e)
        | Stmt::SetLocals(_, e)
        | Stmt::SetGlobal(_, e)
        | Stmt::Drop(e)
        | Stmt::Exit(e)
        | Stmt::Raise { message: e, .. } => walk_expr_mut(e, on_block, on_expr),
        Stmt::Store { addr, value, .. } => {
            walk_expr_mut(addr, on_block, on_expr);
            walk_expr_mut(value, on_block, on_expr);
        }
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            walk_expr_mut(cond, on_block, on_expr);
            walk_block_mut(then, on_block, on_expr);
            walk_block_mut(otherwise, on_block, on_expr);
        }
        Stmt::Loop { body } => walk_block_mut(body, on_block, on_expr),
        Stmt::Try { body, handler } => {
            walk_block_mut(body, on_block, on_expr);
            walk_block_mut(handler, on_block, on_expr);
        }
        Stmt::Return(values) | Stmt::Yield(values) => values
            .iter_mut()
            .for_each(|e| walk_expr_mut(e, on_block, on_expr)),
        Stmt::Write { fd, addr, len }
        | Stmt::Copy {
            dst: fd,
            src: addr,
            len,
            ..
        } => {
            for e in [fd, addr, len] {
                walk_expr_mut(e, on_block, on_expr);
            }
        }
        Stmt::ArgsSizesGet(a, b)
        | Stmt::ArgsGet(a, b)
        | Stmt::FdRead(a, b)
        | Stmt::RandomGet(a, b) => {
            walk_expr_mut(a, on_block, on_expr);
            walk_expr_mut(b, on_block, on_expr);
        }
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Unreachable => {}
    }
}

fn walk_block_mut(
    stmts: &mut Vec<Stmt>,
    on_block: &mut impl FnMut(&mut Vec<Stmt>),
    on_expr: &mut impl FnMut(&mut Expr),
) {
    for stmt in stmts.iter_mut() {
        walk_stmt_mut(stmt, on_block, on_expr);
    }
    on_block(stmts);
}

/// [`walk_stmt_mut`] for an expression.
pub fn walk_expr_mut(
    expr: &mut Expr,
    on_block: &mut impl FnMut(&mut Vec<Stmt>),
    on_expr: &mut impl FnMut(&mut Expr),
) {
    match expr {
        Expr::I32(_)
        | Expr::I64(_)
        | Expr::F64(_)
        | Expr::Local(_)
        | Expr::Global(_)
        | Expr::Unreachable
        | Expr::MemorySize
        | Expr::TracebackLen => {}
        Expr::Unary(_, e)
        | Expr::Load { addr: e, .. }
        | Expr::Alloc { size: e, .. }
        | Expr::MemoryGrow(e)
        | Expr::TracebackFrame(e) => walk_expr_mut(e, on_block, on_expr),
        Expr::Binary(_, a, b) | Expr::Checked { lhs: a, rhs: b, .. } => {
            walk_expr_mut(a, on_block, on_expr);
            walk_expr_mut(b, on_block, on_expr);
        }
        Expr::Call { args, .. } | Expr::Values(args) => args
            .iter_mut()
            .for_each(|e| walk_expr_mut(e, on_block, on_expr)),
        Expr::IfElse {
            cond,
            then,
            otherwise,
            ..
        } => {
            walk_expr_mut(cond, on_block, on_expr);
            walk_expr_mut(then, on_block, on_expr);
            walk_expr_mut(otherwise, on_block, on_expr);
        }
        Expr::Block { stmts, value } => {
            walk_block_mut(stmts, on_block, on_expr);
            walk_expr_mut(value, on_block, on_expr);
        }
    }
    on_expr(expr);
}
