//! Each pass on hand-built MIR, checked through the MIR printer.

use crate::{constfold, range};
use krait_mir::{
    BinOp, CheckedOp, Expr, Func, GlobalIdx, LocalIdx, Module, Stmt, UnOp, ValTy, print_module,
};

fn module(body: Vec<Stmt>) -> Module {
    let func = Func {
        name: "f".to_owned(),
        n_params: 2,
        locals: vec![ValTy::I64, ValTy::I64],
        results: vec![],
        body,
        may_raise: false,
        handles_exceptions: false,
        shadow_frame: None,
        frame: krait_mir::Frame::Runtime,
    };
    Module {
        funcs: vec![func],
        globals: Vec::new(),
        data: Vec::new(),
        start: krait_mir::FuncIdx(0),
        exc: GlobalIdx(0),
        overflow_message: 0,
        recursion_message: 0,
        flush: None,
        shadow_sp: GlobalIdx(0),
        alloc_slow: None,
        gc_stress: false,
    }
}

#[track_caller]
fn check(pass: impl Fn(&mut Vec<Stmt>), body: Vec<Stmt>, expected: &str) {
    let mut module = module(body);
    pass(&mut module.funcs[0].body);
    let printed = print_module(&module);
    let body: Vec<_> = printed
        .lines()
        .skip(1)
        .filter(|l| *l != "}")
        .map(str::trim_start)
        .collect();
    assert_eq!(body.join("\n"), expected.trim());
}

fn local(i: u32) -> Expr {
    Expr::Local(LocalIdx(i))
}

fn checked(op: CheckedOp, a: Expr, b: Expr) -> Expr {
    Expr::Checked {
        op,
        lhs: Box::new(a),
        rhs: Box::new(b),
        site: None,
    }
}

fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
    Expr::Binary(op, Box::new(a), Box::new(b))
}

#[test]
fn constfold_folds_constants_and_keeps_overflow() {
    check(
        constfold::run,
        vec![
            Stmt::SetLocal(
                LocalIdx(0),
                checked(CheckedOp::Add, Expr::I64(2), Expr::I64(3)),
            ),
            // i64::MAX + 1 overflows: the check stays, to raise at run time.
            Stmt::SetLocal(
                LocalIdx(1),
                checked(CheckedOp::Add, Expr::I64(i64::MAX), Expr::I64(1)),
            ),
            Stmt::If {
                cond: bin(BinOp::I64LtS, Expr::I64(1), Expr::I64(2)),
                then: vec![Stmt::Break(0)],
                otherwise: vec![],
            },
        ],
        "l0 = 5i64\nl1 = checked.Add(9223372036854775807i64, 1i64)\nbreak 0",
    );
}

#[test]
fn constfold_removes_double_negation_of_booleans() {
    let cond = Expr::Unary(
        UnOp::I32Eqz,
        Box::new(Expr::Unary(
            UnOp::I32Eqz,
            Box::new(bin(BinOp::I64LtS, local(0), local(1))),
        )),
    );
    check(
        constfold::run,
        vec![Stmt::Drop(cond)],
        "drop I64LtS(l0, l1)",
    );
}

#[test]
fn range_drops_check_after_dominating_comparison() {
    // while n < limit: n = n + 1
    let body = vec![
        Stmt::If {
            cond: Expr::Unary(
                UnOp::I32Eqz,
                Box::new(bin(BinOp::I64LtS, local(0), local(1))),
            ),
            then: vec![Stmt::Break(0)],
            otherwise: vec![],
        },
        Stmt::SetLocal(LocalIdx(0), checked(CheckedOp::Add, local(0), Expr::I64(1))),
        // The fact dies with the assignment: a second increment keeps its check.
        Stmt::SetLocal(LocalIdx(0), checked(CheckedOp::Add, local(0), Expr::I64(1))),
        Stmt::Continue(0),
    ];
    check(
        |body: &mut Vec<Stmt>| range::run(body),
        vec![Stmt::Loop { body }],
        "loop {\nif I32Eqz(I64LtS(l0, l1)) {\nbreak 0\n}\nl0 = I64Add(l0, 1i64)\nl0 = checked.Add(l0, 1i64)\ncontinue 0\n}",
    );
}

#[test]
fn range_uses_the_else_side_of_an_early_return() {
    // if n < 2: return n; then n - 1 and n - 2 cannot overflow, but n + n can.
    check(
        |body: &mut Vec<Stmt>| range::run(body),
        vec![
            Stmt::If {
                cond: bin(BinOp::I64LtS, local(0), Expr::I64(2)),
                then: vec![Stmt::Return(vec![])],
                otherwise: vec![],
            },
            Stmt::Drop(checked(CheckedOp::Sub, local(0), Expr::I64(2))),
            Stmt::Drop(checked(CheckedOp::Add, local(0), local(0))),
        ],
        "if I64LtS(l0, 2i64) {\nreturn \n}\ndrop I64Sub(l0, 2i64)\ndrop checked.Add(l0, l0)",
    );
}

#[test]
fn range_forgets_facts_of_locals_a_loop_assigns() {
    check(
        |body: &mut Vec<Stmt>| range::run(body),
        vec![
            Stmt::If {
                cond: bin(BinOp::I64LtS, local(0), Expr::I64(10)),
                then: vec![Stmt::Return(vec![])],
                otherwise: vec![],
            },
            Stmt::Loop {
                body: vec![Stmt::SetLocal(
                    LocalIdx(0),
                    checked(CheckedOp::Sub, local(0), Expr::I64(1)),
                )],
            },
        ],
        "if I64LtS(l0, 10i64) {\nreturn \n}\nloop {\nl0 = checked.Sub(l0, 1i64)\n}",
    );
}

#[test]
fn stores_to_globals_nobody_reads_are_dropped() {
    let mut module = module(vec![
        Stmt::SetGlobal(GlobalIdx(1), Expr::I64(7)),
        Stmt::SetGlobal(GlobalIdx(2), Expr::I64(8)),
        Stmt::Drop(Expr::Global(GlobalIdx(1))),
    ]);
    module.globals = (0..3)
        .map(|i| krait_mir::GlobalDef {
            name: format!("g{i}"),
            ty: ValTy::I64,
            read_unset: false,
        })
        .collect();
    crate::dead_globals::run(&mut module);
    let printed = print_module(&module);
    assert!(printed.contains("g1 = 7i64"), "{printed}");
    assert!(!printed.contains("g2 = 8i64"), "{printed}");
}

#[test]
fn globals_stored_once_with_a_constant_read_as_it() {
    let mut module = module(vec![
        Stmt::SetGlobal(GlobalIdx(0), Expr::I64(7)),
        Stmt::SetGlobal(GlobalIdx(1), Expr::I64(8)),
        Stmt::SetGlobal(GlobalIdx(1), Expr::I64(9)),
        Stmt::SetGlobal(GlobalIdx(2), Expr::I64(1)),
        Stmt::Return(vec![Expr::Values(vec![
            Expr::Global(GlobalIdx(0)),
            Expr::Global(GlobalIdx(1)),
            Expr::Global(GlobalIdx(2)),
        ])]),
    ]);
    module.globals = (0..3)
        .map(|i| krait_mir::GlobalDef {
            name: format!("g{i}"),
            ty: ValTy::I64,
            // g2 is a binding flag: read before it is set.
            read_unset: i == 2,
        })
        .collect();
    crate::const_globals::run(&mut module);
    let printed = print_module(&module);
    assert!(printed.contains("return (7i64, g1, g2)"), "{printed}");
}

#[test]
fn python_frames_take_and_pass_on_their_count() {
    // f(l0, l1) with a local l2 calls itself with l2.
    let mut module = module(vec![
        Stmt::SetLocal(LocalIdx(2), local(0)),
        Stmt::Drop(Expr::Call {
            func: krait_mir::FuncIdx(0),
            args: vec![local(2), local(1)],
            site: None,
        }),
    ]);
    module.funcs[0].locals.push(ValTy::I64);
    module.funcs[0].frame = krait_mir::Frame::Python;
    crate::frames::run(&mut module);
    let func = &module.funcs[0];
    assert_eq!(func.n_params, 3);
    assert_eq!(func.locals[2], ValTy::I32);
    let printed = print_module(&module);
    assert!(printed.contains("if I32GeU(l2, 1000i32)"), "{printed}");
    assert!(printed.contains("l3 = l0"), "{printed}");
    assert!(
        printed.contains("call f0(l3, l1, I32Add(l2, 1i32))"),
        "{printed}"
    );
}

#[test]
fn inline_replaces_a_call_to_a_small_leaf_with_its_body() {
    // f(l0, l1) calls g(l0 + 1); g(x: Ref) returns x's first field when x is not 0, else -1.
    let mut module = module(vec![Stmt::Return(vec![Expr::Call {
        func: krait_mir::FuncIdx(1),
        args: vec![bin(BinOp::I64Add, local(0), Expr::I64(1))],
        site: Some(krait_mir::Site(64)),
    }])]);
    module.funcs[0].results = vec![ValTy::I64];
    module.funcs[0].frame = krait_mir::Frame::Python;
    module.funcs.push(Func {
        name: "g".to_owned(),
        n_params: 1,
        locals: vec![ValTy::Ref],
        results: vec![ValTy::I64],
        body: vec![
            Stmt::If {
                cond: Expr::Unary(UnOp::I32Eqz, Box::new(local(0))),
                then: vec![Stmt::Return(vec![Expr::I64(-1)])],
                otherwise: vec![],
            },
            Stmt::Return(vec![Expr::Load {
                ty: krait_mir::MemTy::I64,
                addr: Box::new(local(0)),
            }]),
        ],
        may_raise: false,
        handles_exceptions: false,
        shadow_frame: None,
        frame: krait_mir::Frame::Python,
    });
    crate::inline::run(&mut module);
    let printed = print_module(&module);
    let caller: Vec<&str> = printed
        .lines()
        .skip_while(|l| !l.starts_with("fn f0"))
        .take_while(|l| *l != "}")
        .map(str::trim_start)
        .collect();
    // g's local, rooted no more (nothing in g collects), and its result follow f's locals.
    assert_eq!(
        caller.join("\n"),
        "fn f0 f(I64, I64) -> [I64] {\n\
         local l2: I32\n\
         local l3: I64\n\
         return { l2 = (I64Add(l0, 1i64)); try {;   loop {;     if I32Eqz(l2) {;       l3 = -1i64;       \
         break 0;     };     l3 = load.I64[l2];     break 0;   }; } catch {;   raise g0 at Some(Site(64)); }; l3 }"
    );
}

#[test]
fn range_bounds_locals_by_their_assignments_and_bounded_operations() {
    let loaded = Expr::Unary(
        UnOp::I64ExtendI32U,
        Box::new(Expr::Load {
            ty: krait_mir::MemTy::I32,
            addr: Box::new(Expr::I32(64)),
        }),
    );
    check(
        |body: &mut Vec<Stmt>| range::run(body),
        vec![
            // l0 is a zero-extended i32: adding a small constant cannot overflow.
            Stmt::SetLocal(LocalIdx(0), loaded),
            Stmt::SetLocal(LocalIdx(1), checked(CheckedOp::Add, local(0), Expr::I64(4))),
            // l1 < l0 bounds l1 by l0's bound.
            Stmt::SetLocal(
                LocalIdx(1),
                checked(
                    CheckedOp::Sub,
                    local(0),
                    bin(BinOp::I64And, local(0), Expr::I64(7)),
                ),
            ),
            Stmt::If {
                cond: bin(BinOp::I64LtS, local(1), local(0)),
                then: vec![Stmt::SetLocal(
                    LocalIdx(1),
                    checked(CheckedOp::Add, local(1), local(0)),
                )],
                otherwise: vec![],
            },
            // Nothing bounds a product of l1 with itself any more.
            Stmt::SetLocal(LocalIdx(1), checked(CheckedOp::Mul, local(1), local(1))),
            Stmt::SetLocal(LocalIdx(1), checked(CheckedOp::Mul, local(1), Expr::I64(2))),
        ],
        "l0 = I64ExtendI32U(load.I32[64i32])\n\
         l1 = I64Add(l0, 4i64)\n\
         l1 = I64Sub(l0, I64And(l0, 7i64))\n\
         if I64LtS(l1, l0) {\n\
         l1 = I64Add(l1, l0)\n\
         }\n\
         l1 = checked.Mul(l1, l1)\n\
         l1 = checked.Mul(l1, 2i64)",
    );
}

#[test]
fn range_bounds_an_operand_by_the_facts_it_was_evaluated_under() {
    // l0 + { l0 = 1; 1 }: the left l0 is the one before the block, of unknown bounds.
    let reassigning = Expr::Block {
        stmts: vec![Stmt::SetLocal(LocalIdx(0), Expr::I64(1))],
        value: Box::new(Expr::I64(1)),
    };
    check(
        |body: &mut Vec<Stmt>| range::run(body),
        vec![
            Stmt::SetLocal(
                LocalIdx(1),
                checked(CheckedOp::Add, local(0), reassigning.clone()),
            ),
            // The same inside a bounded operation: no bounds for the sum.
            Stmt::SetLocal(
                LocalIdx(1),
                bin(
                    BinOp::I64Add,
                    bin(BinOp::I64And, local(0), Expr::I64(3)),
                    reassigning,
                ),
            ),
            Stmt::SetLocal(LocalIdx(1), checked(CheckedOp::Add, local(1), Expr::I64(1))),
        ],
        "l1 = checked.Add(l0, { l0 = 1i64; 1i64 })\n\
         l1 = I64Add(I64And(l0, 3i64), { l0 = 1i64; 1i64 })\n\
         l1 = checked.Add(l1, 1i64)",
    );
}
