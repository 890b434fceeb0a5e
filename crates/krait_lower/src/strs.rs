//! str methods: calls of the runtime functions `krait_infer::str_method` names, with the
//! defaults it gives. `startswith`/`endswith` of a tuple of strs try each in turn.

use crate::func::FnLower;
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::ExprId;
use krait_infer::StrArg;
use krait_mir::{self as mir, Expr, Stmt};
use krait_types::Ty;

impl FnLower<'_, '_> {
    /// `receiver.method(args)` on a str `receiver` (its lowered value).
    pub(crate) fn str_method(
        &mut self,
        id: ExprId,
        receiver: Expr,
        method: &str,
        args: &[ExprId],
        span: Span,
    ) -> Expr {
        let Some(&instance) = self.res.callees.get(&id) else {
            // Inference found the call never runs (an argument diverges).
            let mut stmts = vec![Stmt::Drop(receiver)];
            stmts.extend(args.iter().map(|a| Stmt::Drop(self.expr(*a))));
            return crate::expr::block(stmts, Expr::Unreachable);
        };
        let arg_tys: Vec<Ty> = args.iter().map(|&a| self.ty(a)).collect();
        let (_, skip_first, defaults) =
            krait_infer::str_method(method, &arg_tys).expect("inference checked the method");
        let params = self.cx.typeck.instance(instance).args.clone();
        let mut stmts = Vec::new();
        let args = if skip_first {
            // A None separator: evaluated for its effects.
            let none = self.expr(args[0]);
            stmts.push(Stmt::Drop(none));
            &args[1..]
        } else {
            args
        };
        let mut values = vec![self.temp(Ty::Str, receiver, &mut stmts)];
        for (&arg, &param) in args.iter().zip(&params[1..]) {
            let arg_ty = self.ty(arg);
            let value = self.expr(arg);
            let value = if arg_ty == param {
                value
            } else if param == Ty::Int {
                self.to_i64(value, arg_ty)
            } else {
                value
            };
            let value_ty = if param == Ty::Int { Ty::Int } else { arg_ty };
            values.push(self.temp(value_ty, value, &mut stmts));
        }
        for default in defaults {
            values.push(match default {
                StrArg::Int(n) => Expr::I64(n),
                StrArg::Bool(b) => Expr::I32(b as i32),
                StrArg::Str(text) => self.str_lit(text),
            });
        }
        let site = self.site(span, Anchor::Whole);
        let func = mir::FuncIdx(instance.0);
        let affix_ty = args.first().map(|&a| self.ty(a));
        if let (true, Some(affix_ty @ Ty::Tuple(_))) =
            (matches!(method, "startswith" | "endswith"), affix_ty)
        {
            let affixes = values[1].clone();
            // True when any of the tuple's strs is one.
            let mut any = Expr::I32(0);
            for affix in crate::func::split(affixes, affix_ty).into_iter().rev() {
                let mut call_args = values.clone();
                call_args[1] = affix;
                let call = Expr::Call {
                    func,
                    args: call_args,
                    site,
                };
                any = Expr::IfElse {
                    cond: Box::new(call),
                    then: Box::new(Expr::I32(1)),
                    otherwise: Box::new(any),
                    ty: vec![krait_mir::ValTy::I32],
                };
            }
            return crate::expr::block(stmts, any);
        }
        let call = Expr::Call {
            func,
            args: values,
            site,
        };
        crate::expr::block(stmts, call)
    }
}
