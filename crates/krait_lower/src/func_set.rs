//! Values that are one of several functions ([`Ty::Funcs`], a dispatch table's values), or
//! None (`krait_types::NONE_FUNC`, last in its set): the index of the function in its set
//! (whose functions are in `FuncRef` order). A call switches on the index and calls each
//! function's instance directly, as a call of a known function would (None raises CPython's
//! TypeError); a function or None flowing into a set's place becomes its index there
//! (`coerce`).

use crate::expr::{block, if_else};
use crate::func::{FnLower, bin, flatten};
use crate::repr;
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::{CmpOp, ExprId};
use krait_mir::{BinOp, Expr, Stmt, ValTy};
use krait_types::Ty;

/// Chooses among `branches` (one per function of a set, in order) by `index`, a temporary.
fn switch(index: &Expr, branches: Vec<Expr>, ty: Vec<ValTy>) -> Expr {
    let mut branches = branches.into_iter().enumerate().rev();
    let (_, mut result) = branches.next().expect("a set has functions");
    for (i, branch) in branches {
        let cond = bin(BinOp::I32Eq, index.clone(), Expr::I32(i as i32));
        result = if_else(cond, branch, result, ty.clone());
    }
    result
}

/// The index of None in the function set `ty`, which has it (last).
pub(crate) fn none_index(ty: Ty) -> Expr {
    Expr::I32(ty.func_set().len() as i32 - 1)
}

impl FnLower<'_, '_> {
    /// `value`, of the function type `from`, as a value of the set `to` that includes it.
    pub(crate) fn widen_func(
        &mut self,
        value: Expr,
        from: Ty,
        to: Ty,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let targets = to.func_set();
        let position = |f| {
            targets
                .iter()
                .position(|&t| t == f)
                .expect("a set includes what joined into it") as i32
        };
        match from {
            Ty::Func(func) => {
                out.push(Stmt::Drop(value));
                Expr::I32(position(func))
            }
            _ => {
                let index = self.temp(from, value, out);
                let branches = from
                    .func_set()
                    .into_iter()
                    .map(|f| Expr::I32(position(f)))
                    .collect();
                switch(&index, branches, vec![ValTy::I32])
            }
        }
    }

    /// The call `id` of `callee` (one of the functions of `callee_ty`) with the positional
    /// `args`: the instance inference chose for each function, by the index.
    pub(crate) fn func_set_call(
        &mut self,
        id: ExprId,
        callee: Expr,
        callee_ty: Ty,
        args: &[ExprId],
        span: Span,
    ) -> Expr {
        let mut stmts = Vec::new();
        let index = self.temp(callee_ty, callee, &mut stmts);
        let mut values = Vec::new();
        for &arg in args {
            let value = self.expr(arg);
            values.push(self.temp(self.ty(arg), value, &mut stmts));
        }
        let Some(instances) = self.res.func_dispatch.get(&id).cloned() else {
            return block(stmts, Expr::Unreachable);
        };
        let result_ty = self.ty(id);
        let site = self.site(span, Anchor::Whole);
        let mut branches = Vec::new();
        for instance in instances {
            let args = values.iter().flat_map(|v| flatten(v.clone())).collect();
            let call = self.call_instance(instance, args, site, Vec::new());
            let ret = self.cx.typeck.result(instance).ret;
            let mut branch = Vec::new();
            let value = self.coerce(call, ret, result_ty, &mut branch);
            branches.push(block(branch, value));
        }
        if callee_ty.may_be_none_func() {
            let message = self.str_lit("TypeError: 'NoneType' object is not callable");
            branches.push(block(
                vec![Stmt::Raise { message, site }],
                Expr::Unreachable,
            ));
        }
        block(stmts, switch(&index, branches, repr(result_ty)))
    }

    /// `l == r` (or `!=`) of two function values: the same function, by their indices in the
    /// set of both.
    pub(crate) fn compare_functions(
        &mut self,
        op: CmpOp,
        l: Expr,
        lt: Ty,
        r: Expr,
        rt: Ty,
    ) -> Expr {
        let both = Ty::funcs(&[lt.func_set(), rt.func_set()].concat());
        let mut stmts = Vec::new();
        let equal = match both {
            Ty::Funcs(_) => {
                let l = self.coerce(l, lt, both, &mut stmts);
                let l = self.temp(both, l, &mut stmts);
                let r = self.coerce(r, rt, both, &mut stmts);
                bin(BinOp::I32Eq, l, r)
            }
            _ => {
                stmts.extend([Stmt::Drop(l), Stmt::Drop(r)]);
                Expr::I32(1)
            }
        };
        let result = match op {
            CmpOp::NotEq | CmpOp::IsNot => bin(BinOp::I32Eq, equal, Expr::I32(0)),
            _ => equal,
        };
        block(stmts, result)
    }

    /// `f.__name__` of one of several functions.
    pub(crate) fn func_set_name(&mut self, value: Expr, ty: Ty) -> Expr {
        let mut stmts = Vec::new();
        let index = self.temp(ty, value, &mut stmts);
        let names = ty
            .func_set()
            .into_iter()
            .map(|f| {
                let name = self.cx.program.func(krait_hir::FuncId(f.0)).name.clone();
                self.str_lit(&name)
            })
            .collect();
        block(stmts, switch(&index, names, vec![ValTy::Ref]))
    }
}
