//! What depends on an instance's class at run time: `isinstance`, `type(x).__name__`, methods
//! that subclasses override, and attributes only some classes of a hierarchy have. An
//! object's class is bits 16-31 of its header's kind word.

use crate::func::{FnLower, bin};
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::TypeName;
use krait_mir::{self as mir, BinOp, Expr, MemTy, Stmt, ValTy};
use krait_types::{ClassId, Ty};

/// The class of the object at `object` (an i32).
pub(crate) fn class_of(object: Expr) -> Expr {
    bin(
        BinOp::I32ShrU,
        Expr::Load {
            ty: MemTy::I32,
            addr: Box::new(bin(BinOp::I32Sub, object, Expr::I32(4))),
        },
        Expr::I32(16),
    )
}

/// Whether `class` (an i32) is one of `classes`.
pub(crate) fn one_of(class: Expr, classes: &[ClassId]) -> Expr {
    classes
        .iter()
        .map(|c| bin(BinOp::I32Eq, class.clone(), Expr::I32(c.0 as i32)))
        .reduce(|a, b| bin(BinOp::I32Or, a, b))
        .unwrap_or(Expr::I32(0))
}

impl FnLower<'_, '_> {
    /// A class attribute read through an instance (a local): the global of the group its
    /// class is in.
    pub(crate) fn class_attribute_read(
        &mut self,
        object: Expr,
        groups: &[(Vec<ClassId>, krait_hir::GlobalId)],
        ty: Ty,
    ) -> Expr {
        let mut stmts = Vec::new();
        let mut result: Option<Expr> = None;
        let class = self.new_local(ValTy::I32);
        for (classes, global) in groups.iter().rev() {
            let global_ty = self.cx.typeck.globals[global.index()];
            let read = self.read_place(krait_hir::Place::Global(*global));
            let read = self.coerce(read, global_ty, ty, &mut stmts);
            result = Some(match result {
                None => read,
                Some(otherwise) => Expr::IfElse {
                    cond: Box::new(one_of(Expr::Local(class), classes)),
                    then: Box::new(read),
                    otherwise: Box::new(otherwise),
                    ty: crate::repr(ty),
                },
            });
        }
        if groups.len() > 1 {
            stmts.insert(0, Stmt::SetLocal(class, class_of(object)));
        } else {
            stmts.insert(0, Stmt::Drop(object));
        }
        crate::expr::block(stmts, result.expect("a class attribute has groups"))
    }

    /// `isinstance(value, types)`, or with `exact`, `type(value) is types[0]`.
    pub(crate) fn isinstance(
        &mut self,
        value: Expr,
        ty: Ty,
        types: &[TypeName],
        exact: bool,
    ) -> Expr {
        let program = self.cx.program;
        if ty == Ty::Exc {
            // An exception caught as a built-in class: tested as an `except` clause would.
            let classes: Vec<krait_hir::ExcClass> = types
                .iter()
                .filter_map(|t| match t {
                    TypeName::Exception(e) => Some(krait_hir::ExcClass::Builtin(*e)),
                    TypeName::Class(c) if program.classes[c.index()].exception.is_some() => {
                        Some(krait_hir::ExcClass::User(*c))
                    }
                    _ => None,
                })
                .collect();
            if classes.is_empty() {
                return crate::expr::block(vec![Stmt::Drop(value)], Expr::I32(0));
            }
            let exception = self.new_local(ValTy::Ref);
            let test = self
                .exception_test(exception, &classes)
                .unwrap_or(Expr::I32(1));
            return crate::expr::block(vec![Stmt::SetLocal(exception, value)], test);
        }
        if ty.is_object() {
            return self.object_isinstance(value, types, exact);
        }
        let (Ty::Instance { nullable, .. } | Ty::AnyOf { nullable, .. }) = ty else {
            let result = krait_infer::builtin_isinstance(ty, types, exact);
            return crate::expr::block(vec![Stmt::Drop(value)], Expr::I32(result as i32));
        };
        let cone: Vec<ClassId> = ty
            .classes()
            .into_iter()
            .flat_map(|c| program.subclasses(c))
            .collect();
        let matching: Vec<ClassId> = cone
            .iter()
            .copied()
            .filter(|&k| {
                types.iter().any(|t| match t {
                    TypeName::Class(c) if exact => k == *c,
                    TypeName::Class(c) => program.is_subclass(k, *c),
                    // No instance of the program's classes is exactly a built-in exception.
                    TypeName::Exception(_) if exact => false,
                    TypeName::Exception(e) => program.classes[k.index()]
                        .exception
                        .is_some_and(|b| b.is_subclass(*e)),
                    // A namedtuple's class derives from tuple.
                    TypeName::Tuple if !exact => {
                        !program.classes[k.index()].tuple_fields.is_empty()
                    }
                    _ => false,
                })
            })
            .collect();
        let mut out = Vec::new();
        let object = self.temp(ty, value, &mut out);
        let test = if matching.len() == cone.len() {
            Expr::I32(1)
        } else if matching.is_empty() {
            Expr::I32(0)
        } else {
            one_of(class_of(object.clone()), &matching)
        };
        let result = if nullable && !matching.is_empty() {
            // None is no instance; its class is not read.
            Expr::IfElse {
                cond: Box::new(object),
                then: Box::new(test),
                otherwise: Box::new(Expr::I32(0)),
                ty: vec![ValTy::I32],
            }
        } else {
            test
        };
        crate::expr::block(out, result)
    }

    /// `object.attr` of an instance of one of several unrelated classes (`Ty::AnyOf`): the
    /// field of the hierarchy the object's class is in, as a value of type `ty`.
    pub(crate) fn any_of_attribute(
        &mut self,
        object: Expr,
        object_ty: Ty,
        attr: &str,
        ty: Ty,
        span: krait_diagnostics::Span,
    ) -> Expr {
        let program = self.cx.program;
        let mut out = Vec::new();
        let object = self.instance(object, object_ty, attr, span, &mut out);
        let mut result: Option<Expr> = None;
        for root in object_ty.classes().into_iter().rev() {
            let root_ty = Ty::Instance {
                class: root,
                nullable: false,
            };
            let mut branch = Vec::new();
            self.check_has_field(object.clone(), root_ty, attr, span, &mut branch);
            let field_ty = self
                .cx
                .layout(root)
                .fields
                .iter()
                .find(|f| f.name == attr)
                .map(|f| f.ty);
            let value = self.load_field(object.clone(), root_ty, attr);
            let value = self.coerce(value, field_ty.unwrap_or(ty), ty, &mut branch);
            let value = crate::expr::block(branch, value);
            result = Some(match result {
                None => value,
                Some(otherwise) => {
                    let cone = program.subclasses(root);
                    Expr::IfElse {
                        cond: Box::new(one_of(class_of(object.clone()), &cone)),
                        then: Box::new(value),
                        otherwise: Box::new(otherwise),
                        ty: crate::repr(ty),
                    }
                }
            });
        }
        crate::expr::block(out, result.expect("a set has classes"))
    }

    /// The type of attribute `attr` of an instance of one of several classes: the join of the
    /// classes' fields (inference joined what is stored into every one of them).
    pub(crate) fn any_of_field_ty(&mut self, object_ty: Ty, attr: &str) -> Ty {
        let mut joined = Ty::Never;
        for root in object_ty.classes() {
            let layout = self.cx.layout(root);
            let field = layout.fields.iter().find(|f| f.name == attr);
            let field_ty = field.expect("inference knows every attribute read").ty;
            joined = match joined.join(field_ty) {
                krait_types::Join::Same(ty) => ty,
                krait_types::Join::Conflict => unreachable!("inference joins the fields"),
            };
        }
        joined
    }

    /// `object.attr = value` (temporaries; the object not None) of an instance of one of
    /// several classes: the field of the hierarchy the object's class is in.
    pub(crate) fn any_of_store(
        &mut self,
        object: Expr,
        object_ty: Ty,
        attr: &str,
        (value, value_ty): (Expr, Ty),
        out: &mut Vec<Stmt>,
    ) {
        let program = self.cx.program;
        let mut stores: Option<Vec<Stmt>> = None;
        for root in object_ty.classes().into_iter().rev() {
            let root_ty = Ty::Instance {
                class: root,
                nullable: false,
            };
            let mut branch = Vec::new();
            self.store_field(
                object.clone(),
                root_ty,
                attr,
                value.clone(),
                value_ty,
                &mut branch,
            );
            stores = Some(match stores {
                None => branch,
                Some(otherwise) => vec![Stmt::If {
                    cond: one_of(class_of(object.clone()), &program.subclasses(root)),
                    then: branch,
                    otherwise,
                }],
            });
        }
        out.extend(stores.expect("a set has classes"));
    }

    /// `type(value).__name__`.
    pub(crate) fn type_name(&mut self, value: Expr, ty: Ty) -> Expr {
        if ty == Ty::Exc {
            let line = self.exception_line(value);
            return self.call_rt("exc_class_name", vec![line]);
        }
        if ty.is_object() {
            return self.call_rt("obj_type_name", vec![value]);
        }
        let (Ty::Instance { nullable, .. } | Ty::AnyOf { nullable, .. }) = ty else {
            let name = self.str_lit(ty.python_name());
            return crate::expr::block(vec![Stmt::Drop(value)], name);
        };
        let program = self.cx.program;
        let mut out = Vec::new();
        let object = self.temp(ty, value, &mut out);
        let mut classes = ty.classes().into_iter().flat_map(|c| program.subclasses(c));
        let first = classes.next().expect("a class");
        let mut result = self.str_lit(&program.classes[first.index()].name);
        for k in classes {
            let name = self.str_lit(&program.classes[k.index()].name);
            result = Expr::IfElse {
                cond: Box::new(bin(
                    BinOp::I32Eq,
                    class_of(object.clone()),
                    Expr::I32(k.0 as i32),
                )),
                then: Box::new(name),
                otherwise: Box::new(result),
                ty: vec![ValTy::Ref],
            };
        }
        if nullable {
            let none = self.str_lit("NoneType");
            result = Expr::IfElse {
                cond: Box::new(object),
                then: Box::new(result),
                otherwise: Box::new(none),
                ty: vec![ValTy::Ref],
            };
        }
        crate::expr::block(out, result)
    }

    /// Raises AttributeError when `object` (checked not None) is of a class of the receiver's
    /// hierarchy whose instances do not have attribute `attr`.
    pub(crate) fn check_has_field(
        &mut self,
        object: Expr,
        object_ty: Ty,
        attr: &str,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let Ty::Instance { class, .. } = object_ty else {
            return;
        };
        let program = self.cx.program;
        let lacking: Vec<ClassId> = program
            .subclasses(class)
            .into_iter()
            .filter(|k| {
                !self.cx.typeck.initialised[k.index()]
                    .iter()
                    .any(|a| a == attr)
            })
            .collect();
        for k in lacking {
            let message = format!(
                "AttributeError: '{}' object has no attribute '{attr}'",
                program.classes[k.index()].name
            );
            let message = Expr::I32(self.cx.str_const(&message) as i32);
            let site = self.site(span, Anchor::Whole);
            out.push(Stmt::If {
                cond: bin(
                    BinOp::I32Eq,
                    class_of(object.clone()),
                    Expr::I32(k.0 as i32),
                ),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
    }

    /// A method call that the receiver's class decides: one call per implementation, chosen by
    /// the class read from the object. `object` and `args` are reads of temporaries.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn dispatch(
        &mut self,
        object: Expr,
        args: Vec<Expr>,
        targets: &[(Vec<ClassId>, krait_infer::InstanceId)],
        result_ty: Ty,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let temps = args;
        let class = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(class, class_of(object.clone())));
        let mut result: Option<Expr> = None;
        for (classes, instance) in targets.iter().rev() {
            let mut call_args = vec![object.clone()];
            call_args.extend(temps.iter().cloned());
            let callee_ret = self.cx.typeck.result(*instance).ret;
            let mut stmts = Vec::new();
            let call = Expr::Call {
                func: mir::FuncIdx(instance.0),
                args: call_args,
                site,
            };
            let call = if callee_ret == Ty::Never {
                crate::expr::block(vec![Stmt::Drop(call), Stmt::Unreachable], Expr::Unreachable)
            } else {
                let call = self.coerce(call, callee_ret, result_ty, &mut stmts);
                crate::expr::block(stmts, call)
            };
            result = Some(match result {
                None => call,
                Some(otherwise) => Expr::IfElse {
                    cond: Box::new(one_of(Expr::Local(class), classes)),
                    then: Box::new(call),
                    otherwise: Box::new(otherwise),
                    ty: crate::repr(result_ty),
                },
            });
        }
        result.expect("a dispatch has targets")
    }
}
