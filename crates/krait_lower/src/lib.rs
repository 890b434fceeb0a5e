//! Lowering: the typed HIR of every instance to one MIR module.
//!
//! Owns the representation of each Python type as wasm values ([`repr`]), the layout of static
//! data (str constants and traceback sites), and the translation of each Python operation into
//! explicit MIR: checked i64 arithmetic, Python's floor division and modulo, short-circuiting,
//! calls into the runtime library for what is written there.
//!
//! **Architecture invariant:** lowering reports no user errors. Anything it needs that inference
//! did not establish is a compiler bug.

mod bound;
mod class;
mod dict;
mod exception;
mod expr;
mod func;
mod func_set;
mod generator;
mod list;
mod live;
mod object;
mod python_names;
mod set;
mod site;
mod sort;
mod strs;
mod suggest;

use krait_hir::{FuncKind, Place, Program};
use krait_infer::{InstanceId, Typeck};
use krait_mir::{self as mir, DATA_BASE, FuncIdx, GlobalDef, GlobalIdx, ValTy};
use krait_types::Ty;
use rustc_hash::FxHashMap;

/// The wasm values a Python type is represented by: none for types with no run-time value,
/// one for scalars, and a tuple's elements' values one after another.
pub fn repr(ty: Ty) -> Vec<ValTy> {
    match ty {
        Ty::Int => vec![ValTy::I64],
        Ty::Float => vec![ValTy::F64],
        Ty::Bool => vec![ValTy::I32],
        // A str is the address of its object: byte length (i32), char length (i32), UTF-8 bytes.
        // bytes are laid out alike, their char length their byte length.
        Ty::Str | Ty::Bytes => vec![ValTy::Ref],
        // An instance or list is the address of its object; None, where allowed, is 0.
        Ty::Instance { .. }
        | Ty::AnyOf { .. }
        | Ty::List(_)
        | Ty::Set(_)
        | Ty::FrozenSet(_)
        | Ty::Dict(_) => vec![ValTy::Ref],
        // An exception is the address of its str "Type: message" or of its object; its
        // class is represented by it too.
        Ty::Exc | Ty::ExcType => vec![ValTy::Ref],
        // A generator is the address of its suspended frame (see `generator`).
        Ty::Gen(_) => vec![ValTy::Ref],
        Ty::None | Ty::Never | Ty::Argv | Ty::Func(_) => Vec::new(),
        Ty::Tuple(_) => ty.elements().into_iter().flat_map(repr).collect(),
        // A closure is what it captured.
        Ty::Closure(..) => repr(ty.closure_env().expect("a closure")),
        // A cell is the address of its box.
        Ty::Cell(_) => vec![ValTy::Ref],
        // One of several functions is its index in the set (see `func_set_call`).
        Ty::Funcs(_) => vec![ValTy::I32],
        // A dynamic value is the address of its box (see `object`), None 0.
        Ty::Object(_) => vec![ValTy::Ref],
    }
}

/// The values of several slots as one expression.
pub(crate) fn values(mut slots: Vec<mir::Expr>) -> mir::Expr {
    if slots.len() == 1 {
        slots.pop().expect("one slot")
    } else {
        mir::Expr::Values(slots)
    }
}

/// Raised where an int leaves the i64 range, until big ints land.
pub(crate) const OVERFLOW_MESSAGE: &str =
    "OverflowError: integer result does not fit in 64 bits (big ints are not supported yet)";

pub(crate) struct ModuleLower<'a> {
    pub(crate) program: &'a Program,
    pub(crate) typeck: &'a Typeck,
    pub(crate) globals: Vec<GlobalDef>,
    /// The MIR globals holding each HIR global's values.
    pub(crate) global_map: Vec<Vec<GlobalIdx>>,
    pub(crate) data: Vec<u8>,
    pub(crate) strings: FxHashMap<String, u32>,
    pub(crate) exc: GlobalIdx,
    pub(crate) shadow_sp: GlobalIdx,
    /// Absolute path of each file, as CPython prints it in tracebacks.
    pub(crate) paths: Vec<String>,
    pub(crate) bound: bound::BoundFacts,
    /// The flag global of each global or function whose binding is checked at run time.
    pub(crate) binding_flags: FxHashMap<bound::Binding, GlobalIdx>,
    /// Each class's object layout, once computed.
    pub(crate) layouts: Vec<Option<std::rc::Rc<ClassLayout>>>,
    /// Whether the program can raise SystemExit (which `except Exception` does not catch).
    pub(crate) raises_system_exit: bool,
}

/// Where an instance's attributes live in its object: first every attribute value that is a
/// `Ref` (so the collector scans a prefix of the payload), then the others, 8-byte aligned.
/// An object's kind word holds the number of `Ref`s in bits 8-15 and its class in bits 16-31.
pub(crate) struct ClassLayout {
    pub(crate) size: u32,
    pub(crate) kind: u32,
    pub(crate) fields: Vec<FieldLayout>,
}

/// An attribute: its name, type and the offset of each of its values.
pub(crate) struct FieldLayout {
    pub(crate) name: String,
    pub(crate) ty: Ty,
    pub(crate) slots: Vec<(ValTy, u32)>,
}

impl ClassLayout {
    pub(crate) fn new(fields: &[(String, Ty)]) -> ClassLayout {
        let slots: Vec<Vec<ValTy>> = fields.iter().map(|(_, ty)| repr(*ty)).collect();
        let n_refs = slots.iter().flatten().filter(|t| t.is_ref()).count() as u32;
        let mut next_ref = 0;
        let mut next_scalar = (4 * n_refs).next_multiple_of(8);
        let mut laid_out = Vec::new();
        for ((name, ty), slots) in fields.iter().zip(slots) {
            let offsets = slots
                .into_iter()
                .map(|slot| {
                    let offset = if slot.is_ref() {
                        next_ref += 4;
                        next_ref - 4
                    } else {
                        next_scalar += 8;
                        next_scalar - 8
                    };
                    (slot, offset)
                })
                .collect();
            laid_out.push(FieldLayout {
                name: name.clone(),
                ty: *ty,
                slots: offsets,
            });
        }
        ClassLayout {
            size: next_scalar,
            kind: mir::KIND_FIELDS | (n_refs << 8),
            fields: laid_out,
        }
    }
}

impl ModuleLower<'_> {
    /// The address of a static str with this text.
    pub(crate) fn str_const(&mut self, text: &str) -> u32 {
        if let Some(&addr) = self.strings.get(text) {
            return addr;
        }
        let addr = self.text_const(text.as_bytes(), text.chars().count());
        self.strings.insert(text.to_owned(), addr);
        addr
    }

    /// The address of a bytes constant in the data segment: a str of its bytes, as many chars
    /// as bytes (an ASCII one is the str of its text).
    pub(crate) fn bytes_const(&mut self, bytes: &[u8]) -> u32 {
        match std::str::from_utf8(bytes) {
            Ok(text) if text.is_ascii() => self.str_const(text),
            _ => self.text_const(bytes, bytes.len()),
        }
    }

    /// Lays out a str (or bytes) object of `bytes`, `chars` long, in the data segment.
    fn text_const(&mut self, bytes: &[u8], chars: usize) -> u32 {
        while !self.data.len().is_multiple_of(8) {
            self.data.push(0);
        }
        let addr = DATA_BASE + self.data.len() as u32;
        self.data
            .extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        self.data.extend_from_slice(&(chars as u32).to_le_bytes());
        self.data.extend_from_slice(bytes);
        addr
    }

    /// The layout of instances of `class`: its hierarchy's, so that every class in it finds an
    /// attribute at the same offset.
    pub(crate) fn layout(&mut self, class: krait_types::ClassId) -> std::rc::Rc<ClassLayout> {
        let class = self.program.root_class(class);
        if let Some(layout) = &self.layouts[class.index()] {
            return layout.clone();
        }
        let layout = std::rc::Rc::new(ClassLayout::new(&self.typeck.fields[class.index()]));
        self.layouts[class.index()] = Some(layout.clone());
        layout
    }

    /// The MIR global of the runtime's global `name`.
    pub(crate) fn rt_global(&self, name: &str) -> GlobalIdx {
        let qualified = format!("rt.{name}");
        let global = self
            .program
            .globals
            .iter()
            .position(|g| g.name == qualified)
            .expect("the runtime defines this global");
        self.global_map[global][0]
    }

    pub(crate) fn rt(&self, name: &str) -> FuncIdx {
        FuncIdx(self.typeck.runtime(name).0)
    }
}

/// Whether the program calls `sys.exit` or defines a class deriving from SystemExit.
fn raises_system_exit(program: &Program) -> bool {
    let exits = program.funcs.iter().any(|f| {
        f.kind != FuncKind::Runtime
            && f.exprs.iter().any(|e| {
                matches!(
                    e.kind,
                    krait_hir::ExprKind::Call {
                        callee: krait_hir::Callee::Builtin(krait_hir::Builtin::SysExit),
                        ..
                    }
                )
            })
    });
    exits
        || program
            .classes
            .iter()
            .any(|c| c.exception == Some(krait_hir::BuiltinExc::SystemExit))
}

/// Lowers the whole program. `paths` gives each file's path as tracebacks print it.
pub fn lower(program: &Program, typeck: &Typeck, paths: Vec<String>) -> mir::Module {
    let mut globals = Vec::new();
    let mut global_map: Vec<Vec<GlobalIdx>> = Vec::new();
    // The webs of a source variable (`Function::webs`) are never live at once: those of one
    // type share their slots.
    let mut web_of: FxHashMap<krait_hir::GlobalId, Vec<krait_hir::GlobalId>> = FxHashMap::default();
    for group in program.funcs.iter().flat_map(|f| &f.webs) {
        let members: Vec<krait_hir::GlobalId> = group
            .iter()
            .filter_map(|p| match p {
                Place::Global(g) => Some(*g),
                Place::Local(_) => None,
            })
            .collect();
        for &g in &members {
            web_of.insert(g, members.clone());
        }
    }
    for (index, (global, &ty)) in program.globals.iter().zip(&typeck.globals).enumerate() {
        let shared = web_of
            .get(&krait_hir::GlobalId(index as u32))
            .and_then(|members| {
                members
                    .iter()
                    .find(|g| g.index() < index && typeck.globals[g.index()] == ty)
            });
        if let Some(shared) = shared {
            global_map.push(global_map[shared.index()].clone());
            continue;
        }
        let slots = repr(ty)
            .into_iter()
            .map(|ty| {
                globals.push(GlobalDef {
                    name: global.name.clone(),
                    ty,
                    read_unset: false,
                });
                GlobalIdx(globals.len() as u32 - 1)
            })
            .collect();
        global_map.push(slots);
    }
    globals.push(GlobalDef {
        name: "exc".to_owned(),
        ty: ValTy::I32,
        read_unset: true,
    });
    let exc = GlobalIdx(globals.len() as u32 - 1);
    globals.push(GlobalDef {
        name: "shadow_sp".to_owned(),
        ty: ValTy::I32,
        read_unset: false,
    });
    let shadow_sp = GlobalIdx(globals.len() as u32 - 1);
    let bound = bound::analyse(program);
    let mut binding_flags = FxHashMap::default();
    let mut flagged: Vec<_> = bound.flagged.iter().copied().collect();
    flagged.sort_by_key(|b| format!("{b:?}"));
    for binding in flagged {
        let name = match binding {
            bound::Binding::Global(g) => program.globals[g.index()].name.clone(),
            bound::Binding::Func(f) => program.func(f).name.clone(),
            bound::Binding::Local(..) => continue,
        };
        globals.push(GlobalDef {
            name: format!("{name}.bound"),
            ty: ValTy::I32,
            read_unset: true,
        });
        binding_flags.insert(binding, GlobalIdx(globals.len() as u32 - 1));
    }
    let mut cx = ModuleLower {
        program,
        typeck,
        globals,
        global_map,
        data: Vec::new(),
        strings: FxHashMap::default(),
        exc,
        shadow_sp,
        paths,
        bound,
        binding_flags,
        layouts: vec![None; program.classes.len()],
        raises_system_exit: raises_system_exit(program),
    };
    // Only instances reachable from `_start` are lowered, so the static data holds only the
    // strings of code that can run.
    let start_body = start_func(&mut cx);
    let mut lowered: Vec<Option<mir::Func>> = (0..typeck.instances.len()).map(|_| None).collect();
    let alloc_slow = cx.rt("alloc_slow");
    let mut worklist = callees(&start_body);
    while let Some(callee) = worklist.pop() {
        let slot = callee.0 as usize;
        if lowered[slot].is_some() {
            continue;
        }
        let func = func::lower_instance(&mut cx, InstanceId(callee.0));
        worklist.extend(callees(&func));
        if allocates(&func) {
            worklist.push(alloc_slow);
        }
        lowered[slot] = Some(func);
    }
    let lowered_alloc_slow = lowered[alloc_slow.0 as usize].is_some();
    let mut funcs: Vec<mir::Func> = lowered
        .into_iter()
        .enumerate()
        .map(|(i, func)| func.unwrap_or_else(|| unreached(typeck, InstanceId(i as u32))))
        .collect();
    let start = FuncIdx(funcs.len() as u32);
    funcs.push(start_body);
    let overflow_message = cx.str_const(OVERFLOW_MESSAGE);
    let recursion_message = cx.str_const("RecursionError: maximum recursion depth exceeded");
    let flush = cx.rt("flush");
    let mut module = mir::Module {
        funcs,
        globals: cx.globals,
        data: cx.data,
        start,
        exc,
        overflow_message,
        recursion_message,
        flush: Some(flush),
        shadow_sp,
        alloc_slow: lowered_alloc_slow.then_some(alloc_slow),
        gc_stress: false,
    };
    module.compute_may_raise();
    module
}

/// The functions `func` calls.
fn callees(func: &mir::Func) -> Vec<FuncIdx> {
    let mut out = Vec::new();
    for stmt in &func.body {
        mir::walk_stmt(stmt, &mut |_| {}, &mut |e| {
            if let mir::Expr::Call { func, .. } = e {
                out.push(*func);
            }
        });
    }
    out
}

fn allocates(func: &mir::Func) -> bool {
    let mut found = false;
    for stmt in &func.body {
        mir::walk_stmt(stmt, &mut |_| {}, &mut |e| {
            found |= matches!(e, mir::Expr::Alloc { .. })
        });
    }
    found
}

/// A placeholder for an instance no code can call; emission leaves it out.
fn unreached(typeck: &Typeck, id: InstanceId) -> mir::Func {
    mir::Func {
        name: format!("unreached{}", id.0),
        n_params: 0,
        locals: Vec::new(),
        results: repr(typeck.result(id).ret),
        body: vec![mir::Stmt::Unreachable],
        may_raise: false,
        handles_exceptions: false,
        shadow_frame: None,
        frame: mir::Frame::Runtime,
    }
}

/// `_start`: runs each module body; an exception that reaches it is reported by the runtime.
fn start_func(cx: &mut ModuleLower<'_>) -> mir::Func {
    use mir::{Expr, Stmt};
    let mut body = Vec::new();
    for &instance in &cx.typeck.module_bodies {
        let func = cx.program.func(cx.typeck.instance(instance).func);
        debug_assert!(matches!(func.kind, FuncKind::Module | FuncKind::Runtime));
        body.push(Stmt::Drop(Expr::Call {
            func: FuncIdx(instance.0),
            args: Vec::new(),
            site: None,
        }));
        // `exc` is cleared first: the runtime's calls check it.
        let mut report = vec![
            Stmt::SetLocal(mir::LocalIdx(0), Expr::Global(cx.exc)),
            Stmt::SetGlobal(cx.exc, Expr::I32(0)),
        ];
        let mut names = vec!["uncaught"];
        if cx.raises_system_exit {
            names.insert(0, "exit_if_system_exit");
        }
        for name in names {
            report.push(Stmt::Drop(Expr::Call {
                func: cx.rt(name),
                args: vec![Expr::Local(mir::LocalIdx(0))],
                site: None,
            }));
        }
        body.push(Stmt::If {
            cond: Expr::Global(cx.exc),
            then: report,
            otherwise: Vec::new(),
        });
    }
    body.push(Stmt::Drop(Expr::Call {
        func: cx.rt("flush"),
        args: Vec::new(),
        site: None,
    }));
    mir::Func {
        name: "_start".to_owned(),
        n_params: 0,
        locals: vec![ValTy::Ref],
        results: Vec::new(),
        body,
        may_raise: false,
        handles_exceptions: true,
        shadow_frame: None,
        frame: mir::Frame::Runtime,
    }
}
