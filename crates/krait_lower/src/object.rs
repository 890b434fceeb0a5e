//! The dynamic fallback's values ([`Ty::Object`]): a value whose type inference could not
//! fix (an int that becomes a float, a str or None) is 0 for None, or the address of a box
//! whose kind word's high half is its tag (`krait_mir::TAG_INT` and the others): an int, float
//! or bool box holds the value's 8 bytes, a str box the str's address. Values of known types
//! are boxed where they flow into such a place (`coerce`); operations on them call the
//! runtime's `obj_*` functions, which dispatch on the tags as CPython's do on types.

use crate::func::{FnLower, bin};
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::{BinOp as PyBinOp, CmpOp};
use krait_mir::{self as mir, BinOp, Expr, MemTy, Stmt, UnOp, ValTy};
use krait_types::Ty;

/// The runtime's number of a binary operator (`OP_ADD` and the others in `builtins.py`).
fn operator_code(op: PyBinOp) -> i64 {
    match op {
        PyBinOp::Add => 0,
        PyBinOp::Sub => 1,
        PyBinOp::Mul => 2,
        PyBinOp::Div => 3,
        PyBinOp::FloorDiv => 4,
        PyBinOp::Mod => 5,
        PyBinOp::Pow => 6,
        PyBinOp::LShift => 7,
        PyBinOp::RShift => 8,
        PyBinOp::BitAnd => 9,
        PyBinOp::BitOr => 10,
        PyBinOp::BitXor => 11,
        PyBinOp::MatMul => unreachable!("inference applies `@` to instances alone"),
    }
}

/// Added to an operator's number for its augmented assignment (`OP_IN_PLACE`).
const IN_PLACE: i64 = 16;

/// The runtime's number of a comparison (`CMP_EQ` and the others), for those it takes.
fn comparison_code(op: CmpOp) -> Option<i64> {
    Some(match op {
        CmpOp::Eq => 0,
        CmpOp::NotEq => 1,
        CmpOp::Lt => 2,
        CmpOp::LtE => 3,
        CmpOp::Gt => 4,
        CmpOp::GtE => 5,
        _ => return None,
    })
}

impl FnLower<'_, '_> {
    /// `value` of the known type `ty` as a dynamic value.
    pub(crate) fn box_value(&mut self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Object(_) => value,
            Ty::None | Ty::Never => crate::expr::block(vec![Stmt::Drop(value)], Expr::I32(0)),
            Ty::Int => self.boxed(value, MemTy::I64, mir::TAG_INT),
            Ty::Bool => {
                let value = crate::expr::un(UnOp::I64ExtendI32U, value);
                self.boxed(value, MemTy::I64, mir::TAG_BOOL)
            }
            Ty::Float => self.boxed(value, MemTy::F64, mir::TAG_FLOAT),
            Ty::Str => self.boxed(value, MemTy::Ref, mir::TAG_STR),
            Ty::List(_) => self.boxed(value, MemTy::Ref, mir::TAG_LIST),
            Ty::Dict(_) => self.boxed(value, MemTy::Ref, mir::TAG_DICT),
            Ty::Set(_) => self.boxed(value, MemTy::Ref, mir::TAG_SET),
            // An instance is a dynamic value as it is (its header names its class); None is 0.
            Ty::Instance { .. } | Ty::AnyOf { .. } => value,
            // A tuple: a box of a list of its elements, each a dynamic value.
            Ty::Tuple(_) => {
                let mut stmts = Vec::new();
                let elements = ty.elements();
                let value = self.temp(ty, value, &mut stmts);
                let values = crate::func::split(value, ty);
                let mut boxed = Vec::new();
                for (element, element_ty) in values.into_iter().zip(&elements) {
                    let element = self.box_value(element, *element_ty);
                    boxed.push(self.temp(Ty::OBJECT, element, &mut stmts));
                }
                let n = Expr::I64(elements.len() as i64);
                let list = self.list_alloc(Ty::OBJECT, n, &mut stmts);
                for (i, element) in boxed.into_iter().enumerate() {
                    self.store_elem(
                        list.clone(),
                        Expr::I32(i as i32),
                        Ty::OBJECT,
                        element,
                        &mut stmts,
                    );
                }
                let tuple = self.tuple_box(list);
                crate::expr::block(stmts, tuple)
            }
            _ => unreachable!(
                "inference makes dynamic values of scalars, lists, dicts and instances"
            ),
        }
    }

    /// A dynamic tuple of the elements of `list`, a list of dynamic values.
    pub(crate) fn tuple_box(&mut self, list: Expr) -> Expr {
        self.boxed(list, MemTy::Ref, mir::TAG_TUPLE)
    }

    /// The 8-byte box with `tag` of `value`, stored as `mem`: raw for a number, one traced
    /// field for the address of a str, list or dict.
    fn boxed(&mut self, value: Expr, mem: MemTy, tag: u32) -> Expr {
        let (value_ty, kind) = match mem {
            MemTy::Ref => (ValTy::Ref, mir::KIND_FIELDS | (1 << 8)),
            MemTy::F64 => (ValTy::F64, mir::KIND_RAW),
            _ => (ValTy::I64, mir::KIND_RAW),
        };
        let mut stmts = Vec::new();
        let payload = self.new_local(value_ty);
        stmts.push(Stmt::SetLocal(payload, value));
        let object = self.new_local(ValTy::Ref);
        stmts.push(Stmt::SetLocal(
            object,
            Expr::Alloc {
                size: Box::new(Expr::I32(8)),
                kind: kind | (tag << 16),
            },
        ));
        stmts.push(Stmt::Store {
            ty: mem,
            addr: Expr::Local(object),
            value: Expr::Local(payload),
        });
        crate::expr::block(stmts, Expr::Local(object))
    }

    /// The dynamic `value`, which is the type `unboxed.ty` or None, as a value of that type;
    /// None raises the use's exception.
    pub(crate) fn unbox(
        &mut self,
        value: Expr,
        unboxed: &krait_infer::Unboxed,
        anchor: Anchor,
    ) -> Expr {
        let mut stmts = Vec::new();
        let object = self.new_local(ValTy::Ref);
        stmts.push(Stmt::SetLocal(object, value));
        let site = self.site(unboxed.span, anchor);
        let (before, after) = &unboxed.error;
        if unboxed.ty == Ty::Never {
            // No type the value may have will do: the use raises, naming the value's type.
            let (before, after) = (self.str_lit(before), self.str_lit(after));
            let raise = Expr::Call {
                func: self.cx.rt("obj_use_error"),
                args: vec![Expr::Local(object), before, after],
                site,
            };
            stmts.extend([Stmt::Drop(raise), Stmt::Unreachable]);
            return crate::expr::block(stmts, Expr::Unreachable);
        }
        if unboxed.checked {
            // Another type: the runtime names it in the exception.
            let tags = match unboxed.ty {
                Ty::Int => vec![mir::TAG_INT],
                Ty::Float => vec![mir::TAG_FLOAT],
                Ty::Bool => vec![mir::TAG_BOOL],
                Ty::List(_) => vec![mir::TAG_LIST],
                Ty::Dict(_) => vec![mir::TAG_DICT],
                Ty::Set(_) => vec![mir::TAG_SET],
                Ty::Instance { .. } | Ty::AnyOf { .. } => match &unboxed.classes {
                    Some(classes) => classes.iter().map(|k| mir::TAG_INSTANCE + k.0).collect(),
                    None => self.instance_tags(unboxed.ty, false),
                },
                _ => vec![mir::TAG_STR],
            };
            let actual = self.object_intrinsic(krait_hir::Intrinsic::ObjTag, Expr::Local(object));
            let actual = self.temp(Ty::Int, actual, &mut stmts);
            let (before, after) = (self.str_lit(before), self.str_lit(after));
            let raise = Expr::Call {
                func: self.cx.rt("obj_use_error"),
                args: vec![Expr::Local(object), before, after],
                site,
            };
            let expected = tags.into_iter().fold(Expr::I32(0), |any, tag| {
                let this = bin(BinOp::I64Eq, actual.clone(), Expr::I64(i64::from(tag)));
                bin(BinOp::I32Or, any, this)
            });
            stmts.push(Stmt::If {
                cond: crate::func::not(expected),
                then: vec![Stmt::Drop(raise), Stmt::Unreachable],
                otherwise: Vec::new(),
            });
        } else {
            let message = format!("{before}NoneType{after}");
            let message = Expr::I32(self.cx.str_const(&message) as i32);
            stmts.push(Stmt::If {
                cond: bin(BinOp::I32Eq, Expr::Local(object), Expr::I32(0)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        let load = |ty| Expr::Load {
            ty,
            addr: Box::new(Expr::Local(object)),
        };
        let payload = match unboxed.ty {
            Ty::Int => load(MemTy::I64),
            Ty::Bool => crate::expr::un(UnOp::I32WrapI64, load(MemTy::I64)),
            Ty::Float => load(MemTy::F64),
            Ty::Str | Ty::List(_) | Ty::Dict(_) | Ty::Set(_) => load(MemTy::Ref),
            Ty::Instance { .. } | Ty::AnyOf { .. } => Expr::Local(object),
            _ => unreachable!("inference unboxes int, float, bool, str, lists and instances"),
        };
        crate::expr::block(stmts, payload)
    }

    /// The value of `arg` for a function of real numbers (`math.sqrt`): a dynamic one as a
    /// float (CPython's TypeError when it is no number), others as they are.
    pub(crate) fn real(&mut self, arg: krait_hir::ExprId, span: Span) -> Expr {
        let value = self.expr(arg);
        if self.ty(arg).is_object() {
            let site = self.site(span, Anchor::Whole);
            return Expr::Call {
                func: self.cx.rt("obj_real"),
                args: vec![value],
                site,
            };
        }
        value
    }

    /// `isinstance(value, types)` of a dynamic value, by its tag.
    pub(crate) fn object_isinstance(
        &mut self,
        value: Expr,
        types: &[krait_hir::TypeName],
        exact: bool,
    ) -> Expr {
        use krait_hir::TypeName;
        let mut tags = Vec::new();
        for t in types {
            match t {
                TypeName::Int if exact => tags.push(mir::TAG_INT),
                TypeName::Int => tags.extend([mir::TAG_INT, mir::TAG_BOOL]),
                TypeName::Bool => tags.push(mir::TAG_BOOL),
                TypeName::Float => tags.push(mir::TAG_FLOAT),
                TypeName::Str => tags.push(mir::TAG_STR),
                TypeName::List => tags.push(mir::TAG_LIST),
                TypeName::Dict => tags.push(mir::TAG_DICT),
                TypeName::Tuple => {
                    tags.push(mir::TAG_TUPLE);
                    // A namedtuple's class derives from tuple.
                    if !exact {
                        let program = self.cx.program;
                        tags.extend(
                            self.cx
                                .typeck
                                .dynamic_classes
                                .iter()
                                .filter(|k| !program.classes[k.index()].tuple_fields.is_empty())
                                .map(|k| mir::TAG_INSTANCE + k.0),
                        );
                    }
                }
                TypeName::Set => tags.push(mir::TAG_SET),
                &TypeName::Class(class) => {
                    let instance = Ty::Instance {
                        class,
                        nullable: false,
                    };
                    tags.extend(self.instance_tags(instance, exact));
                }
                _ => {}
            }
        }
        let mut stmts = Vec::new();
        let tag = self.object_intrinsic(krait_hir::Intrinsic::ObjTag, value);
        let tag = self.temp(Ty::Int, tag, &mut stmts);
        let test = tags.into_iter().fold(Expr::I32(0), |test, t| {
            let this = bin(BinOp::I64Eq, tag.clone(), Expr::I64(i64::from(t)));
            bin(BinOp::I32Or, test, this)
        });
        crate::expr::block(stmts, test)
    }

    /// The tags of the dynamic values that are instances of `ty`'s classes (of their subclasses
    /// too unless `exact`).
    fn instance_tags(&self, ty: Ty, exact: bool) -> Vec<u32> {
        let program = self.cx.program;
        ty.classes()
            .into_iter()
            .flat_map(|c| {
                if exact {
                    vec![c]
                } else {
                    program.subclasses(c)
                }
            })
            .map(|k| mir::TAG_INSTANCE + k.0)
            .collect()
    }

    /// The intrinsics of the dynamic fallback, for the runtime: `obj_tag`, `obj_addr` and the
    /// boxing ones, given their lowered argument.
    pub(crate) fn object_intrinsic(&mut self, intrinsic: krait_hir::Intrinsic, arg: Expr) -> Expr {
        use krait_hir::Intrinsic;
        match intrinsic {
            Intrinsic::ObjTag => {
                let mut stmts = Vec::new();
                let object = self.new_local(ValTy::Ref);
                stmts.push(Stmt::SetLocal(object, arg));
                let kind = Expr::Load {
                    ty: MemTy::I32,
                    addr: Box::new(bin(BinOp::I32Sub, Expr::Local(object), Expr::I32(4))),
                };
                // A box's tag, or an instance's class plus TAG_INSTANCE (read only when the
                // value is not None, address 0).
                let tag = self.new_local(ValTy::I32);
                let read = Stmt::SetLocal(tag, bin(BinOp::I32ShrU, kind, Expr::I32(16)));
                let tag = crate::expr::block(
                    vec![read],
                    crate::expr::if_else(
                        bin(
                            BinOp::I32LtU,
                            Expr::Local(tag),
                            Expr::I32(mir::TAG_INT as i32),
                        ),
                        bin(
                            BinOp::I32Add,
                            Expr::Local(tag),
                            Expr::I32(mir::TAG_INSTANCE as i32),
                        ),
                        Expr::Local(tag),
                        vec![ValTy::I32],
                    ),
                );
                let tag = crate::expr::if_else(
                    bin(BinOp::I32Eq, Expr::Local(object), Expr::I32(0)),
                    Expr::I32(0),
                    tag,
                    vec![ValTy::I32],
                );
                crate::expr::block(stmts, crate::expr::un(UnOp::I64ExtendI32U, tag))
            }
            Intrinsic::ObjAddr => crate::expr::un(UnOp::I64ExtendI32U, arg),
            Intrinsic::ObjAt => crate::expr::un(UnOp::I32WrapI64, arg),
            Intrinsic::ListBox => {
                let mut stmts = Vec::new();
                let n = self.temp(Ty::Int, arg, &mut stmts);
                self.check_buffer_size(n.clone(), 4, &mut stmts);
                let list = self.list_alloc(Ty::OBJECT, n, &mut stmts);
                let boxed = self.boxed(list, MemTy::Ref, mir::TAG_LIST);
                crate::expr::block(stmts, boxed)
            }
            Intrinsic::BoxInt => self.box_value(arg, Ty::Int),
            Intrinsic::BoxFloat => self.box_value(arg, Ty::Float),
            Intrinsic::BoxBool => self.box_value(arg, Ty::Bool),
            Intrinsic::BoxStr => self.box_value(arg, Ty::Str),
            _ => unreachable!("not an intrinsic of the dynamic fallback"),
        }
    }

    /// The runtime's `instance_text(o, repr)`: a switch on the class of `o` among
    /// `Typeck::dynamic_classes`, calling the `__str__` or `__repr__` (as `repr`, a bool, says)
    /// inference chose for it.
    pub(crate) fn instance_text_switch(&mut self, object: Expr, repr: Expr) -> Expr {
        let mut stmts = Vec::new();
        let object = self.temp(Ty::OBJECT, object, &mut stmts);
        let repr = self.temp(Ty::Bool, repr, &mut stmts);
        let class = self.new_local(ValTy::I32);
        stmts.push(Stmt::SetLocal(
            class,
            crate::class::class_of(object.clone()),
        ));
        let class = Expr::Local(class);
        let mut text = self.str_lit("<object>");
        for &k in self.cx.typeck.dynamic_classes.clone().iter().rev() {
            let mut shown = |flag: bool| match self.cx.typeck.formatters.get(&(k, flag)) {
                Some(&instance) => Expr::Call {
                    func: mir::FuncIdx(instance.0),
                    args: vec![object.clone()],
                    site: None,
                },
                None => {
                    let name = &self.cx.program.classes[k.index()].name;
                    self.str_lit(&format!("<__main__.{name} object>"))
                }
            };
            let (as_str, as_repr) = (shown(false), shown(true));
            let chosen = crate::expr::if_else(repr.clone(), as_repr, as_str, vec![ValTy::Ref]);
            text = crate::expr::if_else(
                bin(BinOp::I32Eq, class.clone(), Expr::I32(k.0 as i32)),
                chosen,
                text,
                vec![ValTy::Ref],
            );
        }
        crate::expr::block(stmts, text)
    }

    /// The runtime's `instance_defines(o, which)`: whether the class of `o`, among
    /// `Typeck::dynamic_classes`, has the runtime special method numbered `which`, or for
    /// `krait_hir::RUNTIME_SEQUENCE` whether it is a namedtuple's (a bit of a mask its class
    /// chooses).
    pub(crate) fn instance_defines_switch(&mut self, object: Expr, which: Expr) -> Expr {
        let mut stmts = Vec::new();
        let object = self.temp(Ty::OBJECT, object, &mut stmts);
        let class = self.new_local(ValTy::I32);
        stmts.push(Stmt::SetLocal(class, crate::class::class_of(object)));
        let mut mask = Expr::I64(0);
        for &k in self.cx.typeck.dynamic_classes.clone().iter().rev() {
            let sequence = !self.cx.program.classes[k.index()].tuple_fields.is_empty();
            let bits = (0..krait_hir::RUNTIME_SPECIALS.len())
                .filter(|&which| self.cx.typeck.runtime_specials.contains_key(&(k, which)))
                .chain(sequence.then_some(krait_hir::RUNTIME_SEQUENCE))
                .fold(0i64, |bits, which| bits | 1 << which);
            if bits != 0 {
                mask = crate::expr::if_else(
                    bin(BinOp::I32Eq, Expr::Local(class), Expr::I32(k.0 as i32)),
                    Expr::I64(bits),
                    mask,
                    vec![ValTy::I64],
                );
            }
        }
        let bit = bin(BinOp::I64ShrU, mask, which);
        let bit = bin(BinOp::I64And, bit, Expr::I64(1));
        crate::expr::block(stmts, Expr::Unary(mir::UnOp::I32WrapI64, Box::new(bit)))
    }

    /// The runtime's `instance_special(which, a, b)` (`object` false) and
    /// `instance_special_object(which, a, b)` (`object` true): a switch on the class of `a` and
    /// on `which` calling the instance of the special method `Typeck::runtime_specials` has for
    /// them (on `a`, and `b` when it takes an operand), of those giving an int or a bool (a
    /// bool result as an int), or of those giving a dynamic value (its result boxed).
    pub(crate) fn instance_special_switch(
        &mut self,
        which: Expr,
        a: Expr,
        b: Expr,
        object: bool,
    ) -> Expr {
        let mut stmts = Vec::new();
        let which = self.temp(Ty::Int, which, &mut stmts);
        let a = self.temp(Ty::OBJECT, a, &mut stmts);
        let b = self.temp(Ty::OBJECT, b, &mut stmts);
        let class = self.new_local(ValTy::I32);
        stmts.push(Stmt::SetLocal(class, crate::class::class_of(a.clone())));
        let mut specials: Vec<_> = self
            .cx
            .typeck
            .runtime_specials
            .iter()
            .filter(|((_, number), _)| krait_hir::runtime_special_gives_object(*number) == object)
            .collect();
        specials.sort();
        let mut result = Expr::Unreachable;
        let result_ty = if object { ValTy::Ref } else { ValTy::I64 };
        for (&(k, number), &instance) in specials {
            let args = match krait_hir::runtime_special_operand(number) {
                true => vec![a.clone(), b.clone()],
                false => vec![a.clone()],
            };
            let call = Expr::Call {
                func: mir::FuncIdx(instance.0),
                args,
                site: None,
            };
            let value = match self.cx.typeck.results[instance.index()].ret {
                Ty::Never => crate::expr::block(vec![Stmt::Drop(call)], Expr::Unreachable),
                ret if object => self.box_value(call, ret),
                Ty::Int => call,
                _ => Expr::Unary(mir::UnOp::I64ExtendI32U, Box::new(call)),
            };
            let chosen = bin(
                BinOp::I32And,
                bin(BinOp::I32Eq, Expr::Local(class), Expr::I32(k.0 as i32)),
                bin(BinOp::I64Eq, which.clone(), Expr::I64(number as i64)),
            );
            result = crate::expr::if_else(chosen, value, result, vec![result_ty]);
        }
        crate::expr::block(stmts, result)
    }

    /// The runtime's `class_name(n)`: the name of the class numbered `n`, among
    /// `Typeck::dynamic_classes`.
    pub(crate) fn class_name_switch(&mut self, number: Expr) -> Expr {
        let mut stmts = Vec::new();
        let number = self.temp(Ty::Int, number, &mut stmts);
        let mut name = self.str_lit("object");
        for &k in self.cx.typeck.dynamic_classes.clone().iter().rev() {
            let class_name = self.str_lit(&self.cx.program.classes[k.index()].name.clone());
            name = crate::expr::if_else(
                bin(BinOp::I64Eq, number.clone(), Expr::I64(i64::from(k.0))),
                class_name,
                name,
                vec![ValTy::Ref],
            );
        }
        crate::expr::block(stmts, name)
    }

    /// `l op r` where an operand is dynamic: the runtime's `obj_binary` on both boxed.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn object_binary(
        &mut self,
        op: PyBinOp,
        l: Expr,
        lt: Ty,
        r: Expr,
        rt: Ty,
        span: Span,
        anchor: Anchor,
        in_place: bool,
    ) -> Expr {
        let site = self.site(span, anchor);
        // The runtime names an augmented assignment's operator `+=` in its messages.
        let code = operator_code(op) + if in_place { IN_PLACE } else { 0 };
        self.object_operation("obj_binary", code, (l, lt), (r, rt), site)
    }

    /// The runtime's `func` of the operator `code` and the operands, boxed.
    fn object_operation(
        &mut self,
        func: &str,
        code: i64,
        (l, lt): (Expr, Ty),
        (r, rt): (Expr, Ty),
        site: Option<mir::Site>,
    ) -> Expr {
        let mut stmts = Vec::new();
        let l = self.box_value(l, lt);
        let l = self.temp(Ty::OBJECT, l, &mut stmts);
        let r = self.box_value(r, rt);
        let call = Expr::Call {
            func: self.cx.rt(func),
            args: vec![Expr::I64(code), l, r],
            site,
        };
        crate::expr::block(stmts, call)
    }

    /// `l op r` where an operand is dynamic, as an i32 truth value; None for the operators the
    /// runtime does not compare by (`is`, `in`).
    pub(crate) fn object_compare(
        &mut self,
        op: CmpOp,
        l: Expr,
        lt: Ty,
        r: Expr,
        rt: Ty,
        span: Span,
    ) -> Option<Expr> {
        let code = comparison_code(op)?;
        let site = self.site(span, Anchor::Whole);
        Some(self.object_operation("obj_compare", code, (l, lt), (r, rt), site))
    }
}
